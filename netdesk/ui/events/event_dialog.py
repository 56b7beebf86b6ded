"""Create or edit an event and its goals ("meet someone from Commercial banking")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt
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
from netdesk.core.events.goals import INTRODUCTIONS, target_from_text
from netdesk.core.model import EVENT_KINDS, Event
from netdesk.core.operations.event_editing import save_event, tick_goal
from netdesk.ui.followups.followup_dialog import from_qdate, to_qdate
from netdesk.ui.runtime.services import Services
from netdesk.ui.widgets import vocabulary
from netdesk.ui.widgets.dirty_guard import GuardedDialog
from netdesk.ui.widgets.look import dialog_buttons, plain_label, set_error_style, stack_dialog

GOAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
GOAL_TEXT_ROLE = Qt.ItemDataRole.UserRole + 2


class EventDialog(GuardedDialog):
    """New event (``event=None``) or edit one; :attr:`event_id` is set after saving."""

    def __init__(self, services: Services, event: Event | None = None, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self._store = services.store  # reading; saving goes through the writer
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
        # Enter adds the goal typed and stays for the next; in an empty field it saves.
        # (returnPressed alone would add it and let the dialog close as well.)
        self.new_goal.installEventFilter(self)
        add_goal = QPushButton(self.tr("Add goal"))
        add_goal.setAutoDefault(False)
        add_goal.clicked.connect(self._add_goal)
        remove_goal = QPushButton(self.tr("Remove"))
        remove_goal.setAutoDefault(False)
        remove_goal.clicked.connect(self._remove_goal)
        self.tick_goal = QPushButton(self.tr("&Tick off"))
        self.tick_goal.setAutoDefault(False)
        self.tick_goal.setToolTip(self.tr("Count one more for a goal that is counted by hand"))
        self.tick_goal.clicked.connect(self._tick_goal)
        self.tick_goal.setEnabled(False)
        # How the goal typed (or chosen) will be counted, said before it is saved.
        self.goal_hint = plain_label()
        self.goal_hint.setWordWrap(True)
        self._removed_goals: list[int] = []
        if event:
            self._list_goals(event.id)
        self.new_goal.textChanged.connect(self._update_goal_hint)
        self.goals.currentItemChanged.connect(self._update_goal_hint)

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
        goal_row.addWidget(self.tick_goal)
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
        form.addRow("", self.goal_hint)
        buttons = dialog_buttons(self)
        stack_dialog(self, form, self.error, buttons)

    def _list_goals(self, event_id: int) -> None:
        current = self.goals.currentRow()
        for row in reversed(range(self.goals.count())):  # saved goals; typed ones stay
            if self.goals.item(row).data(GOAL_ID_ROLE) is not None:
                self.goals.takeItem(row)
        for position, goal in enumerate(self._store.goals.for_event(event_id)):
            text = self.tr("{text} — {progress} of {target}").format(
                text=goal.text, progress=goal.progress, target=goal.target
            )
            item = QListWidgetItem(text)
            item.setData(GOAL_ID_ROLE, goal.id)
            item.setData(GOAL_TEXT_ROLE, goal.text)
            self.goals.insertItem(position, item)
        if current >= 0:
            self.goals.setCurrentRow(min(current, self.goals.count() - 1))

    def how_counted(self, text: str) -> str:
        """The hint for a goal's text: what will count towards it."""
        found = self._store.goals.understand(text)
        if found.field == "department":
            return self.tr("Counts people met from department {name}").format(name=found.value)
        if found.field == "organisation":
            return self.tr("Counts people met from organisation {name}").format(name=found.value)
        if found.field == "tag":
            return self.tr("Counts people met tagged {name}").format(name=found.value)
        if found.field == "internal":
            return self.tr("Counts colleagues met (internal people)")
        if found.field == "external":
            return self.tr("Counts people met from outside your organisation")
        if found.field == INTRODUCTIONS:
            return self.tr("Counts introductions you make from the event's first day")
        return self.tr(
            "No criterion found: tick it off here when done (or name a department, "
            "organisation or tag, e.g. “meet someone from Legal”)"
        )

    def _update_goal_hint(self) -> None:
        item = self.goals.currentItem()
        typed = " ".join(self.new_goal.text().split())
        text = typed or (item.data(GOAL_TEXT_ROLE) or item.text() if item else "")
        if not text:
            self.goal_hint.clear()
            self.tick_goal.setEnabled(False)
            return
        target = target_from_text(text)
        hint = self.how_counted(text)
        if target > 1:
            hint = self.tr("{hint} (target {target})").format(hint=hint, target=target)
        self.goal_hint.setText(hint)
        by_hand = self._store.goals.understand(text).field is None
        self.tick_goal.setEnabled(
            not typed and item is not None and item.data(GOAL_ID_ROLE) is not None and by_hand
        )

    def _tick_goal(self) -> None:
        item = self.goals.currentItem()
        if item is None or item.data(GOAL_ID_ROLE) is None or self.event_id is None:
            return
        clean = not self.unsaved.is_dirty()  # the tick is saved at once: it is not unsaved work
        try:
            self.services.writer.call(tick_goal, item.data(GOAL_ID_ROLE))
        except NetdeskError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        self._list_goals(self.event_id)
        if clean:
            self.unsaved.mark_clean()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.new_goal
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.new_goal.text().strip()
        ):
            self._add_goal()
            return True
        return super().eventFilter(watched, event)

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
