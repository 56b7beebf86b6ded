"""Goals for an event ("meet someone from Commercial banking") or standing ones.

Progress is derived from encounters, never typed in, when the goal names what
to look for (a department, an organisation, a tag, internal or external);
goals without such a criterion count what the user ticks off by hand.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from netdesk.core.dates import now_utc
from netdesk.core.errors import NetdeskError
from netdesk.core.model import GOAL_FIELDS, Goal
from netdesk.core.storage.changes import Kind

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store

_MATCH = {
    "organisation": "p.organisation LIKE '%' || :value || '%'",
    "department": "p.department LIKE '%' || :value || '%'",
    "title": "p.title LIKE '%' || :value || '%'",
    "tag": "p.id IN (SELECT pt.person_id FROM person_tags pt JOIN tags t ON t.id = pt.tag_id"
    " WHERE t.name = :value)",
    "internal": "p.internal = 1",
    "external": "p.internal = 0",
}

# "find 2 peers with the pumping-station problem" → target 2.
_LEADING_COUNT = re.compile(r"\b(\d{1,3})\b")


def target_from_text(text: str) -> int:
    found = _LEADING_COUNT.search(text)
    return max(1, int(found.group(1))) if found else 1


class Goals:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(
        self,
        text: str,
        *,
        event_id: int | None = None,
        target: int | None = None,
        match_field: str | None = None,
        match_value: str = "",
    ) -> int:
        text = " ".join(text.split())
        if not text:
            raise NetdeskError("empty-name", what="goal")
        if match_field is not None and match_field not in GOAL_FIELDS:
            raise NetdeskError(
                "bad-kind", value=match_field, what="goal criterion", choices=", ".join(GOAL_FIELDS)
            )
        self._store.events.require(event_id)
        with self._store.transaction() as conn:
            new_id = conn.execute(
                "INSERT INTO goals (event_id, text, target, match_field, match_value, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    event_id,
                    text,
                    target or target_from_text(text),
                    match_field,
                    match_value.strip(),
                    now_utc(),
                ),
            ).lastrowid
            self._store.touched(Kind.GOALS)
        return new_id

    def for_event(self, event_id: int | None) -> list[Goal]:
        """An event's goals (or the standing ones for ``None``) with progress filled in."""
        rows = self._store.rows("SELECT * FROM goals WHERE event_id IS ? ORDER BY id", (event_id,))
        return [self._with_progress(row) for row in rows]

    def get(self, goal_id: int) -> Goal:
        row = self._store.row("SELECT * FROM goals WHERE id = ?", (goal_id,))
        if row is None:
            raise NetdeskError("no-goal", id=goal_id)
        return self._with_progress(row)

    def tick(self, goal_id: int, by: int = 1) -> Goal:
        """Count progress by hand, for goals with no criterion."""
        self.get(goal_id)
        with self._store.transaction() as conn:
            conn.execute(
                "UPDATE goals SET manual_count = max(0, manual_count + ?) WHERE id = ?",
                (by, goal_id),
            )
            self._store.touched(Kind.GOALS)
        return self.get(goal_id)

    def delete(self, goal_id: int) -> None:
        with self._store.transaction() as conn:
            conn.execute("DELETE FROM goals WHERE id = ?", (goal_id,))
            self._store.touched(Kind.GOALS)

    def _with_progress(self, row: dict[str, Any]) -> Goal:
        field = row["match_field"]
        if field is None:
            return Goal(progress=row["manual_count"], **row)
        scope = "e.event_id = :event" if row["event_id"] is not None else "e.met_at >= :since"
        progress = self._store.scalar(
            "SELECT count(DISTINCT p.id) FROM encounters e"
            " JOIN encounter_people ep ON ep.encounter_id = e.id"
            " JOIN people p ON p.id = ep.person_id AND p.deleted_at IS NULL"
            f" WHERE {scope} AND {_MATCH[field]}",
            {"event": row["event_id"], "since": row["created_at"], "value": row["match_value"]},
        )
        return Goal(progress=progress, **row)
