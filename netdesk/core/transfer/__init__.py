"""Bringing contacts in and out: import, export and scanning."""
