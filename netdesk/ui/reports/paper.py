"""A sheet of A4 to write on from top to bottom: headings, wrapped text, key figures and
bar charts, onto a PDF (QPdfWriter) or onto page images for the screen and the tests.

Everything is measured in millimetres and turned into the device's pixels here, so one
drawing serves a 300 dpi PDF and a 96 dpi preview alike. Colours are fixed: paper is
printed, it does not follow the window's palette.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from netdesk.core.errors import NetdeskError
from netdesk.ui.runtime.qt_output import private_device

A4_MM = QSizeF(210, 297)
MARGIN_MM = 16.0
PDF_DPI = 300
INK = QColor(30, 30, 30)
MUTED = QColor(110, 110, 110)
RULE = QColor(200, 200, 200)
ACCENT = QColor(31, 100, 160)
# Series colours that stay apart in print and for most colour-blind readers.
SERIES = (
    QColor(31, 119, 180), QColor(255, 127, 14), QColor(44, 160, 44), QColor(214, 39, 40),
    QColor(148, 103, 189), QColor(140, 86, 75), QColor(227, 119, 194), QColor(127, 127, 127),
)  # fmt: skip

Draw = Callable[["Paper"], None]


@dataclass(frozen=True)
class Series:
    label: str
    values: tuple[int, ...]
    color: QColor


class Paper:
    """Writes down the page; a block that does not fit starts the next page."""

    def __init__(
        self, painter: QPainter, dpi: float, next_page: Callable[[QPainter], None]
    ) -> None:
        self.painter = painter
        self._scale = dpi / 25.4
        self._next_page = next_page
        self.pages = 1
        self.left = self.mm(MARGIN_MM)
        self.width = self.mm(A4_MM.width() - 2 * MARGIN_MM)
        self.bottom = self.mm(A4_MM.height() - MARGIN_MM)
        self.y = self.mm(MARGIN_MM)
        self.footer = ""

    def mm(self, value: float) -> float:
        return value * self._scale

    def font(self, size_mm: float, *, bold: bool = False) -> QFont:
        font = QFont()
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPixelSize(max(1, round(self.mm(size_mm))))
        font.setBold(bold)
        return font

    # -- pages -------------------------------------------------------------------------------

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` (pixels) still fits on this one."""
        if self.y + height > self.bottom and self.y > self.mm(MARGIN_MM) + 1:
            self.new_page()

    def new_page(self) -> None:
        self._draw_footer()
        self._next_page(self.painter)
        self.pages += 1
        self.y = self.mm(MARGIN_MM)

    def finish(self) -> None:
        self._draw_footer()

    def _draw_footer(self) -> None:
        if not self.footer:
            return
        self.painter.setFont(self.font(2.6))
        self.painter.setPen(MUTED)
        rect = QRectF(self.left, self.bottom + self.mm(4), self.width, self.mm(5))
        self.painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, self.footer)
        self.painter.drawText(rect, Qt.AlignmentFlag.AlignRight, str(self.pages))

    # -- text --------------------------------------------------------------------------------

    def text(
        self,
        text: str,
        *,
        size: float = 3.5,
        bold: bool = False,
        color: QColor = INK,
        indent: float = 0.0,
        after: float = 1.2,
    ) -> None:
        """A paragraph, wrapped to the width (less ``indent`` millimetres)."""
        if not text:
            return
        font = self.font(size, bold=bold)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        width = self.width - self.mm(indent)
        bounds = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e7), flags, text)
        self.ensure(bounds.height())
        self.painter.setFont(font)
        self.painter.setPen(color)
        self.painter.drawText(
            QRectF(self.left + self.mm(indent), self.y, width, bounds.height() + 2), flags, text
        )
        self.y += bounds.height() + self.mm(after)

    def title(self, text: str, subtitle: str = "") -> None:
        self.text(text, size=7.0, bold=True, after=1.5)
        self.text(subtitle, size=3.8, color=MUTED, after=2.0)
        self.rule()

    def heading(self, text: str) -> None:
        # Keep a heading with at least a few lines of what follows it.
        self.ensure(self.mm(22))
        self.space(3.0)
        self.text(text, size=4.6, bold=True, color=ACCENT, after=1.8)

    def bullet(self, text: str, detail: str = "", *, indent: float = 0.0) -> None:
        self.text("•  " + text, indent=indent, after=0.4 if detail else 1.2)
        if detail:
            self.text(detail, size=3.1, color=MUTED, indent=indent + 4.0, after=1.4)

    def grid(self, entries: Sequence[tuple[str, str]], *, columns: int = 2) -> None:
        """Short entries (a line, and a muted detail under it) side by side, row by row: a
        list of forty people fits half the height it would take as bullets."""
        gap = self.mm(5)
        width = (self.width - gap * (columns - 1)) / columns
        for start in range(0, len(entries), columns):
            row = entries[start : start + columns]
            height = max(self._entry(0, 0, width, *entry, draw=False) for entry in row)
            self.ensure(height)
            for n, entry in enumerate(row):
                self._entry(self.left + n * (width + gap), self.y, width, *entry, draw=True)
            self.y += height + self.mm(1.6)

    def _entry(
        self, x: float, y: float, width: float, text: str, detail: str, *, draw: bool
    ) -> float:
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        used = 0.0
        for line, font, color in ((text, self.font(3.2, bold=True), INK),
                                  (detail, self.font(2.8), MUTED)):  # fmt: skip
            if not line:
                continue
            bounds = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e7), flags, line)
            if draw:
                self.painter.setFont(font)
                self.painter.setPen(color)
                self.painter.drawText(QRectF(x, y + used, width, bounds.height() + 2), flags, line)
            used += bounds.height() + self.mm(0.4)
        return used

    def rule(self) -> None:
        pen = QPen(RULE)
        pen.setWidthF(self.mm(0.3))
        self.painter.setPen(pen)
        self.painter.drawLine(QPointF(self.left, self.y), QPointF(self.left + self.width, self.y))
        self.y += self.mm(2.0)

    def space(self, mm: float) -> None:
        self.y += self.mm(mm)

    # -- figures and charts ----------------------------------------------------------------

    def figures(self, items: Sequence[tuple[str, str]]) -> None:
        """A row of key figures: (the number as text, what it counts)."""
        if not items:
            return
        height = self.mm(19)
        self.ensure(height)
        gap = self.mm(3)
        box_width = (self.width - gap * (len(items) - 1)) / len(items)
        for n, (value, label) in enumerate(items):
            box = QRectF(self.left + n * (box_width + gap), self.y, box_width, height)
            self.painter.setPen(QPen(RULE, self.mm(0.3)))
            self.painter.setBrush(QColor(246, 248, 250))
            self.painter.drawRoundedRect(box, self.mm(1.5), self.mm(1.5))
            self.painter.setBrush(Qt.BrushStyle.NoBrush)
            self.painter.setPen(ACCENT)
            self.painter.setFont(self.font(7.0, bold=True))
            inner = box.adjusted(self.mm(3), self.mm(2), -self.mm(3), -self.mm(2))
            self.painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                                  value)  # fmt: skip
            self.painter.setPen(MUTED)
            self.painter.setFont(self.font(2.9))
            bottom_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
            self.painter.drawText(inner, bottom_left | Qt.TextFlag.TextWordWrap, label)
        self.y += height + self.mm(3)

    def bar_chart(
        self, categories: Sequence[str], series: Sequence[Series], *, height_mm: float = 55
    ) -> None:
        """Stacked bars, one per category, with a legend of the series that have any value."""
        shown = [s for s in series if any(s.values)]
        totals = [sum(s.values[i] for s in shown) for i in range(len(categories))]
        top = _nice_top(max(totals, default=0))
        height = self.mm(height_mm)
        legend_rows = (len(shown) + 3) // 4
        self.ensure(height + self.mm(8 + 5 * legend_rows))
        painter = self.painter
        axis_w = self.mm(12)
        plot = QRectF(self.left + axis_w, self.y, self.width - axis_w, height - self.mm(6))
        painter.setFont(self.font(2.7))
        for step in range(5):  # four gridlines and the base
            value = top * step / 4
            y = plot.bottom() - plot.height() * step / 4
            painter.setPen(QPen(RULE, self.mm(0.2)))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(MUTED)
            painter.drawText(
                QRectF(self.left, y - self.mm(2), axis_w - self.mm(2), self.mm(4)),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{value:,.0f}" if value.is_integer() else "",
            )
        slot = plot.width() / max(1, len(categories))
        bar_w = slot * 0.62
        for i, category in enumerate(categories):
            x = plot.left() + i * slot + (slot - bar_w) / 2
            y = plot.bottom()
            for s in shown:
                h = plot.height() * s.values[i] / top
                if h > 0:
                    painter.fillRect(QRectF(x, y - h, bar_w, h), s.color)
                    y -= h
            painter.setPen(INK)
            painter.drawText(
                QRectF(plot.left() + i * slot, plot.bottom() + self.mm(1), slot, self.mm(4)),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                category,
            )
            if totals[i]:
                painter.drawText(
                    QRectF(plot.left() + i * slot, y - self.mm(4.5), slot, self.mm(4)),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    f"{totals[i]:,}",
                )
        self.y += height + self.mm(1)
        self._legend(shown)

    def _legend(self, shown: Sequence[Series]) -> None:
        painter = self.painter
        painter.setFont(self.font(2.9))
        column = self.width / 4
        for n, s in enumerate(shown):
            x = self.left + (n % 4) * column
            y = self.y + (n // 4) * self.mm(5)
            painter.fillRect(QRectF(x, y + self.mm(0.8), self.mm(3), self.mm(3)), s.color)
            painter.setPen(INK)
            painter.drawText(
                QRectF(x + self.mm(4.5), y, column - self.mm(5), self.mm(4.6)),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                s.label,
            )
        self.y += self.mm(5) * ((len(shown) + 3) // 4) + self.mm(2)

    def paired_bars(self, rows: Sequence[tuple[str, int, int]], labels: tuple[str, str]) -> None:
        """Horizontal pairs of bars (gave and received per kind), with their numbers."""
        top = max((max(a, b) for _, a, b in rows), default=0) or 1
        row_h = self.mm(9)
        self.ensure(row_h * len(rows) + self.mm(8))
        painter = self.painter
        name_w = self.mm(34)
        bar_max = self.width - name_w - self.mm(14)
        for name, a, b in rows:
            painter.setFont(self.font(3.0))
            painter.setPen(INK)
            painter.drawText(
                QRectF(self.left, self.y, name_w - self.mm(2), row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            for k, (value, color) in enumerate(((a, SERIES[0]), (b, SERIES[1]))):
                y = self.y + self.mm(1) + k * self.mm(3.6)
                w = bar_max * value / top
                painter.fillRect(QRectF(self.left + name_w, y, w, self.mm(3)), color)
                painter.setFont(self.font(2.6))
                painter.drawText(
                    QRectF(self.left + name_w + w + self.mm(1.5), y - self.mm(0.5), self.mm(12),
                           self.mm(4)),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    str(value),
                )  # fmt: skip
            self.y += row_h
        self._legend([Series(labels[0], (1,), SERIES[0]), Series(labels[1], (1,), SERIES[1])])


def _nice_top(value: int) -> int:
    """The top of an axis with four gridlines at round numbers (1, 1.5, 2, 2.5 or 5 × 10ⁿ)."""
    if value <= 4:
        return 4
    step = value / 4
    magnitude = 10 ** (len(str(int(step))) - 1)
    for factor in (1, 1.5, 2, 2.5, 5, 10):
        if factor * magnitude >= step:
            return round(4 * factor * magnitude)
    return round(4 * 10 * magnitude)


# -- where the paper goes --------------------------------------------------------------------


def write_pdf(out: Path, draw: Draw, *, title: str) -> int:
    """Draw onto an A4 PDF at ``out`` (replaced whole or not at all); the number of pages."""
    with _gui_application(), private_device(Path(out)) as (device, _temp):
        writer = QPdfWriter(device)
        writer.setResolution(PDF_DPI)
        writer.setTitle(title)
        writer.setCreator("netdesk")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        painter = QPainter()
        if not painter.begin(writer):
            raise NetdeskError("file-unwritable", path=out, detail="cannot start the PDF")
        try:
            paper = Paper(painter, PDF_DPI, lambda _painter: writer.newPage())
            draw(paper)
            paper.finish()
        finally:
            painter.end()
    return paper.pages


def page_images(draw: Draw, *, dpi: float = 96) -> list[QImage]:
    """The same drawing as white A4 images, one per page: the on-screen preview."""
    size = (round(A4_MM.width() / 25.4 * dpi), round(A4_MM.height() / 25.4 * dpi))
    images: list[QImage] = []

    def blank() -> QImage:
        image = QImage(*size, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        image.setDotsPerMeterX(round(dpi / 0.0254))
        image.setDotsPerMeterY(round(dpi / 0.0254))
        images.append(image)
        return image

    def next_page(painter: QPainter) -> None:
        painter.end()
        painter.begin(blank())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)

    painter = QPainter(blank())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        paper = Paper(painter, dpi, next_page)
        draw(paper)
        paper.finish()
    finally:
        painter.end()
    return images


class _gui_application:
    """A QGuiApplication for the fonts when none runs yet (the command line), shut down
    after; writing a PDF never needs a screen."""

    def __enter__(self) -> None:
        self._app = None
        if QGuiApplication.instance() is None:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            self._app = QGuiApplication(["netdesk"])

    def __exit__(self, *exc: object) -> None:
        if self._app is not None:
            self._app.shutdown()
