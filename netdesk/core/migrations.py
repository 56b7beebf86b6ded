"""Numbered, forward-only schema steps.

Step N takes a database at ``user_version`` N-1 to N, inside one transaction
together with the version bump. A new database runs every step from zero, so
there is one path to the schema. Never edit a released step: append one.
"""

from __future__ import annotations

import sqlite3

from netdesk.core.schema_v1 import STEP_1
from netdesk.core.schema_v2 import STEP_2
from netdesk.core.schema_v3 import STEP_3

# 'NDSK': marks a file as netdesk's own, so restore and open can tell.
APPLICATION_ID = 0x4E44534B

STEPS: tuple[str, ...] = (STEP_1, STEP_2, STEP_3)

SCHEMA_VERSION = len(STEPS)


def current_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def pending_steps(conn: sqlite3.Connection) -> range:
    return range(current_version(conn) + 1, SCHEMA_VERSION + 1)


def apply_step(conn: sqlite3.Connection, number: int) -> None:
    """Run step ``number`` and its version bump atomically."""
    script = (
        "BEGIN IMMEDIATE;\n"
        f"{STEPS[number - 1]}\n"
        f"PRAGMA application_id = {APPLICATION_ID};\n"
        f"PRAGMA user_version = {number};\n"
        "COMMIT;"
    )
    try:
        conn.executescript(script)
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
