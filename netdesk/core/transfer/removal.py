"""Removing many people at once, as undoing a large import does.

SQLite carries out ``ON DELETE`` actions row by row, and for a foreign key without an
index of its own (``encounters.introduced_by``) that is a scan of the whole child table
per person: undoing an import of 10,000 cards into a database of 100,000 people took a
minute. Here the actions are carried out per table instead, a statement per 500 people,
following the foreign keys the schema declares (so a table added later is covered), with
SQLite's own enforcement off for the moment; ``PRAGMA foreign_key_check`` then proves
nothing was left pointing at someone gone, or the transaction is rolled back.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from netdesk.core.errors import NetdeskError
from netdesk.core.storage.meta import FTS_PAUSED
from netdesk.core.transfer.matching import chunks

if TYPE_CHECKING:
    import sqlite3

    from netdesk.core.storage.store import Store


@contextmanager
def own_foreign_keys(store: Store) -> Iterator[bool]:
    """SQLite's foreign key enforcement off around a transaction (it cannot change inside
    one); yields False when a transaction is already open, and enforcement stays on."""
    conn = store.conn
    if conn.in_transaction:
        yield False
        return
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        yield True
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


def _children(conn: sqlite3.Connection, parent: str) -> list[tuple[str, str, str, str]]:
    """(table, column, referenced column, on delete) of every key pointing at ``parent``."""
    found = []
    tables = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    for (table,) in tables:
        for key in conn.execute(f"PRAGMA foreign_key_list('{table}')"):
            if key[2] == parent:
                found.append((table, key[3], key[4] or "rowid", key[6].upper()))
    return found


def remove_rows(
    conn: sqlite3.Connection, table: str, column: str, values: Sequence[object]
) -> set[str]:
    """Delete the rows of ``table`` whose ``column`` is in ``values`` and carry out what the
    foreign keys pointing at them say; returns the tables touched, to check afterwards."""
    touched = {table}
    for child, child_column, referenced, action in _children(conn, table):
        if child == table:
            continue  # a table pointing at itself: left to the check below
        keys = _values(conn, table, referenced, column, values)
        if not keys:
            continue
        if action == "CASCADE":
            touched |= remove_rows(conn, child, child_column, keys)
        elif action == "SET NULL":
            for part in chunks(keys):
                marks = ",".join("?" * len(part))
                conn.execute(
                    f"UPDATE {child} SET {child_column} = NULL WHERE {child_column} IN ({marks})",
                    tuple(part),
                )
        touched.add(child)
    for part in chunks(list(values)):
        marks = ",".join("?" * len(part))
        conn.execute(f"DELETE FROM {table} WHERE {column} IN ({marks})", tuple(part))
    return touched


def _values(
    conn: sqlite3.Connection, table: str, wanted: str, column: str, values: Sequence[object]
) -> list[object]:
    if wanted == column:
        return list(values)
    found: list[object] = []
    for part in chunks(list(values)):
        marks = ",".join("?" * len(part))
        found += [
            row[0]
            for row in conn.execute(
                f"SELECT {wanted} FROM {table} WHERE {column} IN ({marks})", tuple(part)
            )
        ]
    return found


def remove_people(store: Store, person_ids: Sequence[int], *, enforced: bool) -> None:
    """Delete these people for good with everything that is theirs. Call inside a
    transaction; ``enforced``: SQLite's foreign keys are still on (then it is done the
    slow way, by SQLite)."""
    conn = store.conn
    if enforced:
        for part in chunks(list(person_ids)):
            marks = ",".join("?" * len(part))
            conn.execute(f"DELETE FROM people WHERE id IN ({marks})", tuple(part))
        return
    paused = store.meta.get(FTS_PAUSED) is None
    if paused:  # their search rows go below, in one statement per 500
        conn.execute("INSERT INTO meta (key, value) VALUES (?, '1')", (FTS_PAUSED,))
    touched = remove_rows(conn, "people", "id", list(person_ids))
    if paused:
        conn.execute("DELETE FROM meta WHERE key = ?", (FTS_PAUSED,))
    for part in chunks(list(person_ids)):
        marks = ",".join("?" * len(part))
        conn.execute(f"DELETE FROM people_fts WHERE rowid IN ({marks})", tuple(part))
    for table in sorted(touched):
        if conn.execute(f"PRAGMA foreign_key_check('{table}')").fetchone() is not None:
            # A row still points at someone removed: refused, and rolled back whole.
            raise NetdeskError("remove-dangling", table=table)
