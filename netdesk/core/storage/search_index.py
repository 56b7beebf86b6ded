"""How the search index is filled: the columns, the letters folded, the refresh statements.

Live code for search and bulk loads. The released schema steps in ``schema/`` hold
their own literal copy of these statements (frozen); a change here that must reach
existing databases needs a new step that rewrites the triggers.
"""

from __future__ import annotations

import sqlite3
import unicodedata

# Letters that unicode61's remove_diacritics leaves alone because they do not
# decompose (Ø is not O + a combining mark). Folding them in SQL keeps the
# index writable from any SQLite, not only from netdesk.
FOLDED_LETTERS = {
    "ø": "o",
    "Ø": "o",
    "ł": "l",
    "Ł": "l",
    "ß": "ss",
    "ẞ": "ss",
    "æ": "ae",
    "Æ": "ae",
    "œ": "oe",
    "Œ": "oe",
    "đ": "d",
    "Đ": "d",
    "ð": "d",
    "Ð": "d",
    "þ": "th",
    "Þ": "th",
    "ı": "i",
    "ħ": "h",
    "Ħ": "h",
}


_FOLD = str.maketrans(FOLDED_LETTERS)


def fold(text: str) -> str:
    """Lower-case, accent-free text, folded the way the index folds it."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def fill_sort_names(conn: sqlite3.Connection) -> None:
    """Fold the names whose sort key is missing: new people, renamed ones (schema step 5)."""
    missing = conn.execute("SELECT id, full_name FROM people WHERE sort_name IS NULL").fetchall()
    if missing:
        conn.executemany(
            "UPDATE people SET sort_name = ? WHERE id = ?",
            [(fold(name), person_id) for person_id, name in missing],
        )


def fold_sql(expr: str) -> str:
    """SQL that applies :data:`FOLDED_LETTERS` to ``expr``."""
    for letter, plain in FOLDED_LETTERS.items():
        expr = f"replace({expr}, '{letter}', '{plain}')"
    return expr


FTS_COLUMNS = (
    "name",
    "organisation",
    "department",
    "title",
    "contacts",
    "notes",
    "tags",
    "context",
)


def fts_refresh_statements(ids: str) -> tuple[str, str]:
    """The two statements that rewrite the search rows of the people in ``ids`` (SQL list)."""
    values = {
        "name": "p.full_name",
        "organisation": "p.organisation",
        "department": "p.department",
        "title": "p.title",
        "contacts": "(SELECT group_concat(value, ' ') FROM contact_points WHERE person_id = p.id)",
        "notes": "p.notes",
        "tags": "(SELECT group_concat(t.name, ' ') FROM person_tags pt"
        " JOIN tags t ON t.id = pt.tag_id WHERE pt.person_id = p.id)",
        "context": "(SELECT group_concat(e.context, ' ') FROM encounter_people ep"
        " JOIN encounters e ON e.id = ep.encounter_id WHERE ep.person_id = p.id)",
    }
    columns = ", ".join(FTS_COLUMNS)
    selected = ", ".join(fold_sql(f"coalesce({values[c]}, '')") for c in FTS_COLUMNS)
    return (
        f"DELETE FROM people_fts WHERE rowid IN ({ids})",
        f"INSERT INTO people_fts(rowid, {columns}) SELECT p.id, {selected} "
        f"FROM people p WHERE p.id IN ({ids}) AND p.deleted_at IS NULL",
    )


# Rewrites the search rows of people with ids in [:first, :last]; bulk loads use it.
FTS_REBUILD_RANGE = fts_refresh_statements(
    "SELECT id FROM people WHERE id BETWEEN :first AND :last"
)
