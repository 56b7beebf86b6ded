"""The dated log of a relationship: met, emailed, called, helped."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from netdesk.core.dates import iso_date
from netdesk.core.model import (
    INTERACTION_KINDS,
    Interaction,
)
from netdesk.core.relationships.entries import checked_choice, dated
from netdesk.core.storage.changes import Kind

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store


class Interactions:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(
        self,
        person_id: int,
        kind: str,
        note: str = "",
        *,
        happened_on: str | dt.date | None = None,
        event_id: int | None = None,
    ) -> int:
        checked_choice(kind, INTERACTION_KINDS, "interaction kind")
        day = iso_date(happened_on or dt.date.today())
        self._store.people.require(person_id)
        with self._store.transaction() as conn:
            new_id = conn.execute(
                "INSERT INTO interactions (person_id, event_id, happened_on, kind, note)"
                " VALUES (?, ?, ?, ?, ?)",
                (person_id, event_id, day, kind, note.strip()),
            ).lastrowid
            self._store.touched(Kind.INTERACTIONS)
        return new_id

    def for_person(self, person_id: int) -> list[Interaction]:
        rows = self._store.rows(
            "SELECT id, person_id, happened_on, kind, note, event_id FROM interactions"
            " WHERE person_id = ? ORDER BY happened_on DESC, id DESC",
            (person_id,),
        )
        return [Interaction(**dated(row, "happened_on")) for row in rows]
