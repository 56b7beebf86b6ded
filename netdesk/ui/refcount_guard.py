"""A guard against a reference-count bug in PySide6 6.12.0 when it runs on Python 3.11.

Measured here: every call of a Qt method that returns nothing (``setText``,
``update``, ``setEnabled``, a signal's ``emit``…) takes away one reference to
``None`` that it never added. Python 3.12 made ``None``, ``True`` and ``False``
immortal (PEP 683), so there the bug is harmless; on 3.11 the count reaches zero
after some ten thousand calls, a minute of real use, and the interpreter aborts
with "Fatal Python error: none_dealloc: deallocating None".

Until netdesk can require a fixed PySide6 (or Python 3.12), the guard gives these
singletons so many references that no session can use them up: what 3.12 does
by design. It changes nothing else and does nothing on 3.12 and later.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40  # a trillion calls; the count is a 64-bit integer
_guarded = False


def guard_singletons() -> bool:
    """Apply the guard once per process; True when it was needed (Python < 3.12)."""
    global _guarded
    if sys.version_info >= (3, 12):
        return False
    if not _guarded:
        for singleton in (None, True, False):
            # ob_refcnt is the first field of every object in CPython's release builds.
            ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
        _guarded = True
    return True
