"""The People page: table, filters, detail pane, forms, merging, bulk actions, quick capture."""
