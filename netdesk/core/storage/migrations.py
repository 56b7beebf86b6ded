"""Numbered, forward-only schema steps, and the schema each version must have.

Step N is the literal SQL file ``schema/000N_*.sql``: it takes a database at
``user_version`` N-1 to N, inside one transaction together with the version
bump. A new database runs every step from zero, so there is one path to the
schema. A released step is frozen: never edit one, append the next.

Because the steps are the only way netdesk shapes a file, they also say what a
file of version N must hold, object for object. A file with anything else (a
trigger, a view, an index) was changed by someone else and is refused: such
objects run inside netdesk's own statements (PLATFORM-NOTES.md).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.abc import Traversable

# 'NDSK': marks a file as netdesk's own, so restore and open can tell.
APPLICATION_ID = 0x4E44534B


def _load_steps() -> tuple[str, ...]:
    folder: Path | Traversable = Path(__file__).with_name("schema")
    if not folder.is_dir():  # not unpacked on disk (a zip): ask importlib (~5 ms to load)
        from importlib import resources

        folder = resources.files("netdesk.core.storage") / "schema"
    names = sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".sql"))
    return tuple((folder / name).read_text(encoding="utf-8") for name in names)


STEPS: tuple[str, ...] = _load_steps()

SCHEMA_VERSION = len(STEPS)


def current_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def pending_steps(conn: sqlite3.Connection) -> range:
    return range(current_version(conn) + 1, SCHEMA_VERSION + 1)


def apply_step(conn: sqlite3.Connection, number: int) -> bool:
    """Run step ``number`` and its version bump atomically; False if another did it first.

    Several processes may open a new file at once (the app and a command line):
    each takes the write lock, then looks again at the version, so a step runs once.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        if current_version(conn) != number - 1:
            conn.execute("ROLLBACK")
            return False
        for statement in _statements(STEPS[number - 1]):
            conn.execute(statement)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {number}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return True


def migrate(conn: sqlite3.Connection) -> None:
    """Apply every pending step, each in its own transaction."""
    for number in pending_steps(conn):
        apply_step(conn, number)


def _statements(script: str) -> list[str]:
    """Split a step into statements (a trigger's body holds semicolons of its own)."""
    found, pending = [], ""
    for line in script.splitlines(keepends=True):
        if not pending and (not line.strip() or line.lstrip().startswith("--")):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            found.append(pending.strip())
            pending = ""
    if pending.strip():
        found.append(pending.strip())
    return found


# -- the expected schema ------------------------------------------------------------

SchemaObjects = dict[tuple[str, str], str]  # (type, name) → normalised SQL


@dataclass(frozen=True)
class SchemaDifference:
    """What a file holds beyond, without, or unlike the schema of its version."""

    extra: tuple[str, ...]
    missing: tuple[str, ...]
    altered: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.extra or self.missing or self.altered)

    def describe(self) -> str:
        parts = [f"extra {name}" for name in self.extra]
        parts += [f"missing {name}" for name in self.missing]
        parts += [f"changed {name}" for name in self.altered]
        return ", ".join(parts)


def schema_objects(conn: sqlite3.Connection) -> SchemaObjects:
    """Every table, index, trigger and view the file declares, SQL normalised for spacing."""
    rows = conn.execute("SELECT type, name, sql FROM sqlite_schema").fetchall()
    return {(kind, name): _normalise(sql) for kind, name, sql in rows}


def steps_crc() -> int:
    """A fingerprint of the steps' text: says whether schema_snapshot.py is still theirs."""
    import zlib

    return zlib.crc32("\0".join(STEPS).encode("utf-8"))


def snapshot_usable(version: int) -> bool:
    from netdesk.core.storage import schema_snapshot as snapshot

    return (
        version == snapshot.SCHEMA_VERSION == SCHEMA_VERSION
        and sqlite3.sqlite_version == snapshot.SQLITE_VERSION
        and steps_crc() == snapshot.STEPS_CRC
    )


@cache
def expected_objects(version: int) -> SchemaObjects:
    """The objects a file of ``version`` has when netdesk made it.

    For the newest version this is the written-down result of the steps
    (schema_snapshot.py, ~10 ms a process cheaper), when it was made from these
    steps with this SQLite; otherwise the steps run in memory. Either way the file's
    whole schema is compared with it.
    """
    if snapshot_usable(version):
        from netdesk.core.storage import schema_snapshot

        return dict(schema_snapshot.OBJECTS)
    return built_objects(version)


def built_objects(version: int) -> SchemaObjects:
    """The objects the steps up to ``version`` make, run in an in-memory database."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for number in range(1, version + 1):
            apply_step(conn, number)
        return schema_objects(conn)
    finally:
        conn.close()


def compare_schema(conn: sqlite3.Connection, version: int) -> SchemaDifference:
    found, expected = schema_objects(conn), expected_objects(version)
    return SchemaDifference(
        extra=_labels(found.keys() - expected.keys()),
        missing=_labels(expected.keys() - found.keys()),
        altered=_labels(k for k in found.keys() & expected.keys() if found[k] != expected[k]),
    )


def _labels(keys) -> tuple[str, ...]:
    return tuple(sorted(f"{kind} {name}" for kind, name in keys))


def _normalise(sql: str | None) -> str:
    return " ".join((sql or "").split())  # re.sub(r"\s+", " ", …).strip(), ~10× faster
