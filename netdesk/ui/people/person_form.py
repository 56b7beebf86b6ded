"""The form to add or edit a person, with the core's validation shown next to each field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.errors import NetdeskError
from netdesk.core.model import ContactPoint, Person, PersonFields
from netdesk.core.people.contacts import CHECKS
from netdesk.core.people.people import checked_fields
from netdesk.ui.runtime.services import Services
from netdesk.ui.widgets.dirty_guard import GuardedDialog
from netdesk.ui.widgets.look import dialog_buttons, plain_label, set_error_style, stack_dialog

# Which field shows which refusal from the core.
_FIELD_OF_ERROR = {"bad-email": "email", "bad-phone": "phone", "bad-url": "url"}


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class PersonForm(GuardedDialog):
    """Add (``person=None``) or edit a person; :attr:`person_id` is set after saving."""

    def __init__(self, services: Services, person: Person | None = None, parent=None) -> None:
        super().__init__(parent)
        self._services = services
        store = services.store  # reading; saving goes through the writer
        self._person = person
        self.person_id: int | None = person.id if person else None
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("New person"))
        self.setMinimumWidth(480)

        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.organisation.setCompleter(QCompleter(store.people.organisations(), self))
        self.department = QLineEdit()
        self.title_edit = QLineEdit()
        self.contacts = {kind: self._contact_edit() for kind in ("email", "phone", "url")}
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. pumps, mentor"))
        self.internal = QCheckBox(self.tr("A colleague in my organisation"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.errors: dict[str, QLabel] = {}

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, "name", self.tr("&Name"), self.name)
        self._row(form, "organisation", self.tr("&Organisation"), self.organisation)
        self._row(form, "department", self.tr("&Department"), self.department)
        self._row(form, "title", self.tr("&Title"), self.title_edit)
        self._row(form, "email", self.tr("&Email (one a line)"), self.contacts["email"])
        self._row(form, "phone", self.tr("&Phone (one a line)"), self.contacts["phone"])
        self._row(form, "url", self.tr("&Web (one a line)"), self.contacts["url"])
        self._row(form, "tags", self.tr("T&ags"), self.tags)
        form.addRow("", self.internal)
        self._row(form, "notes", self.tr("N&otes"), self.notes)

        buttons = dialog_buttons(self)
        stack_dialog(self, form, buttons)
        if person:
            self._fill(person)
        for kind, edit in self.contacts.items():
            edit.textChanged.connect(lambda kind=kind: self._check_contacts(kind))

    def _contact_edit(self) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)
        return edit

    def _row(self, form: QFormLayout, key: str, label: str, field: QWidget) -> None:
        error = plain_label()  # refusals quote the value typed: "'<x>' is not a valid email"
        error.setObjectName(f"error-{key}")
        error.setWordWrap(True)
        set_error_style(error)
        error.hide()
        self.errors[key] = error
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(field)
        box.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(field)
        form.addRow(caption, box)

    def _fill(self, person: Person) -> None:
        self.name.setText(person.full_name)
        self.organisation.setText(person.organisation)
        self.department.setText(person.department)
        self.title_edit.setText(person.title)
        for kind, edit in self.contacts.items():
            edit.setPlainText("\n".join(c.value for c in person.contacts if c.kind == kind))
        self.tags.setText(", ".join(person.tags))
        self.internal.setChecked(person.internal)
        self.notes.setPlainText(person.notes)

    def fields(self) -> PersonFields:
        """What the form holds; contact labels of unchanged values are kept."""
        labels = {
            (c.kind, c.value): c.label for c in (self._person.contacts if self._person else ())
        }
        contacts = tuple(
            ContactPoint(kind, value, labels.get((kind, value), ""))
            for kind, edit in self.contacts.items()
            for value in _lines(edit)
        )
        base = self._person
        return PersonFields(
            full_name=self.name.text(),
            given_name=base.given_name if base else "",
            family_name=base.family_name if base else "",
            organisation=self.organisation.text(),
            department=self.department.text(),
            title=self.title_edit.text(),
            notes=self.notes.toPlainText().strip(),
            internal=self.internal.isChecked(),
            contacts=contacts,
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            vcard_uid=base.vcard_uid if base else None,
            cadence_days=base.cadence_days if base else None,
        )

    def show_error(self, key: str, message: str) -> None:
        label = self.errors[key]
        label.setText(message)
        label.setVisible(bool(message))

    def _check_contacts(self, kind: str) -> None:
        """As-you-type check, quiet while a line is still being written."""
        problems = []
        for value in _lines(self.contacts[kind]):
            try:
                CHECKS[kind](value)
            except NetdeskError as error:
                problems.append(str(error))
        if not problems:
            self.show_error(kind, "")

    def accept(self) -> None:
        for key in self.errors:
            self.show_error(key, "")
        try:
            fields = checked_fields(self.fields())
            if self.person_id is None:
                self.person_id = self._services.writer.call(lambda store: store.people.add(fields))
            else:
                self._services.writer.call(
                    lambda store: store.people.update(self.person_id, fields)
                )
        except NetdeskError as error:
            key = _FIELD_OF_ERROR.get(error.code, "name")
            self.show_error(key, str(error))
            target = self.contacts.get(key, self.name)
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()
