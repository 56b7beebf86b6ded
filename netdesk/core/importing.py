"""Import contact files (vCard, MECARD lines, CSV) into people, all or nothing.

The same reader and the same matching as scanning: a contact that matches
someone known fills only their empty fields and reports what differed. Lines
that cannot be used are reported with their place; a file that cannot be read
at all stops the whole import before anything is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from netdesk.core.errors import NetdeskError
from netdesk.core.formats import csvfile
from netdesk.core.formats.contact import Contact
from netdesk.core.formats.payloads import classify
from netdesk.core.formats.vcard import decode_bytes, looks_like_vcard, read_vcards
from netdesk.core.scanning import ScanSummary, take_contact

if TYPE_CHECKING:
    from netdesk.core.store import Store

FORMATS = ("auto", "vcard", "mecard", "csv")
MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Parsed:
    """One file read: contacts with where each came from, and the lines that were skipped."""

    contacts: list[tuple[str, str, Contact]]  # (where, kind, contact)
    problems: list[dict[str, str]]


def detect_format(path: Path, text: str) -> str:
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
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise NetdeskError("import-too-big", path=path.name, limit=MAX_FILE_BYTES >> 20)
        data = path.read_bytes()
    except FileNotFoundError:
        raise NetdeskError("file-missing", path=path) from None
    except (IsADirectoryError, PermissionError):
        raise NetdeskError("file-unreadable", path=path) from None
    text = decode_bytes(data)
    if fmt == "auto":
        fmt = detect_format(path, text)
    if fmt == "csv":
        result = csvfile.parse(data, source=path.name)
        return Parsed(
            [(f"{path.name}, row {row}", "csv", contact) for row, contact in result.contacts],
            [{"where": f"{path.name}, row {p.row}", "reason": p.reason} for p in result.problems],
        )
    if fmt == "vcard":
        if not looks_like_vcard(text) and "BEGIN:VCARD" not in text.upper():
            raise NetdeskError("import-not-format", path=path.name, format="vCard")
        found = read_vcards(text)
        contacts = [
            (f"{path.name}, line {line}", "vcard", card)
            for line, card in zip(found.starts, found.cards, strict=True)
        ]
        problems = [
            {
                "where": f"{path.name}, "
                + (f"card {p.card}, " if p.card else "")
                + f"line {p.line}",
                "reason": p.reason,
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
        where = f"{path.name}, line {number}"
        if payload.reason is not None:
            problems.append({"where": where, "reason": str(payload.reason)})
        contacts += [(where, payload.kind, c) for c in payload.contacts]
    return Parsed(contacts, problems)


def import_files(
    store: Store, paths: Sequence[Path | str], *, event_id: int | None = None, fmt: str = "auto"
) -> ScanSummary:
    """Every file read first, then everything written in one transaction: all or nothing."""
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
