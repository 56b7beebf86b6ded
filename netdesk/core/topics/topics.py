"""Topics on people and on the user: added, removed, listed, suggested and proposed.

A topic is stored once per key (:func:`netdesk.core.topics.keys.topic_key`), with the
label it was first written as. Every write is one transaction and says it changed
``Kind.TOPICS``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from netdesk.core.dates import now_utc
from netdesk.core.errors import NetdeskError
from netdesk.core.storage.changes import Kind
from netdesk.core.topics.keys import ROLES, clean_label, contains_key, topic_key

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store


@dataclass(frozen=True)
class Topic:
    id: int
    label: str
    key: str


@dataclass(frozen=True)
class HeldTopic:
    """A topic as one person (or the user) holds it, in one role."""

    topic_id: int
    label: str
    role: str  # challenge, offer or interest
    event_id: int | None = None
    added_at: str = ""


@dataclass(frozen=True)
class Suggestion:
    topic_id: int
    label: str
    uses: int  # how many people hold it, in any role


def check_role(role: str) -> str:
    if role not in ROLES:
        raise NetdeskError("bad-kind", value=role, what="topic role", choices=", ".join(ROLES))
    return role


def _topic_id(store: Store, label: str) -> int:
    """The id of the topic ``label`` names, made if new; inside the caller's transaction."""
    shown, key = clean_label(label), topic_key(label)
    if not key:
        raise NetdeskError("empty-name", what="topic")
    found = store.scalar("SELECT id FROM topics WHERE key = ?", (key,))
    if found is not None:
        return found
    return store.conn.execute(
        "INSERT INTO topics (label, key) VALUES (?, ?)", (shown, key)
    ).lastrowid


def find(store: Store, label: str) -> Topic | None:
    """The stored topic ``label`` names (any spelling that folds to its key), or None."""
    row = store.row("SELECT id, label, key FROM topics WHERE key = ?", (topic_key(label),))
    return Topic(**row) if row else None


def get(store: Store, topic_id: int) -> Topic:
    row = store.row("SELECT id, label, key FROM topics WHERE id = ?", (topic_id,))
    if row is None:
        raise NetdeskError("no-topic", id=topic_id)
    return Topic(**row)


# -- on people ------------------------------------------------------------------------------


def add_to_person(
    store: Store,
    person_id: int,
    label: str,
    role: str,
    *,
    event_id: int | None = None,
    note: str = "",
) -> int:
    """Record that a person has this challenge, offer or interest; returns the topic's id.
    Adding it again keeps the first record (and its event)."""
    check_role(role)
    store.people.require(person_id)
    store.events.require(event_id)
    with store.transaction() as conn:
        topic_id = _topic_id(store, label)
        conn.execute(
            "INSERT OR IGNORE INTO person_topics (person_id, topic_id, role, event_id, note,"
            " added_at) VALUES (?, ?, ?, ?, ?, ?)",
            (person_id, topic_id, role, event_id, note.strip(), now_utc()),
        )
        store.touched(Kind.TOPICS)
    return topic_id


def remove_from_person(store: Store, person_id: int, topic_id: int, role: str) -> None:
    with store.transaction() as conn:
        conn.execute(
            "DELETE FROM person_topics WHERE person_id = ? AND topic_id = ? AND role = ?",
            (person_id, topic_id, check_role(role)),
        )
        store.touched(Kind.TOPICS)


def for_person(store: Store, person_id: int) -> list[HeldTopic]:
    """A person's topics: challenges, then offers, then interests; oldest first in each."""
    rows = store.conn.execute(
        "SELECT t.id, t.label, pt.role, pt.event_id, pt.added_at FROM person_topics pt"
        " JOIN topics t ON t.id = pt.topic_id WHERE pt.person_id = ?"
        " ORDER BY CASE pt.role WHEN 'challenge' THEN 0 WHEN 'offer' THEN 1 ELSE 2 END,"
        " pt.added_at, t.label COLLATE NOCASE",
        (person_id,),
    ).fetchall()
    return [HeldTopic(*row) for row in rows]


# -- the user's own -----------------------------------------------------------------------------


def add_mine(store: Store, label: str, role: str) -> int:
    """One of the user's own challenges, offers or interests (Preferences)."""
    check_role(role)
    with store.transaction() as conn:
        topic_id = _topic_id(store, label)
        conn.execute(
            "INSERT OR IGNORE INTO my_topics (topic_id, role, added_at) VALUES (?, ?, ?)",
            (topic_id, role, now_utc()),
        )
        store.touched(Kind.TOPICS)
    return topic_id


def remove_mine(store: Store, topic_id: int, role: str) -> None:
    with store.transaction() as conn:
        conn.execute(
            "DELETE FROM my_topics WHERE topic_id = ? AND role = ?", (topic_id, check_role(role))
        )
        store.touched(Kind.TOPICS)


def mine(store: Store, role: str | None = None) -> list[HeldTopic]:
    """The user's topics (of one role, when given), in the order they were added."""
    rows = store.conn.execute(
        "SELECT t.id, t.label, m.role, NULL, m.added_at FROM my_topics m"
        " JOIN topics t ON t.id = m.topic_id WHERE :role IS NULL OR m.role = :role"
        " ORDER BY CASE m.role WHEN 'challenge' THEN 0 WHEN 'offer' THEN 1 ELSE 2 END,"
        " m.added_at, t.id",
        {"role": role},
    ).fetchall()
    return [HeldTopic(*row) for row in rows]


# -- suggestions and proposals -----------------------------------------------------------------

# Topics whose key starts with what was typed (a range on the unique key index), then
# those with a later word starting so; each ranked by how many people hold it.
SQL_SUGGEST = """
SELECT t.id, t.label, (SELECT count(*) FROM person_topics pt WHERE pt.topic_id = t.id) AS uses,
       t.key >= :key AND t.key < :key || char(1114111) AS prefix
FROM topics t
WHERE (t.key >= :key AND t.key < :key || char(1114111)) OR instr(' ' || t.key, ' ' || :key) > 0
ORDER BY prefix DESC, uses DESC, t.label COLLATE NOCASE LIMIT :limit
"""


def suggest(store: Store, typed: str, *, limit: int = 8) -> list[Suggestion]:
    """Known topics for what the user is typing, the most used first."""
    key = topic_key(typed)
    if not key:
        return []
    # Singular folding only ever shortens a word's end, so a half-typed word folded is
    # still a prefix of the key it is on its way to.
    rows = store.conn.execute(SQL_SUGGEST, {"key": key, "limit": limit}).fetchall()
    return [Suggestion(tid, label, uses) for tid, label, uses, _ in rows]


def proposed_for_person(store: Store, person_id: int) -> list[Topic]:
    """Known topics named in the context lines of this person's encounters ("same pumping
    station problem") that the person does not hold yet: proposals, never added unasked."""
    contexts = [
        row[0]
        for row in store.conn.execute(
            "SELECT e.context FROM encounter_people ep JOIN encounters e ON e.id = ep.encounter_id"
            " WHERE ep.person_id = ? AND e.context <> ''",
            (person_id,),
        )
    ]
    if not contexts:
        return []
    held = {row[0] for row in store.conn.execute(
        "SELECT topic_id FROM person_topics WHERE person_id = ?", (person_id,))}  # fmt: skip
    return [topic for topic in topics_in_text(store, " · ".join(contexts)) if topic.id not in held]


def topics_in_text(store: Store, text: str) -> list[Topic]:
    """The known topics whose whole words appear in ``text``, longest key first."""
    folded = topic_key(text)
    if not folded:
        return []
    rows = store.conn.execute("SELECT id, label, key FROM topics").fetchall()
    found = [Topic(*row) for row in rows if contains_key(folded, row[2])]
    return sorted(found, key=lambda topic: (-len(topic.key), topic.key))
