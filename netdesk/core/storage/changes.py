"""What a write changed, broadcast once per committed transaction.

Views listen to one signal and refresh only when a kind they show changed
(Anki's OpChanges). The store never knows who listens.

Every commit also bumps a counter per changed kind in the file itself
(``change_counters``), so a process learns exactly what *another* process
changed: :class:`ChangeWatcher` compares the counters when SQLite's
``data_version`` says someone else committed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """The kinds of data a write can change; plain strings compare equal to them."""

    EVENTS = "events"
    PEOPLE = "people"
    ENCOUNTERS = "encounters"
    FOLLOWUPS = "followups"
    INTERACTIONS = "interactions"
    EXCHANGES = "exchanges"
    INTRODUCTIONS = "introductions"
    GOALS = "goals"
    CARDS = "cards"
    TAGS = "tags"
    PREFERENCES = "preferences"
    REVIEWS = "reviews"
    TEMPLATES = "templates"
    DUPLICATES = "duplicates"
    IMPORTS = "imports"  # import batches: recorded, undone
    TOPICS = "topics"
    # The sync account, its last run and the conflicts it left for the user.
    SYNC = "sync"


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[str]
    # Each kind's counter right after the commit, when the store knows it: lets a
    # watcher of the same file tell its own commits from other processes'.
    versions: Mapping[str, int] = field(default_factory=dict, compare=False)

    def __contains__(self, kind: str) -> bool:
        return kind in self.kinds

    def touches(self, *kinds: str) -> bool:
        return any(kind in self.kinds for kind in kinds)


Listener = Callable[[Changes], None]


def change_versions(conn: sqlite3.Connection) -> dict[str, int]:
    return dict(conn.execute("SELECT kind, version FROM change_counters").fetchall())


class ChangeWatcher:
    """Notices commits made through other connections and says which kinds they changed.

    ``poll()`` costs one ``PRAGMA data_version`` while nothing happened, so it can
    run several times a second on the reading connection.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._data_version = self._read_data_version()
        self._seen = change_versions(conn)

    def poll(self) -> frozenset[str]:
        """The kinds changed since the last poll (or :meth:`absorb`), by anyone."""
        data_version = self._read_data_version()
        if data_version == self._data_version:
            return frozenset()
        self._data_version = data_version
        return self._take(change_versions(self._conn))

    def absorb(self, changes: Changes) -> frozenset[str]:
        """Account for a commit this process heard of directly.

        Returns its kinds plus any that other processes changed before it, less
        what a poll already reported, so each change reaches the views once.
        """
        if not changes.versions:
            return changes.kinds
        return self._take(changes.versions)

    def _take(self, versions: Mapping[str, int]) -> frozenset[str]:
        changed = frozenset(
            kind for kind, version in versions.items() if self._seen.get(kind) != version
        )
        self._seen.update(versions)
        return changed

    def _read_data_version(self) -> int:
        return self._conn.execute("PRAGMA data_version").fetchone()[0]
