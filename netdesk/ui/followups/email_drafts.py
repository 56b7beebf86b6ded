"""Email drafts: open in the user's mail program (mailto:) or copy; templates editable.

netdesk never sends mail itself: nothing leaves the machine unless the user
sends it from their own mail program.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.followups import templates
from netdesk.core.followups.templates import Draft
from netdesk.ui.runtime.services import Services
from netdesk.ui.widgets.dirty_guard import GuardedDialog


def open_in_mail_program(draft: Draft) -> bool:
    """Hand the draft to the system's mail program; False when none would take it."""
    return QDesktopServices.openUrl(QUrl(draft.mailto(), QUrl.ParsingMode.StrictMode))


def copy_to_clipboard(draft: Draft) -> None:
    QGuiApplication.clipboard().setText(draft.as_text())


class DraftEditor(QWidget):
    """To, subject and body of one draft, editable, with 'open in mail' and 'copy'."""

    sent_to_mail = Signal(bool)  # whether a mail program accepted it
    copied = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.to = QLineEdit()
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("To:"), self.to)
        form.addRow(self.tr("Subject:"), self.subject)
        self.open_button = QPushButton(self.tr("&Open in mail program"))
        self.copy_button = QPushButton(self.tr("Cop&y"))
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self._on_open)
        self.copy_button.clicked.connect(self._on_copy)

    def set_draft(self, draft: Draft) -> None:
        self.to.setText(", ".join(draft.to))
        self.subject.setText(draft.subject)
        self.body.setPlainText(draft.body)
        self.status.clear()

    def draft(self) -> Draft:
        to = tuple(part.strip() for part in self.to.text().split(",") if part.strip())
        return Draft(to, self.subject.text().strip(), self.body.toPlainText())

    def _on_open(self) -> None:
        accepted = open_in_mail_program(self.draft())
        self.status.setText(
            self.tr("Opened in your mail program.")
            if accepted
            else self.tr("No mail program answered; use Copy instead.")
        )
        self.sent_to_mail.emit(accepted)

    def _on_copy(self) -> None:
        copy_to_clipboard(self.draft())
        self.status.setText(self.tr("Copied: paste it into any mail program."))
        self.copied.emit()


class EmailDraftDialog(GuardedDialog):
    """A draft to one person (two for an introduction), from a chosen template."""

    def __init__(
        self,
        services: Services,
        person_id: int,
        *,
        template: str = "thanks",
        event_id: int | None = None,
        other_id: int | None = None,
        why: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._person_id = person_id
        self._event_id = event_id
        self._other_id = other_id
        self._why = why
        self.setWindowTitle(self.tr("Email draft"))
        self.template = QComboBox()
        self.editor = DraftEditor()
        edit_templates = QPushButton(self.tr("Edit &templates…"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Template:")))
        top.addWidget(self.template, 1)
        top.addWidget(edit_templates)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.editor, 1)
        layout.addWidget(close)
        self._fill_templates(template)
        self.template.currentIndexChanged.connect(self._refresh)
        edit_templates.clicked.connect(self._on_edit_templates)
        close.rejected.connect(self.reject)
        # A draft that went to the mail program or the clipboard is not lost on closing.
        self.editor.copied.connect(self.unsaved.mark_clean)
        self.editor.sent_to_mail.connect(lambda accepted: accepted and self.unsaved.mark_clean())
        self.unsaved.ignore(self.template)
        self.resize(640, 480)
        self._refresh()

    def _fill_templates(self, selected: str) -> None:
        self.template.blockSignals(True)
        self.template.clear()
        for item in templates.all_templates(self._services.store):
            # The introduction needs a second person.
            if item.name == "introduction" and self._other_id is None:
                continue
            self.template.addItem(item.title, item.name)
        index = self.template.findData(selected)
        self.template.setCurrentIndex(max(index, 0))
        self.template.blockSignals(False)

    def _refresh(self) -> None:
        draft = templates.draft(
            self._services.store,
            self.template.currentData(),
            self._person_id,
            event_id=self._event_id,
            other_id=self._other_id,
            why=self._why,
        )
        self.editor.set_draft(draft)
        self.unsaved.mark_clean()

    def _on_edit_templates(self) -> None:
        TemplatesDialog(self._services, self, initial=self.template.currentData()).exec()
        self._refresh()


class TemplatesDialog(GuardedDialog):
    """Edit the subject and text of each template; placeholders are listed."""

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, initial: str = "thanks"
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._store = services.store
        self.setWindowTitle(self.tr("Email templates"))
        self.choice = QComboBox()
        for item in templates.all_templates(self._store):
            self.choice.addItem(item.title, item.name)
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        names = " ".join("{" + name + "}" for name in templates.PLACEHOLDERS)
        hint = QLabel(self.tr("Placeholders: {names}").format(names=names))
        hint.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.reset_button = QPushButton(self.tr("&Reset to the original"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        form = QFormLayout()
        form.addRow(self.tr("Template:"), self.choice)
        form.addRow(self.tr("Subject:"), self.subject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self.choice.currentIndexChanged.connect(self._load)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        close.rejected.connect(self.reject)
        self.unsaved.ignore(self.choice)
        self.choice.setCurrentIndex(max(self.choice.findData(initial), 0))
        self._load()
        self.resize(620, 460)

    def _load(self) -> None:
        item = templates.get(self._store, self.choice.currentData())
        self.subject.setText(item.subject)
        self.body.setPlainText(item.body)
        self.reset_button.setEnabled(item.customised)
        self.unsaved.mark_clean()

    def save(self) -> None:
        self._services.writer.call(
            templates.save, self.choice.currentData(), self.subject.text(), self.body.toPlainText()
        )
        self.reset_button.setEnabled(True)
        self.unsaved.mark_clean()

    def reset(self) -> None:
        self._services.writer.call(templates.reset, self.choice.currentData())
        self._load()
