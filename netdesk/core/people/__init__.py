"""People: the repository, queries and search, contact details, matching, duplicates, trash."""
