"""Keep in touch with one person: none, monthly, quarterly, yearly or every N days.

The dialog says when they were last contacted and when that makes them due,
updating as the choice changes, so the user sees what the cadence means
before saving it. :class:`CadencePicker` is the same choice as a widget, used
again per tag in the Preferences.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.errors import NetdeskError
from netdesk.core.followups import cadence
from netdesk.core.insights import insights
from netdesk.ui.runtime.services import Services
from netdesk.ui.widgets.dirty_guard import GuardedDialog
from netdesk.ui.widgets.look import (
    dialog_buttons,
    plain_label,
    scaled_font,
    set_error_style,
    set_muted,
)

MAX_DAYS = 3660
CUSTOM = "custom"


class CadencePicker(QWidget):
    """A combo (none, monthly, quarterly, yearly, custom) and a day count for custom."""

    days_changed = Signal(object)  # int | None

    def __init__(self, days: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.addItem(self.tr("None"), None)
        self.combo.addItem(self.tr("Monthly"), "monthly")
        self.combo.addItem(self.tr("Quarterly"), "quarterly")
        self.combo.addItem(self.tr("Yearly"), "yearly")
        self.combo.addItem(self.tr("Every … days"), CUSTOM)
        self.spin = QSpinBox()
        self.spin.setRange(1, MAX_DAYS)
        self.spin.setSuffix(self.tr(" days"))
        self.spin.setValue(60)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.spin)
        self.set_days(days)
        self.combo.currentIndexChanged.connect(self._on_changed)
        self.spin.valueChanged.connect(self._on_changed)

    def set_days(self, days: int | None) -> None:
        preset = next((key for key, value in cadence.PRESETS.items() if value == days), None)
        if days is None:
            key = None
        elif preset:
            key = preset
        else:
            key = CUSTOM
            self.spin.setValue(days)
        self.combo.setCurrentIndex(self.combo.findData(key))
        self.spin.setVisible(key == CUSTOM)

    def days(self) -> int | None:
        key = self.combo.currentData()
        if key is None:
            return None
        if key == CUSTOM:
            return self.spin.value()
        return cadence.PRESETS[key]

    def _on_changed(self) -> None:
        self.spin.setVisible(self.combo.currentData() == CUSTOM)
        self.days_changed.emit(self.days())


class CadenceDialog(GuardedDialog):
    """Set how often to get in touch with ``person_id``; saves on OK."""

    def __init__(
        self,
        services: Services,
        person_id: int,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.person_id = person_id
        self.today = today or dt.date.today()
        store = services.store
        person = store.people.get(person_id)
        self.state = insights.person_cadence(store, person_id)
        self.setWindowTitle(self.tr("Keep in touch with {name}").format(name=person.full_name))

        heading = plain_label(person.full_name)
        heading.setFont(scaled_font(self, 1.2, bold=True))
        about = plain_label(" · ".join(x for x in (person.title, person.organisation) if x))
        set_muted(about)
        self.picker = CadencePicker(self.state.own_days)
        self.tag_note = QLabel()
        self.tag_note.setWordWrap(True)
        set_muted(self.tag_note)
        self.last = QLabel(self.state.last_contact.isoformat())
        self.next = QLabel()
        self.next.setWordWrap(True)
        self.error = plain_label()
        self.error.setWordWrap(True)
        set_error_style(self.error)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Get in touch"), self.picker)
        form.addRow("", self.tag_note)
        form.addRow(self.tr("Last contact"), self.last)
        form.addRow(self.tr("Next due"), self.next)
        buttons = dialog_buttons(self, ok=QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if about.text():
            layout.addWidget(about)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.picker.days_changed.connect(self._update)
        self._update()
        self.setMinimumWidth(440)

    def _update(self, *_: object) -> None:
        own = self.picker.days()
        tag_days = self.state.tag_days
        if own is None and tag_days:
            self.tag_note.setText(
                self.tr(
                    "Their tags ask for every {days} days; that applies unless you choose here."
                ).format(days=tag_days)
            )
        elif own is not None and tag_days:
            self.tag_note.setText(
                self.tr("This replaces the every {days} days their tags ask for.").format(
                    days=tag_days
                )
            )
        else:
            self.tag_note.setText(self.tr("Also settable per tag in the Preferences."))
        days = own or tag_days
        due = self.state.next_due(days) if days else None
        if due is None:
            self.next.setText(self.tr("Not due: no keep-in-touch cadence."))
        elif self.state.open_due is not None:
            self.next.setText(
                self.tr("A follow-up is open (due {open}); after it, every {days} days.")
                .format(open=self.state.open_due.isoformat(), days=days)
            )  # fmt: skip
        elif due == self.today:
            self.next.setText(self.tr("{date}: due today.").format(date=due.isoformat()))
        elif due < self.today:
            self.next.setText(
                self.tr("{date}: due now, {late} days ago.").format(
                    date=due.isoformat(), late=(self.today - due).days
                )
            )
        else:
            self.next.setText(
                self.tr("{date}, in {days} days.").format(
                    date=due.isoformat(), days=(due - self.today).days
                )
            )

    def accept(self) -> None:
        try:
            self.services.writer.call(
                cadence.set_person_cadence, self.person_id, self.picker.days()
            )
        except NetdeskError as error:
            self.error.setText(str(error))
            self.error.show()
            return
        super().accept()
