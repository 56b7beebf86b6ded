"""netdesk: a desktop event-networking companion. Offline, one SQLite file."""

__version__ = "0.1.0"
