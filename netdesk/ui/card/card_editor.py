"""My card: profiles, the fields each one shares, a live QR preview, export and presenter mode.

Typing updates the preview after a short pause and saves the profile a little
later; nothing is lost when the window closes. The code shown is always the
one that will be exported: a card too long to scan comfortably shows which
fields to leave out instead of a code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.errors import NetdeskError
from netdesk.core.qr import image as qrimage
from netdesk.core.qr.badges import attendee_cards
from netdesk.core.qr.image import QrCode
from netdesk.core.qr.payload import card_code
from netdesk.core.qr.profiles import CARD_FIELDS
from netdesk.core.storage.changes import Changes
from netdesk.ui.card.card_presenter import CardPresenter, QrPreview, present_card
from netdesk.ui.card.card_sheet import SheetOptions, render_sheet
from netdesk.ui.runtime.services import Services
from netdesk.ui.widgets.look import message_box, plain_label

_LISTS = ("emails", "phones", "urls")
_MULTILINE = ("address", "note", *_LISTS)


class CardEditor(QWidget):
    """The "My card" page. ``present()`` opens presenter mode on the chosen screen."""

    preview_updated = Signal()  # after the preview shows the current fields
    export_finished = Signal(object)  # the path written

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.store = services.store
        self.preview_delay = 150
        self.save_delay = 700
        self._profile: str | None = None
        self._loading = False
        self._presenter: CardPresenter | None = None
        self.code: QrCode | None = None

        self._preview_timer = QTimer(self, singleShot=True, timeout=self.update_preview)
        self._save_timer = QTimer(self, singleShot=True, timeout=self.save_now)

        self.profiles = QListWidget()
        self.profiles.currentTextChanged.connect(self._on_profile_chosen)
        new, delete = QPushButton(self.tr("New…")), QPushButton(self.tr("Delete…"))
        new.clicked.connect(lambda: self.new_profile())
        delete.clicked.connect(lambda: self.delete_profile())
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Profiles")))
        left.addWidget(self.profiles, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(delete)
        left.addLayout(buttons)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self._make_form(), 3)
        layout.addLayout(self._make_preview(), 3)
        services.changed.connect(self._on_changes)
        self.reload()

    # -- building -----------------------------------------------------------------

    def _make_form(self) -> QGroupBox:
        labels = {
            "name": self.tr("Name"),
            "organisation": self.tr("Organisation"),
            "department": self.tr("Department"),
            "title": self.tr("Title"),
            "emails": self.tr("Emails"),
            "phones": self.tr("Phones"),
            "website": self.tr("Website"),
            "linkedin": self.tr("LinkedIn"),
            "urls": self.tr("Other links"),
            "address": self.tr("Address"),
            "note": self.tr("Short note"),
        }
        hints = {
            "emails": self.tr("one per line"),
            "phones": self.tr("one per line, e.g. +31 6 1234 5678"),
            "urls": self.tr("one per line"),
            "linkedin": "https://www.linkedin.com/in/…",
            "website": "https://…",
        }
        box = QGroupBox(self.tr("Fields (ticked ones are in the code)"))
        grid = QGridLayout(box)
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.shares: dict[str, QCheckBox] = {}
        for row, key in enumerate(CARD_FIELDS):
            if key in _MULTILINE:
                edit: QLineEdit | QPlainTextEdit = QPlainTextEdit()
                edit.setTabChangesFocus(True)
                lines = 3 if key in ("address", "note") else 2
                edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
                edit.textChanged.connect(self._on_edited)
            else:
                edit = QLineEdit()
                edit.textEdited.connect(self._on_edited)
            if key in hints:
                edit.setPlaceholderText(hints[key])
            share = QCheckBox(self.tr("Share"))
            share.setChecked(True)
            share.toggled.connect(self._on_edited)
            label = QLabel(labels[key])
            label.setBuddy(edit)
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(share, row, 2)
            self.inputs[key], self.shares[key] = edit, share
        grid.setRowStretch(len(CARD_FIELDS), 1)
        return box

    def _make_preview(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.format = QComboBox()
        self.format.addItem(self.tr("vCard 3.0 (best for phone cameras)"), "vcard")
        self.format.addItem(self.tr("MECARD (shorter, fewer fields)"), "mecard")
        self.format.currentIndexChanged.connect(lambda _i: self.update_preview())
        column.addWidget(self.format)
        self.qr = QrPreview()
        self.preview, self.meter, self.meter_text = self.qr.view, self.qr.meter, self.qr.details
        column.addWidget(self.qr, 1)

        exports = QFormLayout()
        self.png_size = QSpinBox()
        self.png_size.setRange(200, 4000)
        self.png_size.setSingleStep(100)
        self.png_size.setValue(1200)
        self.png_size.setSuffix(self.tr(" px"))
        png, svg = QPushButton(self.tr("Save PNG…")), QPushButton(self.tr("Save SVG…"))
        self._export_row(exports, self.tr("Image"), self.png_size, (png, "png"), (svg, "svg"))

        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        cards, badges = QPushButton(self.tr("Cards PDF…")), QPushButton(self.tr("Badges…"))
        cards.setToolTip(self.tr("A page of business cards with this profile, with cut lines"))
        badges.setToolTip(
            self.tr("Name badges for an attendee list (CSV with name, organisation, email)")
        )
        self._export_row(
            exports, self.tr("Print"), self.paper, (cards, "cards"), (badges, "badges")
        )

        self.screens = QComboBox()
        self.present_button = QPushButton(self.tr("Present full screen"))
        self.present_button.setToolTip(
            self.tr("Show the code as large as the screen allows; Esc leaves")
        )
        self.present_button.clicked.connect(lambda: self.present())
        row = QHBoxLayout()
        row.addWidget(self.screens, 1)
        row.addWidget(self.present_button)
        exports.addRow(self.tr("Screen"), row)
        column.addLayout(exports)
        self.status = plain_label()  # file paths and refusals that quote card fields
        self.status.setWordWrap(True)
        column.addWidget(self.status)
        self._fill_screens()
        return column

    def _fill_screens(self) -> None:
        chosen = max(0, self.screens.currentIndex())
        self.screens.clear()
        for index, screen in enumerate(QGuiApplication.screens()):
            size = screen.geometry().size()
            self.screens.addItem(
                self.tr("{number}: {name} ({width}×{height})").format(
                    number=index + 1,
                    name=screen.name() or self.tr("screen"),
                    width=size.width(),
                    height=size.height(),
                ),
                index,
            )
        self.screens.setCurrentIndex(min(chosen, self.screens.count() - 1))

    # -- profiles -------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the profile list, keeping the current one selected."""
        names = [p.name for p in self.store.cards.list()]
        if not names:
            # A first card to fill in, so the page never opens empty.
            names = [self.services.writer.call(lambda store: store.cards.ensure_one())]
        current = self._profile if self._profile in names else names[0]
        self.profiles.blockSignals(True)
        self.profiles.clear()
        self.profiles.addItems(names)
        self.profiles.setCurrentRow(names.index(current))
        self.profiles.blockSignals(False)
        self._load(current)

    def _on_profile_chosen(self, name: str) -> None:
        if name and name != self._profile:
            self.save_now()
            self._load(name)

    def _load(self, name: str) -> None:
        profile = self.store.cards.get(name)
        self._profile = name
        self._loading = True
        try:
            for key, edit in self.inputs.items():
                value = profile.fields.get(key, [] if key in _LISTS else "")
                text = "\n".join(value) if isinstance(value, list) else str(value or "")
                if isinstance(edit, QPlainTextEdit):
                    edit.setPlainText(text)
                else:
                    edit.setText(text)
                self.shares[key].setChecked(key in profile.shared or not profile.fields.get(key))
        finally:
            self._loading = False
        self.update_preview()

    def new_profile(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("New card profile"), self.tr("Profile name (work, personal…):")
            )
            if not ok:
                return
        name = name.strip()
        if not name:
            return
        self.save_now()
        base = self.current_fields() if self._profile else {}
        if name not in [p.name for p in self.store.cards.list()]:
            # Start from the current card: a new profile usually differs in a few fields.
            shared = self.current_shared()
            self.services.writer.call(lambda store: store.cards.save(name, base, shared=shared))
        self._profile = name
        self.reload()

    def delete_profile(self, *, ask: bool = True) -> None:
        if not self._profile:
            return
        if ask:
            answer = message_box(
                self,
                QMessageBox.Icon.Question,
                self.tr("Delete card profile"),
                self.tr(
                    "Delete the profile '{profile}'? Its fields are not kept anywhere else."
                ).format(profile=self._profile),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._save_timer.stop()
        profile = self._profile
        self.services.writer.call(lambda store: store.cards.delete(profile))
        self._profile = None
        self.reload()

    # -- fields, preview, saving -------------------------------------------------------

    def current_fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        for key, edit in self.inputs.items():
            text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            if key in _LISTS:
                fields[key] = [line.strip() for line in text.splitlines() if line.strip()]
            else:
                fields[key] = text.strip()
        return fields

    def current_shared(self) -> tuple[str, ...]:
        return tuple(key for key in CARD_FIELDS if self.shares[key].isChecked())

    def _on_edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._preview_timer.start(self.preview_delay)
        self._save_timer.start(self.save_delay)

    def update_preview(self) -> None:
        fields = self.current_fields()
        shown = {k: v for k, v in fields.items() if k in self.current_shared()}
        try:
            self.code = card_code(shown, self.format.currentData())
        except NetdeskError as error:
            self.code = None
            self.qr.show_refusal(error)
        else:
            self.qr.show_code(self.code)
        self.preview_updated.emit()

    def save_now(self) -> None:
        self._save_timer.stop()
        if self._profile is None or self._loading:
            return
        profile, fields, shared = self._profile, self.current_fields(), self.current_shared()
        # Waited for (a few milliseconds): switching profiles reads back what was saved.
        try:
            self.services.writer.call(
                lambda store: store.cards.save(profile, fields, shared=shared)
            )
        except NetdeskError as error:
            self.status.setText(str(error))

    def _on_changes(self, changes: Changes) -> None:
        # Our own saves change nothing on screen; a profile made elsewhere (CLI, import) does.
        if "cards" in changes and not self._save_timer.isActive():
            names = [self.profiles.item(i).text() for i in range(self.profiles.count())]
            if names != [p.name for p in self.store.cards.list()]:
                self.reload()

    # -- export and presenting ---------------------------------------------------------

    def _export_row(
        self, form: QFormLayout, caption: str, setting: QWidget, *buttons: tuple[QPushButton, str]
    ) -> None:
        """A row of the export form: its setting (size, paper), then a button per format."""
        row = QHBoxLayout()
        row.addWidget(setting)
        for button, fmt in buttons:
            button.clicked.connect(lambda _checked=False, fmt=fmt: self._ask_and_export(fmt))
            row.addWidget(button)
        form.addRow(caption, row)

    def _ask_and_export(self, kind: str) -> None:
        titles = {
            "png": (self.tr("Save QR code as PNG"), self.tr("PNG image (*.png)"), ".png"),
            "svg": (self.tr("Save QR code as SVG"), self.tr("SVG image (*.svg)"), ".svg"),
            "cards": (self.tr("Save business cards PDF"), self.tr("PDF (*.pdf)"), ".pdf"),
            "badges": (self.tr("Save name badges PDF"), self.tr("PDF (*.pdf)"), ".pdf"),
        }
        attendees = None
        if kind == "badges":
            attendees, _ = QFileDialog.getOpenFileName(
                self, self.tr("Attendee list"), "", self.tr("CSV (*.csv *.txt)")
            )
            if not attendees:
                return
        title, pattern, suffix = titles[kind]
        default = f"{self._profile or 'card'}-{kind}{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, title, default, pattern)
        if path:
            path = path if path.lower().endswith(suffix) else path + suffix
            self.export(kind, Path(path), attendees=Path(attendees) if attendees else None)

    def export(self, kind: str, path: Path, *, attendees: Path | None = None) -> None:
        """Write ``kind`` (png, svg, cards, badges); sheets render off the GUI thread."""
        self.save_now()
        fmt = self.format.currentData()
        try:
            if kind in ("png", "svg"):
                if self.code is None:
                    raise NetdeskError("card-no-name")
                qrimage.write(self.code, path, size=self.png_size.value())
                self._exported(path)
                return
            if kind == "badges" and attendees is not None:
                source: Path | list = attendees
                layout = "badges"
            elif self.code is not None:
                source, layout = [(self.current_fields(), self.code)], kind
            else:
                raise NetdeskError("card-no-name")
        except NetdeskError as error:
            self.status.setText(str(error))
            return
        options = SheetOptions(layout=layout, paper=self.paper.currentData())
        self.status.setText(self.tr("Writing {file}…").format(file=path.name))
        self.services.tasks.run(
            _write_sheet,
            source,
            fmt,
            path,
            options,
            with_control=True,
            on_done=lambda _pages: self._exported(path),
            on_error=lambda error: self.status.setText(str(error)),
        )

    def _exported(self, path: Path) -> None:
        self.status.setText(self.tr("Saved {path}").format(path=path))
        self.export_finished.emit(path)

    def present(self, screen_index: int | None = None) -> CardPresenter | None:
        """Presenter mode on the screen chosen in the list (or ``screen_index``)."""
        self.save_now()
        self.update_preview()
        if self.code is None or self._profile is None:
            return None
        screens = QGuiApplication.screens()
        index = self.screens.currentData() if screen_index is None else screen_index
        screen = screens[index] if index is not None and 0 <= index < len(screens) else None
        self._presenter = present_card(
            self.store, self._profile, screen=screen, fmt=self.format.currentData()
        )
        self._presenter.closed.connect(self._on_presenter_closed)
        return self._presenter

    def _on_presenter_closed(self) -> None:
        self._presenter = None

    def showEvent(self, event: object) -> None:
        # Screens come and go (a projector plugged in just before the talk).
        self._fill_screens()
        super().showEvent(event)

    def hideEvent(self, event: object) -> None:
        # Another page, or the window closing: typing still waiting for the autosave is kept.
        if self._save_timer.isActive():
            self.save_now()
        super().hideEvent(event)


def _write_sheet(
    source: Path | list, fmt: str, path: Path, options: SheetOptions, control: Any
) -> int:
    """Runs on the pool: read the attendee list (if any), then draw the PDF."""
    entries = attendee_cards(source, fmt=fmt) if isinstance(source, Path) else source
    return render_sheet(entries, path, options, control=control)
