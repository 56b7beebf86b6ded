"""Sync in the background: the network on the task pool, every write through the writer.

One :class:`SyncRunner` per window (a child of the services, found again with
:meth:`SyncRunner.of`) runs a sync when asked and every :data:`AUTO_MINUTES` while an
account is set up. The sync itself is the core's :func:`netdesk.core.sync.engine.sync`:
it reads on a read-only connection of its own and hands each write to the app's single
writer, waiting for it, so the window never blocks and no write meets another.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from netdesk.core.errors import NetdeskError
from netdesk.core.storage.changes import Changes, Kind
from netdesk.core.storage.store import Store
from netdesk.core.sync import account, writes
from netdesk.ui.runtime.services import Services
from netdesk.ui.runtime.tasks import Task, TaskControl
from netdesk.ui.runtime.writer import Writer

# An automatic sync this often while the app is open: the phone catches up within the hour.
AUTO_MINUTES = 15
# The first automatic sync, once start-up work is done: what happened offline catches up.
FIRST_SYNC_S = 30


def sync_in_background(path: Path, writer: Writer, *, control: TaskControl) -> Any:
    """Run on the task pool: read here, write through ``writer``, stop when cancelled."""
    from netdesk.core.sync import engine

    with Store.open(path, read_only=True) as reading:
        return engine.sync(reading, write=writer.call, control=control)


class SyncRunner(QObject):
    status_changed = Signal(str)  # a line for the status bar
    sync_finished = Signal(object)  # Counts, or the NetdeskError that stopped it
    progressed = Signal(int, int)

    def __init__(self, services: Services) -> None:
        super().__init__(services)
        self.services = services
        self._task: Task | None = None
        self._timer = QTimer(self, interval=AUTO_MINUTES * 60_000)
        self._timer.timeout.connect(self.start)
        self._timer.start()
        QTimer.singleShot(FIRST_SYNC_S * 1000, self, self.start)
        # A sync by the command line (or another window) shows here too.
        services.changed.connect(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        if Kind.SYNC in changes and not self.running:
            self.status_changed.emit(self.status_text())

    @classmethod
    def of(cls, services: Services) -> SyncRunner:
        """The window's runner, made on first use."""
        return services.findChild(cls) or cls(services)

    @property
    def running(self) -> bool:
        return self._task is not None

    def configured(self) -> bool:
        return bool(account.collections(self.services.store))

    def start(self) -> bool:
        """Start a sync unless one runs or no account is set up; True when started."""
        try:
            idle_and_set_up = not self.running and self.configured()
        except sqlite3.ProgrammingError:
            # The window's connection is closed: the app is shutting down, timers stop here.
            self._timer.stop()
            return False
        if not idle_and_set_up:
            return False
        self._task = self.services.tasks.run(
            sync_in_background,
            self.services.path,
            self.services.writer,
            on_done=self._on_done,
            on_error=self._on_error,
            with_control=True,
        )
        self._task.progressed.connect(self.progressed)
        self.status_changed.emit(self.tr("Syncing…"))
        return True

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _on_done(self, counts: Any) -> None:
        self._task = None
        self.status_changed.emit(self.status_text())
        self.sync_finished.emit(counts)

    def _on_error(self, error: Exception) -> None:
        self._task = None
        if not isinstance(error, NetdeskError):
            error = NetdeskError("sync-failed", detail=f"{type(error).__name__}: {error}")
        self.status_changed.emit(self.tr("Sync failed: {error}").format(error=str(error)))
        self.sync_finished.emit(error)

    def status_text(self) -> str:
        """The last sync and its error, as the status bar shows it."""
        chosen = account.collections(self.services.store)
        if not chosen:
            return ""
        errors = [c.last_error for c in chosen if c.last_error]
        if errors:
            return self.tr("Sync failed: {error}").format(error=errors[0])
        last = min((c.last_synced_at or "" for c in chosen), default="")
        if not last:
            return self.tr("Not synced yet")
        when = last.replace("T", " ").rstrip("Z")[:16]
        text = self.tr("Last synced {when} UTC").format(when=when)
        for found in writes.phone_additions(self.services.store)[:1]:
            # Said where the user looks; Preferences ▸ Sync attaches them in one click.
            text += " · " + self.tr(
                "%n people added on your phone during {event}", "", len(found.person_ids)
            ).format(event=found.event_name)
        return text
