"""Reminders: a tray icon with the number due, and a notification when follow-ups fall due.

``Reminders(services, window, settings=…)`` checks on start, whenever follow-ups change,
and once a minute (a day turning over makes things due with no write at all).
It notifies on start when anything is due, and later only for follow-ups that
were not due before. Where there is no system tray (offscreen, some desktops)
there is no icon, but the signals still fire so the window can show the count.
'Start minimised to the tray' is a user preference in the window's ``Settings``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from netdesk.core.followups import cadence
from netdesk.core.storage.changes import Changes, Kind
from netdesk.ui.runtime.services import Services
from netdesk.ui.runtime.settings import Settings
from netdesk.ui.widgets.look import ALERT, BRAND

START_MINIMISED_KEY = "reminders/start_minimised"
CHECK_INTERVAL_MS = 60_000


def start_minimised_preference(settings: Settings) -> bool:
    return settings.flag(START_MINIMISED_KEY)


def set_start_minimised_preference(on: bool, settings: Settings) -> None:
    settings.set_flag(START_MINIMISED_KEY, on)


def badge_icon(count: int, size: int = 64) -> QIcon:
    """The app's tray icon: a rounded square, with the number due on a red badge."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BRAND)
    painter.drawRoundedRect(QRect(2, 2, size - 4, size - 4), size / 5, size / 5)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setPixelSize(int(size * 0.5))
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "n")
    if count > 0:
        text = str(count) if count < 100 else "99+"
        badge = QRect(size // 3, 0, size - size // 3, size // 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ALERT)
        painter.drawRoundedRect(badge, size / 4, size / 4)
        painter.setPen(QColor("white"))
        font.setPixelSize(int(size * 0.36))
        painter.setFont(font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


class Reminders(QObject):
    """Tray icon, due count and notifications for ``window``; call :meth:`start`."""

    due_count_changed = Signal(int)
    notified = Signal(str, str)  # title, message: also shown by the window where no tray exists

    def __init__(
        self,
        services: Services,
        window: QWidget,
        *,
        settings: Settings,
        today: Callable[[], dt.date] = dt.date.today,
        interval_ms: int = CHECK_INTERVAL_MS,
        debounce_ms: int = 500,
    ) -> None:
        super().__init__(window)
        self._services = services
        self._store = services.store
        self._window = window
        self._today = today
        self._settings = settings
        self._known_due: set[int] | None = None  # None until the first check
        self.due_count = 0
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = self._make_tray()
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.check)
        # An import or a review writes in bursts: count once after the burst, not per write
        # (at 100k people a check costs about a tenth of a second; see benchmarks/RESULTS.md).
        self._debounce = QTimer(self, singleShot=True, interval=debounce_ms)
        self._debounce.timeout.connect(self.check)
        services.changed.connect(self._on_changed)

    @property
    def has_tray(self) -> bool:
        return self.tray is not None

    def _make_tray(self) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(badge_icon(0), self)
        menu = QMenu(self._window)
        show = QAction(self.tr("&Show netdesk"), menu)
        show.triggered.connect(self.show_window)
        self.start_minimised_action = QAction(self.tr("Start &minimised to the tray"), menu)
        self.start_minimised_action.setCheckable(True)
        self.start_minimised_action.setChecked(self.start_minimised)
        self.start_minimised_action.toggled.connect(self.set_start_minimised)
        quit_action = QAction(self.tr("&Quit"), menu)
        quit_action.triggered.connect(QApplication.quit)
        menu.addAction(show)
        menu.addAction(self.start_minimised_action)
        menu.addSeparator()
        menu.addAction(quit_action)
        tray.setContextMenu(menu)
        tray.activated.connect(self._on_tray_activated)
        tray.messageClicked.connect(self.show_window)
        tray.show()
        return tray

    def start(self) -> None:
        """Show the window (unless starting minimised to a tray), check, and keep checking."""
        if not (self.has_tray and self.start_minimised):
            self.show_window()
        self.check()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._debounce.stop()
        if self.tray is not None:
            self.tray.hide()

    @property
    def start_minimised(self) -> bool:
        """The preference; it only takes effect where there is a tray to come back from."""
        return start_minimised_preference(self._settings)

    def set_start_minimised(self, on: bool) -> None:
        set_start_minimised_preference(on, self._settings)

    def show_window(self) -> None:
        self._window.showNormal()
        # Offscreen (tests, screenshots) there is no window stack to raise into.
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):
            self._window.raise_()
            self._window.activateWindow()

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            if self._window.isVisible() and not self._window.isMinimized():
                self._window.hide()
            else:
                self.show_window()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(
            Kind.FOLLOWUPS, Kind.PEOPLE, Kind.INTERACTIONS, Kind.TAGS, Kind.ENCOUNTERS
        ):
            self._debounce.start()

    def check(self) -> None:
        """Count what is due now; notify about what has fallen due since the last check."""
        today = self._today()
        due = self._store.followups.list("due", today=today)
        people_due = cadence.count_due(self._store, today=today)
        count = len(due) + people_due
        due_ids = {f.id for f in due}
        first = self._known_due is None
        fresh = [f for f in due if first or f.id not in self._known_due]
        self._known_due = due_ids
        if count != self.due_count or first:
            self.due_count = count
            self._show_count(count)
            self.due_count_changed.emit(count)
        if first and count:
            self._notify(
                self.tr("Follow-ups due"),
                self.tr("%n follow-up(s) due today or earlier.", "", count),
            )
        elif fresh and not first:
            if len(fresh) == 1:
                item = fresh[0]
                message = self.tr("{name}: {what}").format(name=item.person_name, what=item.text)
            else:
                message = self.tr("%n follow-up(s) just fell due.", "", len(fresh))
            self._notify(self.tr("Follow-up due"), message)

    def _show_count(self, count: int) -> None:
        if self.tray is None:
            return
        self.tray.setIcon(badge_icon(count))
        self.tray.setToolTip(
            self.tr("netdesk: %n follow-up(s) due", "", count)
            if count
            else self.tr("netdesk: nothing due")
        )

    def _notify(self, title: str, message: str) -> None:
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 10_000)
        self.notified.emit(title, message)
