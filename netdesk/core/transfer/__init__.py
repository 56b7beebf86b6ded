"""Bringing contacts in and out: import, export and scanning."""

# What ``import --format`` accepts; here, so the command line can offer the choices
# without loading the readers (importing.py re-exports it as FORMATS).
IMPORT_FORMATS = ("auto", "vcard", "mecard", "csv", "json")
# The same for ``export --format`` and ``--which`` (exporting.py: FORMATS, FOLLOWUP_LISTS).
EXPORT_FORMATS = ("vcard", "csv", "json", "ics")
EXPORT_FOLLOWUP_LISTS = ("open", "due", "overdue", "done", "all")
