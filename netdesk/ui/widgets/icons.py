"""The sidebar's own icons, drawn with a few strokes when the icon theme has none.

Each says what its page is (a calendar for Events, two people for People…); they are
drawn in the app's colour and the palette's text colour, so they suit light and dark.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from netdesk.ui.widgets.look import BRAND

_SIZE = 64  # drawn large, scaled down by QIcon


def _fill(p: QPainter, rect: QRectF, ink: QColor) -> None:
    # Not fillRect(rect, colour): PySide's overload choice for it creates QGradient's
    # 170 presets, 1.5 ms of start-up for a filled square.
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ink)
    p.drawRect(rect)
    p.restore()


def _home(p: QPainter, ink: QColor) -> None:
    # A house: the roof's two strokes, the walls, and a filled door.
    roof = QPainterPath(QPointF(6, 30))
    roof.lineTo(32, 8)
    roof.lineTo(58, 30)
    p.drawPath(roof)
    walls = QPainterPath(QPointF(14, 24))
    walls.lineTo(14, 56)
    walls.lineTo(50, 56)
    walls.lineTo(50, 24)
    p.drawPath(walls)
    _fill(p, QRectF(27, 38, 10, 18), ink)


def _events(p: QPainter, ink: QColor) -> None:
    p.drawRoundedRect(QRectF(8, 12, 48, 44), 6, 6)
    _fill(p, QRectF(8, 12, 48, 12), ink)
    for x in (20, 44):
        p.drawLine(QPointF(x, 6), QPointF(x, 16))
    for row in range(2):
        for col in range(3):
            p.drawPoint(QPointF(20 + col * 12, 34 + row * 11))


def _people(p: QPainter, _ink: QColor) -> None:
    for cx, cy, r in ((22, 22, 8), (42, 24, 7)):
        p.drawEllipse(QPointF(cx, cy), r, r)
    body = QPainterPath()
    body.moveTo(6, 54)
    body.cubicTo(6, 36, 38, 36, 38, 54)
    p.drawPath(body)
    other = QPainterPath()
    other.moveTo(34, 38)
    other.cubicTo(44, 32, 58, 38, 58, 52)
    p.drawPath(other)


def _followups(p: QPainter, ink: QColor) -> None:
    p.drawRoundedRect(QRectF(8, 8, 48, 48), 6, 6)
    pen = QPen(ink, 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    tick = QPainterPath(QPointF(18, 33))
    tick.lineTo(28, 43)
    tick.lineTo(46, 21)
    p.drawPath(tick)


def _scan(p: QPainter, ink: QColor) -> None:
    # The corners of a viewfinder around a QR code's three squares.
    for x, y, dx, dy in ((6, 6, 1, 1), (58, 6, -1, 1), (6, 58, 1, -1), (58, 58, -1, -1)):
        p.drawLine(QPointF(x, y), QPointF(x + 12 * dx, y))
        p.drawLine(QPointF(x, y), QPointF(x, y + 12 * dy))
    for x, y in ((18, 18), (36, 18), (18, 36)):
        _fill(p, QRectF(x, y, 10, 10), ink)
    _fill(p, QRectF(38, 38, 6, 6), ink)


def _card(p: QPainter, ink: QColor) -> None:
    p.drawRoundedRect(QRectF(4, 14, 56, 38), 5, 5)
    p.drawEllipse(QPointF(20, 30), 6, 6)
    head = QPainterPath()
    head.moveTo(10, 46)
    head.cubicTo(10, 36, 30, 36, 30, 46)
    p.drawPath(head)
    for y in (26, 34, 42):
        p.drawLine(QPointF(36, y), QPointF(52 if y < 42 else 46, y))


def _insights(p: QPainter, ink: QColor) -> None:
    p.drawLine(QPointF(8, 56), QPointF(58, 56))
    for x, top in ((12, 36), (26, 22), (40, 30)):
        _fill(p, QRectF(x, top, 10, 56 - top), ink)


_DRAW: dict[str, Callable[[QPainter, QColor], None]] = {
    "home": _home,
    "events": _events,
    "people": _people,
    "followups": _followups,
    "scan": _scan,
    "card": _card,
    "insights": _insights,
}


def page_icon(key: str) -> QIcon | None:
    """The drawn icon of page ``key``, or None when there is none."""
    draw = _DRAW.get(key)
    if draw is None:
        return None
    palette = QApplication.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    icon = QIcon()
    icon.addPixmap(_drawn(draw, BRAND.lighter(160) if dark else BRAND), QIcon.Mode.Normal)
    selected = palette.color(QPalette.ColorRole.HighlightedText)
    icon.addPixmap(_drawn(draw, selected), QIcon.Mode.Selected)
    return icon


def _drawn(draw: Callable[[QPainter, QColor], None], ink: QColor) -> QPixmap:
    pixmap = QPixmap(_SIZE, _SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    cap, join = Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
    painter.setPen(QPen(ink, 4, Qt.PenStyle.SolidLine, cap, join))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    draw(painter, ink)
    painter.end()
    return pixmap
