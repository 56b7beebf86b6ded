"""The command line: the scripting face of netdesk and the contract tests rely on."""
