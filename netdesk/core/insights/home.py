"""The Home page's figures in one read: what to do today, and who to do it with.

The current or next event with its goals, follow-ups due, introductions worth making
(needs matched with offers), givers to thank, people going cold and the peers for the
user's own challenges. Each part is a few indexed queries with a limit, so the whole
stays well under the Home page's budget at 100,000 people; it runs on a worker thread
with its own connection.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netdesk.core.dates import iso_date
from netdesk.core.followups import cadence
from netdesk.core.followups.followups import followup_from_row
from netdesk.core.model import Event, Followup, Goal
from netdesk.core.topics import peers

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store

SQL_NEXT_EVENT = """
SELECT id FROM events WHERE deleted_at IS NULL AND starts_on > :today
ORDER BY starts_on, id LIMIT 1
"""

SQL_DUE = """
SELECT f.id, f.person_id, f.text, f.due_on, f.action, f.event_id, f.due_time, f.status,
       f.snoozed_until, f.done_on, f.outcome, f.created_at, p.full_name AS person_name
FROM followups f JOIN people p ON p.id = f.person_id AND p.deleted_at IS NULL
WHERE f.status <> 'done' AND f.effective_due <= :today
ORDER BY f.effective_due, f.id LIMIT :limit
"""

# People who gave the user something lately and heard nothing back since: nothing given
# to them, no email, call, help or introduction on or after the day they gave (the
# Insights page's "givers never thanked", for the last GIVERS_DAYS only: one pass over
# the recent exchanges instead of a balance for everyone).
SQL_GIVERS = """
WITH recent AS MATERIALIZED (
    SELECT person_id, max(happened_on) AS last_received FROM exchanges
    WHERE direction = 'received' AND happened_on >= :since GROUP BY person_id),
unthanked AS (
    SELECT p.id, p.full_name, p.organisation, r.last_received
    FROM recent r JOIN people p ON p.id = r.person_id AND p.deleted_at IS NULL
    WHERE NOT EXISTS (SELECT 1 FROM exchanges x WHERE x.person_id = r.person_id
                      AND x.direction = 'gave' AND x.happened_on >= r.last_received)
      AND NOT EXISTS (SELECT 1 FROM interactions i WHERE i.person_id = r.person_id
                      AND i.kind IN ('emailed', 'called', 'helped', 'introduced')
                      AND i.happened_on >= r.last_received))
SELECT *, (SELECT count(*) FROM unthanked) FROM unthanked
ORDER BY last_received DESC, full_name COLLATE NOCASE LIMIT :limit
"""
GIVERS_DAYS = 90

# Introductions made a while ago whose outcome nobody recorded yet: "how did it go?"
SQL_AWAITING = """
SELECT i.id, a.full_name, b.full_name, i.made_on FROM introductions i
JOIN people a ON a.id = i.person_a AND a.deleted_at IS NULL
JOIN people b ON b.id = i.person_b AND b.deleted_at IS NULL
WHERE i.outcome = '' AND i.made_on <= :asked
ORDER BY i.made_on DESC, i.id DESC LIMIT :limit
"""
ASK_OUTCOME_AFTER_DAYS = 14  # as the introduce dialog's "ask how it went" reminder

# Expected there (the attendee list, or tagged with the event's name) and, of those, met
# before at another event or without one.
SQL_ATTENDEES = """
WITH expected AS (
    SELECT person_id FROM event_attendees WHERE event_id = :event
    UNION
    SELECT pt.person_id FROM person_tags pt JOIN tags t ON t.id = pt.tag_id
    WHERE t.name = (SELECT trim(name) FROM events WHERE id = :event) COLLATE NOCASE)
SELECT count(*), coalesce(sum(EXISTS (
    SELECT 1 FROM encounter_people ep JOIN encounters e ON e.id = ep.encounter_id
    WHERE ep.person_id = x.person_id AND e.event_id IS NOT :event)), 0)
FROM expected x JOIN people p ON p.id = x.person_id AND p.deleted_at IS NULL
"""


@dataclass(frozen=True)
class EventGlance:
    event: Event
    happening: bool  # today, rather than the next one coming
    goals: tuple[Goal, ...]
    attendees: int  # on the attendee list
    known_attendees: int  # of those, people the user has met before


@dataclass(frozen=True)
class Giver:
    person_id: int
    full_name: str
    organisation: str
    last_received: dt.date


@dataclass(frozen=True)
class Awaiting:
    """An introduction made a while ago with no outcome recorded."""

    introduction_id: int
    person_a: str
    person_b: str
    made_on: dt.date


@dataclass(frozen=True)
class Home:
    today: dt.date
    has_people: bool
    event: EventGlance | None
    due_total: int
    due: tuple[Followup, ...]
    matches: tuple[peers.Match, ...]
    awaiting: tuple[Awaiting, ...]
    givers: tuple[Giver, ...]
    givers_total: int
    cold: tuple[cadence.CadenceDue, ...]
    cold_total: int
    challenges: tuple[peers.ChallengePeers, ...]

    @property
    def empty(self) -> bool:
        return not self.has_people and self.event is None


def event_glance(store: Store, *, today: dt.date) -> EventGlance | None:
    """The event happening today, else the next one coming, with its goals' progress."""
    event = store.events.happening_on(today)
    happening = event is not None
    if event is None:
        next_id = store.scalar(SQL_NEXT_EVENT, {"today": iso_date(today)})
        if next_id is None:
            return None
        event = store.events.get(next_id)
    attendees, known = store.conn.execute(SQL_ATTENDEES, {"event": event.id}).fetchone()
    goals = store.goals.for_events([event.id])[event.id]  # names read once for all its goals
    return EventGlance(event, happening, tuple(goals), attendees, known)


def gather(store: Store, *, today: dt.date | None = None, limit: int = 5) -> Home:
    """Everything the Home page shows; safe on a worker thread's own store."""
    today = today or dt.date.today()
    params = {"today": iso_date(today), "limit": limit}
    due = tuple(followup_from_row(row) for row in store.rows(SQL_DUE, params))
    cold = cadence.due(store, today=today)  # the few with a cadence: list and count at once
    since = iso_date(today - dt.timedelta(days=GIVERS_DAYS))
    givers = store.conn.execute(SQL_GIVERS, {"since": since, "limit": limit}).fetchall()
    return Home(
        today=today,
        # Whether there is anyone at all (a count would read all 100,000 rows).
        has_people=bool(
            store.scalar("SELECT EXISTS (SELECT 1 FROM people WHERE deleted_at IS NULL)")
        ),
        event=event_glance(store, today=today),
        due_total=store.followups.count_due(today),
        due=due,
        matches=tuple(peers.all_matches(store, limit=limit)),
        awaiting=tuple(
            Awaiting(iid, a, b, dt.date.fromisoformat(day))
            for iid, a, b, day in store.conn.execute(
                SQL_AWAITING,
                {
                    "asked": iso_date(today - dt.timedelta(days=ASK_OUTCOME_AFTER_DAYS)),
                    "limit": 3,
                },
            )
        ),
        givers=tuple(
            Giver(pid, name, org, dt.date.fromisoformat(day)) for pid, name, org, day, _ in givers
        ),
        givers_total=givers[0][4] if givers else 0,
        cold=tuple(cold[:limit]),
        cold_total=len(cold),
        challenges=tuple(peers.for_my_challenges(store, per_challenge=3)),
    )
