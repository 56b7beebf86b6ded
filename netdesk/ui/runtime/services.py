"""What every view shares: the stores, one change signal, the current event, background work.

Reading and writing are apart. :attr:`Services.store` is the window's own
connection and refuses writes (``PRAGMA query_only``); every write goes through
:attr:`Services.writer`, the one thread with the one writing connection.

Views listen to :attr:`Services.changed` and refresh only when a kind of data
they show changed; no view reaches into another (Anki's OpChanges). The change
sets are exact: the app's own commits say what they touched, and commits by other
processes (the command line, sync) are noticed by polling SQLite's
``data_version`` and read from the file's change counters.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from netdesk.core.storage.changes import Changes, ChangeWatcher
from netdesk.core.storage.store import Store
from netdesk.ui.runtime.tasks import TaskRunner
from netdesk.ui.runtime.writer import Writer

# How often the window looks for other programs' commits: one cheap PRAGMA each time.
WATCH_INTERVAL_MS = 400


class Services(QObject):
    changed = Signal(object)  # Changes, once per committed transaction
    current_event_changed = Signal(object)  # int | None
    # A view asks for another page ("people", {"event_id": 3}); the main window obliges.
    navigation_requested = Signal(str, object)
    # A sentence for the user about something that went wrong away from any dialog
    # (an undo the data no longer allows, a background write that failed).
    problem = Signal(str)
    _committed = Signal(object)  # from the writer's thread to the GUI thread

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        """``store`` becomes the writer's; the window reads through a store of its own."""
        super().__init__(parent)
        self.writer = Writer(store, self)
        self.store = Store.open(store.path, read_only=True)
        self.tasks = TaskRunner(self)
        self._current_event_id: int | None = None
        self.undo = QUndoStack(self)  # delete and bulk actions, undone with Ctrl+Z
        self._watcher = ChangeWatcher(self.store.conn)
        self._committed.connect(self._on_committed)
        store.add_listener(self._committed.emit)
        self._watch = QTimer(self, interval=WATCH_INTERVAL_MS)
        self._watch.timeout.connect(self.look_for_changes)
        self._watch.start()

    @property
    def path(self) -> Path:
        return self.store.path

    def _on_committed(self, changes: Changes) -> None:
        self._announce(self._watcher.absorb(changes))

    def look_for_changes(self) -> None:
        """Tell the views what other processes committed since the last look."""
        self._announce(self._watcher.poll())

    def _announce(self, kinds: frozenset[str]) -> None:
        if kinds:
            self.changed.emit(Changes(kinds))

    @property
    def current_event_id(self) -> int | None:
        """The event new contacts attach to."""
        return self._current_event_id

    def set_current_event(self, event_id: int | None) -> None:
        if event_id != self._current_event_id:
            self._current_event_id = event_id
            self.current_event_changed.emit(event_id)

    def pick_current_event(self) -> None:
        """Choose the event happening today, if there is one."""
        event = self.store.events.happening_on()
        self.set_current_event(event.id if event else None)

    def open_page(self, key: str, **params: object) -> None:
        self.navigation_requested.emit(key, params)

    def close(self) -> None:
        # Every timer stops here, on the GUI thread: Qt stops a timer only on its own thread,
        # and one still running when the garbage collector frees these objects on a worker
        # thread would fire later into freed memory.
        for timer in self.findChildren(QTimer):
            timer.stop()
        self.writer.store.remove_listener(self._committed.emit)
        self.writer.close()
        self.store.close()
        self.deleteLater()  # and freed on this thread, by the event loop, when there is one
