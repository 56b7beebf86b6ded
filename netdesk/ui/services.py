"""What every view shares: the store, one change signal, the current event, background work.

Views listen to :attr:`Services.changed` and refresh only when a kind of data
they show changed; no view reaches into another (Anki's OpChanges).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from netdesk.core.changes import Changes
from netdesk.core.store import Store
from netdesk.ui.tasks import TaskRunner


class Services(QObject):
    changed = Signal(object)  # Changes, once per committed transaction
    current_event_changed = Signal(object)  # int | None
    # A view asks for another page ("people", {"event_id": 3}); the main window obliges.
    navigation_requested = Signal(str, object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = TaskRunner(self)
        self._current_event_id: int | None = None
        self.undo = QUndoStack(self)  # delete and bulk actions, undone with Ctrl+Z
        store.add_listener(self._on_store_changed)

    def _on_store_changed(self, changes: Changes) -> None:
        # Writes may commit on a worker thread; a queued signal delivers on the GUI thread.
        self.changed.emit(changes)

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
        self.store.remove_listener(self._on_store_changed)
