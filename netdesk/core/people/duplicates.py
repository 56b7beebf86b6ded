"""Possible duplicates: pairs of people that look alike but were not merged.

Import, scan and sync merge only on strong evidence (see :mod:`netdesk.core.people.resolve`);
a close name at the same organisation, or an identifier shared with a contradiction,
is recorded here instead, for the user to settle: merge the two (the merge dialog's
field-by-field choices, then the other's history moves over) or say they are
different people, after which the pair is never suggested again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netdesk.core.dates import now_utc
from netdesk.core.errors import NetdeskError
from netdesk.core.formats.contact import Contact
from netdesk.core.model import TEXT_FIELDS, ContactPoint, Person
from netdesk.core.people.resolve import Match, Proposal, apply_merge, propose
from netdesk.core.storage.changes import Kind

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store

# What a pair is recorded with when the user names it, rather than a match.
USER_REASON = "user"

# An open pair is one the user has not settled, between two people not in the trash.
_OPEN_SQL = """
SELECT d.person_id, a.full_name AS person_name, a.organisation AS person_organisation,
  d.other_id, b.full_name AS other_name, b.organisation AS other_organisation,
  d.reason, d.found_at
FROM duplicate_candidates d
JOIN people a ON a.id = d.person_id JOIN people b ON b.id = d.other_id
WHERE d.status = 'open' AND a.deleted_at IS NULL AND b.deleted_at IS NULL {extra}
ORDER BY a.full_name COLLATE NOCASE, d.person_id, d.other_id
"""

# History that follows a person into a merge: (table, column).
_HISTORY = (
    ("followups", "person_id"),
    ("interactions", "person_id"),
    ("exchanges", "person_id"),
    ("provenance", "person_id"),
    ("encounters", "introduced_by"),
)


@dataclass(frozen=True)
class DuplicatePair:
    person_id: int
    person_name: str
    person_organisation: str
    other_id: int
    other_name: str
    other_organisation: str
    reason: str  # uid, email, phone, url, name or user
    found_at: str

    def partner_of(self, person_id: int) -> int:
        return self.other_id if person_id == self.person_id else self.person_id


def _ordered(a: int, b: int) -> tuple[int, int]:
    if a == b:
        raise NetdeskError("duplicate-same-person", id=a)
    return (a, b) if a < b else (b, a)


class Duplicates:
    def __init__(self, store: Store) -> None:
        self._store = store

    # -- writing ---------------------------------------------------------------

    def record(self, person_id: int, other_id: int, reason: str) -> bool:
        """Note a possible duplicate; False when the pair is known already (a pair the
        user called different people stays that way)."""
        low, high = _ordered(person_id, other_id)
        with self._store.transaction() as conn:
            added = conn.execute(
                "INSERT INTO duplicate_candidates (person_id, other_id, reason, found_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (low, high, reason, now_utc()),
            ).rowcount
            if added:
                self._store.touched(Kind.PEOPLE)
        return bool(added)

    def dismiss(self, person_id: int, other_id: int) -> None:
        """The user says these are different people: never suggest the pair again."""
        low, high = _ordered(person_id, other_id)
        people = self._store.people
        with self._store.transaction() as conn:
            people.require(low)
            people.require(high)
            conn.execute(
                "INSERT INTO duplicate_candidates (person_id, other_id, reason, status, found_at)"
                " VALUES (?, ?, ?, 'distinct', ?)"
                " ON CONFLICT (person_id, other_id) DO UPDATE SET status = 'distinct'",
                (low, high, USER_REASON, now_utc()),
            )
            self._store.touched(Kind.PEOPLE)

    def proposal(self, keep_id: int, other_id: int) -> Proposal:
        """``other_id`` as a card beside ``keep_id``: what the merge dialog shows."""
        low, high = _ordered(keep_id, other_id)
        reason = self._store.scalar(
            "SELECT reason FROM duplicate_candidates WHERE person_id = ? AND other_id = ?",
            (low, high),
        )
        other = self._store.people.get(other_id)
        return propose(self._store, as_contact(other), Match(keep_id, reason or USER_REASON))

    def merge(
        self,
        keep_id: int,
        other_id: int,
        choices: Mapping[str, str] | None = None,
        *,
        add_points: bool | tuple[ContactPoint, ...] = True,
    ) -> Person:
        """Fold ``other_id`` into ``keep_id``: their details as the user chose (without
        choices: only empty fields filled), their history moved over; then the other
        record is deleted, since everything it held now lives on ``keep_id``."""
        with self._store.transaction():
            proposal = self.proposal(keep_id, other_id)
            apply_merge(self._store, proposal, choices, add_points=add_points, source="merge")
            self._move_history(keep_id, other_id)
            self._store.conn.execute("DELETE FROM people WHERE id = ?", (other_id,))
            self._store.touched(
                Kind.PEOPLE, Kind.ENCOUNTERS, Kind.FOLLOWUPS, Kind.TAGS, Kind.TOPICS
            )
        return self._store.people.get(keep_id)

    def _move_history(self, keep_id: int, other_id: int) -> None:
        conn = self._store.conn
        for table, column in _HISTORY:
            conn.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", (keep_id, other_id))
        # Rows keyed by person: the kept person's own row wins where both have one.
        conn.execute(
            "INSERT OR IGNORE INTO encounter_people (encounter_id, person_id)"
            " SELECT encounter_id, ? FROM encounter_people WHERE person_id = ?",
            (keep_id, other_id),
        )
        conn.execute(
            "INSERT OR IGNORE INTO person_tags (person_id, tag_id)"
            " SELECT ?, tag_id FROM person_tags WHERE person_id = ?",
            (keep_id, other_id),
        )
        # Their challenges, offers and interests, and the attendee lists they are on.
        conn.execute(
            "INSERT OR IGNORE INTO person_topics (person_id, topic_id, role, event_id, note,"
            " added_at) SELECT ?, topic_id, role, event_id, note, added_at FROM person_topics"
            " WHERE person_id = ?",
            (keep_id, other_id),
        )
        conn.execute(
            "INSERT OR IGNORE INTO event_attendees (event_id, person_id, source, added_at)"
            " SELECT event_id, ?, source, added_at FROM event_attendees WHERE person_id = ?",
            (keep_id, other_id),
        )
        conn.execute(
            "UPDATE OR IGNORE reviews SET person_id = ? WHERE person_id = ?", (keep_id, other_id)
        )
        # An introduction between the two would become one to themselves: it goes.
        for mine, theirs in (("person_a", "person_b"), ("person_b", "person_a")):
            conn.execute(
                f"UPDATE introductions SET {mine} = ? WHERE {mine} = ? AND {theirs} <> ?",
                (keep_id, other_id, keep_id),
            )
        self._carry_pairs(keep_id, other_id)

    def _carry_pairs(self, keep_id: int, other_id: int) -> None:
        """The other's look-alikes (and 'different people' verdicts) become the kept
        person's, so that nothing the user settled comes back."""
        rows = self._store.conn.execute(
            "SELECT person_id, other_id, reason, status, found_at FROM duplicate_candidates"
            " WHERE ? IN (person_id, other_id)",
            (other_id,),
        ).fetchall()
        for low, high, reason, status, found_at in rows:
            third = high if low == other_id else low
            if third == keep_id:
                continue
            self._store.conn.execute(
                "INSERT INTO duplicate_candidates (person_id, other_id, reason, status, found_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (person_id, other_id) DO UPDATE SET"
                " status = CASE WHEN excluded.status = 'distinct' THEN 'distinct' ELSE status END",
                (*_ordered(keep_id, third), reason, status, found_at),
            )

    # -- reading ---------------------------------------------------------------

    def open_pairs(self, person_id: int | None = None) -> list[DuplicatePair]:
        """Pairs waiting for the user (only those with ``person_id``, when given)."""
        if person_id is None:
            rows = self._store.rows(_OPEN_SQL.format(extra=""))
        else:
            extra = "AND (d.person_id = ? OR d.other_id = ?)"
            rows = self._store.rows(_OPEN_SQL.format(extra=extra), (person_id, person_id))
        return [DuplicatePair(**row) for row in rows]

    def count(self) -> int:
        return self._store.scalar(
            "SELECT count(*) FROM duplicate_candidates d"
            " JOIN people a ON a.id = d.person_id JOIN people b ON b.id = d.other_id"
            " WHERE d.status = 'open' AND a.deleted_at IS NULL AND b.deleted_at IS NULL"
        )


def as_contact(person: Person) -> Contact:
    """A stored person as if their details came on a card (the merge dialog's right side)."""
    return Contact(
        **{name: getattr(person, name) for name in TEXT_FIELDS},
        contacts=person.contacts,
        uid=person.vcard_uid or None,
    )
