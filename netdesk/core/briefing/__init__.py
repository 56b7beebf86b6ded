"""Papers to read: the brief before an event and the monthly report, as plain values.

The UI and the command line draw them (``netdesk.ui.reports``); nothing here knows about
pages or fonts.
"""
