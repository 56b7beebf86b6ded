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
from netdesk.core.formats.contact import Contact, build_contact, risk_of, salvaged
from netdesk.core.model import ContactPoint

if TYPE_CHECKING:
    from _csv import _reader

MAX_BYTES = 50 * 1024 * 1024
DELIMITERS = ",;\t|"

# What a column can hold; "" is a column left out.
FIELDS = ("full_name", "given_name", "family_name", "organisation", "department", "title",
          "email", "phone", "url", "notes")  # fmt: skip
IGNORED = ""
# Fields a person can have several of: every column mapped to one counts.
MULTI = ("email", "phone", "url")

# Header names as exporters write them, lower-cased and stripped of punctuation; for a
# field one person has once, an earlier alias beats a later one (Outlook's "Job Title" is
# the job, its "Title" the honorific "Mr.").
ALIASES: dict[str, tuple[str, ...]] = {
    "full_name": ("name", "full name", "fullname", "display name", "formatted name", "naam",
                  "volledige naam", "attendee", "attendee name", "contact", "contact name",
                  "deelnemer", "participant", "participant name"),
    "given_name": ("first name", "given name", "firstname", "voornaam", "first"),
    "family_name": ("last name", "family name", "surname", "lastname", "achternaam", "last"),
    "organisation": ("organisation", "organization", "company", "organization name",
                     "organization 1 name", "organisatie", "bedrijf", "employer", "org"),
    "department": ("department", "organization department", "organization 1 department",
                   "afdeling", "team"),
    "title": ("job title", "position", "organization title", "organization 1 title",
              "functie", "title", "role"),
    "email": ("email", "e mail", "email address", "e mail address", "e mail 1 value",
              "e mail 2 value", "e mail 3 value", "mail", "emailadres", "work email",
              "primary email", "secondary email", "e mail 2 address", "e mail 3 address"),
    "phone": ("phone", "telephone", "mobile", "mobile phone", "business phone", "home phone",
              "business phone 2", "home phone 2", "other phone", "primary phone",
              "company main phone", "work phone", "mobile number", "phone 1 value",
              "phone 2 value", "phone 3 value", "telefoon", "mobiel", "phone number", "tel"),
    "url": ("url", "website", "web page", "web page 1", "web page 2", "linkedin",
            "linkedin url", "profile url", "website 1 value", "homepage"),
    "notes": ("notes", "note", "opmerkingen", "opmerking", "notities", "comments"),
}  # fmt: skip
_LOOKUP = {alias: field for field, aliases in ALIASES.items() for alias in aliases}
_RANK = {alias: rank for aliases in ALIASES.values() for rank, alias in enumerate(aliases)}
# A header names a column that can show who someone is: a line that only says "Notes:"
# is a preamble.
_IDENTIFYING = {"full_name", "given_name", "family_name", "email", "organisation", "phone"}
# Headerless files: what a cell looks like.
_EMAIL_CELL = re.compile(r"^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]{2,}$")
_PHONE_CELL = re.compile(r"^\+?[\d\s()./\-]{6,}$")
_URL_CELL = re.compile(r"^(https?://|www\.)\S+$", re.IGNORECASE)
# How many rows are looked at to tell columns apart, and to choose a delimiter.
_SAMPLE = 50


@dataclass(frozen=True)
class CsvProblem:
    row: int  # 1-based line number in the file
    reason: str
    # The whole row was left out (not only one of its values).
    whole: bool = False

    def __str__(self) -> str:
        return f"row {self.row}: {self.reason}"


@dataclass(frozen=True)
class CsvTable:
    """A CSV file's cells, before any column has a meaning."""

    header: tuple[str, ...] | None  # None: the file has no header line
    rows: list[tuple[int, list[str]]]  # (file line, cells)
    problems: list[CsvProblem]
    delimiter: str
    encoding: str

    @property
    def width(self) -> int:
        widths = [len(cells) for _, cells in self.rows[:_SAMPLE]]
        return max([len(self.header or ()), *widths])

    @property
    def header_key(self) -> str:
        """The header, normalised: what a remembered mapping is filed under."""
        if self.header is None:
            return f"(no header) {self.width}"
        return "|".join(field_key(cell) for cell in self.header)


@dataclass(frozen=True)
class CsvResult:
    contacts: list[tuple[int, Contact]]  # (row number, contact)
    problems: list[CsvProblem]
    columns: dict[str, str]  # our field -> the header it came from
    delimiter: str
    encoding: str


def field_key(header: str) -> str:
    """A heading as compared: lower case, punctuation as spaces."""
    return " ".join(re.sub(r"[^\w]+", " ", header.lower()).split())


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was in: UTF-8 (with or without BOM), UTF-16, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "windows-1252"


# The csv module refuses a cell longer than its field size limit (128 KB by default).
_CELL_KB = csv.field_size_limit() // 1024
_UNCLOSED = "a quote opened on this row is never closed; the row was left out"
_LONG_CELL = "a cell is longer than {limit} KB (often a quote that is never closed); {left}"


def field_of(header: str) -> str:
    """The field a column heading names, or "" when it names none we keep."""
    key = field_key(header)
    found = _LOOKUP.get(key)
    if found:
        return found
    words = set(key.split())
    if words & {"type", "label", "fax", "yomi"}:
        return IGNORED  # Google's "E-mail 1 - Type", Outlook's "Business Fax"
    if words & {"email", "mail"} or "e mail" in key:
        return "email"
    if words & {"phone", "mobile", "telephone"}:
        return "phone"
    if words & {"website", "homepage", "url"}:
        return "url"
    return IGNORED


def _header_line(lines: list[str], delimiter: str) -> int | None:
    """Index of the first line that names a person column (skips preambles)."""
    for index, line in enumerate(lines[:20]):
        try:
            cells = next(csv.reader([line], delimiter=delimiter), [])
        except csv.Error:  # a cell longer than the csv module allows: not a header
            continue
        if any(_LOOKUP.get(field_key(cell)) in _IDENTIFYING for cell in cells):
            return index
    return None


def _sniff(lines: list[str]) -> tuple[str, int | None]:
    """The delimiter, and the header's line (None: no header): the delimiter that yields a
    recognisable header with the most known columns, else the one that splits the first
    lines into the same number of cells (most cells wins)."""
    best: tuple[int, str, int] | None = None
    for delimiter in DELIMITERS:
        index = _header_line(lines, delimiter)
        if index is None:
            continue
        cells = next(csv.reader([lines[index]], delimiter=delimiter))
        known = sum(field_key(cell) in _LOOKUP for cell in cells)
        if best is None or known > best[0]:
            best = (known, delimiter, index)
    if best is not None:
        return best[1], best[2]
    sample = [line for line in lines[:_SAMPLE] if line.strip()]
    choice, width = ",", 1
    for delimiter in DELIMITERS:
        try:
            counts = [len(cells) for cells in csv.reader(sample, delimiter=delimiter)]
        except csv.Error:
            continue
        steady = counts and min(counts) == max(counts)
        if steady and counts[0] > width:
            choice, width = delimiter, counts[0]
    return choice, None


def read_table(data: bytes, *, source: str = "CSV") -> CsvTable:
    """The cells of a CSV file: encoding, delimiter and header line found by looking."""
    if len(data) > MAX_BYTES:
        raise NetdeskError("csv-too-big", path=source, limit=MAX_BYTES // (1024 * 1024))
    text, encoding = decode(data)
    lines = text.splitlines()
    delimiter, header_index = _sniff(lines)
    start = header_index or 0
    reader = csv.reader(io.StringIO("\n".join(lines[start:])), delimiter=delimiter)
    problems: list[CsvProblem] = []
    header: tuple[str, ...] | None = None
    if header_index is not None:
        try:
            header = tuple(next(reader))
        except csv.Error:  # the header's quote is never closed and swallows the file
            raise NetdeskError("csv-no-header", path=source, first=lines[start][:120]) from None
    rows = [(row, cells) for row, cells in _rows(reader, start, problems) if any(cells)]
    if header is None and rows and _looks_like_header(rows):
        # A heading we do not know ("Naam deelnemer;Mail"): its cells are no data.
        header = tuple(rows.pop(0)[1])
    return CsvTable(header, rows, problems, delimiter, encoding)


def _looks_like_header(rows: list[tuple[int, list[str]]]) -> bool:
    """The first row holds no address or number where the rows below it do."""
    kinds = _content_kinds(rows[1:])
    first = rows[0][1]
    return any(
        kind and index < len(first) and _cell_kind(first[index]) != kind
        for index, kind in enumerate(kinds)
    )


def _cell_kind(cell: str) -> str:
    cell = cell.strip()
    if _EMAIL_CELL.match(cell):
        return "email"
    if _URL_CELL.match(cell) or "linkedin.com/" in cell.lower():
        return "url"
    if _PHONE_CELL.match(cell) and sum(ch.isdigit() for ch in cell) >= 6:
        return "phone"
    return "text" if cell else ""


def _content_kinds(rows: list[tuple[int, list[str]]]) -> list[str]:
    """Per column, "email", "phone" or "url" when most of its filled cells are one, else ""."""
    width = max((len(cells) for _, cells in rows[:_SAMPLE]), default=0)
    kinds = []
    for index in range(width):
        seen = [_cell_kind(cells[index]) for _, cells in rows[:_SAMPLE] if index < len(cells)]
        filled = [kind for kind in seen if kind]
        top = max(set(filled), key=filled.count) if filled else ""
        share = filled.count(top) / len(filled) if filled else 0
        kinds.append(top if top in MULTI and share >= 0.6 else "")
    return kinds


def guess_mapping(table: CsvTable) -> tuple[str, ...]:
    """A field (or "") per column: from the header's names, else from what the cells hold."""
    if table.header is not None:
        mapping = _map_columns(table.header)
        if any(field in _IDENTIFYING for field in mapping) or not table.rows:
            return _name_by_content(table, mapping)
    kinds = _content_kinds(table.rows)
    width = max(table.width, len(kinds))
    mapping = [kinds[index] if index < len(kinds) else IGNORED for index in range(width)]
    if not any(mapping):
        return tuple(mapping)  # names alone, without a header: the user says which is which
    texts = [
        index
        for index in range(width)
        if not mapping[index]
        and any(index < len(c) and _cell_kind(c[index]) == "text" for _, c in table.rows[:_SAMPLE])
    ]
    single = all(
        len(cells[index].split()) <= 1
        for _, cells in table.rows[:_SAMPLE]
        for index in texts[:2]
        if index < len(cells)
    )
    names = ("given_name", "family_name") if single else ("full_name",)
    names += ("organisation",)
    for index, field in zip(texts, names, strict=False):
        mapping[index] = field
    return tuple(mapping)


def _name_by_content(table: CsvTable, mapping: tuple[str, ...]) -> tuple[str, ...]:
    """A header that names addresses but no name ("Deelnemer", "Wie"): the first column
    left out whose cells read as names (words, no digits or @) holds them."""
    if {"full_name", "given_name", "family_name"} & set(mapping):
        return mapping
    sample = [cells for _line, cells in table.rows[:_SAMPLE]]
    for index, field in enumerate(mapping):
        cells = [c[index].strip() for c in sample if index < len(c) and c[index].strip()]
        if field or not cells:
            continue
        names = [c for c in cells if _cell_kind(c) == "text" and not re.search(r"[\d@]", c)]
        if (
            len(names) >= 0.8 * len(cells)
            and sum(len(c.split()) > 1 for c in names) >= len(names) / 2
        ):
            return (*mapping[:index], "full_name", *mapping[index + 1 :])
    return mapping


def _map_columns(header: Sequence[str]) -> tuple[str, ...]:
    """Each heading's field; a field a person has once goes to its best-named column."""
    fields = [field_of(cell) for cell in header]
    best: dict[str, int] = {}
    for index, field in enumerate(fields):
        if not field or field in MULTI:
            continue
        rank = _RANK.get(field_key(header[index]), 99)
        if field not in best or rank < _RANK.get(field_key(header[best[field]]), 99):
            best[field] = index
    return tuple(
        field if field in MULTI or best.get(field) == index else IGNORED
        for index, field in enumerate(fields)
    )


def parse(data: bytes, *, source: str = "CSV", mapping: Sequence[str] | None = None) -> CsvResult:
    """Contacts from a CSV file's bytes; rows that cannot be used are reported, not fatal.
    ``mapping``: the field of each column (see :func:`guess_mapping`), else guessed."""
    table = read_table(data, source=source)
    return contacts_of(table, mapping or guess_mapping(table), source=source)


def contacts_of(table: CsvTable, mapping: Sequence[str], *, source: str = "CSV") -> CsvResult:
    """The table's rows as contacts, each column read as ``mapping`` says."""
    used = [(index, field) for index, field in enumerate(mapping) if field in FIELDS]
    if not any(field in _IDENTIFYING for _, field in used):
        first = ",".join(table.header) if table.header else ""
        if not first and table.rows:
            first = table.delimiter.join(table.rows[0][1])
        raise NetdeskError("csv-no-header", path=source, first=first[:120])
    contacts: list[tuple[int, Contact]] = []
    problems = list(table.problems)
    for row, cells in table.rows:
        if not any(cell.strip() for cell in cells):
            continue
        if any("\n" in cells[i] for i, field in used if i < len(cells) and field != "notes"):
            # A quote opened and never closed runs on over the lines after it.
            problems.append(CsvProblem(row, _UNCLOSED, whole=True))
            continue
        contact = _contact(cells, used)
        problems += [CsvProblem(row, dropped) for dropped in contact.dropped]
        if contact.is_empty():
            problems.append(
                CsvProblem(row, "no name, organisation, address, phone or link", whole=True)
            )
            continue
        contacts.append((row, salvaged(contact)))
    header = table.header or ()
    columns = {
        field: header[index] if index < len(header) else f"#{index + 1}" for index, field in used
    }
    return CsvResult(contacts, problems, columns, table.delimiter, table.encoding)


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
            problems.append(
                CsvProblem(first, _LONG_CELL.format(limit=_CELL_KB, left=left), whole=True)
            )
            continue
        yield first, cells


def _contact(cells: Sequence[str], used: list[tuple[int, str]]) -> Contact:
    values: dict[str, str] = {}
    points: list[ContactPoint] = []
    for index, field in used:
        cell = cells[index].strip() if index < len(cells) else ""
        if not cell:
            continue
        if field in MULTI:
            # Google writes several values in one cell separated by " ::: ".
            points += [ContactPoint(field, part.strip()) for part in cell.split(":::")]
        elif field in values:
            values[field] += " " + cell  # two columns mapped to one field: both kept
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
