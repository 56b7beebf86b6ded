"""The Insights page and its cards."""
