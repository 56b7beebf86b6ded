"""Everything netdesk holds about one person, as one JSON document: a data-subject request.

The person's own fields (the photo as base64), how to reach them, their tags and topics,
where they were met and by whose introduction, what is owed and what was given, the
introductions made on either side, where each field came from, and the imports and sync
links that touched them. Other people appear only by name where the record is about
this person (who introduced them, to whom they were introduced).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netdesk import __version__
from netdesk.core.errors import NetdeskError
from netdesk.core.files.paths import write_atomically

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store

NAME = "person"
VERSION = 1

# Each part of the document: its key and the query for it (``:id`` is the person).
_PARTS: tuple[tuple[str, str], ...] = (
    ("contact_points", "SELECT * FROM contact_points WHERE person_id = :id ORDER BY position, id"),
    (
        "tags",
        "SELECT t.name, t.cadence_days FROM person_tags pt JOIN tags t ON t.id = pt.tag_id"
        " WHERE pt.person_id = :id ORDER BY t.name COLLATE NOCASE",
    ),
    (
        "encounters",
        "SELECT e.*, ev.name AS event_name, ev.starts_on AS event_starts_on,"
        " ev.location AS event_location, intro.full_name AS introduced_by_name"
        " FROM encounter_people ep JOIN encounters e ON e.id = ep.encounter_id"
        " LEFT JOIN events ev ON ev.id = e.event_id"
        " LEFT JOIN people intro ON intro.id = e.introduced_by"
        " WHERE ep.person_id = :id ORDER BY e.met_at, e.id",
    ),
    (
        "introduced_at_encounters",
        "SELECT e.id, e.event_id, e.met_at, ev.name AS event_name FROM encounters e"
        " LEFT JOIN events ev ON ev.id = e.event_id WHERE e.introduced_by = :id ORDER BY e.id",
    ),
    (
        "events_expected_at",
        "SELECT a.event_id, ev.name AS event_name, ev.starts_on, a.source, a.added_at"
        " FROM event_attendees a JOIN events ev ON ev.id = a.event_id"
        " WHERE a.person_id = :id ORDER BY ev.starts_on",
    ),
    (
        "followups",
        "SELECT f.id, f.event_id, f.action, f.text, f.due_on, f.due_time, f.status,"
        " f.snoozed_until, f.done_on, f.outcome, f.created_at, ev.name AS event_name"
        " FROM followups f LEFT JOIN events ev ON ev.id = f.event_id"
        " WHERE f.person_id = :id ORDER BY f.due_on, f.id",
    ),
    (
        "interactions",
        "SELECT i.*, ev.name AS event_name FROM interactions i"
        " LEFT JOIN events ev ON ev.id = i.event_id WHERE i.person_id = :id"
        " ORDER BY i.happened_on, i.id",
    ),
    (
        "exchanges",
        "SELECT x.*, ev.name AS event_name FROM exchanges x"
        " LEFT JOIN events ev ON ev.id = x.event_id WHERE x.person_id = :id"
        " ORDER BY x.happened_on, x.id",
    ),
    (
        "introductions",
        "SELECT i.*, a.full_name AS person_a_name, b.full_name AS person_b_name"
        " FROM introductions i JOIN people a ON a.id = i.person_a"
        " JOIN people b ON b.id = i.person_b"
        " WHERE i.person_a = :id OR i.person_b = :id ORDER BY i.made_on, i.id",
    ),
    (
        "topics",
        "SELECT t.label, pt.role, pt.note, pt.event_id, pt.added_at FROM person_topics pt"
        " JOIN topics t ON t.id = pt.topic_id WHERE pt.person_id = :id ORDER BY t.label",
    ),
    (
        "reviews",
        "SELECT r.*, ev.name AS event_name FROM reviews r JOIN events ev ON ev.id = r.event_id"
        " WHERE r.person_id = :id ORDER BY r.reviewed_at",
    ),
    ("provenance", "SELECT * FROM provenance WHERE person_id = :id ORDER BY recorded_at, id"),
    (
        "imports",
        "SELECT b.id AS batch_id, b.source, b.format, b.imported_at, b.undone_at, c.action,"
        " c.before, c.stamp FROM import_changes c JOIN import_batches b ON b.id = c.batch_id"
        " WHERE c.person_id = :id ORDER BY b.imported_at, b.id",
    ),
    (
        "possible_duplicates",
        "SELECT * FROM duplicate_candidates WHERE person_id = :id OR other_id = :id",
    ),
    (
        "sync_links",
        "SELECT c.url AS collection, s.href, s.uid, s.etag FROM sync_items s"
        " JOIN sync_collections c ON c.id = s.collection_id WHERE s.person_id = :id",
    ),
)


def collect(store: Store, person_id: int) -> dict[str, Any]:
    """The document for ``person_id`` (in the trash too), as plain JSON values."""
    conn = store.conn
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")  # one snapshot: the parts agree with each other
    try:
        person = store.row("SELECT * FROM people WHERE id = ?", (person_id,))
        if person is None:
            raise NetdeskError("no-person", id=person_id)
        if isinstance(person.get("photo"), bytes):
            person["photo"] = base64.b64encode(person["photo"]).decode("ascii")
        document: dict[str, Any] = {
            "netdesk": NAME,
            "version": VERSION,
            "app": __version__,
            "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "person": person,
        }
        for key, sql in _PARTS:
            document[key] = store.rows(sql, {"id": person_id})
    finally:
        if own:
            conn.execute("COMMIT")
    return document


def export_person(store: Store, person_id: int, target: Path) -> dict[str, Any]:
    """Write the document to ``target`` (0600); returns how many records of each kind."""
    document = collect(store, person_id)
    text = json.dumps(document, ensure_ascii=False, indent=1)
    write_atomically(Path(target), text.encode("utf-8") + b"\n")
    counts = {key: len(document[key]) for key, _ in _PARTS}
    return {"id": person_id, "name": document["person"]["full_name"], "records": counts}
