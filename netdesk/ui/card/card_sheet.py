"""Printable PDF sheets of business cards or name badges, drawn with Qt's QPdfWriter.

Geometry (paper, cell grid, cut lines) comes from ``netdesk.core.qr.badges``; this
module only draws. QR codes are vector rectangles, not images, so they stay
sharp at any printer resolution and no PDF viewer smooths their edges.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)

from netdesk.core.errors import NetdeskError
from netdesk.core.qr.badges import Cell, SheetGeometry, geometry
from netdesk.core.qr.image import QUIET_ZONE, QrCode, dark_runs
from netdesk.ui.runtime.qt_output import private_device

DPI = 600
_PAPER_IDS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
Entry = tuple[Mapping[str, Any], QrCode]


@dataclass(frozen=True)
class SheetOptions:
    layout: str = "cards"  # or "badges"
    paper: str = "a4"  # or "letter"
    cut_lines: bool = True
    fill_page: bool = True  # one profile: repeat it in every cell of the page


def qr_path(code: QrCode, rect: QRectF) -> QPainterPath:
    """The dark modules of ``code`` as one path of row runs in ``rect`` (quiet zone included)."""
    total = code.modules + 2 * QUIET_ZONE
    module = rect.width() / total
    path = QPainterPath()
    for y, x, length in dark_runs(code):
        path.addRect(QRectF(rect.x() + x * module, rect.y() + y * module, length * module, module))
    path.setFillRule(Qt.FillRule.WindingFill)
    return path


def render_sheet(
    entries: Sequence[Entry], out: Path, options: SheetOptions, *, control: Any = None
) -> int:
    """Write the PDF (all or nothing) and return its number of pages."""
    if QGuiApplication.instance() is None:
        with gui_application():
            return render_sheet(entries, out, options, control=control)
    grid = geometry(options.layout, options.paper)
    items = list(entries)
    if len(items) == 1 and options.fill_page:
        items = items * grid.per_page
    if not items:
        raise ValueError("a sheet needs at least one card")  # callers check their lists
    with private_device(Path(out)) as (device, temp):
        writer, painter = _pdf_writer(device, options), QPainter()
        if not painter.begin(writer):
            raise NetdeskError("file-unwritable", path=out, detail="cannot start the PDF")
        pages = _draw_sheet(painter, writer, items, grid, options, control)
        if control is not None and control.cancelled:
            temp.discard()
            return 0
    return pages


def _pdf_writer(device: QIODevice, options: SheetOptions) -> QPdfWriter:
    writer = QPdfWriter(device)
    writer.setResolution(DPI)
    writer.setTitle("netdesk " + options.layout)
    writer.setCreator("netdesk")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(_PAPER_IDS[options.paper]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    return writer


def _draw_sheet(
    painter: QPainter,
    writer: QPdfWriter,
    items: Sequence[Entry],
    grid: SheetGeometry,
    options: SheetOptions,
    control: Any,
) -> int:
    """Draw every cell, page after page, and end the painter; the number of pages."""
    pages = 1
    try:
        for index, (fields, code) in enumerate(items):
            if index and index % grid.per_page == 0:
                _draw_cut_lines(painter, grid, options)
                writer.newPage()
                pages += 1
            cell = _px_rect(grid.cell(index))
            if grid.layout == "cards":
                _draw_card(painter, cell, fields, code)
            else:
                _draw_badge(painter, cell, fields, code)
            if control is not None:
                control.progress(index + 1, len(items))
                if control.cancelled:
                    break
        _draw_cut_lines(painter, grid, options)
    finally:
        painter.end()
    return pages


@contextmanager
def gui_application() -> Iterator[None]:
    """A QGuiApplication for the fonts, made (and shut down) here when none runs yet.

    Writing a PDF never needs a screen, so a command-line run uses the offscreen
    platform; shutting down explicitly avoids Qt tearing down during interpreter exit.
    """
    if QGuiApplication.instance() is not None:
        yield
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(["netdesk"])
    try:
        yield
    finally:
        app.shutdown()


def _mm(value: float) -> float:
    return value * DPI / 25.4


def _px_rect(cell: Cell) -> QRectF:
    return QRectF(_mm(cell.x), _mm(cell.y), _mm(cell.width), _mm(cell.height))


def _draw_cut_lines(painter: QPainter, grid: SheetGeometry, options: SheetOptions) -> None:
    if not options.cut_lines:
        return
    pen = QPen(QColor(150, 150, 150))
    pen.setWidthF(_mm(0.15))
    painter.setPen(pen)
    overhang = min(grid.left, grid.top, 5.0)
    top, bottom = grid.cut_lines_y()[0], grid.cut_lines_y()[-1]
    left, right = grid.cut_lines_x()[0], grid.cut_lines_x()[-1]
    for x in grid.cut_lines_x():
        painter.drawLine(
            QPointF(_mm(x), _mm(top - overhang)), QPointF(_mm(x), _mm(bottom + overhang))
        )
    for y in grid.cut_lines_y():
        painter.drawLine(
            QPointF(_mm(left - overhang), _mm(y)), QPointF(_mm(right + overhang), _mm(y))
        )


def _font(size_mm: float, *, bold: bool = False) -> QFont:
    font = QFont()  # the system sans font; Qt falls back per script (CJK, Greek…)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPixelSize(max(1, round(_mm(size_mm))))
    font.setBold(bold)
    return font


def _fit_text(
    painter: QPainter,
    text: str,
    rect: QRectF,
    size_mm: float,
    *,
    bold: bool = False,
    lines: int = 1,
) -> float:
    """Draw ``text`` in ``rect`` at the largest size up to ``size_mm`` that fits.

    Returns the height used, so the caller can stack the next line under it.
    """
    if not text:
        return 0.0
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    wrap = flags | Qt.TextFlag.TextWordWrap
    size = size_mm
    while True:
        font = _font(size, bold=bold)
        metrics = QFontMetricsF(font)
        bounds = metrics.boundingRect(QRectF(0, 0, rect.width(), 1e6), wrap, text)
        fits = (
            bounds.width() <= rect.width() + 0.5
            and bounds.height() <= metrics.lineSpacing() * lines + 0.5
        )
        if fits or size <= 1.6:
            break
        size *= 0.92
    painter.setFont(font)
    box = QRectF(
        rect.x(), rect.y(), rect.width(), min(bounds.height(), metrics.lineSpacing() * lines)
    )
    if fits:
        painter.drawText(box, wrap, text)
    else:
        painter.drawText(
            box, flags, metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        )
    return box.height()


def _ink(painter: QPainter, grey: int = 0) -> None:
    painter.setPen(QColor(grey, grey, grey))


def _first(fields: Mapping[str, Any], key: str) -> str:
    value = fields.get(key)
    if isinstance(value, list | tuple):
        return str(value[0]) if value else ""
    return str(value or "")


def _draw_qr(painter: QPainter, code: QrCode, rect: QRectF) -> None:
    painter.fillRect(rect, QColor("white"))
    painter.fillPath(qr_path(code, rect), QColor("black"))


def _draw_card(painter: QPainter, cell: QRectF, fields: Mapping[str, Any], code: QrCode) -> None:
    """Business card: name, title, organisation and department left; the code right."""
    pad = _mm(4)
    # 38 mm with the quiet zone: about 0.5 mm a module even for the largest code we make,
    # which a phone reads at reading distance, and it leaves the text room to breathe.
    side = min(cell.height() - 2 * _mm(5), _mm(38))
    top = cell.y() + (cell.height() - side) / 2
    qr = QRectF(cell.right() - pad - side + _mm(2), top, side, side)
    text = QRectF(cell.x() + pad, cell.y() + pad + _mm(1), qr.x() - cell.x() - pad - _mm(1), 0)
    _ink(painter)
    y = text.y()
    y += _fit_text(
        painter,
        _first(fields, "name"),
        QRectF(text.x(), y, text.width(), 0),
        4.4,
        bold=True,
        lines=2,
    )
    y += _mm(1.5)
    _ink(painter, 60)
    for key in ("title", "organisation", "department"):
        y += _fit_text(
            painter, _first(fields, key), QRectF(text.x(), y, text.width(), 0), 2.8, lines=2
        )
        y += _mm(0.6)
    _ink(painter, 90)
    contact = [v for v in (_first(fields, "emails"), _first(fields, "phones")) if v]
    bottom = cell.bottom() - pad - _mm(2.6) * len(contact)
    for value in contact:
        bottom += _fit_text(painter, value, QRectF(text.x(), bottom, text.width(), 0), 2.3)
    _draw_qr(painter, code, qr)


def _draw_badge(painter: QPainter, cell: QRectF, fields: Mapping[str, Any], code: QrCode) -> None:
    """Name badge: the name large enough to read across a table, the code bottom right."""
    pad = _mm(5)
    width = cell.width() - 2 * pad
    _ink(painter)
    y = cell.y() + pad
    y += _fit_text(
        painter,
        _first(fields, "name"),
        QRectF(cell.x() + pad, y, width, 0),
        8.0,
        bold=True,
        lines=2,
    )
    y += _mm(1.5)
    side = cell.bottom() - pad - y - _mm(1)
    side = min(side, _mm(34))
    qr = QRectF(cell.right() - pad - side + _mm(2), cell.bottom() - pad - side + _mm(2), side, side)
    column = qr.x() - cell.x() - pad - _mm(1)
    _ink(painter, 40)
    y += _fit_text(
        painter, _first(fields, "organisation"), QRectF(cell.x() + pad, y, column, 0), 4.0, lines=2
    )
    y += _mm(1)
    _ink(painter, 80)
    for key in ("department", "title"):
        y += _fit_text(
            painter, _first(fields, key), QRectF(cell.x() + pad, y, column, 0), 3.0, lines=2
        )
    email = _first(fields, "emails")
    if email:
        _ink(painter, 90)
        _fit_text(
            painter, email, QRectF(cell.x() + pad, cell.bottom() - pad - _mm(3), column, 0), 2.6
        )
    _draw_qr(painter, code, qr)
