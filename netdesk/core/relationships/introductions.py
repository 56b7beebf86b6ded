"""Introductions: the cross-referrals between people who would not otherwise meet."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from netdesk.core.dates import iso_date
from netdesk.core.errors import NetdeskError
from netdesk.core.model import (
    Introduction,
)
from netdesk.core.relationships.entries import dated
from netdesk.core.storage.changes import Kind

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store


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
            self._store.touched(Kind.INTRODUCTIONS)
        return new_id

    def set_outcome(self, introduction_id: int, outcome: str) -> Introduction:
        """What came of an introduction ("they are running a joint pilot"); empty clears it."""
        self.get(introduction_id)
        with self._store.transaction() as conn:
            conn.execute(
                "UPDATE introductions SET outcome = ? WHERE id = ?",
                (outcome.strip(), introduction_id),
            )
            self._store.touched(Kind.INTRODUCTIONS)
        return self.get(introduction_id)

    def get(self, introduction_id: int) -> Introduction:
        row = self._store.row(
            "SELECT id, person_a, person_b, why, outcome, made_on FROM introductions WHERE id = ?",
            (introduction_id,),
        )
        if row is None:
            raise NetdeskError("no-introduction", id=introduction_id)
        return Introduction(**dated(row, "made_on"))

    def recent(self, *, limit: int = 50) -> list[Introduction]:
        """The latest introductions, newest first (the command line's list)."""
        rows = self._store.rows(
            "SELECT id, person_a, person_b, why, outcome, made_on FROM introductions"
            " ORDER BY made_on DESC, id DESC LIMIT ?",
            (limit,),
        )
        return [Introduction(**dated(row, "made_on")) for row in rows]

    def for_person(self, person_id: int) -> list[Introduction]:
        rows = self._store.rows(
            "SELECT id, person_a, person_b, why, outcome, made_on FROM introductions"
            " WHERE person_a = ? OR person_b = ? ORDER BY made_on DESC, id DESC",
            (person_id, person_id),
        )
        return [Introduction(**dated(row, "made_on")) for row in rows]
