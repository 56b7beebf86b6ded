"""What sync reads about the people here: records, context lines and fingerprints, in bulk.

Reads go in a few queries for everyone at once (as the exports do), because an
incremental sync looks at every linked person to find the few that changed. A
*fingerprint* of each person's record and context line, kept in ``sync_items.stamp``,
tells in microseconds whether a person changed since the last agreement; only those
are written out as a vCard and compared field by field.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netdesk.core.sync.cards import Record, empty_record

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store

_POINT_LISTS = {"email": "emails", "phone": "phones", "url": "urls"}
_CHUNK = 500  # SQLite's variable limit, with room


@dataclass(frozen=True)
class Local:
    """One person as sync sees them."""

    person_id: int
    uid: str | None
    record: Record
    context: str  # the last encounter's line, shown at the top of NOTE on the phone
    trashed: bool

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.record, self.context)


def fingerprint(record: Record, context: str) -> str:
    text = json.dumps([record, context], sort_keys=True, ensure_ascii=False)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=12).hexdigest()


def _where(person_ids: Sequence[int] | None, column: str) -> tuple[str, list[int]]:
    if person_ids is None:
        return "", []
    return f" WHERE {column} IN ({','.join('?' * len(person_ids))})", list(person_ids)


def read_people(store: Store, person_ids: Sequence[int] | None = None) -> dict[int, Local]:
    """Everyone (trash included), or just ``person_ids``, keyed by id."""
    if person_ids is not None and len(person_ids) > _CHUNK:
        found: dict[int, Local] = {}
        for start in range(0, len(person_ids), _CHUNK):
            found.update(read_people(store, person_ids[start : start + _CHUNK]))
        return found
    conn = store.conn
    points: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    where, params = _where(person_ids, "person_id")
    for pid, kind, value, label in conn.execute(
        "SELECT person_id, kind, value, label FROM contact_points" + where
        + " ORDER BY person_id, position, id", params,
    ):  # fmt: skip
        points[pid][_POINT_LISTS[kind]].append([value, label])
    tags: dict[int, list[str]] = defaultdict(list)
    where, params = _where(person_ids, "pt.person_id")
    for pid, name in conn.execute(
        "SELECT pt.person_id, t.name FROM person_tags pt JOIN tags t ON t.id = pt.tag_id"
        + where + " ORDER BY t.name COLLATE NOCASE", params,
    ):  # fmt: skip
        tags[pid].append(name)
    where, params = _where(person_ids, "ep.person_id")
    # The newest encounter with a context line: SQLite returns the row of max(met_at).
    contexts = {
        pid: f"{event}: {context}" if event else context
        for pid, context, event, _met in conn.execute(
            "SELECT ep.person_id, e.context, coalesce(ev.name, ''), max(e.met_at)"
            " FROM encounter_people ep JOIN encounters e ON e.id = ep.encounter_id"
            " LEFT JOIN events ev ON ev.id = e.event_id"
            + (where + " AND" if where else " WHERE") + " e.context <> ''"
            " GROUP BY ep.person_id", params,
        )
    }  # fmt: skip
    where, params = _where(person_ids, "id")
    people: dict[int, Local] = {}
    for row in conn.execute(
        "SELECT id, full_name, given_name, family_name, organisation, department, title,"
        " notes, vcard_uid, deleted_at IS NOT NULL FROM people" + where, params,
    ):  # fmt: skip
        pid = row[0]
        record = empty_record()
        for name, value in zip(
            ("full_name", "given_name", "family_name", "organisation", "department", "title",
             "notes"), row[1:8], strict=True,
        ):  # fmt: skip
            record[name] = value or ""
        for key, values in points.get(pid, {}).items():
            record[key] = values
        record["tags"] = sorted(tags.get(pid, []), key=str.casefold)
        people[pid] = Local(pid, row[8], record, contexts.get(pid, ""), bool(row[9]))
    return people
