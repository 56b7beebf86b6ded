"""The Events page, the event dialog and the after-event review wizard."""
