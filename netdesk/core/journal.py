"""The running record of a relationship: interactions, exchanges and introductions.

Exchanges keep reciprocity visible (what we gave and what we received), because
networking works for givers; introductions are the cross-referrals between
people who would not otherwise meet.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from netdesk.core.dates import iso_date
from netdesk.core.errors import NetdeskError
from netdesk.core.model import (
    EXCHANGE_DIRECTIONS,
    EXCHANGE_KINDS,
    INTERACTION_KINDS,
    Exchange,
    Interaction,
    Introduction,
)

if TYPE_CHECKING:
    from netdesk.core.store import Store


def _choice(value: str, choices: tuple[str, ...], what: str) -> str:
    if value not in choices:
        raise NetdeskError("bad-kind", value=value, what=what, choices=", ".join(choices))
    return value


def _dated(row: dict[str, Any], key: str) -> dict[str, Any]:
    return {**row, key: dt.date.fromisoformat(row[key])}


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
        _choice(kind, INTERACTION_KINDS, "interaction kind")
        day = iso_date(happened_on or dt.date.today())
        self._store.people.require(person_id)
        with self._store.transaction() as conn:
            new_id = conn.execute(
                "INSERT INTO interactions (person_id, event_id, happened_on, kind, note)"
                " VALUES (?, ?, ?, ?, ?)",
                (person_id, event_id, day, kind, note.strip()),
            ).lastrowid
            self._store.touched("interactions")
        return new_id

    def for_person(self, person_id: int) -> list[Interaction]:
        rows = self._store.rows(
            "SELECT id, person_id, happened_on, kind, note, event_id FROM interactions"
            " WHERE person_id = ? ORDER BY happened_on DESC, id DESC",
            (person_id,),
        )
        return [Interaction(**_dated(row, "happened_on")) for row in rows]


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
        _choice(direction, EXCHANGE_DIRECTIONS, "direction")
        _choice(kind, EXCHANGE_KINDS, "exchange kind")
        day = iso_date(happened_on or dt.date.today())
        self._store.people.require(person_id)
        with self._store.transaction() as conn:
            new_id = conn.execute(
                "INSERT INTO exchanges (person_id, event_id, direction, kind, note, happened_on)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (person_id, event_id, direction, kind, note.strip(), day),
            ).lastrowid
            self._store.touched("exchanges")
        return new_id

    def for_person(self, person_id: int) -> list[Exchange]:
        rows = self._store.rows(
            "SELECT id, person_id, direction, kind, note, happened_on, event_id FROM exchanges"
            " WHERE person_id = ? ORDER BY happened_on DESC, id DESC",
            (person_id,),
        )
        return [Exchange(**_dated(row, "happened_on")) for row in rows]

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


class Introductions:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(
        self,
        person_a: int,
        person_b: int,
        why: str = "",
        *,
        made_on: str | dt.date | None = None,
    ) -> int:
        """Record that we introduced A to B: both get an interaction, and it counts as given."""
        if person_a == person_b:
            raise NetdeskError("same-person")
        self._store.people.require(person_a)
        self._store.people.require(person_b)
        day = iso_date(made_on or dt.date.today())
        names = {pid: self._store.people.get(pid).full_name for pid in (person_a, person_b)}
        with self._store.transaction() as conn:
            new_id = conn.execute(
                "INSERT INTO introductions (person_a, person_b, why, made_on) VALUES (?, ?, ?, ?)",
                (person_a, person_b, why.strip(), day),
            ).lastrowid
            for me, other in ((person_a, person_b), (person_b, person_a)):
                note = f"Introduced to {names[other]}" + (f": {why.strip()}" if why.strip() else "")
                self._store.interactions.add(me, "introduced", note, happened_on=day)
                self._store.exchanges.add(me, "gave", "introduction", note, happened_on=day)
            self._store.touched("introductions")
        return new_id

    def set_outcome(self, introduction_id: int, outcome: str) -> None:
        with self._store.transaction() as conn:
            conn.execute(
                "UPDATE introductions SET outcome = ? WHERE id = ?",
                (outcome.strip(), introduction_id),
            )
            self._store.touched("introductions")

    def for_person(self, person_id: int) -> list[Introduction]:
        rows = self._store.rows(
            "SELECT id, person_a, person_b, why, outcome, made_on FROM introductions"
            " WHERE person_a = ? OR person_b = ? ORDER BY made_on DESC, id DESC",
            (person_id, person_id),
        )
        return [Introduction(**_dated(row, "made_on")) for row in rows]
