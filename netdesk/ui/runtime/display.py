"""Tell, before Qt starts, whether there is a screen to open a window on.

With no display Qt aborts the whole process (exit 134) blaming libxcb-cursor0;
netdesk says what is really going on and what to do instead.
"""

from __future__ import annotations

import os
import sys

NO_DISPLAY = (
    "netdesk: error: there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY "
    "are not set).\n"
    "  To render the app without a screen:  QT_QPA_PLATFORM=offscreen netdesk\n"
    "  To save a view as a picture:         netdesk screenshot people --out people.png\n"
    "  The command line works without one:  netdesk --help\n"
)


def has_display() -> bool:
    """True when Qt can open a window: a chosen platform, a display, or a non-X11 OS."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
