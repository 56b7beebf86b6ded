"""Quick capture (Ctrl+N from anywhere): a name, an organisation, one line, maybe a follow-up.

Built for the moment right after a handshake: the name field has focus, Tab
walks the four fields, Enter saves to the current event. Ctrl+Enter saves and
clears the form for the next person at the same table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
)

from netdesk.core.model import PersonFields
from netdesk.core.topics import topics
from netdesk.core.topics.capture import capture_with_topics
from netdesk.core.topics.keys import parse_marked
from netdesk.ui.runtime.services import Services
from netdesk.ui.widgets.dirty_guard import GuardedDialog
from netdesk.ui.widgets.look import (
    plain_label,
    set_error_style,
    set_muted,
    set_warning_style,
    short_date,
)


class QuickCapture(GuardedDialog):
    saved = Signal(int)  # the new person's id, once committed

    def __init__(self, services: Services, *, followup_days: int = 3, parent=None) -> None:
        super().__init__(parent)
        self.services = services
        self.added: list[int] = []
        self._saving = False
        self.setWindowTitle(self.tr("Quick capture"))
        self.setMinimumWidth(440)
        store = services.store
        self.event_label = QLabel()
        self.event_label.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Who did you just meet?"))
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("Where do they work? (optional)"))
        completer = QCompleter(store.people.organisations(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation.setCompleter(completer)
        self.context = QLineEdit()
        self.context.setPlaceholderText(self.tr("One line to remember them by"))
        self.topics = QLineEdit()
        self.topics.setPlaceholderText(self.tr("? their challenge, + what they offer (optional)"))
        self.topics.setToolTip(
            self.tr(
                "Topics apart by commas: ? marks a challenge, + an offer, * an interest."
                " Unmarked topics are challenges."
            )
        )
        # "Same problem as mine": one keystroke (Alt+1…) for each of the user's challenges.
        self.same_buttons: list[QToolButton] = []
        same_row = QHBoxLayout()
        for n, held in enumerate(topics.mine(store, "challenge")[:3], start=1):
            button = QToolButton()
            button.setText(self.tr("Same as mine: {topic}").format(topic=held.label))
            button.setShortcut(QKeySequence(f"Alt+{n}"))
            button.setToolTip(self.tr("Add {topic} as their challenge (Alt+{n})").format(
                topic=held.label, n=n))  # fmt: skip
            button.clicked.connect(lambda _checked=False, label=held.label: self.add_topic(label))
            same_row.addWidget(button)
            self.same_buttons.append(button)
        same_row.addStretch(1)
        self.followup = QLineEdit()
        self.followup.setPlaceholderText(self.tr("What you promised (optional)"))
        self.followup_days = QSpinBox()
        self.followup_days.setRange(0, 365)
        self.followup_days.setValue(followup_days)
        self.followup_days.setSuffix(self.tr(" days"))
        self.followup_days.setPrefix(self.tr("due in "))
        self.error = plain_label()  # refusals quote the value typed
        self.error.setWordWrap(True)
        set_error_style(self.error)
        self.error.hide()
        self.hint = QLabel(
            self.tr("Enter saves · Ctrl+Enter saves and starts the next · Esc closes")
        )
        set_muted(self.hint)

        followup_row = QHBoxLayout()
        followup_row.addWidget(self.followup, 1)
        followup_row.addWidget(self.followup_days)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("&Context"), self.context)
        form.addRow(self.tr("&Topics"), self.topics)
        if self.same_buttons:
            form.addRow("", same_row)
        form.addRow(self.tr("&Follow-up"), followup_row)
        # A row holding a layout gets no buddy: without one the & shows as text.
        form.labelForField(followup_row).setBuddy(self.followup)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.next_button = buttons.addButton(
            self.tr("Save && &next"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.next_button.setAutoDefault(False)
        self.next_button.clicked.connect(self.save_and_next)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(sequence), self, self.save_and_next)
        layout = QVBoxLayout(self)
        layout.addWidget(self.event_label)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        layout.addWidget(self.hint)
        self._show_event()
        services.current_event_changed.connect(self._show_event)
        self.name.setFocus()

    def _show_event(self, *_args: object) -> None:
        event_id = self.services.current_event_id
        if event_id is None:
            self.event_label.setText(
                self.tr(
                    "No current event: people are saved without one. Pick the event in"
                    " the toolbar to attach them."
                )
            )
            set_warning_style(self.event_label)
            return
        event = self.services.store.events.get(event_id)
        self.event_label.setStyleSheet("")
        self.event_label.setText(
            self.tr("Met at <b>{name}</b> ({date})").format(
                name=escape(event.name), date=short_date(event.starts_on)
            )
        )

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Write the person (and follow-up) through the app's writer, all or nothing.

        The form keeps what was typed until the write has committed; ``then`` runs
        after that. A refusal or a busy database shows its sentence and keeps it all.
        """
        due = dt.date.today() + dt.timedelta(days=self.followup_days.value())
        self._set_saving(True)
        self.services.writer.submit(
            capture_with_topics,
            PersonFields(full_name=self.name.text(), organisation=self.organisation.text()),
            event_id=self.services.current_event_id,
            context=self.context.text(),
            followup=self.followup.text(),
            followup_due=due,
            held=parse_marked(self.topics.text()),
            on_done=lambda person_id: self._on_saved(person_id, then),
            on_error=self._on_refused,
        )

    def add_topic(self, label: str, mark: str = "?") -> None:
        """Append ``label`` (a challenge unless ``mark`` says otherwise) to the topics typed."""
        typed = self.topics.text().strip().rstrip(",;")
        held = [label.casefold() for _role, label in parse_marked(typed)]
        if label.casefold() not in held:
            self.topics.setText(f"{typed}, {mark} {label}" if typed else f"{mark} {label}")

    def _set_saving(self, saving: bool) -> None:
        self.buttons.setEnabled(not saving)
        self._saving = saving

    def _on_saved(self, person_id: int, then: Callable[[], None] | None) -> None:
        self._set_saving(False)
        self.error.hide()
        self.added.append(person_id)
        if then is not None:
            then()
        self.saved.emit(person_id)

    def _on_refused(self, error: Exception) -> None:
        self._set_saving(False)
        self.error.setText(str(error))
        self.error.show()
        self.name.setFocus()

    def accept(self) -> None:
        if not self._saving:
            self.save(then=super().accept)

    def reject(self) -> None:
        # Closing while the write is under way would drop the dialog its answer comes to;
        # the write takes milliseconds unless another program holds the database.
        if not self._saving:
            super().reject()

    def save_and_next(self) -> None:
        if not self._saving:
            self.save(then=self._start_next)

    def _start_next(self) -> None:
        # Everything clears, the organisation too: kept, it ended up on the next person
        # from another company; the completer offers it again after a letter or two.
        for edit in (self.name, self.organisation, self.context, self.topics, self.followup):
            edit.clear()
        self.name.setFocus()
        self.unsaved.mark_clean()
