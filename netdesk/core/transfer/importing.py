"""Import contact files (vCard, MECARD lines, CSV, netdesk JSON) into people, all or nothing.

Reading, then a plan (:mod:`planning`: who is new, who merges, field by field), then
one transaction that writes it (:mod:`applying`), recorded as a batch that can be
undone (:mod:`batches`). The matching is a scan's: a contact that matches someone known
fills only their empty fields and reports what differed. Records that cannot be used
are reported with their place; a file that cannot be read at all stops the whole
import before anything is written.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netdesk.core.errors import NetdeskError, escape_controls
from netdesk.core.files.inputfiles import MB, read_input
from netdesk.core.formats import csvfile
from netdesk.core.formats.contact import build_contact
from netdesk.core.formats.payloads import classify
from netdesk.core.formats.vcard import decode_bytes, looks_like_vcard, read_vcards
from netdesk.core.model import ContactPoint
from netdesk.core.transfer import IMPORT_FORMATS, archive
from netdesk.core.transfer.applying import ImportSummary, apply_plan
from netdesk.core.transfer.exporting import JSON_FORMAT
from netdesk.core.transfer.mappings import mapping_for
from netdesk.core.transfer.planning import ImportPlan, Record, make_plan

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store
    from netdesk.core.transfer.scanning import Control

FORMATS = IMPORT_FORMATS
MAX_FILE_BYTES = 50 * MB


@dataclass(frozen=True)
class Parsed:
    """One file read: its records, the places that gave no record (``unusable``), and
    values or lines left out of records that were kept (``notes``)."""

    records: list[Record]
    unusable: list[dict[str, str]]
    notes: list[dict[str, str]] = field(default_factory=list)


def detect_format(path: Path, text: str) -> str:
    if path.suffix.lower() == ".json" or text.lstrip("\ufeff \r\n").startswith("{"):
        return "json"
    if looks_like_vcard(text) or path.suffix.lower() in (".vcf", ".vcard"):
        return "vcard"
    first = text.lstrip("\ufeff \r\n")[:8].upper()
    if first.startswith(("MECARD:", "BIZCARD:")):
        return "mecard"
    if path.suffix.lower() in (".csv", ".tsv", ".txt"):
        return "csv"
    raise NetdeskError("import-unknown-format", path=path.name)


def read_file(path: Path, fmt: str = "auto", *, mapping: Sequence[str] | None = None) -> Parsed:
    """Records in one file, or :class:`NetdeskError` when it cannot be read at all.
    ``mapping``: a CSV file's field per column (default: remembered or guessed)."""
    if fmt not in FORMATS:
        raise NetdeskError("bad-kind", value=fmt, what="import format", choices=", ".join(FORMATS))
    data = read_input(path, MAX_FILE_BYTES, too_big="import-too-big")
    text = decode_bytes(data)
    if fmt == "auto":
        fmt = detect_format(path, text)
    # Places and reasons are printed to terminals: a file name or a quoted line is escaped.
    name = escape_controls(path.name)
    if fmt == "csv":
        table = csvfile.read_table(data, source=path.name)
        return read_csv(path, table, mapping or csvfile.guess_mapping(table))
    if fmt == "json":
        return _read_json(path, text)
    if fmt == "vcard":
        if not looks_like_vcard(text) and "BEGIN:VCARD" not in text.upper():
            raise NetdeskError("import-not-format", path=path.name, format="vCard")
        found = read_vcards(text)
        records = [
            Record(f"{name}, line {line}", "vcard", path.name, card)
            for line, card in zip(found.starts, found.cards, strict=True)
        ]
        unusable, notes = [], []
        for p in found.problems:
            where = f"{name}, " + (f"card {p.card}, " if p.card else "") + f"line {p.line}"
            (unusable if p.whole else notes).append(
                {"where": where, "reason": escape_controls(p.reason)}
            )
        return Parsed(records, unusable, notes)
    # MECARD / BIZCARD / links: one payload per line, the way QR texts are saved.
    records, unusable = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        payload = classify(line)
        where = f"{name}, line {number}"
        if payload.reason is not None:
            unusable.append({"where": where, "reason": escape_controls(str(payload.reason))})
        records += [Record(where, payload.kind, path.name, c) for c in payload.contacts]
    return Parsed(records, unusable)


def read_csv(path: Path, table: csvfile.CsvTable, mapping: Sequence[str]) -> Parsed:
    """A CSV table read with ``mapping``: records, and rows or values left out."""
    name = escape_controls(path.name)
    result = csvfile.contacts_of(table, mapping, source=path.name)
    records = [
        Record(f"{name}, row {row}", "csv", path.name, contact) for row, contact in result.contacts
    ]
    unusable, notes = [], []
    for p in result.problems:
        (unusable if p.whole else notes).append(
            {"where": f"{name}, row {p.row}", "reason": escape_controls(p.reason)}
        )
    return Parsed(records, unusable, notes)


def csv_table(path: Path | str) -> csvfile.CsvTable:
    """A CSV file's cells, for the mapping step."""
    data = read_input(Path(path), MAX_FILE_BYTES, too_big="import-too-big")
    return csvfile.read_table(data, source=Path(path).name)


def is_csv(path: Path | str, fmt: str = "auto") -> bool:
    """Whether the file will be read as CSV (so a column mapping applies)."""
    if fmt != "auto":
        return fmt == "csv"
    suffix = Path(path).suffix.lower()
    return suffix in (".csv", ".tsv") or (
        suffix == ".txt"
        and not Path(path)
        .read_bytes()[:64]
        .lstrip()
        .upper()
        .startswith((b"BEGIN:VCARD", b"MECARD:", b"BIZCARD:"))
    )


def _read_json(path: Path, text: str) -> Parsed:
    """The people of a netdesk JSON export (``netdesk export --format json``)."""
    people, points = _json_tables(path, text)
    by_person = _points_by_person(points)
    contacts = []
    for row in people:
        if not isinstance(row, dict) or row.get("deleted_at"):
            continue
        key = _json_key(row.get("id"))
        uid = row.get("vcard_uid")
        contact = build_contact(
            full_name=_json_text(row.get("full_name")),
            given_name=_json_text(row.get("given_name")),
            family_name=_json_text(row.get("family_name")),
            organisation=_json_text(row.get("organisation")),
            department=_json_text(row.get("department")),
            title=_json_text(row.get("title")),
            notes=_json_text(row.get("notes")),
            points=by_person.get(key, []),
            # The UID the vCard export gives, so the two formats recognise each other.
            uid=_json_text(uid) if uid else f"netdesk-person-{key}",
        )
        if not contact.is_empty():
            where = f"{escape_controls(path.name)}, person {escape_controls(key)}"
            contacts.append(Record(where, "json", path.name, contact))
    return Parsed(contacts, [])


def _json_tables(path: Path, text: str) -> tuple[list[Any], list[Any]]:
    """The people and contact-point lists, or ``import-not-format`` for any other shape."""
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: arrays nested thousands deep
        document = None
    ours = isinstance(document, dict) and document.get("format") == JSON_FORMAT
    tables = document.get("tables") if ours else None
    if isinstance(tables, dict):
        people, points = tables.get("people"), tables.get("contact_points", [])
        if isinstance(people, list) and isinstance(points, list):
            return people, points
    raise NetdeskError("import-not-format", path=path.name, format="netdesk JSON")


def _points_by_person(points: list[Any]) -> dict[str, list[ContactPoint]]:
    by_person: dict[str, list[ContactPoint]] = {}
    for point in points:
        if isinstance(point, dict) and point.get("kind") in ("email", "phone", "url"):
            by_person.setdefault(_json_key(point.get("person_id")), []).append(
                ContactPoint(
                    point["kind"], _json_text(point.get("value")), _json_text(point.get("label"))
                )
            )
    return by_person


def _json_text(value: Any) -> str:
    """A text field as written by the export; anything else (a number, a list) as its JSON."""
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)[:4000]


def _json_key(value: Any) -> str:
    """A person id as a dictionary key, whatever JSON value a hand-edited file puts there."""
    return _json_text(value)


def plan_files(
    store: Store,
    paths: Sequence[Path | str],
    *,
    fmt: str = "auto",
    mappings: Mapping[str, Sequence[str]] | None = None,
    spec: Mapping[str, str] | None = None,
    control: Control | None = None,
    matched: bool = True,
) -> ImportPlan:
    """Read every file and work out what importing them would do; writes nothing.

    A CSV file is read with ``mappings[str(path)]`` if given, else ``spec`` (a saved
    mapping: column heading or number from 1 → field), else the mapping remembered for
    its header, else a guess."""
    records: list[Record] = []
    unusable: list[dict[str, str]] = []
    notes: list[dict[str, str]] = []
    for done, raw in enumerate(paths):
        if control is not None:
            if control.cancelled:
                raise NetdeskError("import-cancelled")
            control.progress(done, len(paths) + 1)
        path = Path(raw)
        mapping = (mappings or {}).get(str(raw))
        if mapping is None and is_csv(path, fmt):
            table = csv_table(path)
            mapping = mapping_for(store, table, spec)
            found = read_csv(path, table, mapping)
        else:
            found = read_file(path, fmt, mapping=mapping)
        records += found.records
        unusable += found.unusable
        notes += found.notes
    names = tuple(Path(p).name for p in paths)
    return make_plan(
        store,
        records,
        unusable,
        notes,
        sources=names,
        fmt=fmt,
        control=control,
        matched=matched,
    )


def import_files(
    store: Store,
    paths: Sequence[Path | str],
    *,
    event_id: int | None = None,
    fmt: str = "auto",
    spec: Mapping[str, str] | None = None,
) -> ImportSummary:
    """Every file read first, then everything written in one transaction: all or nothing."""
    if len(paths) == 1 and fmt in ("auto", "json") and archive.is_archive(Path(paths[0])):
        return archive.read(store, Path(paths[0]))  # type: ignore[return-value]  # duck-typed
    store.events.require(event_id)
    plan = plan_files(store, paths, fmt=fmt, spec=spec, matched=False)
    return apply_plan(store, plan, event_id=event_id)
