"""The trash: people and events deleted by the user, until it is emptied on purpose."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from netdesk.core.storage.changes import Kind

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store


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

    def empty(self) -> TrashContents:
        """Delete for good everything in the trash; returns what was removed."""
        removed = self.contents()
        with self._store.transaction() as conn:
            conn.execute("DELETE FROM people WHERE deleted_at IS NOT NULL")
            conn.execute("DELETE FROM events WHERE deleted_at IS NOT NULL")
            self._store.touched(Kind.PEOPLE, Kind.EVENTS, Kind.ENCOUNTERS, Kind.FOLLOWUPS)
        return removed
