"""Small visual helpers shared by the pages and dialogs; colours follow the system palette
(light or dark), never fixed themes."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import QDate, QLocale, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

# The app's own colours, where the system palette has no role: its icon, the tray badge and
# the two sides of a chart. Everything else takes its colour from the palette.
BRAND = QColor("#2f6f9f")
ACCENT = QColor("#d08c2e")
ALERT = QColor("#c62828")


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def error_color(widget: QWidget) -> QColor:
    # Red that keeps WCAG AA contrast on either kind of window background.
    return QColor("#ff7b72") if is_dark(widget) else QColor("#b3261e")


def warning_color(widget: QWidget) -> QColor:
    # Amber that keeps WCAG AA contrast on either kind of window background.
    return QColor("#f0b64a") if is_dark(widget) else QColor("#7a4a00")


def muted_color(widget: QWidget) -> QColor:
    """Secondary text: the text colour moved a third of the way towards the background.

    Readable (about 5:1 on Fusion's light grey, likewise in dark and high-contrast
    palettes), where the palette's disabled text colour is meant to look unusable.
    """
    palette = widget.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    mix = 0.38
    return QColor.fromRgbF(
        text.redF() + (back.redF() - text.redF()) * mix,
        text.greenF() + (back.greenF() - text.greenF()) * mix,
        text.blueF() + (back.blueF() - text.blueF()) * mix,
    )


def set_error_style(label: QLabel) -> None:
    label.setStyleSheet(f"color: {error_color(label).name()};")


def set_warning_style(label: QLabel) -> None:
    label.setStyleSheet(f"color: {warning_color(label).name()};")


def set_muted(label: QLabel) -> None:
    label.setStyleSheet(f"color: {muted_color(label).name()};")


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label for anything the user or a card supplied: shown as typed, never as HTML.

    QLabel guesses rich text from the text itself, so a scanned name such as
    ``<img src="/some/file">`` would otherwise load that file.
    """
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def make_plain(*labels: QLabel) -> None:
    """Labels built elsewhere (a form's row caption, an empty state) that show user data."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def escaped(text: str) -> str:
    """User data inside our own markup (a bold name, a link's text)."""
    return html.escape(text, quote=True)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally: Qt guesses rich text for tooltips too."""
    # QtGui's Qt namespace holds the converter; QtCore's does not.
    return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def plain_mnemonic(text: str) -> str:
    """User data as a button's text: "R&D" keeps its '&' instead of underlining the D."""
    return text.replace("&", "&&")


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox.StandardButton:
    """A modal message whose text may quote user data (names, file names, refusals)."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return QMessageBox.StandardButton(box.exec())


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


class EmptyState(QWidget):
    """What a page shows before there is anything in it: what to do, and a button to do it.

    The help text wraps within a readable measure and is laid out height-for-width, so it
    is shown whole at any window size (a centred word-wrapped label would be squeezed to
    its one-line height).
    """

    activated = Signal()
    TEXT_WIDTH = 460

    def __init__(self, title: str, text: str, action: str = "", parent=None) -> None:
        super().__init__(parent)
        # Plain: an empty state may carry an error message that quotes user data.
        self.title = plain_label(title)
        self.title.setFont(scaled_font(self, 1.5, bold=True))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.text = plain_label(text)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.text.setMaximumWidth(self.TEXT_WIDTH)
        self.text.setVisible(bool(text))
        # No alignment flag on the label in its row: the row gives it its width and the
        # layout asks the label for the height that width needs.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.text, 100)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addSpacing(8)
        layout.addLayout(row)
        self.button: QPushButton | None = None
        if action:
            self.button = QPushButton(action)
            self.button.setDefault(True)
            self.button.clicked.connect(self.activated)
            layout.addSpacing(14)
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)


class PageStack(QStackedWidget):
    """A page's content, or its empty state while there is nothing to show."""

    def __init__(self, owner: QWidget, content: QWidget, empty: EmptyState) -> None:
        super().__init__(owner)
        self.content, self.empty = content, empty
        self.addWidget(content)
        self.addWidget(empty)
        outer = QVBoxLayout(owner)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self)

    def show_content(self, has_content: bool) -> None:
        self.setCurrentWidget(self.content if has_content else self.empty)


def short_date(value: dt.date | str | None) -> str:
    """A date as the user's locale writes it briefly (20-09-2026 in Dutch), not ISO.

    Accepts a date or an ISO text (a timestamp's first ten characters count).
    """
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return value.isoformat()  # no language chosen (LANG=C): ISO, not Qt's "21 08 2026"
    return locale.toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def number_text(n: int) -> str:
    """12,345 in English (and the C locale); 12.345 in Dutch, where a comma is a decimal point."""
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.English):
        return f"{n:,}"
    return locale.toString(n)


def english_plural(translated: str, n: int) -> str:
    """Finish a ``tr("%n person(s)", "", n)`` text when no catalogue supplied the plural.

    With a translation loaded, Qt has already picked the right form and this only
    groups the digits; with none (English), "(s)" is resolved here.
    """
    text = translated.replace(str(n), number_text(n), 1) if abs(n) >= 1000 else translated
    if "(s)" not in text:
        return text
    if n == 1:
        return text.replace("(s)", "")
    return text.replace("person(s)", "people").replace("(s)", "s")


def ask(parent: QWidget, title: str, text: str, *, warning: bool = False) -> bool:
    """Yes or Cancel, Cancel the default: for what cannot be taken back lightly."""
    show = QMessageBox.warning if warning else QMessageBox.question
    buttons = QMessageBox.StandardButton
    return show(parent, title, text, buttons.Yes | buttons.Cancel, buttons.Cancel) == buttons.Yes


def dialog_buttons(
    dialog: QDialog, *, ok: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save
) -> QDialogButtonBox:
    """The dialog's button row: ``ok`` (Save by default) and Cancel, wired to accept/reject."""
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def stack_dialog(dialog: QDialog, *parts: QWidget | QLayout) -> QVBoxLayout:
    """Lay ``parts`` (widgets or layouts) out top to bottom as the dialog's layout."""
    layout = QVBoxLayout(dialog)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return layout


def page_action(
    page: QWidget,
    text: str,
    slot: Callable[[], object],
    shortcut: Any = None,
    *,
    tip: str = "",
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> QAction:
    """An action of ``page``; its shortcut works while focus is anywhere inside the page
    (``context``: the whole window, for the main window's own actions)."""
    action = QAction(text, page)
    action.triggered.connect(lambda _checked=False: slot())
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(context)
    if tip:
        action.setToolTip(tip)
    page.addAction(action)
    return action


def list_page(
    view: QAbstractItemView,
    buttons: Sequence[QAction],
    *,
    menu: Sequence[QAction],
    menu_buttons: Sequence[QAction] = (),
) -> tuple[QWidget, QLabel]:
    """A page's content: a row of ``buttons`` and a muted summary label above ``view``.

    ``menu`` is also the view's right-click menu; ``menu_buttons`` get a drop-down arrow
    for their own menu (snooze: tomorrow, next week…). Returns the content and the label.
    """
    bar = QHBoxLayout()
    bar.setSpacing(4)
    for action in buttons:
        button = QToolButton()
        button.setDefaultAction(action)
        if action in menu_buttons:
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        bar.addWidget(button)
    view.addActions(list(menu))
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    bar.addStretch()
    summary = QLabel()
    set_muted(summary)
    bar.addWidget(summary)
    content = QWidget()
    layout = QVBoxLayout(content)
    layout.setContentsMargins(10, 8, 10, 4)
    layout.addLayout(bar)
    layout.addWidget(view, 1)
    return content, summary


def documents_folder() -> str:
    """Where file dialogs start: Documents when it exists, else home. A folder that does not
    exist would land in the dialog's file-name field ("Documents") instead."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder if Path(folder).is_dir() else str(Path.home())
