"""The People page's bulk actions on a selection: tag, add to an event, mark colleague or
external, move to the trash. Each is one undoable command; the outcome goes to the status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox

from netdesk.core.errors import NetdeskError
from netdesk.ui.people.undo import (
    AddToEvent,
    DeletePeople,
    SetInternal,
    StoreCommand,
    TagPeople,
    perform,
)
from netdesk.ui.widgets.look import english_plural, message_box

if TYPE_CHECKING:
    from netdesk.ui.people.people_view import PeopleView


class PeopleBulkActions(QObject):
    """``view.bulk``: acts on ``view.selected_ids()``; asks, where it must, over the view."""

    status_message = Signal(str)

    def __init__(self, view: PeopleView) -> None:
        super().__init__(view)
        self._view = view
        self._services = view.services

    def _run(self, command_factory: Callable[[], StoreCommand], done: str) -> bool:
        try:
            perform(self._services.undo, command_factory())
        except NetdeskError as error:
            message_box(self._view, QMessageBox.Icon.Warning, self.tr("netdesk"), str(error))
            return False
        self.status_message.emit(done)
        return True

    def delete_selected(self) -> None:
        ids = self._view.selected_ids()
        if ids:
            self._run(
                lambda: DeletePeople(self._services, ids),
                english_plural(
                    self.tr("Moved %n person(s) to the trash. Undo with Ctrl+Z.", "", len(ids)),
                    len(ids),
                ),
            )

    def tag_selected(self, tag: str | None = None) -> None:
        ids = self._view.selected_ids()
        if not ids:
            return
        if tag is None:
            names = [name for name, _count in self._services.store.people.tags()]
            tag, ok = QInputDialog.getItem(
                self._view,
                self.tr("Tag people"),
                english_plural(self.tr("Tag for %n person(s):", "", len(ids)), len(ids)),
                names,
                0,
                True,
            )
            if not ok or not tag.strip():
                return
        self._run(
            lambda: TagPeople(self._services, ids, tag),
            english_plural(self.tr("Tagged %n person(s).", "", len(ids)), len(ids)),
        )

    def add_selected_to_event(self, event_id: int | None = None) -> None:
        ids = self._view.selected_ids()
        if not ids:
            return
        if event_id is None:
            choices = self._services.store.events.choices()
            if not choices:
                self.status_message.emit(self.tr("Create an event first (Events page)."))
                return
            labels = [f"{start.isoformat()}  {name}" for _id, name, start in choices]
            current = next(
                (i for i, c in enumerate(choices) if c[0] == self._services.current_event_id), 0
            )
            label, ok = QInputDialog.getItem(
                self._view,
                self.tr("Add to event"),
                english_plural(
                    self.tr("Where did you meet these %n person(s)?", "", len(ids)), len(ids)
                ),
                labels,
                current,
                False,
            )
            if not ok:
                return
            event_id = choices[labels.index(label)][0]
        chosen = event_id
        self._run(
            lambda: AddToEvent(self._services, ids, chosen),
            english_plural(self.tr("Added %n person(s) to the event.", "", len(ids)), len(ids)),
        )

    def set_selected_internal(self, internal: bool) -> None:
        ids = self._view.selected_ids()
        if ids:
            self._run(
                lambda: SetInternal(self._services, ids, internal),
                english_plural(self.tr("Updated %n person(s).", "", len(ids)), len(ids)),
            )
