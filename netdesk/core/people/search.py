"""Search-as-you-type over people through the FTS5 index.

SQLite's bm25 ranking is expensive for prefix queries whatever the LIMIT: it
counts, across the whole index, every row that contains each matched term
(``ORDER BY rank`` for 'm*' at 100,000 people takes tens of milliseconds). So
one query walks the index newest first and stops after a small probe. When
the whole answer fits in the probe it is ranked in Python by where the words
matched (name before organisation before notes; whole words before prefixes),
then by recency; when it does not, the query is too broad for relevance to
mean much and the newest matches come first. One cheap query per keystroke.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from netdesk.core.storage.search_index import FTS_COLUMNS, fold

if TYPE_CHECKING:
    import sqlite3

PROBE = 100

# How much a word found in each FTS column counts; the order is FTS_COLUMNS.
WEIGHTS = {
    "name": 10.0, "organisation": 5.0, "department": 4.0, "title": 3.0,
    "contacts": 4.0, "notes": 1.0, "tags": 3.0, "context": 1.5,
}  # fmt: skip

_TOKEN = re.compile(r"\w+", re.UNICODE)


def match_expression(text: str) -> str | None:
    """An FTS5 MATCH for what the user typed: every word, each as a prefix.

    Quoting every token means user text can never be read as FTS syntax
    (AND, NEAR, column filters, stray quotes).
    """
    tokens = _TOKEN.findall(fold(text))
    if not tokens:
        return None
    return " ".join(f'"{token}"*' for token in tokens)


def relevance(tokens: list[str], columns: dict[str, str]) -> float:
    """Score one row: each typed word counts by the best column it starts a word in."""
    words = {name: _TOKEN.findall(text) for name, text in columns.items()}
    score = 0.0
    for position, token in enumerate(tokens):
        best = 0.0
        for name, column_words in words.items():
            for index, word in enumerate(column_words):
                if word.startswith(token):
                    hit = WEIGHTS[name] * (2.0 if word == token else 1.0)
                    if name == "name" and index == position:
                        hit *= 1.5  # typed in the order the name is written
                    best = max(best, hit)
        score += best
    return score


def search_ids(conn: sqlite3.Connection, text: str, *, limit: int = 50) -> list[int]:
    """Ids of living people matching ``text``: by relevance then recency, or newest first."""
    match = match_expression(text)
    if match is None:
        return []
    probe = max(PROBE, limit)
    rowids = [
        row[0]
        for row in conn.execute(
            "SELECT rowid FROM people_fts WHERE people_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
            (match, probe + 1),
        )
    ]
    if len(rowids) > probe:
        return rowids[:limit]
    # Small enough to rank: read the indexed text of just these rows.
    marks = ",".join("?" * len(rowids))
    rows = conn.execute(
        f"SELECT rowid, {', '.join(FTS_COLUMNS)} FROM people_fts WHERE rowid IN ({marks})",
        rowids,
    ).fetchall()
    tokens = _TOKEN.findall(fold(text))
    scored = [
        (relevance(tokens, dict(zip(FTS_COLUMNS, row[1:], strict=True))), row[0]) for row in rows
    ]
    scored.sort(key=lambda item: (-item[0], -item[1]))
    return [rowid for _, rowid in scored[:limit]]


def search_window(
    conn: sqlite3.Connection, text: str, *, after: int | None = None, limit: int = 2_000
) -> tuple[list[int], bool]:
    """A window of living matches in :func:`search_ids`' order, and whether more follow.

    An answer that fits the probe comes whole, ranked by relevance. A broader one
    comes newest first, ``limit`` ids at a time straight from the index; ``after``
    (the last id of the previous window) continues it. A one-letter prefix can
    match every person: listing 100,000 ids costs ~35 ms, a window ~1 ms.
    """
    match = match_expression(text)
    if match is None:
        return [], False
    if after is None:
        rows = conn.execute(
            "SELECT rowid FROM people_fts WHERE people_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
            (match, max(limit, PROBE) + 1),
        ).fetchall()
        if len(rows) <= PROBE:
            return search_ids(conn, text, limit=PROBE), False
    else:
        rows = conn.execute(
            "SELECT rowid FROM people_fts WHERE people_fts MATCH ? AND rowid < ?"
            " ORDER BY rowid DESC LIMIT ?",
            (match, after, limit + 1),
        ).fetchall()
    return [row[0] for row in rows[:limit]], len(rows) > limit
