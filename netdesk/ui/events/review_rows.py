"""The rows of a review card: a quick action (check box, follow-up text, due date) and what
was given or received (a kind and a note). Each turns itself into the plan the core saves."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from netdesk.core.events.review import PlannedExchange, PlannedFollowup
from netdesk.core.followups import rhythm
from netdesk.core.model import EXCHANGE_KINDS, Followup
from netdesk.ui.widgets import vocabulary


class QuickActionRow(QWidget):
    """One quick action: a check box with its key, the follow-up text and its due date."""

    def __init__(self, number: int, item: rhythm.QuickAction, parent: QWidget | None = None):
        super().__init__(parent)
        self.item = item
        # '&1' gives Alt+1 while typing; the wizard binds the bare digit as well.
        self.check = QCheckBox(f"&{number}  {rhythm.action_text(item)}")
        self.text = QLineEdit(rhythm.action_text(item))
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("ddd d MMM yyyy")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check, 2)
        layout.addWidget(self.text, 3)
        layout.addWidget(self.due, 1)
        if item.action is None:  # 'nothing needed' has no follow-up to describe
            self.text.hide()
            self.due.hide()
        self.check.toggled.connect(self._sync)
        self._label = self.check.text()
        self.existing: Followup | None = None  # the open follow-up this one would repeat
        self._sync(False)

    def _sync(self, on: bool) -> None:
        self.text.setEnabled(on and self.existing is None)
        self.due.setEnabled(on and self.existing is None)

    def reset(self, due: dt.date | None, existing: Followup | None = None) -> None:
        """A fresh card; ``existing``: an open follow-up that already covers this action,
        shown ticked and fixed as already planned, so the key cannot add a second one."""
        self.existing = None
        self.check.setEnabled(True)
        self.check.setText(self._label)
        self.check.setToolTip("")
        self.check.setChecked(False)
        self.text.setText(rhythm.action_text(self.item))
        if due is not None:
            self.due.setDate(QDate(due.year, due.month, due.day))
        if existing is not None:
            self.existing = existing
            self.check.setChecked(True)
            self.check.setEnabled(False)
            self.check.setText(self.tr("{action} (already planned)").format(action=self._label))
            self.check.setToolTip(
                self.tr("Already planned: “{text}”, due {due}").format(
                    text=existing.text,
                    due=QLocale().toString(existing.due_on, QLocale.FormatType.ShortFormat),
                )
            )
            self.text.setText(existing.text)
            day = existing.snoozed_until or existing.due_on
            self.due.setDate(QDate(day.year, day.month, day.day))
            self._sync(True)

    def planned(self) -> PlannedFollowup | None:
        if not self.check.isChecked() or self.item.action is None or self.existing is not None:
            return None
        text = self.text.text().strip() or rhythm.action_text(self.item)
        return PlannedFollowup(self.item.action, text, self.due.date().toPython())


class ExchangeRow(QWidget):
    """What was given or received: a kind ('—' for nothing) and a note."""

    def __init__(self, direction: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.direction = direction
        self.kind = QComboBox()
        self.kind.addItem("—", None)
        for kind in EXCHANGE_KINDS:
            self.kind.addItem(vocabulary.exchange_kind(kind), kind)
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            self.tr("What you gave them") if direction == "gave" else self.tr("What they gave you")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.note, 1)
        # Typing a note with no kind chosen still logs it, as 'help'.
        self.note.textEdited.connect(self._default_kind)

    def _default_kind(self, text: str) -> None:
        if text.strip() and self.kind.currentData() is None:
            self.kind.setCurrentIndex(self.kind.findData("help"))

    def reset(self) -> None:
        self.kind.setCurrentIndex(0)
        self.note.clear()

    def planned(self) -> PlannedExchange | None:
        kind = self.kind.currentData()
        if kind is None:
            return None
        return PlannedExchange(self.direction, kind, self.note.text().strip())


def section_label(text: str) -> QLabel:
    """A bold caption over a part of the card (Notes, Gave, Received…)."""
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; margin-top: 6px;")
    return label
