"""The review wizard: after an event, everyone met there, one card at a time.

Each card shows the person and the one line that brings them back, the usual
follow-ups as quick actions (each with a due date from the follow-up rhythm),
notes, and what was given or received (those rows are in :mod:`netdesk.ui.events.review_rows`).
Saving a card writes it all in one transaction and marks the person reviewed in the
database, so closing the wizard half-way and opening it again resumes at the first person
left.

Keys: 1–5 quick actions (also Alt+1–5 while typing), Ctrl+Enter save and next,
Ctrl+→ / Ctrl+← skip forward / go back, Ctrl+I introduce, Ctrl+E email draft,
Esc close.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.errors import NetdeskError
from netdesk.core.events import review
from netdesk.core.events.review import PlannedFollowup, ReviewItem
from netdesk.core.followups import rhythm
from netdesk.core.storage.changes import Changes, Kind
from netdesk.core.topics import topics
from netdesk.core.topics.capture import review_with_topics
from netdesk.core.topics.keys import parse_marked
from netdesk.ui.events.review_rows import ExchangeRow, QuickActionRow, section_label
from netdesk.ui.followups.email_drafts import EmailDraftDialog
from netdesk.ui.followups.introduce_dialog import IntroduceDialog
from netdesk.ui.runtime.services import Services
from netdesk.ui.widgets.dirty_guard import GuardedDialog
from netdesk.ui.widgets.look import plain_label, set_error_style


class ReviewWizard(GuardedDialog):
    """``ReviewWizard(services, event_id)``: ``show()`` it; it resumes where it was left."""

    reviewed = Signal(int)  # person id, after a card is saved
    review_finished = Signal(int)  # event id, when the last person is reviewed

    def __init__(
        self,
        services: Services,
        event_id: int,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._services = services
        self._store = services.store
        self._event = self._store.events.get(event_id)
        self._today = today or dt.date.today()
        self._rhythm = rhythm.load(self._store)
        self._items: list[ReviewItem] = []
        self.index = 0
        self.setWindowTitle(self.tr("Review: {event}").format(event=self._event.name))
        self._build()
        # Enter in a text field must not save the card by accident: Ctrl+Enter does.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self._bind_keys()
        self.reload()
        self.resize(900, 680)
        services.changed.connect(self._on_changed)

    # -- building ------------------------------------------------------------------

    def _build(self) -> None:
        title = plain_label(self._event.name)
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        when = plain_label(
            " · ".join(
                part
                for part in (
                    QLocale().toString(self._event.starts_on, "ddd d MMM yyyy"),
                    self._event.location,
                )
                if part
            )
        )
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(8)
        header = QGridLayout()
        header.addWidget(title, 0, 0)
        header.addWidget(self.progress_label, 0, 1, Qt.AlignmentFlag.AlignRight)
        header.addWidget(when, 1, 0)
        header.addWidget(self.progress_bar, 2, 0, 1, 2)

        self.name = plain_label()
        self.name.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.role = plain_label()
        self.role.setWordWrap(True)
        self.context = plain_label()
        self.context.setWordWrap(True)
        self.context.setStyleSheet("font-style: italic;")
        self.status = plain_label()  # lists open follow-ups by their text
        self.status.setWordWrap(True)
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(self.name)
        card_layout.addWidget(self.role)
        card_layout.addWidget(self.context)
        card_layout.addWidget(self.status)
        self.held = plain_label()  # the topics the person holds already
        self.held.setWordWrap(True)
        card_layout.addWidget(self.held)

        self.actions = [
            QuickActionRow(number, item) for number, item in enumerate(rhythm.QUICK_ACTIONS, 1)
        ]
        self.actions[-1].check.toggled.connect(self._on_nothing_toggled)
        for row in self.actions[:-1]:
            row.check.toggled.connect(self._on_action_toggled)
        actions_box = QVBoxLayout()
        actions_box.addWidget(section_label(self.tr("Follow up")))
        for row in self.actions:
            actions_box.addWidget(row)

        self.gave = ExchangeRow("gave")
        self.received = ExchangeRow("received")
        exchanges = QGridLayout()
        exchanges.addWidget(section_label(self.tr("Given and received")), 0, 0, 1, 2)
        exchanges.addWidget(QLabel(self.tr("&Gave:")), 1, 0)
        exchanges.addWidget(self.gave, 1, 1)
        exchanges.addWidget(QLabel(self.tr("&Received:")), 2, 0)
        exchanges.addWidget(self.received, 2, 1)
        exchanges.itemAtPosition(1, 0).widget().setBuddy(self.gave.kind)
        exchanges.itemAtPosition(2, 0).widget().setBuddy(self.received.kind)

        self.topics = QLineEdit()
        self.topics.setPlaceholderText(
            self.tr("? their challenge, + what they offer, * an interest (apart by commas)")
        )
        self.proposed = QLabel()
        self.proposed.setWordWrap(True)
        self.proposed.setTextFormat(Qt.TextFormat.RichText)
        self.proposed.linkActivated.connect(self._add_proposed)
        topics_label = QLabel(self.tr("&Topics"))
        topics_label.setBuddy(self.topics)
        topics_row = QHBoxLayout()
        topics_row.addWidget(topics_label)
        topics_row.addWidget(self.topics, 1)

        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Notes about this person (optional)"))
        self.notes.setMinimumHeight(36)  # two lines: room for the topics row at 640 high
        notes_label = QLabel(self.tr("&Notes"))
        notes_label.setBuddy(self.notes)

        self.back_button = QPushButton(self.tr("← &Back"))
        self.skip_button = QPushButton(self.tr("S&kip →"))
        self.intro_button = QPushButton(self.tr("&Introduce…"))
        self.email_button = QPushButton(self.tr("&Email…"))
        self.save_button = QPushButton(self.tr("&Save and next"))
        self.close_button = QPushButton(self.tr("&Close"))
        buttons = QHBoxLayout()
        for button in (self.back_button, self.skip_button, self.intro_button, self.email_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        self.error = plain_label()
        set_error_style(self.error)
        self.error.setWordWrap(True)
        keys = QLabel(
            self.tr(
                "Keys: 1–5 quick actions · Ctrl+Enter save and next · Ctrl+→ skip · "
                "Ctrl+← back · Ctrl+I introduce · Ctrl+E email · Esc close"
            )
        )
        keys.setWordWrap(True)
        keys.setEnabled(False)  # greyed: a hint, not content

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(card)
        page_layout.addLayout(actions_box)
        page_layout.addLayout(exchanges)
        page_layout.addLayout(topics_row)
        page_layout.addWidget(self.proposed)
        page_layout.addWidget(notes_label)
        page_layout.addWidget(self.notes, 1)
        page_layout.addWidget(self.error)
        page_layout.addLayout(buttons)
        page_layout.addWidget(keys)

        self.done_title = QLabel()
        self.done_title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.done_text = QLabel()
        self.done_text.setWordWrap(True)
        self.empty_text = QLabel(
            self.tr(
                "Nobody has been recorded as met at this event yet. Add the people you met "
                "(quick capture, scan or import) and review them here afterwards."
            )
        )
        self.empty_text.setWordWrap(True)
        self.again_button = QPushButton(self.tr("Review &again from the start"))
        finished = QWidget()
        finished_layout = QVBoxLayout(finished)
        finished_layout.addStretch(1)
        # Full width, text centred: an aligned word-wrapped label gets no width and clips.
        for widget in (self.done_title, self.done_text, self.empty_text):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            finished_layout.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        self.finished_close = QPushButton(self.tr("&Close"))
        row.addWidget(self.again_button)
        row.addWidget(self.finished_close)
        row.addStretch(1)
        finished_layout.addLayout(row)
        finished_layout.addStretch(2)

        self.pages = QStackedWidget()
        self.pages.addWidget(page)
        self.pages.addWidget(finished)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.pages, 1)

        self.back_button.clicked.connect(self.back)
        self.skip_button.clicked.connect(self.skip)
        self.save_button.clicked.connect(self.save_and_next)
        self.close_button.clicked.connect(self.close)
        self.finished_close.clicked.connect(self.close)
        self.intro_button.clicked.connect(self.introduce)
        self.email_button.clicked.connect(self.email)
        self.again_button.clicked.connect(self._review_again)

    def _bind_keys(self) -> None:
        bindings = (
            ("Ctrl+Return", self.save_and_next),
            ("Ctrl+Enter", self.save_and_next),
            ("Ctrl+Right", self.skip),
            ("Ctrl+Left", self.back),
            ("Ctrl+I", self.introduce),
            ("Ctrl+E", self.email),
        )
        for keys, slot in bindings:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
        # A bare digit while typing in a text field types the digit (the field takes
        # the key first); anywhere else it toggles the quick action.
        for number, row in enumerate(self.actions, 1):
            shortcut = QShortcut(QKeySequence(str(number)), self)
            shortcut.activated.connect(row.check.click)

    # -- state ---------------------------------------------------------------------

    def reload(self) -> None:
        """Read who was met and who is reviewed; go to the first person left."""
        self._items = review.items(self._store, self._event.id)
        if not self._items or all(item.reviewed for item in self._items):
            self._show_finished()
        else:
            self.show_card(review.resume_index(self._items))

    def _on_changed(self, changes: Changes) -> None:
        """Someone captured at the event while reviewing: count them, keep the card as typed."""
        if not changes.touches(Kind.ENCOUNTERS, Kind.PEOPLE) or self.current is None:
            return
        person_id = self._items[self.index].person_id
        self._items = review.items(self._store, self._event.id)
        ids = [item.person_id for item in self._items]
        if person_id in ids:
            self.index = ids.index(person_id)
            self._update_progress()
        elif self._items:
            self.show_card(review.resume_index(self._items))
        else:
            self._show_finished()

    @property
    def items(self) -> list[ReviewItem]:
        return list(self._items)

    @property
    def current(self) -> ReviewItem | None:
        if self.pages.currentIndex() != 0 or not self._items:
            return None
        return self._items[self.index]

    def progress_text(self) -> str:
        done = sum(item.reviewed for item in self._items)
        return self.tr("{done} of {total} reviewed").format(done=done, total=len(self._items))

    def _update_progress(self) -> None:
        done = sum(item.reviewed for item in self._items)
        self.progress_label.setText(self.progress_text())
        self.progress_bar.setRange(0, max(len(self._items), 1))
        self.progress_bar.setValue(done)

    def show_card(self, index: int) -> None:
        self.index = max(0, min(index, len(self._items) - 1))
        item = self._items[self.index]
        self.pages.setCurrentIndex(0)
        self.name.setText(item.full_name)
        role = " · ".join(v for v in (item.title, item.department, item.organisation) if v)
        self.role.setText(role + (f"\n{item.email}" if item.email else ""))
        self.context.setText(f"“{item.context}”" if item.context else self.tr("No context noted"))
        self.status.setText(self._status_text(item))
        suggested = rhythm.suggestions(self._rhythm, self._event_day(), today=self._today)
        existing = review.open_followups(self._store, item.person_id)
        for row in self.actions:
            due = suggested.get(row.item.key)
            covered = None
            if row.item.action is not None:
                text = rhythm.action_text(row.item)
                wanted = PlannedFollowup(row.item.action, text, due or self._today)
                covered = review.already_planned(wanted, existing, self._event.id)
            row.reset(due, covered)
        self.gave.reset()
        self.received.reset()
        self.notes.clear()
        self._show_topics(item.person_id)
        self.error.clear()
        self.back_button.setEnabled(self.index > 0)
        self._update_progress()
        self.actions[0].check.setFocus()
        self.unsaved.mark_clean()  # a fresh card: nothing typed on it yet

    def _show_topics(self, person_id: int) -> None:
        """The topics the person holds, and those their context line names, one click away."""
        from html import escape

        from netdesk.ui.topics.roles import role_label

        held = topics.for_person(self._store, person_id)
        self.held.setText(" · ".join(f"{role_label(h.role)}: {h.label}" for h in held))
        self.held.setVisible(bool(held))
        self.topics.clear()
        proposed = topics.proposed_for_person(self._store, person_id)
        links = ", ".join(f"<a href='{t.id}'>{escape(t.label)}</a>" for t in proposed[:4])
        self.proposed.setText(
            self.tr("Mentioned when you met: {topics} (click to add as a challenge)").format(
                topics=links
            )
            if proposed
            else ""
        )
        self.proposed.setVisible(bool(proposed))

    def _add_proposed(self, href: str) -> None:
        label = topics.get(self._store, int(href)).label
        typed = self.topics.text().strip().rstrip(",;")
        if label.casefold() not in (t.casefold() for _r, t in parse_marked(typed)):
            self.topics.setText(f"{typed}, ? {label}" if typed else f"? {label}")

    def _status_text(self, item: ReviewItem) -> str:
        position = self.tr("Person {number} of {total}").format(
            number=self.index + 1, total=len(self._items)
        )
        # Every open follow-up for the person, from the first visit: what was promised at
        # the event (quick capture) must be seen before planning another.
        open_items = [f.text for f in review.open_followups(self._store, item.person_id)]
        text = position
        if item.reviewed:
            text = self.tr("{position} · already reviewed").format(position=position)
        if open_items:
            text += " · " + self.tr("open: {items}").format(items="; ".join(open_items))
        return text

    def _event_day(self) -> dt.date:
        return self._event.ends_on or self._event.starts_on

    def _show_finished(self) -> None:
        self.pages.setCurrentIndex(1)
        has_people = bool(self._items)
        created = len(self._store.followups.list("all", event_id=self._event.id))
        self.done_title.setText(
            self.tr("Everyone reviewed") if has_people else self.tr("No one to review yet")
        )
        self.done_text.setText(
            self.tr("{people} people reviewed; {followups} follow-ups for this event.").format(
                people=len(self._items), followups=created
            )
        )
        self.done_text.setVisible(has_people)
        self.again_button.setVisible(has_people)
        self.empty_text.setVisible(not has_people)
        self._update_progress()
        self.finished_close.setFocus()
        self.unsaved.mark_clean()

    # -- actions -------------------------------------------------------------------

    def _on_nothing_toggled(self, on: bool) -> None:
        if on:
            for row in self.actions[:-1]:
                if row.existing is None:
                    row.check.setChecked(False)

    def _on_action_toggled(self, on: bool) -> None:
        if on:
            self.actions[-1].check.setChecked(False)

    def planned_followups(self) -> list[PlannedFollowup]:
        return [p for p in (row.planned() for row in self.actions) if p is not None]

    def save_and_next(self) -> None:
        item = self.current
        if item is None:
            return
        chosen = [row.item.key for row in self.actions if row.check.isChecked()]
        exchanges = [p for p in (self.gave.planned(), self.received.planned()) if p]
        try:
            self._services.writer.call(
                review_with_topics,
                self._event.id,
                item.person_id,
                held=parse_marked(self.topics.text()),
                followups=self.planned_followups(),
                exchanges=exchanges,
                note=self.notes.toPlainText(),
                decision=",".join(chosen) or "nothing",
                today=self._today,
            )
        except NetdeskError as error:
            self.error.setText(str(error))
            return
        self.reviewed.emit(item.person_id)
        previous = self.index
        self._items = review.items(self._store, self._event.id)
        if all(entry.reviewed for entry in self._items):
            self._show_finished()
            self.review_finished.emit(self._event.id)
            return
        # Next person still to review after this one, else the first one left before it.
        later = [i for i, e in enumerate(self._items) if not e.reviewed and i > previous]
        self.show_card(later[0] if later else review.resume_index(self._items))

    def skip(self) -> None:
        if self.current is not None and self.index < len(self._items) - 1:
            # Moving on clears the card: what was typed on it is asked about first.
            self.unsaved.confirm_discard(lambda: self.show_card(self.index + 1))

    def back(self) -> None:
        if self.pages.currentIndex() == 1 and self._items:
            self.show_card(len(self._items) - 1)
        elif self.current is not None and self.index > 0:
            self.unsaved.confirm_discard(lambda: self.show_card(self.index - 1))

    def _review_again(self) -> None:
        self.show_card(0)

    def introduce(self) -> None:
        item = self.current
        if item is None:
            return
        dialog = IntroduceDialog(self._services, item.person_id, self, today=self._today)
        dialog.introduced.connect(lambda _: self.status.setText(self._status_text(item)))
        dialog.open()

    def email(self) -> None:
        item = self.current
        if item is None:
            return
        template = "info" if self.actions[0].check.isChecked() else "thanks"
        EmailDraftDialog(
            self._services, item.person_id, template=template, event_id=self._event.id, parent=self
        ).open()
