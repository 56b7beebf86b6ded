"""Two-way sync with the user's own CardDAV/CalDAV server (issue 14)."""
