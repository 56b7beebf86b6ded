"""Shared widget helpers: looks, the words for domain codes, columns, the unsaved-work guard."""
