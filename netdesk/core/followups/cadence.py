"""Keep-in-touch cadence: every month, quarter or year, per person or per tag.

A person's own cadence wins over their tags'; among tags the shortest one
counts (a 'mentor' every month beats a 'peer' every quarter). When a follow-up
is done, the next keep-in-touch follow-up is created; anyone not contacted for
longer than their cadence, with nothing open, shows up as due.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netdesk.core.dates import iso_date
from netdesk.core.errors import NetdeskError
from netdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from netdesk.core.storage.changes import Kind

if TYPE_CHECKING:
    from netdesk.core.model import Followup
    from netdesk.core.storage.store import Store

# The presets a user picks from; any number of days works.
PRESETS: dict[str, int] = {"monthly": 30, "quarterly": 91, "yearly": 365}

KEEP_IN_TOUCH = QT_TRANSLATE_NOOP("cadence", "Keep in touch")

# The effective cadence of person p (own, else the shortest of their tags').
_EFFECTIVE = """coalesce(p.cadence_days, (SELECT min(t.cadence_days) FROM person_tags pt
    JOIN tags t ON t.id = pt.tag_id WHERE pt.person_id = p.id))"""

# Everyone a cadence applies to, with nothing open, and the last day we were in
# touch (met, logged an interaction, finished a follow-up, or added them). The
# people with a cadence are found first (materialised), so the per-person
# look-ups run for those few, not for the whole address book.
_CANDIDATES = """
WITH tagged AS MATERIALIZED (
    SELECT pt.person_id, min(t.cadence_days) AS days
    FROM tags t JOIN person_tags pt ON pt.tag_id = t.id
    WHERE t.cadence_days IS NOT NULL GROUP BY pt.person_id),
with_cadence AS MATERIALIZED (
    SELECT p.id, p.full_name, p.created_at, p.cadence_days AS days FROM people p
    WHERE p.cadence_days IS NOT NULL AND p.deleted_at IS NULL
    UNION ALL
    SELECT p.id, p.full_name, p.created_at, tg.days FROM tagged tg
    JOIN people p ON p.id = tg.person_id
    WHERE p.cadence_days IS NULL AND p.deleted_at IS NULL),
busy AS MATERIALIZED (SELECT DISTINCT person_id FROM followups WHERE status <> 'done'),
candidates AS (
    SELECT c.id, c.full_name, c.days, max(
        coalesce((SELECT max(happened_on) FROM interactions WHERE person_id = c.id), ''),
        coalesce((SELECT max(substr(e.met_at, 1, 10)) FROM encounter_people ep
                  JOIN encounters e ON e.id = ep.encounter_id WHERE ep.person_id = c.id), ''),
        coalesce((SELECT max(substr(done_on, 1, 10)) FROM followups
                  WHERE person_id = c.id AND status = 'done'), ''),
        substr(c.created_at, 1, 10)) AS last_contact
    FROM with_cadence c WHERE c.id NOT IN busy),
due AS (
    SELECT id, full_name, days, last_contact,
           date(last_contact, '+' || days || ' days') AS due_on
    FROM candidates WHERE date(last_contact, '+' || days || ' days') <= :today)
"""


@dataclass(frozen=True)
class CadenceDue:
    person_id: int
    full_name: str
    cadence_days: int
    last_contact: dt.date
    due_on: dt.date

    def overdue_days(self, today: dt.date) -> int:
        return (today - self.due_on).days


def check_days(days: int | None) -> int | None:
    if days is None:
        return None
    if isinstance(days, bool) or not isinstance(days, int) or not 0 < days <= 3660:
        raise NetdeskError("bad-cadence", value=days)
    return days


def set_person_cadence(store: Store, person_id: int, days: int | None) -> None:
    """Keep in touch with one person every ``days`` (None: only through their tags)."""
    check_days(days)
    store.people.require(person_id)
    with store.transaction() as conn:
        conn.execute("UPDATE people SET cadence_days = ? WHERE id = ?", (days, person_id))
        store.touched(Kind.PEOPLE)


def set_tag_cadence(store: Store, tag: str, days: int | None) -> None:
    """Keep in touch with everyone tagged ``tag`` every ``days``."""
    check_days(days)
    with store.transaction() as conn:
        found = conn.execute(
            "UPDATE tags SET cadence_days = ? WHERE name = ?", (days, tag.strip())
        ).rowcount
        if not found:
            raise NetdeskError("no-tag", name=tag)
        store.touched(Kind.TAGS, Kind.PEOPLE)


def tag_cadences(store: Store) -> dict[str, int]:
    rows = store.conn.execute(
        "SELECT name, cadence_days FROM tags WHERE cadence_days IS NOT NULL ORDER BY name"
    ).fetchall()
    return dict(rows)


def cadence_for(store: Store, person_id: int) -> int | None:
    """The cadence that applies to ``person_id``, or None."""
    return store.scalar(f"SELECT {_EFFECTIVE} FROM people p WHERE p.id = ?", (person_id,))


def after_done(store: Store, followup: Followup, day: dt.date) -> int | None:
    """Create the next keep-in-touch follow-up after ``followup`` was done on ``day``.

    Called by :meth:`Followups.done` inside its transaction. Nothing is created
    when the person has no cadence or already has something open: one open
    reason to get in touch is enough.
    """
    days = cadence_for(store, followup.person_id)
    if not days:
        return None
    still_open = store.scalar(
        "SELECT count(*) FROM followups WHERE person_id = ? AND status <> 'done' AND id <> ?",
        (followup.person_id, followup.id),
    )
    if still_open:
        return None
    return store.followups.add(
        followup.person_id,
        translate("cadence", KEEP_IN_TOUCH),
        day + dt.timedelta(days=days),
        action="call",
    )


def due(
    store: Store, *, today: dt.date | None = None, limit: int | None = None
) -> list[CadenceDue]:
    """People with a cadence, nothing open and no contact for longer than it; most overdue first."""
    sql = _CANDIDATES + "SELECT * FROM due ORDER BY due_on, full_name COLLATE NOCASE"
    if limit:
        sql += " LIMIT :limit"
    params = {"today": iso_date(today or dt.date.today()), "limit": limit}
    return [
        CadenceDue(pid, name, days, dt.date.fromisoformat(last), dt.date.fromisoformat(due_on))
        for pid, name, days, last, due_on in store.conn.execute(sql, params).fetchall()
    ]


def count_due(store: Store, *, today: dt.date | None = None) -> int:
    return store.scalar(
        _CANDIDATES + "SELECT count(*) FROM due", {"today": iso_date(today or dt.date.today())}
    )


def schedule_due(store: Store, *, today: dt.date | None = None) -> list[int]:
    """Turn every cadence that is due into an open follow-up due today; returns their ids."""
    today = today or dt.date.today()
    created = []
    with store.transaction():
        for item in due(store, today=today):
            created.append(
                store.followups.add(
                    item.person_id, translate("cadence", KEEP_IN_TOUCH), today, action="call"
                )
            )
    return created
