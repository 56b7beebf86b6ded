"""The archive: every user table as versioned JSON, written and read a row at a time.

``netdesk export --format json`` writes it and ``netdesk import`` recreates a database
from it with the same ids, so that export → import into an empty database gives the
same database. It is read back a row at a time too (jsonstream.py), so neither side
holds the whole database in memory. The layout, one row a line so that the file also
diffs and greps well::

    {"netdesk": "archive", "version": 1, "schema": 5, "exported_at": "…",
     "tables": {
      "events": {"columns": ["id", "name", …], "rows": [
       [1, "Water breakfast", …],
       …]},
      …}}

Left out on purpose: ``change_counters`` (this file's own bookkeeping), the search index
(rebuilt on import) and the sync tables (``sync_collections``, ``sync_items``,
``sync_conflicts``: the state of a server conversation, which a new database must start
afresh rather than believe it already agreed with the server). ``duplicate_candidates``
travel: nothing recomputes them, and the pairs the user called distinct are decisions.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import re
import sqlite3
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from netdesk import __version__
from netdesk.core.errors import NetdeskError
from netdesk.core.files.inputfiles import MB, read_input
from netdesk.core.storage import migrations
from netdesk.core.storage.changes import Kind
from netdesk.core.storage.meta import FTS_PAUSED
from netdesk.core.storage.search_index import FTS_REBUILD_RANGE
from netdesk.core.transfer.jsonstream import Cursor, JsonError

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store

NAME = "archive"
VERSION = 1
# Parents before children (references are checked after the last row, so a reader
# need not keep to it).
TABLES = (
    "meta", "events", "people", "contact_points", "tags", "person_tags", "encounters",
    "encounter_people", "followups", "interactions", "exchanges", "introductions", "goals",
    "card_profiles", "provenance", "reviews", "email_templates", "duplicate_candidates",
    "import_batches", "import_changes", "csv_mappings", "topics", "person_topics", "my_topics",
    "event_attendees",
)  # fmt: skip
# The meta keys that are the user's preferences (preferences.py, followups/rhythm.py);
# the rest describe this file (``fts_paused`` is a bulk load in progress).
_PREFERENCE_KEY = re.compile(r"^(pref:.+|rhythm)$")
# The archive's text is held while its rows are read; this bounds that (100,000 people
# make about 53 MB).
MAX_ARCHIVE_BYTES = 1024 * MB
_SNIFF_BYTES = 4096
_INT64 = (-(2**63), 2**63 - 1)


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # INTEGER, TEXT or BLOB, as declared
    required: bool  # NOT NULL without a default, or the integer primary key


# Kept by netdesk itself from other columns, like the search index: filled on import.
DERIVED = {("people", "sort_name")}


def columns(store: Store, table: str) -> list[Column]:
    """The stored columns of ``table`` (generated ones are computed, never written)."""
    found = []
    for _cid, name, kind, notnull, default, pk in store.conn.execute(f"PRAGMA table_info({table})"):
        if (table, name) in DERIVED:
            continue
        required = bool(pk) or (bool(notnull) and default is None)
        found.append(Column(name, kind.upper(), required))
    return found


# -- writing -----------------------------------------------------------------------------


def write(store: Store, out: IO[bytes]) -> dict[str, int]:
    """Write the archive to ``out``, a row at a time; returns the rows per table.

    Everything is read in one read transaction, so the tables agree with each other
    even while another process writes.
    """
    conn = store.conn
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        header = {
            "netdesk": NAME,
            "version": VERSION,
            "schema": migrations.current_version(conn),
            "app": __version__,
            "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }
        out.write(json.dumps(header, ensure_ascii=False)[:-1].encode("utf-8"))
        out.write(b',\n "tables": {')
        counts = {}
        for number, table in enumerate(TABLES):
            counts[table] = _write_table(store, table, out, first=number == 0)
        out.write(b"\n }\n}\n")
    finally:
        if own:
            conn.execute("COMMIT")
    return counts


def _write_table(store: Store, table: str, out: IO[bytes], *, first: bool) -> int:
    cols = columns(store, table)
    names = [c.name for c in cols]
    blobs = [i for i, c in enumerate(cols) if c.kind == "BLOB"]
    lead = b"\n  " if first else b",\n  "
    out.write(lead + json.dumps(table).encode() + b": {")
    out.write(b'"columns": ' + json.dumps(names).encode() + b', "rows": [')
    select = ", ".join(f'"{name}"' for name in names)
    where = " WHERE key = 'rhythm' OR key LIKE 'pref:%'" if table == "meta" else ""
    count = 0
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    for row in store.conn.execute(f"SELECT {select} FROM {table}{where} ORDER BY 1"):
        if blobs:
            row = list(row)
            for i in blobs:
                if isinstance(row[i], bytes):
                    row[i] = base64.b64encode(row[i]).decode("ascii")
        out.write((",\n   " if count else "\n   ").encode() + dumps(list(row)).encode("utf-8"))
        count += 1
    out.write(b"]}")
    return count


# -- reading -----------------------------------------------------------------------------


def is_archive(path: Path) -> bool:
    """Whether ``path`` starts like an archive (cheap: the first few kilobytes).

    Only a regular file is looked into, opened without waiting: a FIFO or a device is
    left to the reader, which refuses it with its own sentence.
    """
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError:
        return False
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            return False
        try:
            start = handle.read(_SNIFF_BYTES)
        except OSError:
            return False
    return re.search(rb'"netdesk"\s*:\s*"archive"', start) is not None


@dataclass
class ArchiveSummary:
    """What an archive import recreated: rows per table, and the people among them."""

    counts: dict[str, int] = field(default_factory=dict)
    ids: list[int] = field(default_factory=list)
    # What an import's summary has (scanning.ScanSummary), so that the command line and
    # the app report an archive like any import: everyone in it was added.
    items: list[Any] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)
    # Not a batch to undo: the archive is the whole database (restore a backup instead).
    batch: int | None = None

    def count(self, outcome: str) -> int:
        return self.counts.get("people", 0) if outcome == "created" else 0

    def to_json(self) -> dict[str, Any]:
        return {
            "ids": self.ids,
            "summary": {
                "created": self.counts.get("people", 0),
                "merged": 0,
                "unchanged": 0,
                "errors": [],
            },
            "tables": self.counts,
            "batch": None,
        }


def read(store: Store, path: Path) -> ArchiveSummary:
    """Recreate the archive at ``path`` in ``store``, which must hold no data yet.

    The file is read a row at a time and every row checked (version, tables, columns,
    each value's type, then the references between rows) inside one transaction: any
    problem is one :class:`NetdeskError` naming the table and row, and nothing is
    changed.
    """
    data = read_input(path, MAX_ARCHIVE_BYTES, too_big="import-too-big")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise NetdeskError("archive-not-utf8", path=path.name) from None
    del data  # the text is all that is needed from here
    summary = ArchiveSummary()
    try:
        with store.transaction() as conn:
            _require_empty(store)
            # References are checked once everything is in: the archive's order need not
            # be ours, and a cycle (a person introduced by a person) needs no order at all.
            conn.execute("PRAGMA defer_foreign_keys = ON")
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')", (FTS_PAUSED,))
            summary.counts = _read_document(store, Cursor(text), path)
            _check_references(store)
            conn.execute("DELETE FROM meta WHERE key = ?", (FTS_PAUSED,))
            for statement in FTS_REBUILD_RANGE:
                conn.execute(statement, {"first": _INT64[0], "last": _INT64[1]})
            summary.ids = [pid for (pid,) in conn.execute("SELECT id FROM people ORDER BY id")]
            store.touched(*Kind)
    except JsonError as error:
        if error.too_deep:
            raise NetdeskError("archive-too-deep", path=path.name) from None
        raise NetdeskError(
            "archive-not-json", path=path.name, line=error.line, column=error.column
        ) from None
    return summary


def _read_document(store: Store, cursor: Cursor, path: Path) -> dict[str, int]:
    """Insert the tables of the document at ``cursor``; returns the rows per table."""
    if cursor.peek() != "{":
        raise NetdeskError("import-not-format", path=path.name, format="netdesk archive")
    header: dict[str, Any] = {}
    counts: dict[str, int] | None = None
    for key in cursor.members():
        if key != "tables" or counts is not None:
            header[key] = cursor.value()
            continue
        # Checked here when the header came first (as written), else at the end: either
        # way before anything is committed.
        _check_header(header, path, complete=False)
        if cursor.peek() != "{":
            raise NetdeskError("archive-no-tables", path=path.name)
        counts = {}
        for name in cursor.members():
            if name not in TABLES or name in counts:
                raise NetdeskError("archive-unknown-table", path=path.name, table=name[:80])
            counts[name] = _read_table(store, cursor, path, name)
    cursor.end()
    _check_header(header, path, complete=True)
    if counts is None:
        raise NetdeskError("archive-no-tables", path=path.name)
    return counts


def _check_header(header: dict[str, Any], path: Path, *, complete: bool) -> None:
    if (complete or "netdesk" in header) and header.get("netdesk") != NAME:
        raise NetdeskError("import-not-format", path=path.name, format="netdesk archive")
    version = header.get("version")
    if (complete or "version" in header) and (type(version) is not int or version != VERSION):
        found = "?" if version is None else str(version)[:40]
        raise NetdeskError("archive-version", path=path.name, found=found, known=VERSION)


def _read_table(store: Store, cursor: Cursor, path: Path, table: str) -> int:
    """Insert one table's rows as they are read: ``{"columns": [...], "rows": [...]}``.

    Rows written before their columns (a hand-edited file) are decoded whole and
    inserted when the columns come.
    """
    if cursor.peek() != "{":
        raise NetdeskError("archive-bad-table", path=path.name, table=table)
    names: list[Any] | None = None
    early: list[Any] | None = None
    count: int | None = None
    for key in cursor.members():
        if key == "columns" and names is None:
            names = cursor.value()
            if not isinstance(names, list):
                raise NetdeskError("archive-bad-table", path=path.name, table=table)
            if early is not None:
                count = _insert(store, table, names, iter(early))
        elif key == "rows" and count is None and early is None and cursor.peek() == "[":
            if names is None:
                early = cursor.value()
            else:
                count = _insert(store, table, names, (cursor.value() for _ in cursor.elements()))
        else:  # a key of its own, or one twice: not an archive netdesk wrote
            raise NetdeskError("archive-bad-table", path=path.name, table=table)
    if count is None:
        raise NetdeskError("archive-bad-table", path=path.name, table=table)
    return count


def _require_empty(store: Store) -> None:
    # The empty card the app makes when My card is first shown (cards.ensure_one) is not
    # the user's data: it gives way to the archive's cards.
    store.conn.execute("DELETE FROM card_profiles WHERE fields = '{}'")
    for table in TABLES:
        if table != "meta" and store.scalar(f"SELECT EXISTS (SELECT 1 FROM {table})"):
            raise NetdeskError("archive-not-empty", path=store.path, table=table)


def _insert(store: Store, table: str, names: list[Any], rows: Iterator[Any]) -> int:
    """Check and insert ``rows`` (read lazily) under the column ``names``; returns how many."""
    known = {c.name: c for c in columns(store, table)}
    for name in names:
        if not isinstance(name, str) or name not in known:
            raise NetdeskError("archive-bad-column", table=table, column=str(name)[:80])
    if len(set(names)) != len(names):
        raise NetdeskError("archive-bad-column", table=table, column="(twice)")
    for column in known.values():
        if column.required and column.name not in names:
            raise NetdeskError("archive-missing-column", table=table, column=column.name)
    checks = [_checker(known[name]) for name in names]
    key_at = names.index("key") if table == "meta" else -1
    where = {"row": 0}

    def checked() -> Iterator[list[Any]]:
        for number, row in enumerate(rows, start=1):
            where["row"] = number
            if not isinstance(row, list) or len(row) != len(names):
                raise NetdeskError("archive-bad-row", table=table, row=number, count=len(names))
            values = []
            for name, check, value in zip(names, checks, row, strict=True):
                ok, stored = check(value)
                if not ok:
                    raise NetdeskError(
                        "archive-bad-value",
                        table=table,
                        row=number,
                        column=name,
                        what=_EXPECTED[known[name].kind],
                    )
                values.append(stored)
            if key_at >= 0 and not _PREFERENCE_KEY.match(values[key_at]):
                raise NetdeskError("archive-bad-meta", key=values[key_at][:80])
            yield values

    quoted = ", ".join(f'"{name}"' for name in names)
    marks = ", ".join("?" * len(names))
    # meta may hold the target's own preferences already: the archive's replace them.
    verb = "INSERT OR REPLACE" if table == "meta" else "INSERT"
    try:
        store.conn.executemany(f"{verb} INTO {table} ({quoted}) VALUES ({marks})", checked())
    except sqlite3.IntegrityError as error:
        raise NetdeskError(
            "archive-refused-row", table=table, row=where["row"], detail=str(error)
        ) from None
    return where["row"]


# Said through errors.WHATS, so translated with the sentence.
_EXPECTED = {"INTEGER": "a whole number", "TEXT": "text", "BLOB": "base64 text"}


def _checker(column: Column) -> Callable[[Any], tuple[bool, Any]]:
    """A function telling whether a JSON value fits ``column``, and the value to store."""
    nullable = not column.required

    def integer(value: Any) -> tuple[bool, Any]:
        if value is None:
            return nullable, None
        ok = type(value) is int and _INT64[0] <= value <= _INT64[1]
        return ok, value

    def text(value: Any) -> tuple[bool, Any]:
        if value is None:
            return nullable, None
        return isinstance(value, str), value

    def blob(value: Any) -> tuple[bool, Any]:
        if value is None:
            return nullable, None
        if not isinstance(value, str):
            return False, None
        try:
            return True, base64.b64decode(value, validate=True)
        except ValueError:
            return False, None

    return {"INTEGER": integer, "BLOB": blob}.get(column.kind, text)


def _check_references(store: Store) -> None:
    problem = store.conn.execute("PRAGMA foreign_key_check").fetchone()
    if problem is not None:
        table, _rowid, parent, _fk = problem
        raise NetdeskError("archive-bad-reference", table=table, parent=parent)
