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
from dataclasses import dataclass, field
from pathlib import Path

from netdesk.core import migrations
from netdesk.core.errors import NetdeskError
from netdesk.core.paths import create_private_file
from netdesk.core.store import Store, connect, is_sqlite_file, translate_sqlite_error

AUTO_KEEP = 7


@dataclass(frozen=True)
class CheckReport:
    path: Path
    schema_version: int
    integrity: list[str]
    foreign_keys: list[str]
    search_index: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.integrity or self.foreign_keys or self.search_index)


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
    """Integrity, foreign keys and the search index of the file at ``path``, without changing it."""
    path = Path(path)
    if not path.exists():
        raise NetdeskError("file-missing", path=path)
    if path.is_dir() or not is_sqlite_file(path) or path.stat().st_size == 0:
        raise NetdeskError("db-not-sqlite", path=path)
    try:
        # Read-write only because FTS5's integrity-check is phrased as an INSERT;
        # the transaction is always rolled back, so the file is never changed.
        conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True, isolation_level=None)
        try:
            conn.execute("BEGIN")
            return _check(conn, path)
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            conn.close()
    except sqlite3.Error as error:
        raise translate_sqlite_error(error, path) from None


def _check(conn: sqlite3.Connection, path: Path) -> CheckReport:
    version = migrations.current_version(conn)
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != migrations.APPLICATION_ID:
        raise NetdeskError("db-not-netdesk", path=path)
    if version > migrations.SCHEMA_VERSION:
        raise NetdeskError("db-too-new", path=path, found=version, known=migrations.SCHEMA_VERSION)
    integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    integrity = [] if integrity == ["ok"] else integrity
    foreign = [
        f"{table} row {rowid} → {parent}"
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
    ]
    search: list[str] = []
    if not integrity:
        try:
            conn.execute("INSERT INTO people_fts(people_fts, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as error:
            search.append(str(error))
        else:
            living = conn.execute("SELECT count(*) FROM people WHERE deleted_at IS NULL").fetchone()
            indexed = conn.execute("SELECT count(*) FROM people_fts").fetchone()
            if living != indexed:
                search.append(f"search index holds {indexed[0]} people, database {living[0]}")
    return CheckReport(path, version, integrity, foreign, search)


def restore(store_path: Path, source: Path) -> Path:
    """Replace the database at ``store_path`` with ``source``; returns where the old one went.

    ``source`` is checked first (SQLite, netdesk's, not newer, intact); the
    current database is copied aside before it is overwritten.
    """
    source, store_path = Path(source), Path(store_path)
    report = check_file(source)
    if not report.ok:
        raise NetdeskError(
            "db-corrupt",
            path=source,
            detail="; ".join(report.integrity + report.foreign_keys)[:300],
        )
    kept = store_path.with_name(
        f"{store_path.name}.replaced-{dt.datetime.now().strftime('%Y%m%d-%H%M%S')}.db"
    )
    try:
        current = Store.open(store_path)
    except NetdeskError:
        # The file in place is damaged or foreign: keep it byte for byte, then swap in a copy.
        _replace_unreadable(store_path, source, kept)
    else:
        with current:
            current.copy_to(kept)
            _copy_into(source, current)
    # Bring an older backup up to this version (taking its own pre-migration copy).
    Store.open(store_path).close()
    return kept


def _copy_into(source: Path, current: Store) -> None:
    """Overwrite the live database through the backup API, so open readers stay consistent."""
    try:
        src = connect(source)
        try:
            with current._lock:
                src.backup(current.conn)
        finally:
            src.close()
    except sqlite3.Error as error:
        raise translate_sqlite_error(error, current.path) from None


def _replace_unreadable(store_path: Path, source: Path, kept: Path) -> None:
    staged = store_path.with_name(store_path.name + ".restoring")
    staged.unlink(missing_ok=True)
    create_private_file(staged)
    try:
        src, dest = connect(source), sqlite3.connect(staged)
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            src.close()
            dest.close()
    except sqlite3.Error as error:
        staged.unlink(missing_ok=True)
        raise translate_sqlite_error(error, source) from None
    for suffix in ("", "-wal", "-shm"):
        old = Path(f"{store_path}{suffix}")
        if old.exists():
            shutil.copy2(old, Path(f"{kept}{suffix}"))
            os.chmod(Path(f"{kept}{suffix}"), 0o600)
            if suffix:
                old.unlink()
    staged.replace(store_path)
