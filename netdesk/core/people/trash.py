"""The trash: people and events deleted by the user, until it is emptied on purpose."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from netdesk.core.people.erase import forget_people
from netdesk.core.storage.changes import Kind

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store


@dataclass(frozen=True)
class Trashed:
    """One person or event in the trash: what a Trash view lists."""

    id: int
    name: str
    deleted_at: str


@dataclass(frozen=True)
class TrashContents:
    people: int
    events: int


class Trash:
    def __init__(self, store: Store) -> None:
        self._store = store

    def contents(self) -> TrashContents:
        return TrashContents(
            people=self._store.scalar("SELECT count(*) FROM people WHERE deleted_at IS NOT NULL"),
            events=self._store.scalar("SELECT count(*) FROM events WHERE deleted_at IS NOT NULL"),
        )

    def people(self) -> list[Trashed]:
        """Trashed people, most recently deleted first."""
        return self._listed("people", "full_name")

    def events(self) -> list[Trashed]:
        """Trashed events, most recently deleted first."""
        return self._listed("events", "name")

    def _listed(self, table: str, name: str) -> list[Trashed]:
        rows = self._store.rows(
            f"SELECT id, {name} AS name, deleted_at FROM {table}"
            " WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC"
        )
        return [Trashed(row["id"], row["name"], row["deleted_at"]) for row in rows]

    def restore(self, person_ids: list[int], event_ids: list[int]) -> int:
        """Bring people and events back from the trash, all of them or none."""
        with self._store.transaction():
            if person_ids:
                self._store.people.restore(person_ids)
            if event_ids:
                self._store.events.restore(event_ids)
        return len(person_ids) + len(event_ids)

    def put_back(self, person_ids: list[int], event_ids: list[int]) -> None:
        """Move people and events to the trash again: the undo of :meth:`restore`."""
        with self._store.transaction():
            if person_ids:
                self._store.people.delete(person_ids)
            if event_ids:
                self._store.events.delete(event_ids)

    def empty(self) -> TrashContents:
        """Delete for good everything in the trash; returns what was removed."""
        removed = self.contents()
        with self._store.transaction() as conn:
            # As erasing one person does: no meeting or server copy left about them.
            forget_people(conn, "deleted_at IS NOT NULL")
            conn.execute("DELETE FROM events WHERE deleted_at IS NOT NULL")
            self._store.touched(Kind.PEOPLE, Kind.EVENTS, Kind.ENCOUNTERS, Kind.FOLLOWUPS)
        return removed
