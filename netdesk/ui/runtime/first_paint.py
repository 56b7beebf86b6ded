"""Work that waits until a widget has painted for the first time.

Start-up shows the window first: what the first paint does not need (counts for
the status bar, the rest of a long list, the reminder check, the daily backup)
runs once Qt has painted. A 0 ms timer is not enough: it fires before the window
system's first expose event, so before the paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        # On the widget only, not the application: Qt sends every widget of a window its
        # own paint event, the window first, and a filter on the application would see
        # each of the thousands of events a start-up sends.
        widget.installEventFilter(self)
        # A widget that is not shown by the time the event loop runs (a test, a window
        # starting minimised to the tray) will not paint: do the work then.
        QTimer.singleShot(0, self, self._if_not_shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._callback is not None and event.type() == QEvent.Type.Paint:
            self._finish()
        return False

    def _if_not_shown(self) -> None:
        if self._callback is not None and not self._widget.isVisible():
            self._finish()

    def _finish(self) -> None:
        callback, self._callback = self._callback, None
        self._widget.removeEventFilter(self)
        # After the paint pass that is under way, not inside it.
        QTimer.singleShot(0, self._widget, callback)
        self.deleteLater()


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` from the event loop once ``widget`` has painted (with its window).

    At once (from the event loop) when ``widget`` is not visible then; never when
    ``widget`` is deleted first.
    """
    _FirstPaint(widget, callback)
