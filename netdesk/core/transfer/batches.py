"""Past imports, and undoing one as a whole.

Undo removes the people a batch added and puts back the people it merged into, from
the JSON kept in ``import_changes``. A person the user edited since (their updated_at
is no longer the batch's stamp) is kept as they are, and reported.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from netdesk.core.dates import now_utc
from netdesk.core.errors import NetdeskError
from netdesk.core.people.contacts import normalize
from netdesk.core.storage.changes import Kind
from netdesk.core.storage.search_index import fts_refresh_statements
from netdesk.core.transfer.removal import own_foreign_keys, remove_people

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store


@dataclass(frozen=True)
class Batch:
    id: int
    source: str
    format: str
    event_id: int | None
    counts: dict[str, int]
    imported_at: str
    undone_at: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "format": self.format,
            "event_id": self.event_id,
            "counts": self.counts,
            "imported_at": self.imported_at,
            "undone_at": self.undone_at,
        }


@dataclass
class UndoResult:
    batch: int
    removed: list[int] = field(default_factory=list)
    restored: list[int] = field(default_factory=list)
    # (id, name) of people edited since the import: kept as they are now.
    kept: list[tuple[int, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "batch": self.batch,
            "removed": self.removed,
            "restored": self.restored,
            "kept": [{"id": pid, "name": name} for pid, name in self.kept],
        }


# ``before`` of someone the import changed nothing about but met at its event.
MET_ONLY = "met_only"
_COLUMNS = "id, source, format, event_id, counts, imported_at, undone_at"


def _batch(row: tuple[Any, ...]) -> Batch:
    counts = json.loads(row[4] or "{}")
    return Batch(row[0], row[1], row[2], row[3], counts, row[5], row[6])


def list_batches(store: Store) -> list[Batch]:
    """Every import, newest first."""
    rows = store.conn.execute(f"SELECT {_COLUMNS} FROM import_batches ORDER BY id DESC")
    return [_batch(row) for row in rows]


def get_batch(store: Store, batch_id: int) -> Batch:
    row = store.conn.execute(
        f"SELECT {_COLUMNS} FROM import_batches WHERE id = ?", (batch_id,)
    ).fetchone()
    if row is None:
        raise NetdeskError("no-import", id=batch_id)
    return _batch(row)


def undo_batch(store: Store, batch_id: int) -> UndoResult:
    """Undo one import in one transaction; see the module's docstring."""
    with own_foreign_keys(store) as own:
        return _undo(store, batch_id, enforced=not own)


def _undo(store: Store, batch_id: int, *, enforced: bool) -> UndoResult:
    with store.transaction() as conn:
        batch = get_batch(store, batch_id)
        if batch.undone_at is not None:
            raise NetdeskError("import-undone", id=batch_id, when=batch.undone_at)
        result = UndoResult(batch_id)
        rows = conn.execute(
            "SELECT c.person_id, c.action, c.before, c.stamp, p.updated_at, p.full_name"
            " FROM import_changes c JOIN people p ON p.id = c.person_id"
            " WHERE c.batch_id = ? ORDER BY c.person_id",
            (batch_id,),
        ).fetchall()
        restores: list[tuple[int, dict[str, Any]]] = []
        undone: set[int] = set()  # people whose meeting at the batch's event goes too
        for person_id, action, before, stamp, updated_at, name in rows:
            state = json.loads(before) if before else None
            if updated_at != stamp:
                result.kept.append((person_id, name))
                continue
            undone.add(person_id)
            if action == "added":
                result.removed.append(person_id)
            elif not (state or {}).get(MET_ONLY):
                restores.append((person_id, state or {}))
                result.restored.append(person_id)
        # Meetings the import recorded at its event. Matched by person as well as by time:
        # two imports can share a second.
        met = conn.execute(
            "SELECT e.id, ep.person_id FROM encounters e JOIN encounter_people ep"
            " ON ep.encounter_id = e.id WHERE e.how = 'import' AND e.met_at = ?"
            " AND e.event_id IS ?",
            (batch.imported_at, batch.event_id),
        ).fetchall()
        dropped = [(eid,) for eid, pid in met if pid in undone]
        conn.executemany("DELETE FROM encounter_people WHERE encounter_id = ?", dropped)
        conn.executemany("DELETE FROM encounters WHERE id = ?", dropped)
        # And the attendee list it filled for an event still to come.
        conn.executemany(
            "DELETE FROM event_attendees WHERE event_id = ? AND person_id = ?"
            " AND source = 'import' AND added_at = ?",
            [(batch.event_id, pid, batch.imported_at) for pid in undone],
        )
        remove_people(store, result.removed, enforced=enforced)
        for person_id, before in restores:
            _restore(store, person_id, before, batch.imported_at)
        conn.execute("UPDATE import_batches SET undone_at = ? WHERE id = ?", (now_utc(), batch_id))
        store.touched(Kind.PEOPLE, Kind.IMPORTS, Kind.ENCOUNTERS, Kind.EVENTS)
    return result


def _restore(store: Store, person_id: int, before: dict[str, Any], imported_at: str) -> None:
    """Put a merged person back as ``before`` says, and forget what the import recorded."""
    conn = store.conn
    conn.execute(
        "UPDATE people SET full_name = ?, given_name = ?, family_name = ?, organisation = ?,"
        " department = ?, title = ?, notes = ?, vcard_uid = ?, name_guessed = ?,"
        " deleted_at = ?, updated_at = ? WHERE id = ?",
        (
            before["full_name"],
            before["given_name"],
            before["family_name"],
            before["organisation"],
            before["department"],
            before["title"],
            before["notes"],
            before["vcard_uid"],
            int(before["name_guessed"]),
            before["deleted_at"],
            before["updated_at"],
            person_id,
        ),
    )
    with store.meta.search_index_paused(person_id, person_id):
        conn.execute("DELETE FROM contact_points WHERE person_id = ?", (person_id,))
        conn.executemany(
            "INSERT INTO contact_points (person_id, kind, value, label, normalized, position)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (person_id, kind, value, label, normalize(kind, value), position)
                for position, (kind, value, label) in enumerate(before["contacts"])
            ],
        )
        conn.execute("DELETE FROM person_tags WHERE person_id = ?", (person_id,))
        for tag in before["tags"]:
            conn.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (tag,))
            conn.execute(
                "INSERT OR IGNORE INTO person_tags (person_id, tag_id)"
                " SELECT ?, id FROM tags WHERE name = ?",
                (person_id, tag),
            )
    conn.execute(
        "DELETE FROM provenance WHERE person_id = ? AND source = 'import' AND recorded_at = ?",
        (person_id, imported_at),
    )
    for statement in fts_refresh_statements(str(int(person_id))):
        conn.execute(statement)
