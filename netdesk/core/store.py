"""The one object that owns the SQLite file.

Opening checks that the file is ours, takes a copy before migrating it, and
turns on WAL and foreign keys. Every write runs inside :meth:`Store.transaction`;
when the outermost one commits, listeners hear which kinds of data changed.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlite_utils

from netdesk.core import migrations
from netdesk.core.changes import Changes, Listener
from netdesk.core.errors import NetdeskError
from netdesk.core.paths import create_private_file, ensure_private_dir

if TYPE_CHECKING:
    from netdesk.core.cards import CardProfiles
    from netdesk.core.encounters import Encounters
    from netdesk.core.events import Events
    from netdesk.core.followups import Followups
    from netdesk.core.goals import Goals
    from netdesk.core.journal import Exchanges, Interactions, Introductions
    from netdesk.core.people import People
    from netdesk.core.trash import Trash

SQLITE_HEADER = b"SQLite format 3\x00"


def is_sqlite_file(path: Path) -> bool:
    """True for an SQLite file (or an empty one, which SQLite treats as new)."""
    with open(path, "rb") as handle:
        head = handle.read(len(SQLITE_HEADER))
    return head in (b"", SQLITE_HEADER)


def translate_sqlite_error(error: sqlite3.Error, path: Path) -> NetdeskError:
    text = str(error)
    if "locked" in text or "busy" in text:
        return NetdeskError("db-busy")
    if "not a database" in text or "file is encrypted" in text:
        return NetdeskError("db-not-sqlite", path=path)
    if "malformed" in text or "corrupt" in text:
        return NetdeskError("db-corrupt", path=path, detail=text)
    return NetdeskError("db-unreadable", path=path, detail=text)


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are explicit, never implicit."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=5.0)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


class Store:
    """The user's netdesk database. Use :meth:`open`; close with :meth:`close`."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self.db = sqlite_utils.Database(conn)
        self._lock = threading.RLock()
        self._depth = 0
        self._changed: set[str] = set()
        self._listeners: list[Listener] = []

    # -- opening ---------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, create: bool = True) -> Store:
        """Open (or create) the database at ``path``, migrating it to this version."""
        path = Path(path).expanduser()
        if not path.exists():
            if not create:
                raise NetdeskError("file-missing", path=path)
            try:
                ensure_private_dir(path.parent)
                create_private_file(path)
            except OSError as error:
                raise NetdeskError("file-unwritable", path=path, detail=error.strerror) from None
        elif path.is_dir() or not is_sqlite_file(path):
            raise NetdeskError("db-not-sqlite", path=path)
        try:
            conn = connect(path)
            store = cls(conn, path)
            store._prepare()
        except sqlite3.Error as error:
            raise translate_sqlite_error(error, path) from None
        return store

    def _prepare(self) -> None:
        conn = self.conn
        version = migrations.current_version(conn)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        if app_id not in (0, migrations.APPLICATION_ID) or (version == 0 and has_tables):
            raise NetdeskError("db-not-netdesk", path=self.path)
        if version > migrations.SCHEMA_VERSION:
            raise NetdeskError(
                "db-too-new", path=self.path, found=version, known=migrations.SCHEMA_VERSION
            )
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        steps = migrations.pending_steps(conn)
        if steps and version > 0:
            self.copy_to(self._pre_migration_copy_path(version))
        for number in steps:
            migrations.apply_step(conn, number)

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
        target = Path(target)
        ensure_private_dir(target.parent)
        tmp = target.with_name(target.name + ".part")
        tmp.unlink(missing_ok=True)
        create_private_file(tmp)
        dest = sqlite3.connect(tmp)
        try:
            self.conn.backup(dest)
            # A copy is one self-contained file: no WAL beside it.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        tmp.replace(target)

    # -- transactions and change notification -----------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All writes go through here: all or nothing, nested calls become savepoints."""
        with self._lock:
            depth = self._depth
            try:
                self.conn.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT sp{depth}")
            except sqlite3.Error as error:
                raise translate_sqlite_error(error, self.path) from None
            self._depth += 1
            try:
                yield self.conn
            except BaseException:
                self._depth -= 1
                if depth == 0:
                    self.conn.execute("ROLLBACK")
                    self._changed.clear()
                else:
                    self.conn.execute(f"ROLLBACK TO sp{depth}")
                    self.conn.execute(f"RELEASE sp{depth}")
                raise
            self._depth -= 1
            if depth > 0:
                self.conn.execute(f"RELEASE sp{depth}")
                return
            try:
                self.conn.execute("COMMIT")
            except sqlite3.Error as error:
                self.conn.execute("ROLLBACK")
                self._changed.clear()
                raise translate_sqlite_error(error, self.path) from None
            changed, self._changed = frozenset(self._changed), set()
        if changed:
            self._notify(Changes(changed))

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
    def events(self) -> Events:
        from netdesk.core.events import Events

        return Events(self)

    @cached_property
    def people(self) -> People:
        from netdesk.core.people import People

        return People(self)

    @cached_property
    def encounters(self) -> Encounters:
        from netdesk.core.encounters import Encounters

        return Encounters(self)

    @cached_property
    def followups(self) -> Followups:
        from netdesk.core.followups import Followups

        return Followups(self)

    @cached_property
    def interactions(self) -> Interactions:
        from netdesk.core.journal import Interactions

        return Interactions(self)

    @cached_property
    def exchanges(self) -> Exchanges:
        from netdesk.core.journal import Exchanges

        return Exchanges(self)

    @cached_property
    def introductions(self) -> Introductions:
        from netdesk.core.journal import Introductions

        return Introductions(self)

    @cached_property
    def goals(self) -> Goals:
        from netdesk.core.goals import Goals

        return Goals(self)

    @cached_property
    def cards(self) -> CardProfiles:
        from netdesk.core.cards import CardProfiles

        return CardProfiles(self)

    @cached_property
    def trash(self) -> Trash:
        from netdesk.core.trash import Trash

        return Trash(self)
