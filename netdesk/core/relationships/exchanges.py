"""Reciprocity kept visible: what we gave and what we received (givers, not takers)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from netdesk.core.dates import iso_date
from netdesk.core.model import (
    EXCHANGE_DIRECTIONS,
    EXCHANGE_KINDS,
    Exchange,
)
from netdesk.core.relationships.entries import checked_choice, dated
from netdesk.core.storage.changes import Kind

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store


class Exchanges:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(
        self,
        person_id: int,
        direction: str,
        kind: str = "help",
        note: str = "",
        *,
        happened_on: str | dt.date | None = None,
        event_id: int | None = None,
    ) -> int:
        """Log something given to (or received from) ``person_id``."""
        checked_choice(direction, EXCHANGE_DIRECTIONS, "direction")
        checked_choice(kind, EXCHANGE_KINDS, "exchange kind")
        day = iso_date(happened_on or dt.date.today())
        self._store.people.require(person_id)
        with self._store.transaction() as conn:
            new_id = conn.execute(
                "INSERT INTO exchanges (person_id, event_id, direction, kind, note, happened_on)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (person_id, event_id, direction, kind, note.strip(), day),
            ).lastrowid
            self._store.touched(Kind.EXCHANGES)
        return new_id

    def for_person(self, person_id: int) -> list[Exchange]:
        rows = self._store.rows(
            "SELECT id, person_id, direction, kind, note, happened_on, event_id FROM exchanges"
            " WHERE person_id = ? ORDER BY happened_on DESC, id DESC",
            (person_id,),
        )
        return [Exchange(**dated(row, "happened_on")) for row in rows]

    def balance(self, person_id: int | None = None) -> tuple[int, int]:
        """(given, received) counts, for one person or everyone."""
        where = "WHERE person_id = ?" if person_id is not None else ""
        params = (person_id,) if person_id is not None else ()
        row = self._store.conn.execute(
            "SELECT coalesce(sum(direction = 'gave'), 0), coalesce(sum(direction = 'received'), 0)"
            f" FROM exchanges {where}",
            params,
        ).fetchone()
        return row[0], row[1]
