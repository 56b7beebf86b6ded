"""Erase one person for good: not the trash, but every row that is about them.

Foreign keys take most of it (contact points, tags, encounters' links, follow-ups,
interactions, exchanges, introductions on either side, provenance, topics, reviews,
possible duplicates, import changes, sync conflicts; the search row goes with its
trigger). Three things they would leave behind are removed here:

- an encounter no one else was part of: its one line of context is about this person;
- "introduced by" on other encounters (set to nothing by the key, as it should be);
- a sync link's last agreed copy of the person or their follow-ups. The link itself
  stays, emptied: without a person it is the deletion still to send to the server
  (sync_items' comment in schema step 5), or the server would hand them back.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netdesk.core.errors import NetdeskError
from netdesk.core.storage.changes import Kind

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store


@dataclass(frozen=True)
class Erased:
    id: int
    name: str


def erase_person(store: Store, person_id: int) -> Erased:
    """Remove ``person_id`` (living or in the trash) and everything about them, at once."""
    with store.transaction() as conn:
        name = store.scalar("SELECT full_name FROM people WHERE id = ?", (person_id,))
        if name is None:
            raise NetdeskError("no-person", id=person_id)
        forget_people(conn, "id = ?", (person_id,))
        store.touched(
            Kind.PEOPLE,
            Kind.ENCOUNTERS,
            Kind.FOLLOWUPS,
            Kind.INTERACTIONS,
            Kind.EXCHANGES,
            Kind.INTRODUCTIONS,
            Kind.GOALS,
            Kind.TAGS,
            Kind.REVIEWS,
            Kind.DUPLICATES,
        )
    return Erased(person_id, name)


def forget_people(conn: sqlite3.Connection, where: str, params: tuple = ()) -> None:
    """Delete the people ``where`` selects and what the foreign keys would leave of them
    (see the module's comment); the caller owns the transaction and says what changed."""
    people = f"SELECT id FROM people WHERE {where}"
    met = [
        eid
        for (eid,) in conn.execute(
            f"SELECT DISTINCT encounter_id FROM encounter_people WHERE person_id IN ({people})",
            params,
        )
    ]
    conn.execute(
        f"UPDATE sync_items SET base = '{{}}', stamp = '' WHERE person_id IN ({people})"
        f" OR followup_id IN (SELECT id FROM followups WHERE person_id IN ({people}))",
        params + params,
    )
    conn.execute(f"DELETE FROM people WHERE {where}", params)
    conn.executemany(
        "DELETE FROM encounters WHERE id = ?"
        " AND NOT EXISTS (SELECT 1 FROM encounter_people WHERE encounter_id = ?)",
        [(eid, eid) for eid in met],
    )
