"""Backups, restore and health checks of the database file.

Every copy is taken with SQLite's online backup API, so it is consistent even
while the app writes, and lands with mode 0600. Restore checks a file fully
before anything is replaced, and keeps what it replaced.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from netdesk.core.errors import NetdeskError
from netdesk.core.files.paths import ensure_private_dir, private_temp
from netdesk.core.storage import migrations
from netdesk.core.storage.store import (
    BUSY_TIMEOUT_S,
    Store,
    connect,
    translate_sqlite_error,
    verify_netdesk_file,
)

AUTO_KEEP = 7
# SQLite's default, which every netdesk database has.
PAGE_SIZE = 4096


@dataclass(frozen=True)
class CheckReport:
    path: Path
    schema_version: int
    integrity: list[str]
    foreign_keys: list[str]
    search_index: list[str] = field(default_factory=list)
    schema: list[str] = field(default_factory=list)  # objects netdesk did not make

    @property
    def ok(self) -> bool:
        return not (self.integrity or self.foreign_keys or self.search_index or self.schema)


def backup_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".backups")


def default_backup_path(db_path: Path, when: dt.datetime | None = None) -> Path:
    stamp = (when or dt.datetime.now()).strftime("%Y-%m-%d-%H%M%S")
    return backup_dir(db_path) / f"netdesk-{stamp}.db"


def backup(store: Store, out: Path | None = None) -> Path:
    """Copy the live database to ``out`` (default: the backups folder beside it)."""
    target = Path(out) if out else default_backup_path(store.path)
    try:
        store.copy_to(target)
    except OSError as error:
        raise NetdeskError("file-unwritable", path=target, detail=error.strerror) from None
    return target


def auto_backup(
    store: Store, *, keep: int = AUTO_KEEP, today: dt.date | None = None
) -> Path | None:
    """One automatic backup a day, keeping the newest ``keep``; None when today's exists."""
    day = today or dt.date.today()
    folder = backup_dir(store.path)
    target = folder / f"auto-{day.isoformat()}.db"
    if target.exists():
        return None
    backup(store, target)
    for old in sorted(folder.glob("auto-*.db"))[:-keep]:
        old.unlink(missing_ok=True)
    return target


def check_file(path: Path) -> CheckReport:
    """Schema, integrity, foreign keys and the search index of ``path``, without changing it."""
    path = Path(path)
    conn = _open_read_only(path)
    try:
        version = verify_netdesk_file(conn, path, new_ok=False, schema_ok=True)
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        integrity = [] if integrity == ["ok"] else integrity
        foreign = [
            f"{table} row {rowid} → {parent}"
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
        ]
        difference = migrations.compare_schema(conn, version)
        schema = [difference.describe()] if difference else []
        search = [] if integrity or schema else _search_index_problems(conn)
        return CheckReport(path, version, integrity, foreign, search, schema)
    except sqlite3.Error as error:
        raise translate_sqlite_error(error, path) from None
    finally:
        conn.close()


def _open_read_only(path: Path) -> sqlite3.Connection:
    if path.is_dir():
        raise NetdeskError("db-is-folder", path=path)
    if not path.exists():
        raise NetdeskError("file-missing", path=path)
    try:
        return connect(path, read_only=True)
    except sqlite3.Error as error:
        raise translate_sqlite_error(error, path) from None


def _search_index_problems(conn: sqlite3.Connection) -> list[str]:
    """FTS5's own integrity check, run on a copy in memory: it is phrased as a write."""
    scratch = sqlite3.connect(":memory:")
    try:
        conn.backup(scratch)
        try:
            scratch.execute(
                "INSERT INTO people_fts(people_fts, rank) VALUES ('integrity-check', 1)"
            )
        except sqlite3.DatabaseError as error:
            return [str(error)]
        living = scratch.execute("SELECT count(*) FROM people WHERE deleted_at IS NULL").fetchone()
        indexed = scratch.execute("SELECT count(*) FROM people_fts").fetchone()
    finally:
        scratch.close()
    if living != indexed:
        return [f"search index holds {indexed[0]} people, database {living[0]}"]
    return []


def restore(store_path: Path, source: Path) -> Path:
    """Replace the database at ``store_path`` with ``source``; returns where the old one went.

    ``source`` is only read, through SQLite's read-only mode (a WAL file is not
    checkpointed). It must be netdesk's, not newer, hold exactly netdesk's schema
    and be intact. The current database is copied aside before it is overwritten.
    """
    source, store_path = Path(source), Path(store_path)
    report = check_file(source)
    if report.schema:
        raise NetdeskError("db-schema-foreign", path=source, detail="; ".join(report.schema))
    if not report.ok:
        raise NetdeskError(
            "db-corrupt",
            path=source,
            detail="; ".join(report.integrity + report.foreign_keys + report.search_index)[:300],
        )
    kept = store_path.with_name(
        f"{store_path.name}.replaced-{dt.datetime.now().strftime('%Y%m%d-%H%M%S')}.db"
    )
    with _staged(source, store_path) as staged:
        try:
            current = Store.open(store_path)
        except NetdeskError:
            # The file in place is damaged or foreign: keep it byte for byte, then swap.
            _replace_unreadable(store_path, staged, kept)
        else:
            with current:
                current.copy_to(kept)
                _copy_into(staged, current)
    # Bring an older backup up to this version (taking its own pre-migration copy).
    Store.open(store_path).close()
    return kept


@contextmanager
def _staged(source: Path, store_path: Path) -> Iterator[Path]:
    """A private copy of ``source`` beside the database, in the page size the database uses.

    It lives in a fresh 0700 folder of its own: SQLite adds side files at names anyone
    could predict, and no link can be planted inside a folder only we can enter.
    """
    ensure_private_dir(store_path.parent)
    folder = Path(tempfile.mkdtemp(prefix=f".{store_path.name}.restore-", dir=store_path.parent))
    staged = folder / "staged.db"
    try:
        src, dest = connect(source, read_only=True), sqlite3.connect(staged)
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            # The backup API cannot change a WAL database's page size: match it here.
            if dest.execute("PRAGMA page_size").fetchone()[0] != PAGE_SIZE:
                dest.execute(f"PRAGMA page_size = {PAGE_SIZE}")
                dest.execute("VACUUM")
        finally:
            src.close()
            dest.close()
        yield staged
    except sqlite3.Error as error:
        raise translate_sqlite_error(error, source) from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _copy_into(staged: Path, current: Store) -> None:
    """Overwrite the live database through the backup API, so open readers stay consistent.

    Waits for another program's transaction only as long as any write does, then
    says the database is busy instead of retrying for as long as it lasts.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S

    def give_up_when_late(status: int, remaining: int, total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise NetdeskError("db-busy")

    try:
        src = connect(staged, read_only=True)
        try:
            with current._lock:
                src.backup(current.conn, progress=give_up_when_late, sleep=0.05)
        finally:
            src.close()
    except sqlite3.Error as error:
        raise translate_sqlite_error(error, current.path) from None


def _replace_unreadable(store_path: Path, staged: Path, kept: Path) -> None:
    """Swap ``staged`` in for a file netdesk cannot open (no connection to it exists here)."""
    for suffix in ("", "-wal", "-shm"):
        old = Path(f"{store_path}{suffix}")
        if old.exists():
            _keep_copy(old, Path(f"{kept}{suffix}"))
            if suffix:
                old.unlink()
    os.chmod(staged, 0o600)
    os.replace(staged, store_path)


def _keep_copy(original: Path, kept: Path) -> None:
    """A private byte-for-byte copy, written through a temporary no link can redirect."""
    # Left to right in, right to left out: the copy is flushed before the temporary moves.
    with (
        open(original, "rb") as source,
        private_temp(kept) as temp,
        os.fdopen(os.dup(temp.fd), "wb") as copy,
    ):
        shutil.copyfileobj(source, copy)
