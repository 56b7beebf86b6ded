"""Create or edit an event and its goals ("meet someone from Commercial banking")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
)

from netdesk.core.errors import NetdeskError
from netdesk.core.model import EVENT_KINDS, Event
from netdesk.core.operations.event_editing import save_event
from netdesk.ui.followups.followup_dialog import from_qdate, to_qdate
from netdesk.ui.runtime.services import Services
from netdesk.ui.widgets import vocabulary
from netdesk.ui.widgets.dirty_guard import GuardedDialog
from netdesk.ui.widgets.look import dialog_buttons, plain_label, set_error_style, stack_dialog

GOAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class EventDialog(GuardedDialog):
    """New event (``event=None``) or edit one; :attr:`event_id` is set after saving."""

    def __init__(self, services: Services, event: Event | None = None, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self._store = store = services.store  # reading; saving goes through the writer
        self._event = event
        self.event_id: int | None = event.id if event else None
        self.setWindowTitle(self.tr("Edit event") if event else self.tr("New event"))
        self.setMinimumWidth(500)
        self.name = QLineEdit(event.name if event else "")
        self.name.setPlaceholderText(self.tr("e.g. Business Breakfast Utrecht"))
        self.kind = QComboBox()
        for kind in EVENT_KINDS:
            self.kind.addItem(vocabulary.event_kind(kind), kind)
        self.kind.setCurrentIndex(EVENT_KINDS.index(event.kind if event else "breakfast"))
        today = dt.date.today()
        self.starts = QDateEdit(to_qdate(event.starts_on if event else today))
        self.ends = QDateEdit(to_qdate((event.ends_on or event.starts_on) if event else today))
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.several_days = QCheckBox(self.tr("until"))
        self.several_days.setChecked(bool(event and event.ends_on))
        self.ends.setEnabled(self.several_days.isChecked())
        self.several_days.toggled.connect(self.ends.setEnabled)
        self.location = QLineEdit(event.location if event else "")
        self.organiser = QLineEdit(event.organiser if event else "")
        self.notes = QPlainTextEdit(event.notes if event else "")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)

        self.goals = QListWidget()
        self.goals.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.new_goal = QLineEdit()
        self.new_goal.setPlaceholderText(
            self.tr("e.g. find 2 peers with the pumping-station problem")
        )
        self.new_goal.returnPressed.connect(self._add_goal)
        add_goal = QPushButton(self.tr("Add goal"))
        add_goal.setAutoDefault(False)
        add_goal.clicked.connect(self._add_goal)
        remove_goal = QPushButton(self.tr("Remove"))
        remove_goal.setAutoDefault(False)
        remove_goal.clicked.connect(self._remove_goal)
        self._removed_goals: list[int] = []
        if event:
            for goal in store.goals.for_event(event.id):
                text = self.tr("{text} — {progress} of {target}").format(
                    text=goal.text, progress=goal.progress, target=goal.target
                )
                item = QListWidgetItem(text)
                item.setData(GOAL_ID_ROLE, goal.id)
                self.goals.addItem(item)

        self.error = plain_label()  # refusals quote the value typed
        self.error.setWordWrap(True)
        set_error_style(self.error)
        self.error.hide()

        dates = QHBoxLayout()
        dates.addWidget(self.starts)
        dates.addWidget(self.several_days)
        dates.addWidget(self.ends)
        dates.addStretch()
        goal_row = QHBoxLayout()
        goal_row.addWidget(self.new_goal, 1)
        goal_row.addWidget(add_goal)
        goal_row.addWidget(remove_goal)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Date"), dates)
        # A row holding a layout gets no buddy: without one the & shows as text.
        form.labelForField(dates).setBuddy(self.starts)
        form.addRow(self.tr("&Location"), self.location)
        form.addRow(self.tr("&Organiser"), self.organiser)
        form.addRow(self.tr("N&otes"), self.notes)
        form.addRow(self.tr("&Goals"), self.goals)
        form.addRow("", goal_row)
        buttons = dialog_buttons(self)
        stack_dialog(self, form, self.error, buttons)

    def _add_goal(self) -> None:
        text = " ".join(self.new_goal.text().split())
        if text:
            self.goals.addItem(QListWidgetItem(text))  # no id yet: written on save
            self.new_goal.clear()

    def _remove_goal(self) -> None:
        item = self.goals.currentItem()
        if item is None:
            return
        goal_id = item.data(GOAL_ID_ROLE)
        if goal_id is not None:
            self._removed_goals.append(goal_id)
        self.goals.takeItem(self.goals.row(item))

    def accept(self) -> None:
        if self.new_goal.text().strip():
            self._add_goal()
        new_goals = tuple(
            self.goals.item(i).text()
            for i in range(self.goals.count())
            if self.goals.item(i).data(GOAL_ID_ROLE) is None
        )
        values = {
            "kind": self.kind.currentData(),
            "ends_on": from_qdate(self.ends.date()) if self.several_days.isChecked() else None,
            "location": self.location.text(),
            "organiser": self.organiser.text(),
            "notes": self.notes.toPlainText(),
        }
        try:
            self.event_id = self.services.writer.call(
                save_event,
                self.event_id,
                name=self.name.text(),
                starts_on=from_qdate(self.starts.date()),
                new_goals=new_goals,
                removed_goals=tuple(self._removed_goals),
                **values,
            )
        except NetdeskError as error:
            if self._event is None:
                self.event_id = None
            self.error.setText(str(error))
            self.error.show()
            return
        super().accept()
