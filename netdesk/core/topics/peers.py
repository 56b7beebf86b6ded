"""Who shares a topic, and whose need another's offer answers.

Peers are found through the ``person_topics_topic`` index (topic, role, person), so one
topic's peers or matches cost a few index ranges however many people there are. A match
pairs a person with a challenge and a person offering the same topic; people in the
trash and pairs already introduced (in either order) are left out.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netdesk.core.topics import topics

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store

# How many of a topic's most recent needs and offers a match list looks at: enough to
# fill any list a person reads, and a bound on the pairs considered at any size.
MATCH_WINDOW = 200


@dataclass(frozen=True)
class Peer:
    person_id: int
    full_name: str
    organisation: str
    department: str
    role: str
    last_event_id: int | None  # where and when they were last met
    last_event: str
    last_met: dt.date | None


@dataclass(frozen=True)
class Side:
    person_id: int
    full_name: str
    organisation: str


@dataclass(frozen=True)
class Match:
    """``offer`` offers what ``need`` needs, on ``topic``: introduce them?"""

    topic_id: int
    topic: str
    need: Side
    offer: Side


@dataclass(frozen=True)
class EventMet:
    event_id: int
    name: str
    starts_on: dt.date
    peers: int  # how many of the topic's peers were met there


@dataclass(frozen=True)
class ChallengePeers:
    """One of the user's challenges: the people known to share it, and where they were met."""

    topic_id: int
    topic: str
    total: int
    peers: tuple[Peer, ...]
    events: tuple[EventMet, ...]


# One row per person holding the topic (their first role by challenge, offer, interest),
# with the last encounter: where and when, looked up only for the rows kept.
SQL_PEERS = """
WITH holders AS (
    SELECT pt.person_id, min(CASE pt.role WHEN 'challenge' THEN 0 WHEN 'offer' THEN 1 ELSE 2 END)
           AS rank, max(pt.added_at) AS added_at
    FROM person_topics pt WHERE pt.topic_id = :topic AND (:role IS NULL OR pt.role = :role)
    GROUP BY pt.person_id),
chosen AS MATERIALIZED (
    SELECT p.id, p.full_name, p.organisation, p.department, h.rank, h.added_at
    FROM holders h JOIN people p ON p.id = h.person_id AND p.deleted_at IS NULL
    WHERE p.id <> coalesce(:exclude, -1)
    ORDER BY h.added_at DESC, p.full_name COLLATE NOCASE LIMIT :limit)
SELECT c.id, c.full_name, c.organisation, c.department, c.rank,
       (SELECT e.event_id || '|' || e.met_at FROM encounter_people ep
        JOIN encounters e ON e.id = ep.encounter_id
        WHERE ep.person_id = c.id ORDER BY e.met_at DESC LIMIT 1) AS last
FROM chosen c ORDER BY c.added_at DESC, c.full_name COLLATE NOCASE
"""
_RANKED_ROLES = ("challenge", "offer", "interest")


def peers(
    store: Store,
    topic_id: int,
    *,
    role: str | None = None,
    exclude: int | None = None,
    limit: int = 50,
) -> list[Peer]:
    """Everyone holding the topic (in ``role``, when given), most recently added first,
    with the event and day they were last met."""
    rows = store.conn.execute(
        SQL_PEERS,
        {"topic": topic_id, "role": role, "exclude": exclude, "limit": limit},
    ).fetchall()
    found = [(pid, name, org, dept, rank, last) for pid, name, org, dept, rank, last in rows]
    events = _event_names(store, {_last_event(last) for *_, last in found} - {None})
    result = []
    for pid, name, org, dept, rank, last in found:
        event_id = _last_event(last)
        met = dt.date.fromisoformat(last.partition("|")[2][:10]) if last else None
        result.append(
            Peer(pid, name, org, dept, _RANKED_ROLES[rank], event_id, events.get(event_id, ""), met)
        )
    return result


def count(store: Store, topic_id: int, *, role: str | None = None) -> int:
    return store.scalar(
        "SELECT count(DISTINCT pt.person_id) FROM person_topics pt JOIN people p"
        " ON p.id = pt.person_id AND p.deleted_at IS NULL"
        " WHERE pt.topic_id = :topic AND (:role IS NULL OR pt.role = :role)",
        {"topic": topic_id, "role": role},
    )


def _last_event(last: str | None) -> int | None:
    head = (last or "").partition("|")[0]
    return int(head) if head else None


def _event_names(store: Store, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = store.conn.execute(
        "SELECT id, name FROM events WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(ids)),),
    )
    return dict(rows.fetchall())


# -- the user's challenges ----------------------------------------------------------------

SQL_EVENTS_MET = """
SELECT ev.id, ev.name, ev.starts_on, count(DISTINCT ep.person_id) AS peers
FROM person_topics pt
JOIN people p ON p.id = pt.person_id AND p.deleted_at IS NULL
JOIN encounter_people ep ON ep.person_id = pt.person_id
JOIN encounters e ON e.id = ep.encounter_id
JOIN events ev ON ev.id = e.event_id AND ev.deleted_at IS NULL
WHERE pt.topic_id = :topic
GROUP BY ev.id ORDER BY peers DESC, ev.starts_on DESC LIMIT :limit
"""


def for_my_challenges(
    store: Store, *, per_challenge: int = 5, events: int = 3
) -> list[ChallengePeers]:
    """For each of the user's challenges: the peers already known and the events where
    they were met (the ones worth going back to)."""
    found = []
    for held in topics.mine(store, "challenge"):
        met = store.conn.execute(
            SQL_EVENTS_MET, {"topic": held.topic_id, "limit": events}
        ).fetchall()
        found.append(
            ChallengePeers(
                held.topic_id,
                held.label,
                count(store, held.topic_id),
                tuple(peers(store, held.topic_id, limit=per_challenge)),
                tuple(
                    EventMet(eid, name, dt.date.fromisoformat(day), n) for eid, name, day, n in met
                ),
            )
        )
    return found


# -- matches ------------------------------------------------------------------------------

SQL_SIDE = """
SELECT pt.person_id, p.full_name, p.organisation FROM person_topics pt
JOIN people p ON p.id = pt.person_id AND p.deleted_at IS NULL
WHERE pt.topic_id = :topic AND pt.role = :role
ORDER BY pt.added_at DESC, pt.person_id DESC LIMIT :window
"""

SQL_INTRODUCED = """
SELECT person_a, person_b FROM introductions
WHERE person_a IN (SELECT value FROM json_each(:ids))
  AND person_b IN (SELECT value FROM json_each(:ids))
"""


def matches(
    store: Store,
    topic_id: int,
    *,
    limit: int = 20,
    per_need: int = 2,
    person_id: int | None = None,
) -> list[Match]:
    """Needs on this topic paired with offers on it, the most recent needs first; each need
    gets up to ``per_need`` offers, people from another organisation first (a peer
    elsewhere is the point). With ``person_id``: only pairs that person is part of."""
    label = topics.get(store, topic_id).label
    params = {"topic": topic_id, "window": MATCH_WINDOW}
    needs = [Side(*row) for row in store.conn.execute(SQL_SIDE, {**params, "role": "challenge"})]
    offers = [Side(*row) for row in store.conn.execute(SQL_SIDE, {**params, "role": "offer"})]
    if person_id is not None:
        mine = [side for side in needs if side.person_id == person_id]
        if mine:
            needs = mine
        else:
            offers = [side for side in offers if side.person_id == person_id]
    if not needs or not offers:
        return []
    ids = json.dumps(sorted({s.person_id for s in needs} | {s.person_id for s in offers}))
    introduced = {
        frozenset(pair) for pair in store.conn.execute(SQL_INTRODUCED, {"ids": ids}).fetchall()
    }
    found: list[Match] = []
    for need in needs:
        candidates = sorted(
            (o for o in offers if o.person_id != need.person_id
             and frozenset((need.person_id, o.person_id)) not in introduced),
            key=lambda o: o.organisation.casefold() == need.organisation.casefold(),
        )  # fmt: skip
        for offer in candidates[:per_need]:
            found.append(Match(topic_id, label, need, offer))
            if len(found) >= limit:
                return found
    return found


# Topics with both a need and an offer, the most recent need first.
SQL_MATCHING_TOPICS = """
SELECT n.topic_id, max(n.added_at) AS latest FROM person_topics n
WHERE n.role = 'challenge'
  AND EXISTS (SELECT 1 FROM person_topics o WHERE o.topic_id = n.topic_id AND o.role = 'offer')
GROUP BY n.topic_id
ORDER BY n.topic_id IN (SELECT topic_id FROM my_topics) DESC, latest DESC
"""


def all_matches(store: Store, *, limit: int = 6, per_topic: int = 2) -> list[Match]:
    """Introductions worth making across topics: the user's own topics first, then the
    topics with the most recent needs; a few per topic so that one topic cannot fill it."""
    found: list[Match] = []
    for topic_id, _latest in store.conn.execute(SQL_MATCHING_TOPICS).fetchall():
        found.extend(matches(store, topic_id, limit=min(per_topic, limit - len(found)),
                             per_need=1))  # fmt: skip
        if len(found) >= limit:
            break
    return found
