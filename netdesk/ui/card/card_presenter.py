"""Presenter mode: my QR code full screen, black on white, the name underneath; Esc leaves.

Also the widgets the card editor shows the code with: :class:`QrView` draws a
code crisply at any size (quiet zone included) and :class:`QrPreview` adds the
size meter. :func:`present_card` opens presenter mode for a saved profile.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QKeyEvent, QPainter, QScreen
from PySide6.QtWidgets import QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from netdesk.core.errors import NetdeskError
from netdesk.core.qr.image import QUIET_ZONE, QrCode
from netdesk.core.qr.payload import card_code, shared_fields
from netdesk.core.storage.store import Store
from netdesk.ui.card.card_sheet import qr_path
from netdesk.ui.widgets.look import plain_label, set_error_style


def paint_code(painter: QPainter, code: QrCode, area: QRect) -> QRect:
    """Draw ``code`` centred in ``area`` as large as it fits; return its box.

    Small codes get whole device pixels per module: phones misread codes whose
    modules alternate between n and n+1 pixels. From six pixels a module up, a
    pixel of difference no longer matters and the code fills the space instead.
    """
    total = code.modules + 2 * QUIET_ZONE
    room = min(area.width(), area.height())
    side = room if room / total >= 6 else max(1, room // total) * total
    box = QRect(
        area.x() + (area.width() - side) // 2, area.y() + (area.height() - side) // 2, side, side
    )
    painter.fillRect(box, QColor("white"))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillPath(qr_path(code, QRectF(box)), QColor("black"))
    return box


class QrView(QWidget):
    """A QR code, or a short message in its place when there is none to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code: QrCode | None = None
        self._message = ""
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def code(self) -> QrCode | None:
        return self._code

    @property
    def message(self) -> str:
        """What shows instead of a code (why there is none)."""
        return self._message

    def set_code(self, code: QrCode | None, message: str = "") -> None:
        self._code, self._message = code, message
        self.update()

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        if self._code is not None:
            paint_code(painter, self._code, self.rect())
        elif self._message:
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.drawText(
                self.rect().adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._message,
            )
        painter.end()


class QrPreview(QWidget):
    """The live code with its size meter: how full the largest easy-to-scan code is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QrView()
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setFormat(self.tr("%p% of the largest easy-to-scan code"))
        self.details = plain_label()  # a refusal may quote the card's fields
        self.details.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.meter)
        layout.addWidget(self.details)

    def show_code(self, code: QrCode) -> None:
        fit = code.fit
        self.view.set_code(code)
        self.meter.setValue(min(100, round(fit.fill * 100)))
        density = {
            "light": self.tr("Light: reads from across a table."),
            "moderate": self.tr("Moderate: reads at arm's length."),
            "dense": self.tr("Dense: hold the phone close, or share fewer fields."),
        }[fit.density]
        self.details.setStyleSheet("")
        self.details.setText(
            self.tr(
                "{modules}×{modules} modules, version {version}, error correction {level},"
                " {bytes} bytes. {density}"
            ).format(
                modules=fit.modules,
                version=fit.version,
                level=fit.level,
                bytes=fit.payload_bytes,
                density=density,
            )
        )

    def show_refusal(self, error: NetdeskError) -> None:
        text = str(error)
        text = text[:1].upper() + text[1:]  # core sentences are lower-case for the CLI
        if error.code == "card-too-long":
            # The details, with the fields to drop, go under the meter, once.
            self.view.set_code(None, self.tr("No code: too long for phones to read easily."))
            self.meter.setValue(100)
            set_error_style(self.details)
            self.details.setText(text)
        else:
            self.view.set_code(None, text)
            self.meter.setValue(0)
            self.details.setStyleSheet("")
            self.details.setText("")


class CardPresenter(QWidget):
    """The whole screen for the code: for a phone across a table or a projector in a room."""

    closed = Signal()

    def __init__(self, code: QrCode, name: str, subtitle: str = "", parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.code, self.name, self.subtitle = code, name, subtitle
        self.setWindowTitle(self.tr("My card"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # High contrast whatever the theme: the code must be dark on light to scan.
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("white"))
        palette.setColor(self.foregroundRole(), QColor("black"))
        self.setPalette(palette)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def present(self, screen: QScreen | None = None) -> None:
        """Full screen on ``screen`` (the primary one by default)."""
        screen = screen or QGuiApplication.primaryScreen()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Q):
            self.close()
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: object) -> None:
        self.close()

    def closeEvent(self, event: object) -> None:
        self.closed.emit()
        super().closeEvent(event)

    def _text_font(self, height: int, weight_bold: bool) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(12, height))
        font.setBold(weight_bold)
        return font

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        rect = self.rect()
        margin = max(8, min(rect.width(), rect.height()) // 40)
        name_px = max(18, rect.height() // 14)
        sub_px = max(12, rect.height() // 30) if self.subtitle else 0
        hint_px = max(11, rect.height() // 70)
        text_block = name_px * 3 // 2 + sub_px * 3 // 2 + hint_px * 2
        area = rect.adjusted(margin, margin, -margin, -margin - text_block)
        box = paint_code(painter, self.code, area)
        painter.setPen(QColor("black"))
        y = box.bottom() + margin // 2
        name_font = self._text_font(name_px, True)
        # Shrink a long name rather than cut it: the name is what people read aloud.
        while QFontMetrics(name_font).horizontalAdvance(self.name) > rect.width() - 2 * margin:
            if name_font.pixelSize() <= 12:
                break
            name_font.setPixelSize(int(name_font.pixelSize() * 0.9))
        painter.setFont(name_font)
        height = QFontMetrics(name_font).height()
        painter.drawText(
            QRect(0, y, rect.width(), height), Qt.AlignmentFlag.AlignHCenter, self.name
        )
        y += height
        if self.subtitle:
            painter.setFont(self._text_font(sub_px, False))
            painter.setPen(QColor(40, 40, 40))
            painter.drawText(
                QRect(margin, y, rect.width() - 2 * margin, sub_px * 3 // 2),
                Qt.AlignmentFlag.AlignHCenter,
                self.subtitle,
            )
        painter.setFont(self._text_font(hint_px, False))
        painter.setPen(QColor(110, 110, 110))
        painter.drawText(
            rect.adjusted(margin, margin, -margin, -margin // 2),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
            self.tr("Esc to leave"),
        )
        painter.end()


def present_card(
    store: Store, profile: str | None = None, *, screen: QScreen | None = None, fmt: str = "vcard"
) -> CardPresenter:
    """Presenter mode for a saved profile (the first one by default), e.g. from a shortcut.

    Raises :class:`NetdeskError` (no profile, no name, too long) for the caller to show.
    """
    profiles = store.cards.list()
    if profile is None and not profiles:
        raise NetdeskError("no-profile", name="work")
    chosen = store.cards.get(profile) if profile is not None else profiles[0]
    code = card_code(chosen, fmt)
    fields = shared_fields(chosen)
    subtitle = " · ".join(str(fields[k]) for k in ("title", "organisation") if fields.get(k))
    presenter = CardPresenter(code, str(fields.get("name", "")), subtitle)
    presenter.present(screen)
    return presenter
