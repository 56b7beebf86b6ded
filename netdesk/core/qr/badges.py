"""Printable sheets without Qt: paper and cell geometry, and attendee lists for badges.

The drawing itself needs Qt's PDF writer and lives in ``netdesk.ui.card.card_sheet``;
everything that can be decided with plain numbers is here, so the CLI and the
tests can check the layout (nothing off the page, cells that tile exactly)
without a display.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netdesk.core.errors import NetdeskError
from netdesk.core.files.inputfiles import MB, read_input
from netdesk.core.qr.image import QrCode
from netdesk.core.qr.payload import card_code

# Millimetres, portrait.
PAPERS = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
LAYOUTS = ("cards", "badges")

# Cell size per layout and paper: ISO/EU business cards on A4, US cards on Letter
# (85×55 five high would leave Letter 2 mm of bottom margin, less than printers keep).
_CELLS = {
    ("cards", "a4"): (85.0, 55.0),
    ("cards", "letter"): (88.9, 50.8),
    ("badges", "a4"): (90.0, 65.0),
    ("badges", "letter"): (90.0, 65.0),
}
MIN_MARGIN_MM = 6.0  # the unprintable edge of common office printers is 4–5 mm


@dataclass(frozen=True)
class Cell:
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class SheetGeometry:
    """Cells tile a centred grid with no gutter, so one cut along each line frees them all."""

    paper: str
    layout: str
    page_width: float
    page_height: float
    cell_width: float
    cell_height: float
    columns: int
    rows: int

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def left(self) -> float:
        return (self.page_width - self.columns * self.cell_width) / 2

    @property
    def top(self) -> float:
        return (self.page_height - self.rows * self.cell_height) / 2

    def cell(self, index: int) -> Cell:
        """The cell at ``index`` on its page (row by row)."""
        row, column = divmod(index % self.per_page, self.columns)
        return Cell(
            self.left + column * self.cell_width,
            self.top + row * self.cell_height,
            self.cell_width,
            self.cell_height,
        )

    def cut_lines_x(self) -> list[float]:
        return [self.left + i * self.cell_width for i in range(self.columns + 1)]

    def cut_lines_y(self) -> list[float]:
        return [self.top + i * self.cell_height for i in range(self.rows + 1)]


def geometry(layout: str, paper: str) -> SheetGeometry:
    if paper not in PAPERS:
        raise NetdeskError("bad-kind", value=paper, what="paper size", choices=", ".join(PAPERS))
    if layout not in LAYOUTS:
        raise NetdeskError(
            "bad-kind", value=layout, what="sheet layout", choices=", ".join(LAYOUTS)
        )
    page_w, page_h = PAPERS[paper]
    cell_w, cell_h = _CELLS[(layout, paper)]
    columns = int((page_w - 2 * MIN_MARGIN_MM) // cell_w)
    rows = int((page_h - 2 * MIN_MARGIN_MM) // cell_h)
    return SheetGeometry(paper, layout, page_w, page_h, cell_w, cell_h, columns, rows)


# -- attendee lists -------------------------------------------------------------

# Header spellings seen in event tools' exports, lower-cased, mapped to card fields.
_HEADERS = {
    "name": "name",
    "full name": "name",
    "fullname": "name",
    "attendee": "name",
    "naam": "name",
    "organisation": "organisation",
    "organization": "organisation",
    "org": "organisation",
    "company": "organisation",
    "department": "department",
    "title": "title",
    "job title": "title",
    "role": "title",
    "email": "emails",
    "e-mail": "emails",
    "email address": "emails",
    "phone": "phones",
    "telephone": "phones",
    "mobile": "phones",
}


# Tens of thousands of badges: more would be a sheet nobody prints.
MAX_ATTENDEE_BYTES = 5 * MB


def read_attendees(path: Path) -> list[dict[str, Any]]:
    """Card fields per attendee from a CSV with a header row (comma, semicolon or tab)."""
    raw = read_input(path, MAX_ATTENDEE_BYTES, too_big="csv-too-big")
    text = raw.decode("utf-8-sig", errors="replace")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = next(reader, [])
    keys = [_HEADERS.get(h.strip().lower()) for h in header]
    if "name" not in keys:
        raise NetdeskError("csv-no-name", path=path)
    people: list[dict[str, Any]] = []
    for row in reader:
        fields: dict[str, Any] = {}
        for key, value in zip(keys, row, strict=False):
            value = value.strip()
            if not key or not value:
                continue
            if key in ("emails", "phones"):
                fields.setdefault(key, []).append(value)
            else:
                fields.setdefault(key, value)
        if fields.get("name"):
            people.append(fields)
    return people


def attendee_cards(path: Path, *, fmt: str = "vcard") -> list[tuple[dict[str, Any], QrCode]]:
    """Each attendee with the QR code of their own card (name, organisation, email…)."""
    people = read_attendees(path)
    if not people:
        raise NetdeskError("sheet-empty", path=path)
    return list(_codes(people, fmt))


def _codes(people: list[dict[str, Any]], fmt: str) -> Iterator[tuple[dict[str, Any], QrCode]]:
    for fields in people:
        yield fields, card_code(fields, fmt)
