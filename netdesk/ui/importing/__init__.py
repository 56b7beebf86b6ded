"""The import preview: a CSV file's column mapping, then the plan, then the import."""
