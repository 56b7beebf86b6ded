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
from netdesk.core.insights import insights
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

SQL_ATTENDEES = """
SELECT count(*), coalesce(sum(EXISTS (SELECT 1 FROM encounter_people ep
                                     WHERE ep.person_id = a.person_id)), 0)
FROM event_attendees a JOIN people p ON p.id = a.person_id AND p.deleted_at IS NULL
WHERE a.event_id = :event
"""


@dataclass(frozen=True)
class EventGlance:
    event: Event
    happening: bool  # today, rather than the next one coming
    goals: tuple[Goal, ...]
    attendees: int  # on the attendee list
    known_attendees: int  # of those, people the user has met before


@dataclass(frozen=True)
class Home:
    today: dt.date
    people: int
    event: EventGlance | None
    due_total: int
    due: tuple[Followup, ...]
    matches: tuple[peers.Match, ...]
    givers: tuple[insights.PersonBalance, ...]
    givers_total: int
    cold: tuple[cadence.CadenceDue, ...]
    cold_total: int
    challenges: tuple[peers.ChallengePeers, ...]

    @property
    def empty(self) -> bool:
        return self.people == 0 and self.event is None


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
    return EventGlance(event, happening, tuple(store.goals.for_event(event.id)), attendees, known)


def gather(store: Store, *, today: dt.date | None = None, limit: int = 5) -> Home:
    """Everything the Home page shows; safe on a worker thread's own store."""
    today = today or dt.date.today()
    params = {"today": iso_date(today), "limit": limit}
    due = tuple(followup_from_row(row) for row in store.rows(SQL_DUE, params))
    giving = insights.reciprocity(store, today=today, months=1, limit=limit)
    return Home(
        today=today,
        people=store.scalar("SELECT count(*) FROM people WHERE deleted_at IS NULL"),
        event=event_glance(store, today=today),
        due_total=store.followups.count_due(today),
        due=due,
        matches=tuple(peers.all_matches(store, limit=limit)),
        givers=giving.unthanked,
        givers_total=giving.unthanked_total,
        cold=tuple(cadence.due(store, today=today, limit=limit)),
        cold_total=cadence.count_due(store, today=today),
        challenges=tuple(peers.for_my_challenges(store, per_challenge=3)),
    )
