"""Preferences ▸ Sync and the background sync (issue 14)."""
