"""PDF sheets rendered back to pixels with QtPdf, and every code on the page decoded."""

from __future__ import annotations

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from netdesk.core.qr.badges import attendee_cards, geometry
from netdesk.core.qr.payload import card_code
from netdesk.ui.card.card_sheet import SheetOptions, render_sheet

NAMES = ["José Ørsted", "王小明", "Zoë O'Brien-Smith", "Anna Kowalska", "Jan van der Berg"]


def to_pil(image: QImage) -> Image.Image:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    raw = bytes(gray.constBits())
    return Image.frombytes("L", (gray.width(), gray.height()), raw, "raw", "L", gray.bytesPerLine())


def render_page(path, page: int = 0, dpi: int = 150) -> tuple[int, Image.Image]:
    document = QPdfDocument(None)
    assert document.load(str(path)) == QPdfDocument.Error.None_
    points = document.pagePointSize(page)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    # Pages render with a transparent background: lay them on white paper.
    paper = QImage(size, QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, document.render(page, size))
    painter.end()
    image = to_pil(paper)
    count = document.pageCount()
    document.close()
    return count, image


@pytest.fixture
def attendees(tmp_path):
    path = tmp_path / "attendees.csv"
    rows = [
        f"{NAMES[i % 5]} {i},Org; {i % 4},person{i}@example.org" if i >= 5 else
        f"{NAMES[i]},Waterschap Rijn en IJssel,person{i}@example.org"
        for i in range(11)
    ]  # fmt: skip
    path.write_text("name,organisation,email\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_badge_sheet_codes_decode_from_the_rendered_page(qtbot, tmp_path, attendees):
    entries = attendee_cards(attendees)
    out = tmp_path / "badges.pdf"
    pages = render_sheet(entries, out, SheetOptions(layout="badges", paper="a4"))
    grid = geometry("badges", "a4")
    assert pages == 2 == -(-len(entries) // grid.per_page)
    count, page = render_page(out)
    assert count == 2
    found = zxingcpp.read_barcodes(page)
    expected = {code.payload.replace("\r\n", "\n") for _, code in entries[: grid.per_page]}
    assert {b.text.replace("\r\n", "\n") for b in found} == expected
    # The second page holds the rest.
    _, second = render_page(out, 1)
    assert len(zxingcpp.read_barcodes(second)) == len(entries) - grid.per_page


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_card_sheet_fills_the_page_with_one_profile(qtbot, tmp_path, paper):
    fields = {"name": "Zoë O'Brien-Smith", "title": "Engineer", "organisation": "Acme; Co"}
    out = tmp_path / "cards.pdf"
    assert render_sheet([(fields, card_code(fields))], out, SheetOptions(paper=paper)) == 1
    _, page = render_page(out)
    found = zxingcpp.read_barcodes(page)
    assert len(found) == geometry("cards", paper).per_page
    assert {b.text for b in found} == {card_code(fields).payload}


def test_cut_lines_fall_on_the_cell_edges(qtbot, tmp_path):
    fields = {"name": "Sam Lee"}
    out = tmp_path / "cards.pdf"
    render_sheet([(fields, card_code(fields))], out, SheetOptions(layout="cards"))
    dpi = 150
    _, page = render_page(out, dpi=dpi)
    grid = geometry("cards", "a4")
    # Just outside the grid, in the margin, only the cut line marks have ink.
    y = round((grid.top - 2) * dpi / 25.4)
    for x_mm in grid.cut_lines_x():
        x = round(x_mm * dpi / 25.4)
        assert min(page.getpixel((px, y)) for px in range(x - 2, x + 3)) < 200
    between = round((grid.left + grid.cell_width / 2) * dpi / 25.4)
    assert page.getpixel((between, y)) == 255


def test_cancelled_sheet_leaves_no_file(qtbot, tmp_path, attendees):
    class Control:
        cancelled = True

        def progress(self, done, total):
            pass

    out = tmp_path / "badges.pdf"
    entries = attendee_cards(attendees)
    assert render_sheet(entries, out, SheetOptions(layout="badges"), control=Control()) == 0
    assert list(tmp_path.glob("badges.pdf*")) == []
