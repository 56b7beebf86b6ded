"""Sync's writes to the database: each a core operation in one transaction.

The engine does its network work outside any transaction and hands each of these to
its ``write`` function: called directly by the command line, run on the single writer
thread by the app. Each writes the local change and the ``sync_items`` link together,
so an interruption leaves either both or neither, and the next run resumes there.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from netdesk.core.dates import now_utc
from netdesk.core.errors import NetdeskError
from netdesk.core.people.resolve import editable_fields
from netdesk.core.storage.changes import Kind
from netdesk.core.sync.cards import Record, person_fields
from netdesk.core.sync.local import read_people

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store

ORIGIN = "sync"


def assign_uids(store: Store, person_ids: Sequence[int]) -> dict[int, str]:
    """A vCard UID for each of ``person_ids`` that has none: the name of their card on
    the server, fixed before the first upload so a retried upload lands on the same card."""
    uids = {pid: str(uuid.uuid4()) for pid in person_ids}
    with store.transaction() as conn:
        conn.executemany(
            "UPDATE people SET vcard_uid = ? WHERE id = ? AND coalesce(vcard_uid, '') = ''",
            [(uid, pid) for pid, uid in uids.items()],
        )
        store.touched(Kind.PEOPLE)
    return {pid: local.uid or "" for pid, local in read_people(store, list(uids)).items()}


def _save_link(
    store: Store, collection_id: int, href: str, *, uid: str, etag: str,
    person_id: int | None = None, followup_id: int | None = None, base: dict, stamp: str,
) -> None:  # fmt: skip
    # One link per UID: a card the server moved to another href replaces its old link.
    store.conn.execute(
        "DELETE FROM sync_items WHERE collection_id = ? AND uid = ? AND href <> ?",
        (collection_id, uid, href),
    )
    store.conn.execute(
        "INSERT INTO sync_items (collection_id, href, uid, etag, person_id, followup_id, base,"
        " stamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(collection_id, href) DO UPDATE SET"
        " uid = excluded.uid, etag = excluded.etag, person_id = excluded.person_id,"
        " followup_id = excluded.followup_id, base = excluded.base, stamp = excluded.stamp",
        (collection_id, href, uid, etag, person_id, followup_id,
         json.dumps(base, ensure_ascii=False), stamp),
    )  # fmt: skip
    store.touched(Kind.SYNC)


def save_link(store: Store, collection_id: int, href: str, **values: Any) -> None:
    """Record what both sides now agree on for one resource (after an upload)."""
    with store.transaction():
        _save_link(store, collection_id, href, **values)


def remove_link(store: Store, collection_id: int, href: str) -> None:
    with store.transaction() as conn:
        conn.execute(
            "DELETE FROM sync_items WHERE collection_id = ? AND href = ?", (collection_id, href)
        )
        conn.execute(
            "DELETE FROM sync_conflicts WHERE collection_id = ? AND href = ?",
            (collection_id, href),
        )
        store.touched(Kind.SYNC)


@dataclass(frozen=True)
class Incoming:
    """A card from the server, merged, ready to be written here."""

    href: str
    uid: str
    etag: str
    record: Record | None  # the person's new fields; None: nothing changes here
    base: dict  # the new common ancestor (with the context line sent)
    person_id: int | None  # None: someone new
    conflicts: tuple[str, ...] = ()
    local: Record | None = None  # both versions of the conflicting fields
    remote: Record | None = None


def apply_incoming(
    store: Store, collection_id: int, item: Incoming, *, event_id: int | None = None
) -> int:
    """Write a card that came from the server: add or update the person, link them, and
    keep any conflict for the user. Returns the person's id."""
    with store.transaction() as conn:
        person_id = item.person_id
        if person_id is None:
            assert item.record is not None
            person_id = store.people.add(
                person_fields(item.record, None, item.uid), source="import", origin=ORIGIN
            )
            if event_id is not None:
                # Added on the phone while this event runs: offered to the user for it.
                conn.execute(
                    "INSERT OR IGNORE INTO event_attendees (event_id, person_id, source,"
                    " added_at) VALUES (?, ?, 'sync', ?)",
                    (event_id, person_id, now_utc()),
                )
        else:
            before = store.people.get(person_id, include_deleted=True)
            if before.deleted_at is not None:
                # Changed on the phone after it went to the trash here: it comes back.
                store.people.restore([person_id])
            after = (
                person_fields(item.record, before, item.uid or before.vcard_uid)
                if item.record is not None
                else None
            )
            if after is not None and after != editable_fields(before):
                store.people.update(person_id, after, source="import", origin=ORIGIN)
            elif item.uid and before.vcard_uid != item.uid:
                conn.execute("UPDATE people SET vcard_uid = ? WHERE id = ?", (item.uid, person_id))
        conn.execute(
            "DELETE FROM sync_conflicts WHERE collection_id = ? AND href = ?",
            (collection_id, item.href),
        )
        conn.execute(
            "DELETE FROM sync_items WHERE collection_id = ? AND person_id = ? AND href <> ?",
            (collection_id, person_id, item.href),
        )
        stamp = read_people(store, [person_id])[person_id].fingerprint
        _save_link(
            store, collection_id, item.href, uid=item.uid, etag=item.etag, person_id=person_id,
            base=item.base, stamp=stamp,
        )  # fmt: skip
        if item.conflicts:
            conn.execute(
                "INSERT INTO sync_conflicts (collection_id, href, person_id, local, remote,"
                " remote_etag, found_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    collection_id, item.href, person_id,
                    json.dumps({f: (item.local or {}).get(f) for f in item.conflicts}),
                    json.dumps({f: (item.remote or {}).get(f) for f in item.conflicts}),
                    item.etag, now_utc(),
                ),
            )  # fmt: skip
        store.touched(Kind.PEOPLE, Kind.SYNC)
    return person_id


def apply_incoming_many(
    store: Store, collection_id: int, items: Sequence[Incoming], *, event_id: int | None = None
) -> None:
    """Several cards that needed no upload, in one transaction: a first sync of thousands
    of cards commits (and crosses to the app's writer) once per batch, not per card."""
    with store.transaction():
        for item in items:
            apply_incoming(store, collection_id, item, event_id=event_id)


def trash_for_remote(store: Store, collection_id: int, href: str, person_id: int | None) -> None:
    """Deleted on the server: the person goes to netdesk's trash (the safety net)."""
    with store.transaction():
        if person_id is not None and store.people.exists(person_id):
            store.people.delete([person_id])
        remove_link(store, collection_id, href)


# -- conflicts ---------------------------------------------------------------------


@dataclass(frozen=True)
class Conflict:
    id: int
    person_id: int | None
    followup_id: int | None
    name: str
    local: dict[str, Any]
    remote: dict[str, Any]
    found_at: str


def conflicts(store: Store) -> list[Conflict]:
    """Open conflicts with both versions of each field, oldest first."""
    rows = store.rows(
        "SELECT c.id, c.person_id, c.followup_id, coalesce(p.full_name, f.text, '') AS name,"
        " c.local, c.remote, c.found_at FROM sync_conflicts c"
        " LEFT JOIN people p ON p.id = c.person_id LEFT JOIN followups f ON f.id = c.followup_id"
        " ORDER BY c.id"
    )
    for row in rows:
        row["local"], row["remote"] = json.loads(row["local"]), json.loads(row["remote"])
    return [Conflict(**row) for row in rows]


def resolve_conflict(store: Store, conflict_id: int, *, keep: str) -> None:
    """Settle a conflict: ``keep`` 'local' (sent at the next sync) or 'remote' (taken here)."""
    if keep not in ("local", "remote"):
        raise NetdeskError("bad-kind", value=keep, what="side", choices="local, remote")
    row = store.row("SELECT * FROM sync_conflicts WHERE id = ?", (conflict_id,))
    if row is None:
        raise NetdeskError("sync-no-conflict", id=conflict_id)
    remote = json.loads(row["remote"])
    with store.transaction() as conn:
        link = store.row(
            "SELECT base FROM sync_items WHERE collection_id = ? AND href = ?",
            (row["collection_id"], row["href"]),
        )
        if keep == "remote" and row["person_id"] is not None:
            person = store.people.get(row["person_id"], include_deleted=True)
            record = read_people(store, [person.id])[person.id].record
            record.update(remote)
            store.people.update(
                person.id, person_fields(record, person, person.vcard_uid),
                source="import", origin=ORIGIN,
            )  # fmt: skip
        elif keep == "remote" and row["followup_id"] is not None:
            from netdesk.core.sync.todos import apply_task_fields

            apply_task_fields(store, row["followup_id"], remote)
        if link is not None:
            base = json.loads(link["base"])
            base.update(remote)
            # An empty stamp makes the next sync compare this person again.
            conn.execute(
                "UPDATE sync_items SET base = ?, stamp = '' WHERE collection_id = ? AND href = ?",
                (json.dumps(base, ensure_ascii=False), row["collection_id"], row["href"]),
            )
        conn.execute("DELETE FROM sync_conflicts WHERE id = ?", (conflict_id,))
        store.touched(Kind.PEOPLE, Kind.FOLLOWUPS, Kind.SYNC)


# -- people added on the phone -----------------------------------------------------


@dataclass(frozen=True)
class PhoneAdditions:
    """People added on the phone while an event ran, not yet attached to it."""

    event_id: int
    event_name: str
    person_ids: tuple[int, ...]


def phone_additions(store: Store) -> list[PhoneAdditions]:
    rows = store.rows(
        "SELECT a.event_id, e.name, group_concat(a.person_id) AS ids FROM event_attendees a"
        " JOIN events e ON e.id = a.event_id AND e.deleted_at IS NULL"
        " JOIN people p ON p.id = a.person_id AND p.deleted_at IS NULL"
        " WHERE a.source = 'sync' AND NOT EXISTS (SELECT 1 FROM encounter_people ep"
        "  JOIN encounters en ON en.id = ep.encounter_id"
        "  WHERE ep.person_id = a.person_id AND en.event_id = a.event_id)"
        " GROUP BY a.event_id ORDER BY e.starts_on DESC"
    )
    return [
        PhoneAdditions(r["event_id"], r["name"], tuple(int(i) for i in r["ids"].split(",")))
        for r in rows
    ]


def attach_phone_additions(store: Store, event_id: int) -> int:
    """Record that the people added on the phone during ``event_id`` were met there."""
    found = [a for a in phone_additions(store) if a.event_id == event_id]
    if not found:
        return 0
    with store.transaction():
        store.encounters.add(list(found[0].person_ids), event_id=event_id, how="import")
    return len(found[0].person_ids)
