"""Before the event: its goals, who the user already knows there, what is still owed to
them, and which peers for the user's challenges may be there.

"Who is there" is the attendee list (imported, typed or tagged: ``event_attendees``) and
anyone already met at the event; "known" means met before the event started or at
another event, so a stranger on the list is not a person the user knows.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netdesk.core.model import Event, Followup, Goal
from netdesk.core.topics import topics
from netdesk.core.topics.keys import contains_key, topic_key

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store

# Who is there: on the attendee list, tagged with the event's name (the People page's Tag
# action: "Aqua Nederland 2026"), or already met at the event.
THERE = """
    SELECT person_id FROM event_attendees WHERE event_id = :event
    UNION
    SELECT pt.person_id FROM person_tags pt JOIN tags t ON t.id = pt.tag_id
    WHERE t.name = (SELECT trim(name) FROM events WHERE id = :event) COLLATE NOCASE
    UNION
    SELECT ep.person_id FROM encounters e JOIN encounter_people ep ON ep.encounter_id = e.id
    WHERE e.event_id = :event"""

# Everyone there who was met before the event, elsewhere or earlier, with their latest
# context line from before the event and when that was.
SQL_KNOWN = f"""
WITH there AS ({THERE}),
before AS (
    SELECT ep.person_id, e.met_at, e.context, e.event_id FROM there t
    JOIN encounter_people ep ON ep.person_id = t.person_id
    JOIN encounters e ON e.id = ep.encounter_id
    WHERE e.event_id IS NOT :event AND substr(e.met_at, 1, 10) <= :starts)
SELECT p.id, p.full_name, p.organisation, p.department, p.title,
       max(b.met_at) AS last_met,
       (SELECT b2.context FROM before b2 WHERE b2.person_id = p.id AND b2.context <> ''
        ORDER BY b2.met_at DESC LIMIT 1) AS context
FROM before b JOIN people p ON p.id = b.person_id AND p.deleted_at IS NULL
GROUP BY p.id ORDER BY p.full_name COLLATE NOCASE
"""

SQL_THERE = f"""
SELECT count(*) FROM people p WHERE p.deleted_at IS NULL AND p.id IN ({THERE})
"""

SQL_OPEN = """
SELECT f.id, f.person_id, f.text, f.due_on, f.action, f.event_id, f.due_time, f.status,
       f.snoozed_until, f.done_on, f.outcome, f.created_at, p.full_name AS person_name
FROM followups f JOIN people p ON p.id = f.person_id
WHERE f.status <> 'done' AND f.person_id IN (SELECT value FROM json_each(:ids))
ORDER BY f.effective_due, f.id
"""

# Those expected at the event who hold a topic, in any role.
SQL_TOPIC_THERE = f"""
SELECT p.id, p.full_name, p.organisation, pt.role FROM person_topics pt
JOIN people p ON p.id = pt.person_id AND p.deleted_at IS NULL
WHERE pt.topic_id = :topic AND pt.person_id IN ({THERE})
ORDER BY CASE pt.role WHEN 'offer' THEN 0 WHEN 'challenge' THEN 1 ELSE 2 END,
         p.full_name COLLATE NOCASE
"""


@dataclass(frozen=True)
class KnownPerson:
    person_id: int
    full_name: str
    organisation: str
    department: str
    title: str
    last_met: dt.date | None
    context: str  # the latest context line from before the event ("" if none was written)
    open_followups: tuple[Followup, ...]


MENTIONED = "mentioned"  # a peer by what they said when met, not by a topic noted on them


@dataclass(frozen=True)
class PeerThere:
    person_id: int
    full_name: str
    organisation: str
    role: str  # challenge, offer, interest, or MENTIONED


@dataclass(frozen=True)
class ChallengeThere:
    topic_id: int
    topic: str
    peers: tuple[PeerThere, ...]


@dataclass(frozen=True)
class Brief:
    event: Event
    goals: tuple[Goal, ...]
    expected: int  # on the attendee list or met there
    known: tuple[KnownPerson, ...]
    challenges: tuple[ChallengeThere, ...]

    @property
    def owed(self) -> int:
        """Open follow-ups towards the people the user will see there."""
        return sum(len(person.open_followups) for person in self.known)


def brief(store: Store, event_id: int) -> Brief:
    """The brief for one event (:class:`NetdeskError` ``no-event`` if there is none)."""
    event = store.events.get(event_id)
    params = {"event": event_id, "starts": event.starts_on.isoformat()}
    rows = store.rows(SQL_KNOWN, params)
    open_by_person: dict[int, list[Followup]] = {}
    if rows:
        from netdesk.core.followups.followups import followup_from_row

        ids = json.dumps([row["id"] for row in rows])
        for row in store.rows(SQL_OPEN, {"ids": ids}):
            open_by_person.setdefault(row["person_id"], []).append(followup_from_row(row))
    known = sorted(
        (KnownPerson(
            row["id"], row["full_name"], row["organisation"], row["department"], row["title"],
            dt.date.fromisoformat(row["last_met"][:10]) if row["last_met"] else None,
            row["context"] or "", tuple(open_by_person.get(row["id"], ())))
         for row in rows),
        # Those the user still owes something first: the reason to find them there.
        key=lambda person: (not person.open_followups, person.full_name.casefold()),
    )  # fmt: skip
    challenges = []
    for held in topics.mine(store, "challenge"):
        there = [
            PeerThere(*row)
            for row in store.conn.execute(
                SQL_TOPIC_THERE, {"topic": held.topic_id, "event": event_id}
            ).fetchall()
        ]
        # Someone who said "same pumping station problem as us" when met is a likely peer,
        # even before the topic was noted on them.
        key, listed = topic_key(held.label), {peer.person_id for peer in there}
        there += [
            PeerThere(person.person_id, person.full_name, person.organisation, MENTIONED)
            for person in known
            if person.person_id not in listed and contains_key(topic_key(person.context), key)
        ]
        challenges.append(ChallengeThere(held.topic_id, held.label, tuple(there)))
    return Brief(
        event=event,
        goals=tuple(store.goals.for_events([event_id])[event_id]),
        expected=store.scalar(SQL_THERE, params),
        known=tuple(known),
        challenges=tuple(challenges),
    )


SQL_NEXT_LISTED = """
SELECT a.event_id FROM event_attendees a JOIN events e ON e.id = a.event_id
WHERE e.deleted_at IS NULL AND e.starts_on >= :today
GROUP BY a.event_id ORDER BY e.starts_on, a.event_id LIMIT 1
"""


def event_to_brief(store: Store, *, today: dt.date) -> int | None:
    """The event a brief helps most with: the one happening today, else the next one with an
    attendee list, else the next one, else the latest; None without events."""
    from netdesk.core.insights.home import event_glance

    happening = store.events.happening_on(today)
    if happening is not None:
        return happening.id
    listed = store.scalar(SQL_NEXT_LISTED, {"today": today.isoformat()})
    if listed is not None:
        return listed
    glance = event_glance(store, today=today)
    if glance is not None:
        return glance.event.id
    choices = store.events.choices()
    return choices[0][0] if choices else None
