"""Writing an import plan: one transaction, set-based, recorded as a batch that can be undone.

New people are inserted with ``executemany`` under explicit ids, with the search index
paused and rebuilt once for the whole range; merged people are updated the same way
and their search rows refreshed in one statement per 500. Every person touched gets a
row in ``import_changes``: ``added``, or ``merged`` with their state before as JSON.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from netdesk.core.dates import now_utc
from netdesk.core.people.contacts import normalize
from netdesk.core.people.resolve import FieldRow
from netdesk.core.storage.changes import Kind
from netdesk.core.storage.meta import FTS_PAUSED
from netdesk.core.storage.search_index import FOLDED_LETTERS, FTS_COLUMNS, fts_refresh_statements
from netdesk.core.transfer.batches import MET_ONLY
from netdesk.core.transfer.matching import chunks
from netdesk.core.transfer.planning import ImportPlan, PlanRow, Worked, work_out
from netdesk.core.transfer.scanning import ScanItem, ScanSummary

if TYPE_CHECKING:
    import sqlite3

    from netdesk.core.storage.store import Store

# The person fields provenance records (as netdesk.core.people.people does).
_TRACKED = ("full_name", "organisation", "department", "title", "notes")


@dataclass
class ImportSummary(ScanSummary):
    """A scan's summary plus the batch the import was recorded as (None: nothing changed)."""

    batch: int | None = None

    def to_json(self) -> dict[str, Any]:
        data = super().to_json()
        data["batch"] = self.batch
        return data


def apply_plan(
    store: Store,
    plan: ImportPlan,
    *,
    skip: Collection[int] = (),
    event_id: int | None = None,
) -> ImportSummary:
    """Import the plan's records except the rows numbered in ``skip``: all or nothing."""
    store.events.require(event_id)
    chosen = [row for row in plan.rows if row.record is not None and row.number not in skip]
    records = [row.record for row in chosen if row.record is not None]
    with store.transaction():
        worked = work_out(store, records, numbers=[row.number for row in chosen])
        return _write(store, plan, worked, event_id)


def _write(store: Store, plan: ImportPlan, worked: Worked, event_id: int | None) -> ImportSummary:
    conn = store.conn
    now = now_utc()
    changed = [pid for pid, state in worked.after.items() if state != worked.before[pid]]
    first = (conn.execute("SELECT coalesce(max(id), 0) FROM people").fetchone()[0]) + 1
    new_ids = {number: first + i for i, number in enumerate(worked.new)}
    summary = ImportSummary(errors=plan.errors())
    summary.items = [_item(row, new_ids) for row in worked.rows]
    # An event still to come cannot have been met at: its file is the attendee list.
    expecting = _still_to_come(conn, event_id)
    met = [] if expecting else _to_meet(conn, summary.ids, event_id)
    expected = _to_expect(conn, summary.ids, event_id) if expecting else []
    if not (new_ids or changed or met or expected):
        return summary  # everyone already known as the file says: nothing to record
    origins = {row.number: row.record.origin for row in worked.rows if row.record}
    batch = conn.execute(
        "INSERT INTO import_batches (source, format, event_id, imported_at) VALUES (?, ?, ?, ?)",
        (", ".join(plan.sources), plan.fmt, event_id, now),
    ).lastrowid
    paused = store.meta.get(FTS_PAUSED) is None
    if paused:  # no trigger per row: the search rows are written once, below
        conn.execute("INSERT INTO meta (key, value) VALUES (?, '1')", (FTS_PAUSED,))
    _insert_new(conn, worked, new_ids, now)
    _update_merged(conn, worked, changed, now)
    if paused:
        conn.execute("DELETE FROM meta WHERE key = ?", (FTS_PAUSED,))
        _index_new(conn, worked, new_ids)
        for part in chunks(changed):
            for statement in fts_refresh_statements(",".join(str(int(pid)) for pid in part)):
                conn.execute(statement)
    _provenance(conn, worked, new_ids, changed, origins, event_id, now)
    # Someone known and unchanged, met at the event: recorded so undo takes the meeting back.
    touched = set(changed) | set(new_ids.values())
    met_only = [pid for pid in met + expected if pid not in touched and pid in worked.before]
    conn.executemany(
        "INSERT INTO import_changes (batch_id, person_id, action, before, stamp)"
        " VALUES (?, ?, ?, ?, ?)",
        [(batch, pid, "added", None, now) for pid in new_ids.values()]
        + [(batch, pid, "merged", json.dumps(worked.before[pid]), now) for pid in changed]
        + [
            (batch, pid, "merged", json.dumps({MET_ONLY: True}), worked.before[pid]["updated_at"])
            for pid in met_only
        ],
    )
    conn.executemany(
        "INSERT INTO duplicate_candidates (person_id, other_id, reason, found_at)"
        " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [
            (*sorted((new_ids[number], other)), reason, now)
            for number, found in worked.found_candidates.items()
            for other, reason in found
            if number in new_ids and other != new_ids[number]
        ]
        + [
            (*sorted((new_ids[number], new_ids[other])), reason, now)
            for number, found in worked.row_candidates.items()
            for other, reason in found
            if number in new_ids and other in new_ids
        ],
    )
    for person_id in met:
        encounter = conn.execute(
            "INSERT INTO encounters (event_id, met_at, context, how) VALUES (?, ?, '', 'import')",
            (event_id, now),
        ).lastrowid
        conn.execute(
            "INSERT INTO encounter_people (encounter_id, person_id) VALUES (?, ?)",
            (encounter, person_id),
        )
    conn.executemany(
        "INSERT INTO event_attendees (event_id, person_id, source, added_at)"
        " VALUES (?, ?, 'import', ?)",
        [(event_id, person_id, now) for person_id in expected],
    )
    summary.batch = batch
    counts = {
        "created": summary.count("created"),
        "merged": summary.count("merged"),
        "unchanged": summary.count("unchanged"),
        "errors": len(summary.errors),
    }
    conn.execute("UPDATE import_batches SET counts = ? WHERE id = ?", (json.dumps(counts), batch))
    store.touched(Kind.PEOPLE, Kind.IMPORTS)
    if met or expected:
        store.touched(Kind.ENCOUNTERS, Kind.EVENTS)
    return summary


def _item(row: PlanRow, new_ids: dict[int, int]) -> ScanItem:
    contact = row.record.contact if row.record else None
    assert contact is not None  # only rows with a record are worked out
    if row.action == "new":
        outcome, person_id = "created", new_ids[row.number]
    elif row.action == "duplicate" and row.duplicate_of is not None:
        useful = any(c.state not in ("differs",) for c in row.changes)
        outcome, person_id = ("merged" if useful else "unchanged"), new_ids[row.duplicate_of]
    else:
        outcome, person_id = ("merged" if row.action == "merge" else "unchanged"), row.person_id
    return ScanItem(
        row.where,
        outcome,
        int(person_id or 0),
        row.person_name or contact.full_name,
        row.record.kind if row.record else "",
        differences=tuple(
            FieldRow(c.field, c.current, c.incoming) for c in row.changes if c.state == "differs"
        )
        if row.changes
        else (),
        flags=contact.flags,
        name_guessed=contact.name_guessed,
        possible_duplicates=row.candidates
        + tuple(new_ids[n] for n in row.candidate_rows if n in new_ids),
        restored=row.restored,
    )


def _still_to_come(conn: sqlite3.Connection, event_id: int | None) -> bool:
    if event_id is None:
        return False
    row = conn.execute(
        "SELECT starts_on > date('now', 'localtime') FROM events WHERE id = ?", (event_id,)
    ).fetchone()
    return bool(row and row[0])


def _to_expect(conn: sqlite3.Connection, ids: list[int], event_id: int | None) -> list[int]:
    """People to put on the attendee list of an event still to come: those not on it yet."""
    already = {
        pid
        for (pid,) in conn.execute(
            "SELECT person_id FROM event_attendees WHERE event_id = ?", (event_id,)
        )
    }
    return [pid for pid in dict.fromkeys(ids) if pid not in already]


def _to_meet(conn: sqlite3.Connection, ids: list[int], event_id: int | None) -> list[int]:
    """People to record as met at the event: everyone imported not met there yet. Without
    an event, nobody: a file is not a handshake."""
    if event_id is None:
        return []
    already = {
        pid
        for (pid,) in conn.execute(
            "SELECT ep.person_id FROM encounter_people ep JOIN encounters e"
            " ON e.id = ep.encounter_id WHERE e.event_id = ?",
            (event_id,),
        )
    }
    return [pid for pid in ids if pid not in already]


# What an import writes of a person, in the order the two statements below name them.
_WRITTEN = (
    "full_name", "given_name", "family_name", "organisation", "department", "title", "notes",
    "vcard_uid",
)  # fmt: skip


def _written(state: dict[str, Any]) -> tuple[Any, ...]:
    return (*(state[name] for name in _WRITTEN), int(state["name_guessed"]))


def _insert_new(
    conn: sqlite3.Connection, worked: Worked, new_ids: dict[int, int], now: str
) -> None:
    people, points = [], []
    for number, person_id in new_ids.items():
        state = worked.new[number]
        people.append((person_id, *_written(state), now, now))
        points += [
            (person_id, kind, value, label, normalize(kind, value), position)
            for position, (kind, value, label) in enumerate(state["contacts"])
        ]
    conn.executemany(
        "INSERT INTO people (id, full_name, given_name, family_name, organisation, department,"
        " title, notes, vcard_uid, name_guessed, source, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'import', ?, ?)",
        people,
    )
    _insert_points(conn, points)


def _index_new(conn: sqlite3.Connection, worked: Worked, new_ids: dict[int, int]) -> None:
    """The search rows of new people, made here as the refresh statement of
    :mod:`~netdesk.core.storage.search_index` makes them (the same columns, the same
    letters folded; a new person has no tags or meetings yet): a third of the time of
    running that statement over 10,000 people."""
    rows = []
    for number, person_id in new_ids.items():
        state = worked.new[number]
        contacts = " ".join(value for _kind, value, _label in state["contacts"])
        values = {
            "name": state["full_name"],
            "organisation": state["organisation"],
            "department": state["department"],
            "title": state["title"],
            "contacts": contacts,
            "notes": state["notes"],
            "tags": "",
            "context": "",
        }
        rows.append((person_id, *(_folded(values[c]) for c in FTS_COLUMNS)))
    marks = ", ".join("?" * (len(FTS_COLUMNS) + 1))
    conn.executemany(
        f"INSERT INTO people_fts(rowid, {', '.join(FTS_COLUMNS)}) VALUES ({marks})", rows
    )


_FOLD = str.maketrans(FOLDED_LETTERS)


def _folded(text: str) -> str:
    # The letters folded are none of them ASCII: most values need no look at all.
    return text if text.isascii() else text.translate(_FOLD)


def _insert_points(conn: sqlite3.Connection, points: list[tuple[Any, ...]]) -> None:
    conn.executemany(
        "INSERT INTO contact_points (person_id, kind, value, label, normalized, position)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        points,
    )


def _update_merged(conn: sqlite3.Connection, worked: Worked, changed: list[int], now: str) -> None:
    rows, points = [], []
    for person_id in changed:
        state, before = worked.after[person_id], worked.before[person_id]
        rows.append((*_written(state), state["deleted_at"], now, person_id))
        kept = len(before["contacts"])
        points += [
            (person_id, kind, value, label, normalize(kind, value), kept + i)
            for i, (kind, value, label) in enumerate(state["contacts"][kept:])
        ]
    conn.executemany(
        "UPDATE people SET full_name = ?, given_name = ?, family_name = ?, organisation = ?,"
        " department = ?, title = ?, notes = ?, vcard_uid = ?, name_guessed = ?,"
        " deleted_at = ?, updated_at = ? WHERE id = ?",
        rows,
    )
    _insert_points(conn, points)


def _provenance(
    conn: sqlite3.Connection,
    worked: Worked,
    new_ids: dict[int, int],
    changed: list[int],
    origins: dict[int, str],
    event_id: int | None,
    now: str,
) -> None:
    """Where each new detail came from: the file, as ``netdesk person show`` lists it."""
    rows = []
    for number, person_id in new_ids.items():
        state = worked.new[number]
        details = [(name, state[name]) for name in _TRACKED if state[name]]
        details += [(kind, value) for kind, value, _label in state["contacts"]]
        rows += [(person_id, name, value, origins[number]) for name, value in details]
    origin_of = {row.person_id: origins[row.number] for row in worked.rows if row.person_id}
    for person_id in changed:
        state, before = worked.after[person_id], worked.before[person_id]
        details = [(n, state[n]) for n in _TRACKED if state[n] and state[n] != before[n]]
        details += [
            (kind, value) for kind, value, _l in state["contacts"][len(before["contacts"]) :]
        ]
        rows += [(person_id, name, value, origin_of.get(person_id, "")) for name, value in details]
    conn.executemany(
        "INSERT INTO provenance (person_id, field, value, source, event_id, origin, recorded_at)"
        " VALUES (?, ?, ?, 'import', ?, ?, ?)",
        [(pid, name, value, event_id, origin, now) for pid, name, value, origin in rows],
    )
