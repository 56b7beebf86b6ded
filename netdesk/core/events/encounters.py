"""Encounters: who was met, where, when, and the one line that brings them back.

One encounter may hold several people: the breakout table of twelve strangers
met together is one moment, not twelve.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from netdesk.core.dates import now_utc
from netdesk.core.errors import NetdeskError
from netdesk.core.model import ENCOUNTER_HOWS, Encounter
from netdesk.core.storage.changes import Kind

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store


class Encounters:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(
        self,
        person_ids: Sequence[int],
        *,
        event_id: int | None = None,
        context: str = "",
        how: str = "manual",
        introduced_by: int | None = None,
        met_at: str | None = None,
    ) -> int:
        """Record that we met ``person_ids`` together; returns the encounter id."""
        if how not in ENCOUNTER_HOWS:
            raise NetdeskError(
                "bad-kind", value=how, what="way of meeting", choices=", ".join(ENCOUNTER_HOWS)
            )
        self._store.events.require(event_id)
        self._store.people.require(introduced_by)
        with self._store.transaction() as conn:
            for person_id in person_ids:
                self._store.people.require(person_id)
            encounter_id = conn.execute(
                "INSERT INTO encounters (event_id, met_at, context, how, introduced_by)"
                " VALUES (?, ?, ?, ?, ?)",
                (event_id, met_at or now_utc(), " ".join(context.split()), how, introduced_by),
            ).lastrowid
            conn.executemany(
                "INSERT OR IGNORE INTO encounter_people (encounter_id, person_id) VALUES (?, ?)",
                [(encounter_id, pid) for pid in person_ids],
            )
            self._store.touched(Kind.ENCOUNTERS, Kind.PEOPLE, Kind.EVENTS)
        return encounter_id

    def remove(self, encounter_id: int) -> None:
        """Forget an encounter (the undo of :meth:`add`); the people stay."""
        with self._store.transaction() as conn:
            conn.execute("DELETE FROM encounter_people WHERE encounter_id = ?", (encounter_id,))
            conn.execute("DELETE FROM encounters WHERE id = ?", (encounter_id,))
            self._store.touched(Kind.ENCOUNTERS, Kind.PEOPLE, Kind.EVENTS)

    def set_context(self, person_id: int, context: str, *, event_id: int | None) -> int:
        """Give the latest meeting with ``person_id`` (at ``event_id``, or outside any event
        today) its line of context, as a scan records the meeting before anyone types one;
        without such a meeting, record one. Returns the encounter id."""
        context = " ".join(context.split())
        today = now_utc()[:10]
        with self._store.transaction() as conn:
            row = conn.execute(
                "SELECT e.id FROM encounter_people ep JOIN encounters e ON e.id = ep.encounter_id"
                " WHERE ep.person_id = ? AND e.event_id IS ?"
                " AND (e.event_id IS NOT NULL OR substr(e.met_at, 1, 10) = ?)"
                " ORDER BY e.met_at DESC, e.id DESC LIMIT 1",
                (person_id, event_id, today),
            ).fetchone()
            if row is None:
                return self.add([person_id], event_id=event_id, context=context)
            conn.execute("UPDATE encounters SET context = ? WHERE id = ?", (context, row[0]))
            self._store.touched(Kind.ENCOUNTERS, Kind.PEOPLE)
        return row[0]

    def met_at_event(self, person_id: int, event_id: int) -> bool:
        """Whether an encounter with ``person_id`` at ``event_id`` is recorded already."""
        return bool(
            self._store.scalar(
                "SELECT 1 FROM encounter_people ep JOIN encounters e ON e.id = ep.encounter_id"
                " WHERE ep.person_id = ? AND e.event_id = ?",
                (person_id, event_id),
            )
        )

    def met_on_day(self, person_id: int, day: str, *, how: str) -> bool:
        """Whether we met ``person_id`` outside any event on ``day`` (YYYY-MM-DD) this way."""
        return bool(
            self._store.scalar(
                "SELECT 1 FROM encounter_people ep JOIN encounters e ON e.id = ep.encounter_id"
                " WHERE ep.person_id = ? AND e.event_id IS NULL AND e.how = ?"
                " AND substr(e.met_at, 1, 10) = ?",
                (person_id, how, day),
            )
        )

    def for_person(self, person_id: int) -> list[Encounter]:
        """Where and when we met ``person_id``, most recent first."""
        rows = self._store.rows(
            "SELECT e.*, coalesce(ev.name, '') AS event_name FROM encounter_people ep"
            " JOIN encounters e ON e.id = ep.encounter_id"
            " LEFT JOIN events ev ON ev.id = e.event_id AND ev.deleted_at IS NULL"
            " WHERE ep.person_id = ? ORDER BY e.met_at DESC, e.id DESC",
            (person_id,),
        )
        return [self._from_row(row) for row in rows]

    def for_event(self, event_id: int) -> list[Encounter]:
        rows = self._store.rows(
            "SELECT e.*, coalesce(ev.name, '') AS event_name FROM encounters e"
            " LEFT JOIN events ev ON ev.id = e.event_id WHERE e.event_id = ?"
            " ORDER BY e.met_at, e.id",
            (event_id,),
        )
        return [self._from_row(row) for row in rows]

    def _from_row(self, row: dict) -> Encounter:
        people = tuple(
            r[0]
            for r in self._store.conn.execute(
                "SELECT ep.person_id FROM encounter_people ep JOIN people p ON p.id = ep.person_id"
                " WHERE ep.encounter_id = ? AND p.deleted_at IS NULL ORDER BY ep.person_id",
                (row["id"],),
            )
        )
        return Encounter(person_ids=people, **row)
