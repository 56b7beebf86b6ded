"""Introduce A to B, with why: a cross-referral both sides remember, and a follow-up.

Opened from either person's page (or from the review wizard). Pick the other
person by typing a few letters; the draft email to both updates as 'why' is
typed, and can go to the mail program or the clipboard.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.errors import NetdeskError
from netdesk.core.events import review
from netdesk.core.followups import templates
from netdesk.ui.followups.email_drafts import DraftEditor
from netdesk.ui.runtime.services import Services
from netdesk.ui.widgets.dirty_guard import GuardedDialog
from netdesk.ui.widgets.look import escaped, plain_label, plain_mnemonic, set_error_style

ASK_AFTER_DAYS = 14  # long enough for them to have met, short enough to still remember


class IntroduceDialog(GuardedDialog):
    """``IntroduceDialog(services, person_id)``; ``introduced(intro_id)`` once saved."""

    introduced = Signal(int)

    def __init__(
        self,
        services: Services,
        person_id: int,
        parent: QWidget | None = None,
        *,
        other_id: int | None = None,
        why: str = "",
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._store = services.store
        self._person = self._store.people.get(person_id)
        self._other_id: int | None = None
        self._today = today or dt.date.today()
        self.setWindowTitle(self.tr("Introduce {name}").format(name=self._person.full_name))

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, organisation or tag…"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setMaximumHeight(100)
        self.chosen = plain_label(self.tr("Nobody chosen yet"))
        self.why = QLineEdit(why)
        self.why.setPlaceholderText(self.tr("Why they should meet, in one line"))
        self.ask = QCheckBox(
            self.tr("&Ask {name} how it went, on").format(
                name=plain_mnemonic(self._person.full_name)
            )
        )
        self.ask.setChecked(True)
        self.ask_on = QDateEdit()
        self.ask_on.setCalendarPopup(True)
        self.ask_on.setDisplayFormat("yyyy-MM-dd")
        self.ask_on.setDate(_qdate(self._today + dt.timedelta(days=ASK_AFTER_DAYS)))
        self.draft = DraftEditor()
        self.error = plain_label()
        set_error_style(self.error)
        self.error.setWordWrap(True)

        ask_row = QHBoxLayout()
        ask_row.addWidget(self.ask)
        ask_row.addWidget(self.ask_on)
        ask_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Introduce:"), QLabel(f"<b>{escaped(self._person.full_name)}</b>"))
        form.addRow(self.tr("&To:"), self.search)
        form.addRow("", self.results)
        form.addRow("", self.chosen)
        form.addRow(self.tr("&Why:"), self.why)
        form.addRow("", ask_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Introduce"))
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Draft email to both:")))
        layout.addWidget(self.draft, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        # Search as you type, a little after the last key (0 in tests would be fine too).
        self._search_timer = QTimer(self, singleShot=True, interval=120)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._search_timer.start)
        # Enter in the search picks the first match; it must not also press 'Introduce'.
        self.search.installEventFilter(self)
        self.results.itemActivated.connect(self._on_result)
        self.results.currentItemChanged.connect(self._on_result)
        self.why.textChanged.connect(self._refresh_draft)
        self.ask.toggled.connect(self.ask_on.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(640, 620)
        if other_id is not None:
            self.choose(other_id)
        self.unsaved.ignore(self.search, self.results)  # finding someone is not work to keep
        self.search.setFocus()

    # -- choosing the other person -----------------------------------------------

    def _run_search(self) -> None:
        self.results.clear()
        text = self.search.text().strip()
        if not text:
            return
        for row in self._store.people.search(text, limit=20):
            if row.id == self._person.id:
                continue
            label = row.full_name + (f" — {row.organisation}" if row.organisation else "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._choose_first()
            return True
        return super().eventFilter(watched, event)

    def _choose_first(self) -> None:
        self._search_timer.stop()
        self._run_search()
        if self.results.count():
            self.results.setCurrentRow(0)
            self.why.setFocus()

    def _on_result(self, item: QListWidgetItem | None, *_: object) -> None:
        if item is not None:
            self.choose(item.data(Qt.ItemDataRole.UserRole))

    def choose(self, other_id: int) -> None:
        other = self._store.people.get(other_id)
        self._other_id = other.id
        org = f" ({other.organisation})" if other.organisation else ""
        self.chosen.setText(self.tr("Introducing to {name}").format(name=other.full_name + org))
        self.ask.setText(
            self.tr("&Ask {name} how the introduction to {other} went, on").format(
                name=plain_mnemonic(self._person.full_name), other=plain_mnemonic(other.full_name)
            )
        )
        self.ok_button.setEnabled(True)
        self._refresh_draft()

    @property
    def other_id(self) -> int | None:
        return self._other_id

    def _refresh_draft(self) -> None:
        if self._other_id is None:
            return
        self.draft.set_draft(
            templates.draft(
                self._store,
                "introduction",
                self._person.id,
                other_id=self._other_id,
                why=self.why.text(),
            )
        )

    # -- saving ----------------------------------------------------------------

    def accept(self) -> None:
        if self._other_id is None:
            return
        ask_on = self.ask_on.date().toPython() if self.ask.isChecked() else None
        try:
            introduction, _ = self._services.writer.call(
                review.introduce, self._person.id, self._other_id, self.why.text(), ask_on=ask_on
            )
        except NetdeskError as error:
            self.error.setText(str(error))
            return
        self.introduced.emit(introduction)
        super().accept()


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
