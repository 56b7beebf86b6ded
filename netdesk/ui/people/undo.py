"""Undoable actions on people: delete (to the trash), tag, add to an event, internal/external.

Each command runs its core call once in :func:`perform`, where a refusal from
the core (a ``NetdeskError``) can still be shown before anything is pushed;
only a change that happened lands on the undo stack. After that, redo and undo
call the core again (Qt calls ``redo()`` on push, which the first time is a
no-op because the work is already done). Every call goes through the app's
writer. An undo the data no longer allows (the trash was emptied from the
command line meanwhile) is reported through :attr:`Services.problem` and the
command leaves the stack, instead of failing inside Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from netdesk.core.errors import NetdeskError
from netdesk.core.people.query import PersonQuery
from netdesk.ui.runtime.services import Services
from netdesk.ui.widgets.look import english_plural


class Undo(QObject):
    """The translation context of the command texts: a QUndoCommand has no ``tr()``, and
    lupdate sees a plural only in a ``tr()`` call (``Undo.tr(text, "", n)``)."""


class StoreCommand(QUndoCommand):
    def __init__(self, services: Services, text: str) -> None:
        super().__init__(text)
        self.services = services
        self.store = services.store  # for reading what undo must put back
        self._applied = False

    def write(self, op: Callable[..., object], *args: object) -> None:
        self.services.writer.call(op, *args)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._applied:
            self._applied = False  # the first redo comes from push(): already done
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, step: Callable[[], None]) -> None:
        try:
            step()
        except NetdeskError as error:
            self.setObsolete(True)  # Qt drops an obsolete command from the stack
            self.services.problem.emit(str(error))


def perform(stack: QUndoStack, command: StoreCommand) -> None:
    """Do ``command`` now (errors propagate, nothing is pushed) and make it undoable."""
    command.apply()
    command._applied = True
    stack.push(command)


class DeletePeople(StoreCommand):
    def __init__(self, services: Services, person_ids: Sequence[int]) -> None:
        n = len(person_ids)
        super().__init__(
            services,
            english_plural(
                Undo.tr("Delete %n person(s)", "", n),
                n,
            ),
        )
        self.person_ids = list(person_ids)

    def apply(self) -> None:
        self.write(lambda store: store.people.delete(self.person_ids))

    def revert(self) -> None:
        self.write(lambda store: store.people.restore(self.person_ids))


class TagPeople(StoreCommand):
    def __init__(self, services: Services, person_ids: Sequence[int], tag: str) -> None:
        n = len(person_ids)
        super().__init__(
            services,
            english_plural(
                Undo.tr("Tag %n person(s)", "", n),
                n,
            ),
        )
        self.tag = tag.strip()
        self.person_ids = list(person_ids)
        # Undo removes the tag only from those who did not carry it before.
        had = set(services.store.people.ids(PersonQuery(tag=self.tag))) if self.tag else set()
        self.added = [pid for pid in self.person_ids if pid not in had]

    def apply(self) -> None:
        self.write(lambda store: store.people.tag(self.person_ids, self.tag))

    def revert(self) -> None:
        if self.added:
            self.write(lambda store: store.people.tag(self.added, self.tag, present=False))


class SetInternal(StoreCommand):
    def __init__(self, services: Services, person_ids: Sequence[int], internal: bool) -> None:
        n = len(person_ids)
        text = (
            english_plural(
                Undo.tr("Mark %n person(s) as colleagues", "", n),
                n,
            )
            if internal
            else english_plural(
                Undo.tr("Mark %n person(s) as external", "", n),
                n,
            )
        )
        super().__init__(services, text)
        self.internal = internal
        self.person_ids = list(person_ids)
        inside = set(services.store.people.ids(PersonQuery(internal=True)))
        self.flipped = [pid for pid in self.person_ids if (pid in inside) != internal]

    def apply(self) -> None:
        self.write(lambda store: store.people.set_internal(self.person_ids, self.internal))

    def revert(self) -> None:
        if self.flipped:
            self.write(lambda store: store.people.set_internal(self.flipped, not self.internal))


class AddToEvent(StoreCommand):
    """One encounter at the event holding everyone selected (met together, as a group)."""

    def __init__(self, services: Services, person_ids: Sequence[int], event_id: int) -> None:
        n = len(person_ids)
        super().__init__(
            services,
            english_plural(
                Undo.tr("Add %n person(s) to an event", "", n),
                n,
            ),
        )
        self.person_ids = list(person_ids)
        self.event_id = event_id
        self.encounter_id: int | None = None

    def apply(self) -> None:
        self.encounter_id = self.services.writer.call(
            lambda store: store.encounters.add(self.person_ids, event_id=self.event_id)
        )

    def revert(self) -> None:
        if self.encounter_id is not None:
            self.write(lambda store, eid=self.encounter_id: store.encounters.remove(eid))
            self.encounter_id = None


class DeleteEvent(StoreCommand):
    def __init__(self, services: Services, event_id: int, name: str) -> None:
        super().__init__(services, Undo.tr("Delete event {name}").format(name=name))
        self.event_id = event_id

    def apply(self) -> None:
        self.write(lambda store: store.events.delete([self.event_id]))

    def revert(self) -> None:
        self.write(lambda store: store.events.restore([self.event_id]))


class RestoreFromTrash(StoreCommand):
    def __init__(self, services: Services, person_ids: Sequence[int], event_ids: Sequence[int]):
        n = len(person_ids) + len(event_ids)
        super().__init__(services, english_plural(Undo.tr("Restore %n item(s)", "", n), n))
        self.person_ids, self.event_ids = list(person_ids), list(event_ids)

    def apply(self) -> None:
        self.write(lambda store: store.trash.restore(self.person_ids, self.event_ids))

    def revert(self) -> None:
        self.write(lambda store: store.trash.put_back(self.person_ids, self.event_ids))
