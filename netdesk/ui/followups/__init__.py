"""The Follow-ups page and its dialogs: cadence, introductions, email drafts, reminders."""
