"""A person's challenges, offers and interests as chips, with a field to add one.

The field suggests known topics as the user types (prefix of the folded key, most used
first), so the same challenge written twice stays one topic. Topics named in the
person's context lines are proposed with one click. Writes go through the app's writer.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.errors import NetdeskError
from netdesk.core.storage.store import Store
from netdesk.core.topics import topics
from netdesk.core.topics.keys import ROLES
from netdesk.ui.topics.peers_dialog import PeersDialog
from netdesk.ui.topics.roles import role_label
from netdesk.ui.topics.topic_input import TopicField, role_combo
from netdesk.ui.widgets.look import muted_color, plain_label, set_error_style

Write = Callable[[Callable[[Store], object]], object]


class TopicRow(QWidget):
    """Shows one person's topics; the commit tells every other view (``Kind.TOPICS``). A
    topic's name opens its peers; ``person_requested`` and ``introduce_requested`` carry
    what was chosen there to the page."""

    person_requested = Signal(int)
    introduce_requested = Signal(int, int, str)

    def __init__(self, store: Store, write: Write, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._write = write
        self.person_id: int | None = None
        self.chips = QLabel()
        self.chips.setObjectName("topicChips")
        self.chips.setWordWrap(True)
        self.chips.setTextFormat(Qt.TextFormat.RichText)
        self.chips.linkActivated.connect(self._on_link)
        self.proposals = QLabel()
        self.proposals.setWordWrap(True)
        self.proposals.setTextFormat(Qt.TextFormat.RichText)
        self.proposals.linkActivated.connect(self._on_link)
        self.role = role_combo()
        self.field = TopicField(store, self.tr("Add a challenge, offer or interest…"), self)
        self.field.setObjectName("topicField")
        self.field.returnPressed.connect(self.add_typed)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_typed)
        self.error = plain_label()
        set_error_style(self.error)
        self.error.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.role)
        row.addWidget(self.field, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.chips)
        layout.addWidget(self.proposals)
        layout.addLayout(row)
        layout.addWidget(self.error)

    def show_person(self, person_id: int | None) -> None:
        self.person_id = person_id
        # Nobody shown: the pane's hint says what to do; an empty topic field would not.
        self.setVisible(person_id is not None)
        self.error.hide()
        if person_id is None:
            self.chips.clear()
            self.proposals.clear()
            return
        muted = muted_color(self).name()
        chip = self.palette().color(QPalette.ColorRole.AlternateBase).name()
        held = topics.for_person(self._store, person_id)
        parts = []
        for role in ROLES:
            mine = [h for h in held if h.role == role]
            if mine:
                chips = " ".join(
                    f"<span style='background:{chip}'>&nbsp;<a href='peers:{h.topic_id}'"
                    f" style='text-decoration:none'>{html.escape(h.label)}</a>"
                    f"&nbsp;<a href='remove:{h.topic_id}:{role}' style='text-decoration:none'"
                    f" title='{html.escape(self.tr('Remove'), quote=True)}'>✕</a>&nbsp;</span>"
                    for h in mine
                )
                parts.append(f"<b>{html.escape(role_label(role))}:</b> {chips}")
        self.chips.setText(
            "&nbsp;&nbsp; ".join(parts)
            or f"<span style='color:{muted}'>"
            + html.escape(self.tr("No challenges or offers noted yet."))
            + "</span>"
        )
        proposed = topics.proposed_for_person(self._store, person_id)
        if proposed:
            links = ", ".join(
                f"<a href='propose:{t.id}'>{html.escape(t.label)}</a>" for t in proposed[:4]
            )
            self.proposals.setText(
                f"<span style='color:{muted}'>"
                + html.escape(self.tr("Mentioned when you met:"))
                + f"</span> {links} <span style='color:{muted}'>"
                + html.escape(self.tr("(click to add as a challenge)"))
                + "</span>"
            )
            self.proposals.show()
        else:
            self.proposals.clear()
            self.proposals.hide()

    def add_typed(self) -> None:
        label = self.field.text().strip()
        if self.person_id is None or not label:
            return
        role = self.role.currentData()
        if self._apply(
            lambda store, pid=self.person_id: topics.add_to_person(store, pid, label, role)
        ):
            self.field.clear()

    def _on_link(self, href: str) -> None:
        if self.person_id is None:
            return
        kind, _, rest = href.partition(":")
        pid = self.person_id
        if kind == "remove":
            topic_id, role = rest.split(":")
            self._apply(lambda store: topics.remove_from_person(store, pid, int(topic_id), role))
        elif kind == "peers":
            self.show_peers(int(rest))
        elif kind == "propose":
            label = topics.get(self._store, int(rest)).label
            self._apply(lambda store: topics.add_to_person(store, pid, label, "challenge"))

    def show_peers(self, topic_id: int) -> PeersDialog:
        dialog = PeersDialog(self._store, topic_id, self)
        dialog.person_chosen.connect(self.person_requested)
        dialog.introduce_requested.connect(self.introduce_requested)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _apply(self, op: Callable[[Store], object]) -> bool:
        try:
            self._write(op)
        except NetdeskError as error:
            self.error.setText(str(error))
            self.error.show()
            return False
        self.show_person(self.person_id)
        return True
