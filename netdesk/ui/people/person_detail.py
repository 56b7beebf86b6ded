"""The detail pane beside the People table: everything about one person, read-only.

One rich-text document rather than dozens of labels: it wraps, selects and
copies like text, links open mail and web addresses, and it follows the palette.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.errors import NetdeskError
from netdesk.core.model import Person, Provenance
from netdesk.core.people.contacts import display_phone
from netdesk.core.storage.store import Store
from netdesk.ui.people import person_data
from netdesk.ui.topics.topic_row import TopicRow
from netdesk.ui.widgets import vocabulary
from netdesk.ui.widgets.look import error_color, muted_color, number_text, short_date

if TYPE_CHECKING:
    from netdesk.core.people.duplicates import DuplicatePair
    from netdesk.ui.people.merge_dialog import MergeDialog
    from netdesk.ui.runtime.tasks import TaskRunner
    from netdesk.ui.runtime.writer import Writer


def _href(kind: str, value: str) -> str:
    if kind == "email":
        return f"mailto:{value}"
    if kind == "phone":
        return "tel:" + "".join(ch for ch in value if ch.isdigit() or ch == "+")
    return value if "://" in value else f"https://{value}"


class PersonDetail(QWidget):
    edit_requested = Signal(int)
    followup_requested = Signal(int)
    introduce_requested = Signal(int)
    email_requested = Signal(int)
    cadence_requested = Signal(int)
    # From a topic's peers: open someone, or introduce a need to an offer (need, offer, why).
    person_requested = Signal(int)
    introduce_pair_requested = Signal(int, int, str)

    def __init__(
        self, store: Store, parent=None, *, writer: Writer, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        # Settling a possible duplicate writes, through the app's one writer.
        self._writer = writer
        # Exporting a person's data reads off the GUI thread (without: not offered).
        self._tasks = tasks
        self.person_id: int | None = None
        self._shown: tuple[str, int] | None = None
        self.browser = _Browser()
        # Links to mail and call open outside; netdesk: links act inside the pane.
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_link)
        self._provenance_open = False
        self.browser.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit this person (F2)"))
        self.followup_button = QPushButton(self.tr("Add &follow-up…"))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.followup_button.clicked.connect(lambda: self._emit(self.followup_requested))
        # The rarer actions share one menu, so the pane stays narrow.
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        for text, signal in (
            (self.tr("&Introduce to…"), self.introduce_requested),
            (self.tr("Email &draft…"), self.email_requested),
            (self.tr("&Keep in touch…"), self.cadence_requested),
        ):
            more.addAction(text).triggered.connect(
                lambda _checked=False, signal=signal: self._emit(signal)
            )
        # What the person may ask for: their data, or to be forgotten.
        more.addSeparator()
        self.export_data_action = more.addAction(self.tr("E&xport this person's data…"))
        self.export_data_action.triggered.connect(self.export_data)
        self.export_data_action.setVisible(tasks is not None)
        self.erase_action = more.addAction(self.tr("Erase for &good…"))
        self.erase_action.triggered.connect(self.erase)
        self.more_button.setMenu(more)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.followup_button)
        buttons.addWidget(self.more_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(buttons)
        self.topic_row = TopicRow(store, writer.call)
        self.topic_row.person_requested.connect(self.person_requested)
        self.topic_row.introduce_requested.connect(self.introduce_pair_requested)
        layout.addWidget(self.topic_row)
        layout.addWidget(self._make_duplicate_note())
        layout.addWidget(self.browser)
        self.show_person(None)

    def _make_duplicate_note(self) -> QFrame:
        """Shown while this person may be someone else in the list: the user settles it."""
        self._pair: DuplicatePair | None = None
        self.duplicate_note = QFrame()
        self.duplicate_note.setFrameShape(QFrame.Shape.StyledPanel)
        self.duplicate_label = QLabel()
        self.duplicate_label.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setToolTip(self.tr("Make one person of the two, choosing field by field"))
        self.distinct_button = QPushButton(self.tr("&Different people"))
        self.distinct_button.setToolTip(self.tr("Keep both and never suggest this pair again"))
        self.merge_button.clicked.connect(self.merge_duplicate)
        self.distinct_button.clicked.connect(self.mark_distinct)
        row = QHBoxLayout()
        row.addWidget(self.merge_button)
        row.addWidget(self.distinct_button)
        row.addStretch()
        note = QVBoxLayout(self.duplicate_note)
        note.addWidget(self.duplicate_label)
        note.addLayout(row)
        self.duplicate_note.hide()
        return self.duplicate_note

    def _show_duplicate_note(self, person: Person | None) -> None:
        pairs = self._store.duplicates.open_pairs(person.id) if person else []
        self._pair = pairs[0] if pairs else None
        self.duplicate_note.setVisible(self._pair is not None)
        if self._pair is None or person is None:
            return
        other_id = self._pair.partner_of(person.id)
        name = self._pair.other_name if other_id == self._pair.other_id else self._pair.person_name
        text = self.tr("Possibly the same person as {name} ({reason}).").format(
            name=name, reason=vocabulary.duplicate_reason(self._pair.reason)
        )
        if len(pairs) > 1:
            text += " " + self.tr("{n} more look-alikes.").format(n=number_text(len(pairs) - 1))
        self.duplicate_label.setText(text)

    def duplicate_merge_dialog(self) -> MergeDialog | None:
        """The merge dialog for the shown pair: this person kept, the other folded in."""
        if self._pair is None or self.person_id is None:
            return None
        other_id = self._pair.partner_of(self.person_id)
        try:
            proposal = self._store.duplicates.proposal(self.person_id, other_id)
        except NetdeskError as error:
            QMessageBox.warning(self, self.tr("netdesk"), str(error))
            return None
        from netdesk.ui.people.merge_dialog import MergeDialog  # and the matching it shows: on use

        dialog = MergeDialog(proposal, self)
        dialog.setWindowTitle(self.tr("Merge possible duplicate"))
        return dialog

    def apply_duplicate_merge(self, dialog: MergeDialog) -> None:
        if self._pair is None or self.person_id is None:
            return
        keep, other = self.person_id, self._pair.partner_of(self.person_id)
        try:
            self._write(
                lambda store: store.duplicates.merge(
                    keep, other, dialog.choices(), add_points=dialog.points()
                )
            )
        except NetdeskError as error:
            QMessageBox.warning(self, self.tr("netdesk"), str(error))
        self.show_person(keep)

    def merge_duplicate(self) -> None:
        dialog = self.duplicate_merge_dialog()
        if dialog is not None and dialog.exec() == dialog.DialogCode.Accepted:
            self.apply_duplicate_merge(dialog)

    def _write(self, op: Callable[[Store], object]) -> None:
        self._writer.call(op)

    def mark_distinct(self) -> None:
        if self._pair is None or self.person_id is None:
            return
        try:
            pair = (self._pair.person_id, self._pair.other_id)
            self._write(lambda store: store.duplicates.dismiss(*pair))
        except NetdeskError as error:
            QMessageBox.warning(self, self.tr("netdesk"), str(error))
        self.show_person(self.person_id)

    def _shown_name(self) -> str | None:
        if self.person_id is None:
            return None
        try:
            return self._store.people.get(self.person_id).full_name
        except NetdeskError:
            return None

    def export_data(self) -> None:
        name = self._shown_name()
        if name is not None and self._tasks is not None:
            person_data.export_data(self, self._store, self._tasks, self.person_id, name)

    def erase(self) -> None:
        name = self._shown_name()
        if name is not None and person_data.erase(self, self._writer, self.person_id, name):
            self.show_person(None)

    def _emit(self, signal: Signal) -> None:
        if self.person_id is not None:
            signal.emit(self.person_id)

    def show_person(self, person_id: int | None, *, selected: int = 1) -> None:
        """Show ``person_id`` (None: nothing, or a hint about a multiple selection)."""
        placeholder = ("none", selected if selected > 1 else 0)
        if person_id is None and self._shown == placeholder:
            return  # the same hint as now: a search keystroke need not re-render it
        person = None
        if person_id is not None:
            try:
                person = self._store.people.get(person_id)
            except NetdeskError:
                person = None
        self.person_id = person.id if person else None
        self.edit_button.setEnabled(person is not None)
        self.followup_button.setEnabled(person is not None)
        self.more_button.setEnabled(person is not None)
        self._show_duplicate_note(person)
        self.topic_row.show_person(self.person_id)
        if person is None:
            hint = (
                self.tr(
                    "{n} people selected. Tag them, add them to an event or delete them"
                    " with the buttons above the table."
                ).format(n=number_text(selected))
                if selected > 1
                else self.tr(
                    "Select someone to see where you met, what you owe them and"
                    " what you gave each other."
                )
            )
            self.browser.setHtml(f"<p style='color:{self._muted()}'>{escape(hint)}</p>")
            self._shown = placeholder
            return
        self.browser.setHtml(self._html(person))
        self._shown = ("person", person.id)

    def _muted(self) -> str:
        return muted_color(self).name()

    def _html(self, person: Person) -> str:
        store, pid, muted = self._store, person.id, self._muted()
        parts = [f"<h2 style='margin-bottom:2px'>{escape(person.full_name)}</h2>"]
        role = " · ".join(
            escape(v) for v in (person.title, person.department, person.organisation) if v
        )
        if role:
            parts.append(f"<div>{role}</div>")
        badges = [self.tr("colleague") if person.internal else self.tr("external")]
        badges += list(person.tags)
        parts.append(f"<div style='color:{muted}'>{escape(' · '.join(badges))}</div>")

        if person.contacts:
            rows = "".join(
                f"<tr><td style='color:{muted}; padding-right:10px'>"
                f"{escape(vocabulary.contact_kind(c.kind))}</td>"
                f"<td><a href='{escape(_href(c.kind, c.value), quote=True)}'>"
                f"{escape(_shown(c.kind, c.value))}</a>"
                + (f" <span style='color:{muted}'>({escape(c.label)})</span>" if c.label else "")
                + "</td></tr>"
                for c in person.contacts
            )
            parts.append(self._section(self.tr("Contact"), f"<table>{rows}</table>"))

        encounters = store.encounters.for_person(pid)
        if encounters:
            items = (
                f"<li><b>{escape(short_date(e.met_at))}</b>"
                f" {escape(e.event_name or self.tr('(no event)'))}"
                + (f"<br><i>“{escape(e.context)}”</i>" if e.context else "")
                + "</li>"
                for e in encounters
            )
            parts.append(self._bullets(self.tr("Where we met"), items))

        followups = store.followups.list("all", person_id=pid)
        if followups:
            today, items = dt.date.today(), []
            for f in followups:
                if f.status == "done":
                    state = self.tr("done {date}").format(date=f.done_on or "")
                    style = f"color:{muted}; text-decoration:line-through"
                else:
                    state = self.tr("due {date}").format(date=short_date(f.effective_due))
                    late = f.effective_due < today
                    style = f"color:{error_color(self).name()}" if late else ""
                items.append(
                    f"<li><span style='{style}'>{escape(f.text)}</span>"
                    f" <span style='color:{muted}'>— {escape(state)}</span></li>"
                )
            parts.append(self._bullets(self.tr("Follow-ups"), items))

        exchanges = store.exchanges.for_person(pid)
        if exchanges:
            gave, received = store.exchanges.balance(pid)
            summary = self.tr("gave {gave} · received {received}").format(
                gave=gave, received=received
            )
            items = (
                f"<li>{escape(short_date(x.happened_on))}"
                f" <b>{escape(vocabulary.exchange_direction(x.direction))}</b>"
                f" {escape(vocabulary.exchange_kind(x.kind))}"
                f"{': ' + escape(x.note) if x.note else ''}</li>"
                for x in exchanges
            )
            parts.append(
                self._bullets(
                    self.tr("Gave and received"),
                    items,
                    above=f"<div style='color:{muted}'>{escape(summary)}</div>",
                )
            )

        interactions = store.interactions.for_person(pid)
        if interactions:
            items = (
                f"<li>{escape(short_date(i.happened_on))}"
                f" <b>{escape(vocabulary.interaction_kind(i.kind))}</b>"
                f"{' ' + escape(i.note) if i.note else ''}</li>"
                for i in interactions
            )
            parts.append(self._bullets(self.tr("Interactions"), items))

        if person.notes:
            notes = escape(person.notes).replace("\n", "<br>")
            parts.append(self._section(self.tr("Notes"), f"<p>{notes}</p>"))

        current = [p for p in store.people.provenance(pid) if _still_holds(p, person)]
        if current:
            parts.append(self._provenance(current, muted))
        return "".join(parts)

    def _provenance(self, current: list[Provenance], muted: str) -> str:
        """Where the details shown came from: folded away until asked for, replaced values
        left out (they are history, not what the pane shows)."""
        arrow = "▾" if self._provenance_open else "▸"
        title = self.tr("Where the details came from ({n})").format(n=number_text(len(current)))
        toggle = f"<p><a href='netdesk:provenance'>{arrow} {escape(title)}</a></p>"
        if not self._provenance_open:
            return toggle
        items = "".join(
            f"<li>{escape(vocabulary.person_field(p.field))}: {escape(p.value)}"
            f" <span style='color:{muted}'>— {escape(vocabulary.source(p.source))}"
            f"{' ' + escape(p.origin) if p.origin else ''}, {escape(short_date(p.recorded_at))}"
            "</span></li>"
            for p in current
        )
        return f"{toggle}<ul>{items}</ul>"

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() != "netdesk":
            QDesktopServices.openUrl(url)
        elif url.path() == "provenance" and self.person_id is not None:
            self._provenance_open = not self._provenance_open
            scroll = self.browser.verticalScrollBar().value()
            self.show_person(self.person_id)
            self.browser.verticalScrollBar().setValue(scroll)

    def _bullets(self, title: str, items: Iterable[str], *, above: str = "") -> str:
        """A section whose body is a list of ``<li>`` items, after ``above`` (a summary)."""
        return self._section(title, f"{above}<ul>{''.join(items)}</ul>")

    def _section(self, title: str, body: str) -> str:
        color = self.palette().color(QPalette.ColorRole.Highlight).name()
        return (
            f"<h4 style='margin-top:14px; margin-bottom:2px; color:{color}'>{escape(title)}</h4>"
            f"{body}"
        )

    def sizeHint(self):
        hint = super().sizeHint()
        hint.setWidth(max(hint.width(), self.fontMetrics().averageCharWidth() * 44))
        return hint


def _still_holds(entry: Provenance, person: Person) -> bool:
    """Whether a provenance entry is about a value the person still has."""
    contacts = {(c.kind, c.value) for c in person.contacts}
    if (entry.field, entry.value) in contacts:
        return True
    return getattr(person, entry.field, None) == entry.value


# A zero-width space: where a long address may wrap (after its @, before its dots) instead
# of anywhere in a word; copying takes them out again (_Browser).
_BREAK = "\u200b"


def _shown(kind: str, value: str) -> str:
    """A contact point as the pane writes it."""
    if kind == "phone":
        return display_phone(value)
    return value.replace("@", "@" + _BREAK).replace(".", _BREAK + ".")


class _Browser(QTextBrowser):
    """The pane's text; what is copied from it carries no wrapping hints."""

    def createMimeDataFromSelection(self) -> QMimeData:
        mime = super().createMimeDataFromSelection()
        mime.setText(mime.text().replace(_BREAK, ""))
        if mime.hasHtml():
            mime.setHtml(mime.html().replace(_BREAK, ""))
        return mime
