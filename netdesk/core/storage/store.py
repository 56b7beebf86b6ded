"""The one object that owns the SQLite file.

Opening checks that the file is ours, takes a copy before migrating it, and
turns on WAL and foreign keys. Every write runs inside :meth:`Store.transaction`;
when the outermost one commits, listeners hear which kinds of data changed.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from netdesk.core.errors import NetdeskError
from netdesk.core.files.paths import (
    create_private_file,
    ensure_private_dir,
    private_temp_for_sqlite,
    tighten_database,
)
from netdesk.core.storage import migrations
from netdesk.core.storage.changes import Changes, Listener, change_versions
from netdesk.core.storage.search_index import fill_sort_names

if TYPE_CHECKING:
    from netdesk.core.events.encounters import Encounters
    from netdesk.core.events.events import Events
    from netdesk.core.events.goals import Goals
    from netdesk.core.followups.followups import Followups
    from netdesk.core.people.duplicates import Duplicates
    from netdesk.core.people.people import People
    from netdesk.core.people.trash import Trash
    from netdesk.core.qr.profiles import CardProfiles
    from netdesk.core.relationships.exchanges import Exchanges
    from netdesk.core.relationships.interactions import Interactions
    from netdesk.core.relationships.introductions import Introductions
    from netdesk.core.storage.meta import Meta

# How long a write waits for another program's transaction before giving up.
BUSY_TIMEOUT_S = 5.0


def translate_sqlite_error(error: sqlite3.Error, path: Path) -> NetdeskError:
    """The user's sentence for an SQLite failure, chosen by SQLite's error code."""
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF  # the primary code
    detail = str(error)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return NetdeskError("db-busy")
    if code == sqlite3.SQLITE_NOTADB:
        return NetdeskError("db-not-sqlite", path=path)
    if code == sqlite3.SQLITE_CORRUPT:
        return NetdeskError("db-corrupt", path=path, detail=detail)
    if code == sqlite3.SQLITE_FULL:
        return NetdeskError("db-full", path=path)
    if code == sqlite3.SQLITE_READONLY:
        return NetdeskError("db-read-only", path=path)
    return NetdeskError("db-unreadable", path=path, detail=detail)


def connect(path: Path | str, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are explicit, never implicit.

    ``read_only`` opens the file with SQLite's own read-only flag, for files that are
    not ours to change (a backup being restored, a file being checked).
    """
    if read_only:
        uri = f"file:{quote(str(path))}?mode=ro"
        conn = sqlite3.connect(
            uri, uri=True, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_S
        )
    else:
        conn = sqlite3.connect(
            path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_S
        )
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def verify_netdesk_file(
    conn: sqlite3.Connection, path: Path, *, new_ok: bool, schema_ok: bool = False
) -> int:
    """The file's schema version, after making sure it is netdesk's and holds nothing else.

    Asks SQLite, never reads the bytes itself (a second descriptor of a live file
    drops the process's locks: PLATFORM-NOTES.md). A file made by someone else, or a
    netdesk file that grew a trigger, view or index, is refused with what is extra
    (``schema_ok`` leaves that to the caller: ``check`` reports it instead).
    """
    # One read transaction: another process may be creating the file step by step, and
    # its version and its objects must be seen at the same moment.
    conn.execute("BEGIN")
    try:
        conn.execute("PRAGMA schema_version")  # SQLITE_NOTADB for anything but SQLite
        version = migrations.current_version(conn)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        has_objects = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0] > 0
        ours = app_id == migrations.APPLICATION_ID and 0 < version <= migrations.SCHEMA_VERSION
        difference = migrations.compare_schema(conn, version) if ours and not schema_ok else None
    finally:
        conn.execute("ROLLBACK")
    if version == 0 and app_id == 0 and not has_objects:
        if new_ok:
            return 0
        raise NetdeskError("db-not-netdesk", path=path)
    if app_id != migrations.APPLICATION_ID or version == 0:
        raise NetdeskError("db-not-netdesk", path=path)
    if version > migrations.SCHEMA_VERSION:
        raise NetdeskError("db-too-new", path=path, found=version, known=migrations.SCHEMA_VERSION)
    if difference:
        raise NetdeskError("db-schema-foreign", path=path, detail=difference.describe())
    return version


class Store:
    """The user's netdesk database. Use :meth:`open`; close with :meth:`close`."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0
        self._changed: set[str] = set()
        self._listeners: list[Listener] = []
        self._versions: dict[str, int] = {}

    # -- opening ---------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, create: bool = True, read_only: bool = False) -> Store:
        """Open (or create) the database at ``path``, migrating it to this version.

        ``read_only`` gives a connection that refuses every write (the window's
        reading connection); such a store never creates or migrates a file.
        """
        path = Path(path).expanduser()
        if path.is_dir():
            raise NetdeskError("db-is-folder", path=path)
        if not path.exists():
            if not create or read_only:
                raise NetdeskError("file-missing", path=path)
            try:
                ensure_private_dir(path.parent)
                create_private_file(path)
            except OSError as error:
                raise NetdeskError("file-unwritable", path=path, detail=error.strerror) from None
        elif not read_only and not os.access(path, os.W_OK):
            # SQLite would create -wal and -shm with the file's own 0400 mode, and
            # they would keep failing every write after the user fixed the file.
            raise NetdeskError("db-read-only", path=path)
        tighten_database(path)  # a copied file may arrive 0644; SQLite's side files follow it
        try:
            conn = connect(path)
        except sqlite3.Error as error:
            raise translate_sqlite_error(error, path) from None
        store = cls(conn, path)
        try:
            store._prepare(read_only=read_only)
        except BaseException as error:
            conn.close()
            if isinstance(error, sqlite3.Error):
                raise translate_sqlite_error(error, path) from None
            raise
        return store

    def _prepare(self, *, read_only: bool) -> None:
        conn = self.conn
        version = verify_netdesk_file(conn, self.path, new_ok=not read_only)
        if read_only:
            if version != migrations.SCHEMA_VERSION:
                raise NetdeskError("db-not-netdesk", path=self.path)
            conn.execute("PRAGMA query_only = ON")
            return
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        if migrations.pending_steps(conn) and version > 0:
            self.copy_to(self._pre_migration_copy_path(version))
        migrations.migrate(conn)
        self._fill_sort_names()

    def _fill_sort_names(self) -> None:
        """Sort keys another program left empty (or a new step added): filled when next free."""
        if not self.conn.execute("SELECT 1 FROM people WHERE sort_name IS NULL LIMIT 1").fetchone():
            return
        try:
            self.conn.execute("PRAGMA busy_timeout = 0")
            with self.transaction():
                self.touched("people")  # an open window re-sorts
        except NetdeskError:
            pass  # busy: the next commit that writes people fills them
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")

    def _pre_migration_copy_path(self, version: int) -> Path:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        return self.path.with_name(f"{self.path.name}.schema{version}-{stamp}.bak")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return migrations.current_version(self.conn)

    def copy_to(self, target: Path) -> None:
        """A consistent copy of the live database via SQLite's online backup API, mode 0600."""
        with private_temp_for_sqlite(Path(target)) as tmp:
            dest = sqlite3.connect(tmp)
            try:
                self.conn.backup(dest)
                # A copy is one self-contained file: no WAL beside it.
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()

    # -- transactions and change notification -----------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All writes go through here: all or nothing, nested calls become savepoints.

        Waits up to :data:`BUSY_TIMEOUT_S` for another program's transaction, then
        says the database is busy; nothing is half-written either way.
        """
        with self._lock:
            depth = self._depth
            try:
                self.conn.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT sp{depth}")
            except sqlite3.Error as error:
                raise translate_sqlite_error(error, self.path) from None
            self._depth += 1
            try:
                yield self.conn
                if depth == 0:
                    changed = frozenset(self._changed)
                    if "people" in changed:
                        fill_sort_names(self.conn)
                    self._count_changes(changed)
                    self.conn.execute("COMMIT")
            except BaseException as error:
                self._depth -= 1
                self._undo(depth)
                if isinstance(error, sqlite3.Error):
                    raise translate_sqlite_error(error, self.path) from None
                raise
            self._depth -= 1
            if depth > 0:
                self.conn.execute(f"RELEASE sp{depth}")
                return
            self._changed = set()
        if changed:
            self._notify(Changes(changed, self._versions))

    def _undo(self, depth: int) -> None:
        """Roll back this level; SQLite may already have (disk full, I/O error)."""
        if depth == 0:
            self._changed.clear()
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        elif self.conn.in_transaction:
            self.conn.execute(f"ROLLBACK TO sp{depth}")
            self.conn.execute(f"RELEASE sp{depth}")

    def _count_changes(self, kinds: frozenset[str]) -> None:
        """Bump each changed kind's counter, so other processes learn exactly what changed."""
        if not kinds:
            return
        self.conn.executemany(
            "INSERT INTO change_counters(kind, version) VALUES (?, 1)"
            " ON CONFLICT(kind) DO UPDATE SET version = version + 1",
            [(str(kind),) for kind in sorted(kinds)],
        )
        self._versions = change_versions(self.conn)

    def touched(self, *kinds: str) -> None:
        """Record that the running transaction changed these kinds of data."""
        self._changed.update(kinds)

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def _notify(self, changes: Changes) -> None:
        for listener in list(self._listeners):
            listener(changes)

    # -- reading helpers ----------------------------------------------------------

    def rows(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def row(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        found = self.rows(sql, params)
        return found[0] if found else None

    def scalar(self, sql: str, params: Any = ()) -> Any:
        found = self.conn.execute(sql, params).fetchone()
        return found[0] if found else None

    # -- the domain, one repository each -------------------------------------------

    @cached_property
    def meta(self) -> Meta:
        from netdesk.core.storage.meta import Meta

        return Meta(self)

    @cached_property
    def events(self) -> Events:
        from netdesk.core.events.events import Events

        return Events(self)

    @cached_property
    def people(self) -> People:
        from netdesk.core.people.people import People

        return People(self)

    @cached_property
    def encounters(self) -> Encounters:
        from netdesk.core.events.encounters import Encounters

        return Encounters(self)

    @cached_property
    def followups(self) -> Followups:
        from netdesk.core.followups.followups import Followups

        return Followups(self)

    @cached_property
    def interactions(self) -> Interactions:
        from netdesk.core.relationships.interactions import Interactions

        return Interactions(self)

    @cached_property
    def exchanges(self) -> Exchanges:
        from netdesk.core.relationships.exchanges import Exchanges

        return Exchanges(self)

    @cached_property
    def introductions(self) -> Introductions:
        from netdesk.core.relationships.introductions import Introductions

        return Introductions(self)

    @cached_property
    def goals(self) -> Goals:
        from netdesk.core.events.goals import Goals

        return Goals(self)

    @cached_property
    def cards(self) -> CardProfiles:
        from netdesk.core.qr.profiles import CardProfiles

        return CardProfiles(self)

    @cached_property
    def trash(self) -> Trash:
        from netdesk.core.people.trash import Trash

        return Trash(self)

    @cached_property
    def duplicates(self) -> Duplicates:
        from netdesk.core.people.duplicates import Duplicates

        return Duplicates(self)
