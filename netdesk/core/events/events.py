"""Events: the breakfasts, workshops and conferences where people are met."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from netdesk.core.dates import iso_date, now_utc, parse_date
from netdesk.core.errors import NetdeskError
from netdesk.core.model import EVENT_KINDS, Event
from netdesk.core.storage.changes import Kind

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store

_COUNTS = """
    (SELECT count(DISTINCT ep.person_id) FROM encounters en
       JOIN encounter_people ep ON ep.encounter_id = en.id
       JOIN people p ON p.id = ep.person_id AND p.deleted_at IS NULL
      WHERE en.event_id = e.id) AS people_met,
    (SELECT count(*) FROM followups f JOIN people p ON p.id = f.person_id
      WHERE f.event_id = e.id AND f.status <> 'done' AND p.deleted_at IS NULL) AS open_followups
"""


def check_kind(kind: str) -> str:
    if kind not in EVENT_KINDS:
        raise NetdeskError(
            "bad-kind", value=kind, what="event kind", choices=", ".join(EVENT_KINDS)
        )
    return kind


def event_from_row(row: dict[str, Any]) -> Event:
    values = dict(row)
    values["starts_on"] = dt.date.fromisoformat(values["starts_on"])
    values["ends_on"] = dt.date.fromisoformat(values["ends_on"]) if values["ends_on"] else None
    return Event(**values)


class Events:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(
        self,
        name: str,
        starts_on: str | dt.date,
        *,
        kind: str = "other",
        ends_on: str | dt.date | None = None,
        location: str = "",
        organiser: str = "",
        notes: str = "",
        goals: tuple[str, ...] = (),
    ) -> int:
        """Create an event (and its goals); returns its id."""
        values = self._checked(name, starts_on, kind, ends_on)
        stamp = now_utc()
        with self._store.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO events (name, kind, starts_on, ends_on, location, organiser, notes,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*values, location.strip(), organiser.strip(), notes, stamp, stamp),
            )
            event_id = cursor.lastrowid
            for goal in goals:
                self._store.goals.add(goal, event_id=event_id)
            self._store.touched(Kind.EVENTS)
        return event_id

    def _checked(
        self, name: str, starts_on: str | dt.date, kind: str, ends_on: str | dt.date | None
    ) -> tuple[str, str, str, str | None]:
        name = name.strip()
        if not name:
            raise NetdeskError("empty-name", what="event")
        start = parse_date(starts_on)
        end = parse_date(ends_on) if ends_on else None
        if end and end < start:
            raise NetdeskError("dates-reversed", start=start, end=end)
        return name, check_kind(kind), start.isoformat(), end.isoformat() if end else None

    def update(self, event_id: int, **changes: Any) -> Event:
        """Change some fields of an event; unknown ids raise ``no-event``."""
        event = self.get(event_id)
        event = replace(event, **changes)
        name, kind, start, end = self._checked(
            event.name, event.starts_on, event.kind, event.ends_on
        )
        with self._store.transaction() as conn:
            conn.execute(
                "UPDATE events SET name = ?, kind = ?, starts_on = ?, ends_on = ?, location = ?,"
                " organiser = ?, notes = ?, updated_at = ? WHERE id = ?",
                (
                    name,
                    kind,
                    start,
                    end,
                    event.location.strip(),
                    event.organiser.strip(),
                    event.notes,
                    now_utc(),
                    event_id,
                ),
            )
            self._store.touched(Kind.EVENTS)
        return self.get(event_id)

    def get(self, event_id: int, *, include_deleted: bool = False) -> Event:
        row = self._store.row(
            f"SELECT e.*, {_COUNTS} FROM events e WHERE e.id = ?"
            + ("" if include_deleted else " AND e.deleted_at IS NULL"),
            (event_id,),
        )
        if row is None:
            raise NetdeskError("no-event", id=event_id)
        return event_from_row(row)

    def exists(self, event_id: int) -> bool:
        return bool(
            self._store.scalar(
                "SELECT 1 FROM events WHERE id = ? AND deleted_at IS NULL", (event_id,)
            )
        )

    def require(self, event_id: int | None) -> None:
        if event_id is not None and not self.exists(event_id):
            raise NetdeskError("no-event", id=event_id)

    def list(self, *, search: str = "", deleted: bool = False) -> list[Event]:
        """Events, newest first, with people met and open follow-ups counted."""
        where = "e.deleted_at IS NOT NULL" if deleted else "e.deleted_at IS NULL"
        params: list[Any] = []
        if search.strip():
            where += " AND (e.name LIKE ? OR e.location LIKE ? OR e.organiser LIKE ?)"
            params += [f"%{search.strip()}%"] * 3
        rows = self._store.rows(
            f"SELECT e.*, {_COUNTS} FROM events e WHERE {where}"
            " ORDER BY e.starts_on DESC, e.id DESC",
            params,
        )
        return [event_from_row(row) for row in rows]

    def choices(self) -> list[tuple[int, str, dt.date]]:
        """(id, name, start) of living events, newest first: cheap, for pickers (no counts)."""
        rows = self._store.conn.execute(
            "SELECT id, name, starts_on FROM events WHERE deleted_at IS NULL"
            " ORDER BY starts_on DESC, id DESC"
        ).fetchall()
        return [(row[0], row[1], dt.date.fromisoformat(row[2])) for row in rows]

    def happening_on(self, day: dt.date | None = None) -> Event | None:
        """The event running on ``day`` (today by default), the latest-starting one if several."""
        day_text = iso_date(day or dt.date.today())
        row = self._store.row(
            f"SELECT e.*, {_COUNTS} FROM events e WHERE e.deleted_at IS NULL"
            " AND e.starts_on <= ? AND coalesce(e.ends_on, e.starts_on) >= ?"
            " ORDER BY e.starts_on DESC, e.id DESC LIMIT 1",
            (day_text, day_text),
        )
        return event_from_row(row) if row else None

    def delete(self, event_ids: list[int]) -> None:
        """Move events to the trash; :meth:`restore` brings them back."""
        self._set_deleted(event_ids, now_utc())

    def restore(self, event_ids: list[int]) -> None:
        self._set_deleted(event_ids, None)

    def _set_deleted(self, event_ids: list[int], stamp: str | None) -> None:
        with self._store.transaction() as conn:
            for event_id in event_ids:
                found = conn.execute(
                    "UPDATE events SET deleted_at = ? WHERE id = ?", (stamp, event_id)
                ).rowcount
                if not found:
                    raise NetdeskError("no-event", id=event_id)
            self._store.touched(Kind.EVENTS, Kind.ENCOUNTERS, Kind.FOLLOWUPS)
