"""Follow-ups: what we owe people after meeting them, until it is done."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from netdesk.core.dates import iso_date, now_utc, parse_time
from netdesk.core.errors import NetdeskError
from netdesk.core.model import FOLLOWUP_ACTIONS, Followup
from netdesk.core.storage.changes import Kind

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store

# Which follow-ups each listing shows; "due" means needs action now (today or earlier).
FILTERS = {
    "open": "f.status <> 'done'",
    "due": "f.status <> 'done' AND f.effective_due <= :today",
    "overdue": "f.status <> 'done' AND f.effective_due < :today",
    "done": "f.status = 'done'",
    "all": "1",
}

_SELECT = """
SELECT f.id, f.person_id, f.text, f.due_on, f.action, f.event_id, f.due_time, f.status,
       f.snoozed_until, f.done_on, f.outcome, f.created_at, p.full_name AS person_name
FROM followups f JOIN people p ON p.id = f.person_id AND p.deleted_at IS NULL
"""


def followup_from_row(row: dict[str, Any]) -> Followup:
    values = dict(row)
    values["due_on"] = dt.date.fromisoformat(values["due_on"])
    if values["snoozed_until"]:
        values["snoozed_until"] = dt.date.fromisoformat(values["snoozed_until"])
    return Followup(**values)


def check_action(action: str) -> str:
    if action not in FOLLOWUP_ACTIONS:
        raise NetdeskError(
            "bad-kind", value=action, what="follow-up action", choices=", ".join(FOLLOWUP_ACTIONS)
        )
    return action


class Followups:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(
        self,
        person_id: int,
        text: str,
        due_on: str | dt.date,
        *,
        action: str = "other",
        event_id: int | None = None,
        due_time: str | None = None,
    ) -> int:
        text = " ".join(text.split())
        if not text:
            raise NetdeskError("empty-name", what="follow-up")
        due = iso_date(due_on)
        time = parse_time(due_time).strftime("%H:%M") if due_time else None
        check_action(action)
        self._store.people.require(person_id)
        self._store.events.require(event_id)
        with self._store.transaction() as conn:
            followup_id = conn.execute(
                "INSERT INTO followups (person_id, event_id, action, text, due_on, due_time,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (person_id, event_id, action, text, due, time, now_utc()),
            ).lastrowid
            self._store.touched(Kind.FOLLOWUPS, Kind.PEOPLE, Kind.EVENTS)
        return followup_id

    def get(self, followup_id: int) -> Followup:
        row = self._store.row(_SELECT + " WHERE f.id = ?", (followup_id,))
        if row is None:
            raise NetdeskError("no-followup", id=followup_id)
        return followup_from_row(row)

    def list(
        self,
        which: str = "open",
        *,
        today: dt.date | None = None,
        person_id: int | None = None,
        event_id: int | None = None,
    ) -> list[Followup]:
        """Follow-ups by ``which`` (open, due, overdue, done, all), soonest due first."""
        params: dict[str, Any] = {"today": iso_date(today or dt.date.today())}
        where = [FILTERS[which]]
        if person_id is not None:
            where.append("f.person_id = :person")
            params["person"] = person_id
        if event_id is not None:
            where.append("f.event_id = :event")
            params["event"] = event_id
        order = "f.done_on DESC, f.id DESC" if which == "done" else "f.effective_due, f.id"
        rows = self._store.rows(f"{_SELECT} WHERE {' AND '.join(where)} ORDER BY {order}", params)
        return [followup_from_row(row) for row in rows]

    def count_due(self, today: dt.date | None = None) -> int:
        return self._store.scalar(
            "SELECT count(*) FROM followups f JOIN people p ON p.id = f.person_id"
            f" AND p.deleted_at IS NULL WHERE {FILTERS['due']}",
            {"today": iso_date(today or dt.date.today())},
        )

    def done(self, followup_id: int, *, outcome: str = "", on: dt.date | None = None) -> Followup:
        """Mark done; an outcome note lands in the person's interactions too."""
        followup = self.get(followup_id)
        if followup.status == "done":
            raise NetdeskError("already-done", id=followup_id)
        day = on or dt.date.today()
        with self._store.transaction() as conn:
            conn.execute(
                "UPDATE followups SET status = 'done', done_on = ?, outcome = ? WHERE id = ?",
                (day.isoformat(), outcome.strip(), followup_id),
            )
            if outcome.strip():
                self._store.interactions.add(
                    followup.person_id,
                    "note",
                    f"{followup.text}: {outcome.strip()}",
                    happened_on=day,
                    event_id=followup.event_id,
                )
            # Keep-in-touch: the next follow-up is born in the same transaction.
            from netdesk.core.followups import cadence

            cadence.after_done(self._store, followup, day)
            self._store.touched(Kind.FOLLOWUPS, Kind.PEOPLE, Kind.EVENTS)
        return self.get(followup_id)

    def reopen(self, followup_id: int) -> Followup:
        self._set(followup_id, status="open", done_on=None, snoozed_until=None)
        return self.get(followup_id)

    def snooze(self, followup_id: int, until: str | dt.date) -> Followup:
        self._set(followup_id, status="snoozed", snoozed_until=iso_date(until))
        return self.get(followup_id)

    def update(self, followup_id: int, **changes: Any) -> Followup:
        """Change text, due_on, due_time or action."""
        allowed = {"text", "due_on", "due_time", "action"}
        values = {key: value for key, value in changes.items() if key in allowed}
        if "due_on" in values:
            values["due_on"] = iso_date(values["due_on"])
        if values.get("due_time"):
            values["due_time"] = parse_time(values["due_time"]).strftime("%H:%M")
        if "action" in values:
            check_action(values["action"])
        if "text" in values:
            values["text"] = " ".join(values["text"].split())
            if not values["text"]:
                raise NetdeskError("empty-name", what="follow-up")
        self._set(followup_id, **values)
        return self.get(followup_id)

    def delete(self, followup_id: int) -> None:
        self.get(followup_id)
        with self._store.transaction() as conn:
            conn.execute("DELETE FROM followups WHERE id = ?", (followup_id,))
            self._store.touched(Kind.FOLLOWUPS, Kind.PEOPLE, Kind.EVENTS)

    def _set(self, followup_id: int, **values: Any) -> None:
        self.get(followup_id)
        assignments = ", ".join(f"{key} = :{key}" for key in values)
        with self._store.transaction() as conn:
            conn.execute(
                f"UPDATE followups SET {assignments} WHERE id = :id", {**values, "id": followup_id}
            )
            self._store.touched(Kind.FOLLOWUPS, Kind.PEOPLE, Kind.EVENTS)
