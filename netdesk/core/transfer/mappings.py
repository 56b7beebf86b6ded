"""CSV column mappings: remembered per header, or given as a saved JSON file.

A mapping is a field name (or "" to leave the column out) per column. One the user
confirmed in the app is remembered under the file's normalised header, so the next
export from the same program is read the same way. On the command line,
``--mapping FILE.json`` holds an object naming columns by heading or by number (from 1):
``{"E-mail": "email", "3": "organisation", "Notes": ""}``; the columns it does not name
keep the remembered or guessed field.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from netdesk.core.dates import now_utc
from netdesk.core.errors import NetdeskError
from netdesk.core.files.inputfiles import read_input
from netdesk.core.formats import csvfile

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store

# What a mapping file may call a column left out, besides "".
_LEFT_OUT = ("", "ignore", "skip")
MAX_SPEC_BYTES = 1024 * 1024


def remembered(store: Store, table: csvfile.CsvTable) -> tuple[str, ...] | None:
    """The mapping the user confirmed for this header, if any (and if it still fits)."""
    text = store.scalar(
        "SELECT mapping FROM csv_mappings WHERE header_key = ?", (table.header_key,)
    )
    if text is None:
        return None
    try:
        mapping = json.loads(text)
    except ValueError:
        return None
    if not isinstance(mapping, list) or any(f not in (*csvfile.FIELDS, "") for f in mapping):
        return None  # written by another version, or damaged: guess instead
    return tuple(mapping)


def remember(store: Store, header_key: str, mapping: Sequence[str]) -> None:
    """Keep a confirmed mapping for the next file with the same header."""
    fields = [f if f in csvfile.FIELDS else "" for f in mapping]
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO csv_mappings (header_key, mapping, used_at) VALUES (?, ?, ?)"
            " ON CONFLICT (header_key) DO UPDATE SET mapping = excluded.mapping,"
            " used_at = excluded.used_at",
            (header_key, json.dumps(fields), now_utc()),
        )


def mapping_for(
    store: Store, table: csvfile.CsvTable, spec: Mapping[str, str] | None = None
) -> tuple[str, ...]:
    """The mapping to read ``table`` with: remembered or guessed, then ``spec`` on top."""
    mapping = list(remembered(store, table) or csvfile.guess_mapping(table))
    if spec:
        mapping = apply_spec(table, mapping, spec)
    return tuple(mapping)


def apply_spec(
    table: csvfile.CsvTable, mapping: Sequence[str], spec: Mapping[str, str]
) -> list[str]:
    """``mapping`` with the columns ``spec`` names set to its fields."""
    result = list(mapping) + [""] * max(0, table.width - len(mapping))
    headings = {csvfile.field_key(cell): i for i, cell in enumerate(table.header or ())}
    for column, field in spec.items():
        if column.strip().isdigit():
            index = int(column) - 1
            if not 0 <= index < len(result):
                raise NetdeskError("mapping-no-column", column=column)
        elif csvfile.field_key(column) in headings:
            index = headings[csvfile.field_key(column)]
        else:
            raise NetdeskError("mapping-no-column", column=column)
        result[index] = "" if field in _LEFT_OUT else field
    return result


def load_spec(path: Path | str) -> dict[str, str]:
    """A saved mapping file, checked: an object of column → field."""
    path = Path(path)
    data = read_input(path, MAX_SPEC_BYTES, too_big="file-too-big")
    try:
        spec = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        spec = None
    if not isinstance(spec, dict):
        raise NetdeskError("mapping-unreadable", path=path.name)
    choices = ", ".join(csvfile.FIELDS)
    for column, field in spec.items():
        if not isinstance(field, str) or field not in (*csvfile.FIELDS, *_LEFT_OUT):
            raise NetdeskError("mapping-bad-field", column=column, value=field, choices=choices)
    return {str(column): field for column, field in spec.items()}
