"""Topics in the window: chips on a person's page, the user's own in Preferences."""
