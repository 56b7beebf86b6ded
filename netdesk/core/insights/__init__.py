"""Insights: coverage, reciprocity, follow-through, computed read-only."""
