"""The ``meta`` table: the file's own key/value settings, read and written in one place.

Preferences and the follow-up rhythm keep their values here, and bulk writes pause
the search triggers with the ``fts_paused`` key (inside their transaction, so a
failure rolls the pause back with everything else).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from netdesk.core.storage.search_index import FTS_REBUILD_RANGE

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store

FTS_PAUSED = "fts_paused"


class Meta:
    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, key: str) -> str | None:
        return self._store.scalar("SELECT value FROM meta WHERE key = ?", (key,))

    def put(self, key: str, value: str | None, *, kind: str | None = None) -> None:
        """Set ``key`` (None removes it); ``kind`` is what the views hear changed."""
        with self._store.transaction() as conn:
            if value is None:
                conn.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
            if kind:
                self._store.touched(kind)

    @contextmanager
    def search_index_paused(self, first: int, last: int) -> Iterator[None]:
        """Write people ``first``..``last`` without a trigger per row; index them once after.

        Must run inside a transaction. When a bulk load has already paused the index,
        this does nothing: the bulk load indexes its whole range itself.
        """
        conn = self._store.conn
        if self.get(FTS_PAUSED) is not None:
            yield
            return
        conn.execute("INSERT INTO meta (key, value) VALUES (?, '1')", (FTS_PAUSED,))
        yield
        conn.execute("DELETE FROM meta WHERE key = ?", (FTS_PAUSED,))
        for statement in FTS_REBUILD_RANGE:
            conn.execute(statement, {"first": first, "last": last})
