"""Add or edit one follow-up: what, how, and when it is due."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
)

from netdesk.core.errors import NetdeskError
from netdesk.core.model import FOLLOWUP_ACTIONS, Followup
from netdesk.ui.runtime.services import Services
from netdesk.ui.widgets import vocabulary
from netdesk.ui.widgets.dirty_guard import GuardedDialog
from netdesk.ui.widgets.look import dialog_buttons, plain_label, set_error_style, stack_dialog


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class FollowupDialog(GuardedDialog):
    def __init__(
        self,
        services: Services,
        person_id: int,
        followup: Followup | None = None,
        *,
        event_id: int | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        store = services.store  # reading; saving goes through the writer
        self._person_id = person_id
        self._followup = followup
        self._event_id = event_id
        self.followup_id: int | None = followup.id if followup else None
        name = store.people.get(person_id).full_name
        self.setWindowTitle(
            self.tr("Edit follow-up")
            if followup
            else self.tr("Follow up with {name}").format(name=name)
        )
        self.setMinimumWidth(420)
        self.text = QLineEdit(followup.text if followup else "")
        self.text.setPlaceholderText(self.tr("e.g. Send the slides from the talk"))
        self.action = QComboBox()
        for action in FOLLOWUP_ACTIONS:
            self.action.addItem(vocabulary.followup_action(action), action)
        self.action.setCurrentIndex(
            FOLLOWUP_ACTIONS.index(followup.action if followup else "email")
        )
        self.due = QDateEdit(
            to_qdate(followup.due_on if followup else dt.date.today() + dt.timedelta(days=3))
        )
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.error = plain_label()  # refusals quote the value typed
        self.error.setWordWrap(True)
        set_error_style(self.error)
        self.error.hide()
        form = QFormLayout()
        form.addRow(QLabel(self.tr("With")), QLabel(f"<b>{escape(name)}</b>"))
        form.addRow(self.tr("&What"), self.text)
        form.addRow(self.tr("&How"), self.action)
        form.addRow(self.tr("&Due"), self.due)
        buttons = dialog_buttons(self)
        stack_dialog(self, form, self.error, buttons)

    def accept(self) -> None:
        values = {
            "text": self.text.text(),
            "action": self.action.currentData(),
            "due_on": from_qdate(self.due.date()),
        }
        try:
            if self.followup_id is None:
                self.followup_id = self._services.writer.call(
                    lambda store: store.followups.add(
                        self._person_id, event_id=self._event_id, **values
                    )
                )
            else:
                self._services.writer.call(
                    lambda store: store.followups.update(self.followup_id, **values)
                )
        except NetdeskError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        super().accept()
