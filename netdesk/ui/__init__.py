"""The PySide6 desktop app. Calls netdesk.core; never writes SQL."""
