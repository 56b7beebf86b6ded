"""The one SQLite file: the store, its schema steps, change notification, backups."""
