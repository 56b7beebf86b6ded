"""CSV contact lists in and out: attendee lists, Google, Outlook and LinkedIn exports.

Reading is forgiving where real files vary (encoding, delimiter, header names,
a preamble before the header, short rows) and strict where guessing would go
wrong: with no column that holds a name or an address, the file is refused
with the columns it did find, instead of importing rows of junk. Writing
neutralises cells a spreadsheet would run as formulas.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netdesk.core.errors import NetdeskError
from netdesk.core.formats.contact import Contact, build_contact, risk_of
from netdesk.core.model import ContactPoint

if TYPE_CHECKING:
    from _csv import _reader

MAX_BYTES = 50 * 1024 * 1024
DELIMITERS = ",;\t|"

# Header names as exporters write them, lower-cased and stripped of punctuation.
ALIASES: dict[str, tuple[str, ...]] = {
    "full_name": ("name", "full name", "fullname", "display name", "naam", "volledige naam",
                  "attendee", "attendee name", "contact", "contact name"),
    "given_name": ("first name", "given name", "firstname", "voornaam", "first"),
    "family_name": ("last name", "family name", "surname", "lastname", "achternaam", "last"),
    "organisation": ("organisation", "organization", "company", "organisatie", "bedrijf",
                     "organization 1 name", "employer", "org"),
    "department": ("department", "afdeling", "organization 1 department", "team"),
    "title": ("title", "job title", "position", "functie", "role", "organization 1 title"),
    "email": ("email", "e mail", "email address", "e mail address", "e mail 1 value",
              "mail", "emailadres", "work email", "e mail 2 address", "e mail 3 address"),
    "phone": ("phone", "telephone", "mobile", "mobile phone", "business phone", "home phone",
              "phone 1 value", "telefoon", "mobiel", "phone number", "tel"),
    "url": ("url", "website", "web page", "linkedin", "linkedin url", "profile url",
            "website 1 value", "homepage"),
    "notes": ("notes", "note", "opmerkingen", "notities", "comments"),
}  # fmt: skip
_LOOKUP = {alias: field for field, aliases in ALIASES.items() for alias in aliases}


@dataclass(frozen=True)
class CsvProblem:
    row: int  # 1-based line number in the file
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.reason}"


@dataclass(frozen=True)
class CsvResult:
    contacts: list[tuple[int, Contact]]  # (row number, contact)
    problems: list[CsvProblem]
    columns: dict[str, str]  # our field -> the header it came from
    delimiter: str
    encoding: str


def _key(header: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", header.lower()).split())


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was in: UTF-8 (with or without BOM), UTF-16, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "windows-1252"


# The csv module refuses a cell longer than its field size limit (128 KB by default).
_CELL_KB = csv.field_size_limit() // 1024
_LONG_CELL = "a cell is longer than {limit} KB (often a quote that is never closed); {left}"

# A header must name someone: a line that only says "Notes:" is a preamble.
_IDENTIFYING = {"full_name", "given_name", "family_name", "email"}


def _header_line(lines: list[str], delimiter: str) -> int | None:
    """Index of the first line that names a person column (skips preambles)."""
    for index, line in enumerate(lines[:20]):
        try:
            cells = next(csv.reader([line], delimiter=delimiter), [])
        except csv.Error:  # a cell longer than the csv module allows: not a header
            continue
        if any(_LOOKUP.get(_key(cell)) in _IDENTIFYING for cell in cells):
            return index
    return None


def _sniff(lines: list[str]) -> tuple[str, int] | None:
    """The delimiter that yields a recognisable header with the most columns."""
    best: tuple[int, str, int] | None = None
    for delimiter in DELIMITERS:
        index = _header_line(lines, delimiter)
        if index is None:
            continue
        cells = next(csv.reader([lines[index]], delimiter=delimiter))
        known = sum(_key(cell) in _LOOKUP for cell in cells)
        if best is None or known > best[0]:
            best = (known, delimiter, index)
    return (best[1], best[2]) if best else None


def parse(data: bytes, *, source: str = "CSV") -> CsvResult:
    """Contacts from a CSV file's bytes; rows that cannot be used are reported, not fatal."""
    if len(data) > MAX_BYTES:
        raise NetdeskError("csv-too-big", path=source, limit=MAX_BYTES // (1024 * 1024))
    text, encoding = decode(data)
    lines = text.splitlines()
    found = _sniff(lines)
    if found is None:
        first = lines[0][:120] if lines else ""
        raise NetdeskError("csv-no-header", path=source, first=first)
    delimiter, header_index = found
    reader = csv.reader(io.StringIO("\n".join(lines[header_index:])), delimiter=delimiter)
    try:
        header = next(reader)
    except csv.Error:  # the header's quote is never closed and swallows the file
        raise NetdeskError("csv-no-header", path=source, first=lines[header_index][:120]) from None
    mapping = _map_columns(header)
    contacts: list[tuple[int, Contact]] = []
    problems: list[CsvProblem] = []
    for row, cells in _rows(reader, header_index, problems):
        if not any(cell.strip() for cell in cells):
            continue
        contact = _contact(cells, mapping)
        problems += [CsvProblem(row, dropped) for dropped in contact.dropped]
        if contact.is_empty():
            problems.append(CsvProblem(row, "no name, address, phone or link"))
            continue
        contacts.append((row, contact))
    columns = {field: header[index] for index, field in mapping}
    return CsvResult(contacts, problems, columns, delimiter, encoding)


def _rows(
    reader: _reader, header_index: int, problems: list[CsvProblem]
) -> Iterator[tuple[int, list[str]]]:
    """Each row with the file line it starts on. A cell too long for the csv module (often a
    quote that is never closed, swallowing the lines after it) costs those lines, reported
    with their numbers, not the whole file: the other rows of an attendee list still count."""
    while True:
        first = reader.line_num + header_index + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error:
            last = reader.line_num + header_index
            left = (
                f"line {first} was left out"
                if last <= first
                else f"lines {first}–{last} were left out"
            )
            problems.append(CsvProblem(first, _LONG_CELL.format(limit=_CELL_KB, left=left)))
            continue
        yield first, cells


def _map_columns(header: Sequence[str]) -> list[tuple[int, str]]:
    mapping = []
    taken: set[str] = set()
    for index, cell in enumerate(header):
        field = _LOOKUP.get(_key(cell))
        # Several email/phone/url columns all count; a second name column does not.
        if field and (field in ("email", "phone", "url") or field not in taken):
            mapping.append((index, field))
            taken.add(field)
    return mapping


def _contact(cells: Sequence[str], mapping: list[tuple[int, str]]) -> Contact:
    values: dict[str, str] = {}
    points: list[ContactPoint] = []
    for index, field in mapping:
        cell = cells[index].strip() if index < len(cells) else ""
        if not cell:
            continue
        if field in ("email", "phone", "url"):
            # Google writes several values in one cell separated by " ::: ".
            points += [ContactPoint(field, part.strip()) for part in cell.split(":::")]
        else:
            values[field] = cell
    return build_contact(points=points, **values)


HEADER = ("Name", "Given name", "Family name", "Organisation", "Department", "Title", "Email",
          "Phone", "URL", "Tags", "Internal", "Notes")  # fmt: skip


def safe_cell(value: str) -> str:
    """A cell a spreadsheet shows as text: formulas get a leading apostrophe."""
    return "'" + value if value and risk_of(value) == "formula" else value


def write(rows: Iterable[Sequence[str]], out: io.TextIOBase) -> int:
    """Write :data:`HEADER` and ``rows`` as UTF-8 CSV (comma, quoted as needed); returns count."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    count = 0
    for row in rows:
        writer.writerow([safe_cell(str(cell)) for cell in row])
        count += 1
    return count
