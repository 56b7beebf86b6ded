"""Import contact files (vCard, MECARD lines, CSV, netdesk JSON) into people, all or nothing.

The same reader and the same matching as scanning: a contact that matches
someone known fills only their empty fields and reports what differed. Lines
that cannot be used are reported with their place; a file that cannot be read
at all stops the whole import before anything is written.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netdesk.core.errors import NetdeskError, escape_controls
from netdesk.core.files.inputfiles import MB, read_input
from netdesk.core.formats import csvfile
from netdesk.core.formats.contact import Contact, build_contact
from netdesk.core.formats.payloads import classify
from netdesk.core.formats.vcard import decode_bytes, looks_like_vcard, read_vcards
from netdesk.core.model import ContactPoint
from netdesk.core.transfer import IMPORT_FORMATS, archive
from netdesk.core.transfer.exporting import JSON_FORMAT
from netdesk.core.transfer.scanning import ScanSummary, take_contact

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store

FORMATS = IMPORT_FORMATS
MAX_FILE_BYTES = 50 * MB


@dataclass(frozen=True)
class Parsed:
    """One file read: contacts with where each came from, and the lines that were skipped."""

    contacts: list[tuple[str, str, Contact]]  # (where, kind, contact)
    problems: list[dict[str, str]]


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


def read_file(path: Path, fmt: str = "auto") -> Parsed:
    """Contacts in one file, or :class:`NetdeskError` when it cannot be read at all."""
    if fmt not in FORMATS:
        raise NetdeskError("bad-kind", value=fmt, what="import format", choices=", ".join(FORMATS))
    data = read_input(path, MAX_FILE_BYTES, too_big="import-too-big")
    text = decode_bytes(data)
    if fmt == "auto":
        fmt = detect_format(path, text)
    # Places and reasons are printed to terminals: a file name or a quoted line is escaped.
    name = escape_controls(path.name)
    if fmt == "csv":
        result = csvfile.parse(data, source=path.name)
        return Parsed(
            [(f"{name}, row {row}", "csv", contact) for row, contact in result.contacts],
            [
                {"where": f"{name}, row {p.row}", "reason": escape_controls(p.reason)}
                for p in result.problems
            ],
        )
    if fmt == "json":
        return _read_json(path, text)
    if fmt == "vcard":
        if not looks_like_vcard(text) and "BEGIN:VCARD" not in text.upper():
            raise NetdeskError("import-not-format", path=path.name, format="vCard")
        found = read_vcards(text)
        contacts = [
            (f"{name}, line {line}", "vcard", card)
            for line, card in zip(found.starts, found.cards, strict=True)
        ]
        problems = [
            {
                "where": f"{name}, " + (f"card {p.card}, " if p.card else "") + f"line {p.line}",
                "reason": escape_controls(p.reason),
            }
            for p in found.problems
        ]
        return Parsed(contacts, problems)
    # MECARD / BIZCARD / links: one payload per line, the way QR texts are saved.
    contacts, problems = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        payload = classify(line)
        where = f"{name}, line {number}"
        if payload.reason is not None:
            problems.append({"where": where, "reason": escape_controls(str(payload.reason))})
        contacts += [(where, payload.kind, c) for c in payload.contacts]
    return Parsed(contacts, problems)


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
            contacts.append((where, "json", contact))
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


def import_files(
    store: Store, paths: Sequence[Path | str], *, event_id: int | None = None, fmt: str = "auto"
) -> ScanSummary:
    """Every file read first, then everything written in one transaction: all or nothing."""
    if len(paths) == 1 and fmt in ("auto", "json") and archive.is_archive(Path(paths[0])):
        return archive.read(store, Path(paths[0]))  # type: ignore[return-value]  # duck-typed
    store.events.require(event_id)
    parsed = [(Path(p), read_file(Path(p), fmt)) for p in paths]
    summary = ScanSummary()
    with store.transaction():
        for path, found in parsed:
            summary.errors += found.problems
            for where, kind, contact in found.contacts:
                summary.items.append(
                    take_contact(
                        store,
                        contact,
                        kind=kind,
                        where=where,
                        event_id=event_id,
                        origin=path.name,
                        source="import",
                    )
                )
    return summary
