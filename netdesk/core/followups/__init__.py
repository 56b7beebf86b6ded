"""Follow-ups: the repository, grouping, keep-in-touch cadence, the rhythm and email templates."""
