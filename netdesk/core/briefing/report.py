"""A month of networking, for a personal development review.

People met per month by event kind (the month and the five before it), the departments
and organisations reached for the first time that month, follow-through, what was given
and received, the introductions made and what came of them, and the goals of the
month's events. Every figure counts living people once, however many times they were met.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netdesk.core.errors import NetdeskError
from netdesk.core.insights.insights import FOLLOW_WINDOW_DAYS
from netdesk.core.model import EVENT_KINDS, Goal

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store

MONTHS_SHOWN = 6
NO_EVENT = "none"  # people met outside any event

_MONTH = re.compile(r"^\d{4}-\d{2}$")

# Distinct living people met per month and event kind (a person met twice in a month at
# events of two kinds counts once for each kind).
SQL_MET_BY_KIND = """
SELECT substr(e.met_at, 1, 7) AS month, coalesce(ev.kind, 'none') AS kind,
       count(DISTINCT ep.person_id)
FROM encounters e JOIN encounter_people ep ON ep.encounter_id = e.id
JOIN people p ON p.id = ep.person_id AND p.deleted_at IS NULL
LEFT JOIN events ev ON ev.id = e.event_id
WHERE e.met_at >= :first AND e.met_at < :after
GROUP BY month, kind
"""

SQL_MET_IN_MONTH = """
SELECT count(DISTINCT ep.person_id) FROM encounters e
JOIN encounter_people ep ON ep.encounter_id = e.id
JOIN people p ON p.id = ep.person_id AND p.deleted_at IS NULL
WHERE e.met_at >= :start AND e.met_at < :after
"""

# An organisation (external people) or department (internal people) whose first meeting
# with anyone there falls in the month: those met this month (a few dozen), each kept when
# nobody there was met before the month (through the organisation or department index).
SQL_FIRST_REACHED = """
WITH this_month AS (
    SELECT DISTINCT p.{column} AS name FROM encounters e
    JOIN encounter_people ep ON ep.encounter_id = e.id
    JOIN people p ON p.id = ep.person_id AND p.deleted_at IS NULL
    WHERE e.met_at >= :start AND e.met_at < :after AND p.internal = :internal
      AND trim(p.{column}) <> '')
SELECT DISTINCT trim(m.name) FROM this_month m
WHERE NOT EXISTS (
    SELECT 1 FROM people p2 JOIN encounter_people ep2 ON ep2.person_id = p2.id
    JOIN encounters e2 ON e2.id = ep2.encounter_id
    WHERE p2.{column} = m.name COLLATE NOCASE AND p2.deleted_at IS NULL
      AND p2.internal = :internal AND e2.met_at < :start)
GROUP BY trim(m.name) COLLATE NOCASE ORDER BY trim(m.name) COLLATE NOCASE
"""

# Follow-ups that fell due in the month: done by their due day, done later, still open.
SQL_FOLLOWUPS_DUE = """
SELECT coalesce(sum(f.status = 'done' AND substr(f.done_on, 1, 10) <= f.due_on), 0),
       coalesce(sum(f.status = 'done' AND substr(f.done_on, 1, 10) > f.due_on), 0),
       coalesce(sum(f.status <> 'done'), 0)
FROM followups f JOIN people p ON p.id = f.person_id AND p.deleted_at IS NULL
WHERE f.due_on >= :start AND f.due_on < :after
"""

# People met in the month and followed up within a week of meeting them.
SQL_FOLLOWED_UP = f"""
WITH met AS (
    SELECT ep.person_id, min(substr(e.met_at, 1, 10)) AS day FROM encounters e
    JOIN encounter_people ep ON ep.encounter_id = e.id
    JOIN people p ON p.id = ep.person_id AND p.deleted_at IS NULL
    WHERE e.met_at >= :start AND e.met_at < :after GROUP BY ep.person_id)
SELECT count(*) FROM met m WHERE
    EXISTS (SELECT 1 FROM followups f WHERE f.person_id = m.person_id AND f.status = 'done'
            AND substr(f.done_on, 1, 10) BETWEEN m.day
                AND date(m.day, '+{FOLLOW_WINDOW_DAYS} days'))
 OR EXISTS (SELECT 1 FROM interactions i WHERE i.person_id = m.person_id AND i.kind <> 'met'
            AND i.happened_on BETWEEN m.day AND date(m.day, '+{FOLLOW_WINDOW_DAYS} days'))
"""

SQL_EXCHANGES = """
SELECT x.kind, sum(x.direction = 'gave'), sum(x.direction = 'received')
FROM exchanges x JOIN people p ON p.id = x.person_id AND p.deleted_at IS NULL
WHERE x.happened_on >= :start AND x.happened_on < :after GROUP BY x.kind
"""

SQL_INTRODUCTIONS = """
SELECT i.id, a.full_name, b.full_name, i.why, i.outcome, i.made_on FROM introductions i
JOIN people a ON a.id = i.person_a JOIN people b ON b.id = i.person_b
WHERE i.made_on >= :start AND i.made_on < :after
ORDER BY i.made_on, i.id
"""

SQL_MONTH_EVENTS = """
SELECT id, name, kind, starts_on FROM events
WHERE deleted_at IS NULL AND starts_on >= :start AND starts_on < :after
ORDER BY starts_on, id
"""


@dataclass(frozen=True)
class MonthKinds:
    month: str  # "2026-11"
    by_kind: dict[str, int]  # event kind (or "none") → people met

    @property
    def total(self) -> int:
        return sum(self.by_kind.values())


@dataclass(frozen=True)
class IntroductionLine:
    introduction_id: int
    person_a: str
    person_b: str
    why: str
    outcome: str
    made_on: dt.date


@dataclass(frozen=True)
class EventGoals:
    event_id: int
    name: str
    kind: str
    starts_on: dt.date
    goals: tuple[Goal, ...]


@dataclass(frozen=True)
class MonthReport:
    month: str
    people_met: int
    months: tuple[MonthKinds, ...]  # oldest first, ending with the report's month
    new_organisations: tuple[str, ...]
    new_departments: tuple[str, ...]
    due_on_time: int
    due_late: int
    due_open: int
    followed_up: int  # people met this month followed up within a week
    gave: dict[str, int]  # exchange kind → count
    received: dict[str, int]
    introductions: tuple[IntroductionLine, ...]
    events: tuple[EventGoals, ...]

    @property
    def follow_through(self) -> float | None:
        """Of the follow-ups due this month, the share done by their due day."""
        due = self.due_on_time + self.due_late + self.due_open
        return self.due_on_time / due if due else None

    @property
    def goals_reached(self) -> tuple[int, int]:
        goals = [goal for event in self.events for goal in event.goals]
        return sum(goal.reached for goal in goals), len(goals)

    @property
    def empty(self) -> bool:
        return not (self.people_met or self.introductions or self.events or sum(
            self.gave.values()) or sum(self.received.values()) or self.due_open
            or self.due_on_time or self.due_late)  # fmt: skip


def parse_month(value: str) -> tuple[dt.date, dt.date]:
    """The first day of ``YYYY-MM`` and of the month after it."""
    text = str(value).strip()
    if not _MONTH.match(text):
        raise NetdeskError("bad-month", value=value)
    try:
        start = dt.date(int(text[:4]), int(text[5:]), 1)
    except ValueError:
        raise NetdeskError("bad-month", value=value) from None
    return start, _next_month(start)


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _month_starts(start: dt.date, count: int) -> list[dt.date]:
    starts = [start]
    while len(starts) < count:
        first = starts[0]
        starts.insert(0, dt.date(first.year - (first.month == 1), (first.month - 2) % 12 + 1, 1))
    return starts


def report(store: Store, month: str) -> MonthReport:
    start, after = parse_month(month)
    span = _month_starts(start, MONTHS_SHOWN)
    params = {"start": start.isoformat(), "after": after.isoformat()}
    conn = store.conn
    counts: dict[str, dict[str, int]] = {}
    for month_text, kind, n in conn.execute(
        SQL_MET_BY_KIND, {"first": span[0].isoformat(), "after": after.isoformat()}
    ):
        counts.setdefault(month_text, {})[kind] = n
    months = tuple(
        MonthKinds(
            f"{s.year:04d}-{s.month:02d}",
            {k: counts.get(f"{s.year:04d}-{s.month:02d}", {}).get(k, 0)
             for k in (*EVENT_KINDS, NO_EVENT)},
        )
        for s in span
    )  # fmt: skip
    on_time, late, still_open = conn.execute(SQL_FOLLOWUPS_DUE, params).fetchone()
    gave: dict[str, int] = {}
    received: dict[str, int] = {}
    for kind, g, r in conn.execute(SQL_EXCHANGES, params):
        gave[kind], received[kind] = g, r
    intros = tuple(
        IntroductionLine(iid, a, b, why, outcome, dt.date.fromisoformat(day))
        for iid, a, b, why, outcome, day in conn.execute(SQL_INTRODUCTIONS, params)
    )
    month_events = conn.execute(SQL_MONTH_EVENTS, params).fetchall()
    goals = store.goals.for_events([row[0] for row in month_events])
    events = tuple(
        EventGoals(eid, name, kind, dt.date.fromisoformat(day), tuple(goals[eid]))
        for eid, name, kind, day in month_events
    )

    def first_reached(column: str, internal: int) -> tuple[str, ...]:
        sql = SQL_FIRST_REACHED.format(column=column)
        return tuple(row[0] for row in conn.execute(sql, {**params, "internal": internal}))

    return MonthReport(
        month=f"{start.year:04d}-{start.month:02d}",
        people_met=store.scalar(SQL_MET_IN_MONTH, params),
        months=months,
        new_organisations=first_reached("organisation", 0),
        new_departments=first_reached("department", 1),
        due_on_time=on_time,
        due_late=late,
        due_open=still_open,
        followed_up=store.scalar(SQL_FOLLOWED_UP, params),
        gave=gave,
        received=received,
        introductions=intros,
        events=events,
    )


def busiest_month(store: Store, *, today: dt.date, months: int = 18) -> str | None:
    """Of the last ``months`` months, the one in which the most people were met (the month
    worth showing first in a screenshot or a demo); None when nobody was met."""
    first = _month_starts(dt.date(today.year, today.month, 1), months)[0]
    return store.scalar(
        "SELECT substr(e.met_at, 1, 7) AS month FROM encounters e"
        " JOIN encounter_people ep ON ep.encounter_id = e.id"
        " WHERE e.met_at >= ? GROUP BY month ORDER BY count(*) DESC, month DESC LIMIT 1",
        (first.isoformat(),),
    )
