"""The PySide6 desktop app. Calls netdesk.core; never writes SQL."""

# Before any Qt call: PySide6 6.12.0 on Python 3.11 drops a reference to None on every
# void call and would abort the app within a minute (see refcount_guard.py).
from netdesk.ui.refcount_guard import guard_singletons

guard_singletons()
