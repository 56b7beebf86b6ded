"""Everyone who shares a topic, across events, organisations and departments, with where and
when they were last met; and the needs on it paired with offers, to introduce."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.storage.store import Store
from netdesk.core.topics import peers, topics
from netdesk.ui.topics.roles import role_label
from netdesk.ui.widgets.look import english_plural, set_muted, short_date

PEERS_SHOWN = 200


class PeersDialog(QDialog):
    """``person_chosen(id)`` on a double-clicked peer; ``introduce_requested(need, offer,
    why)`` for a chosen match."""

    person_chosen = Signal(int)
    introduce_requested = Signal(int, int, str)

    def __init__(self, store: Store, topic_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        topic = topics.get(store, topic_id)
        self.setWindowTitle(self.tr("Peers: {topic}").format(topic=topic.label))
        total = peers.count(store, topic_id)
        summary = QLabel(
            english_plural(self.tr("%n person(s) share this topic.", "", total), total)
        )
        self.peers = QTreeWidget()
        self.peers.setObjectName("peers")
        self.peers.setRootIsDecorated(False)
        self.peers.setHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Organisation"), self.tr("Department"),
             self.tr("Last met")]
        )  # fmt: skip
        for peer in peers.peers(store, topic_id, limit=PEERS_SHOWN):
            met = (
                f"{peer.last_event} · {short_date(peer.last_met)}"
                if peer.last_event
                else short_date(peer.last_met)
            )
            item = QTreeWidgetItem(
                [peer.full_name, role_label(peer.role), peer.organisation, peer.department, met]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, peer.person_id)
            self.peers.addTopLevelItem(item)
        for column in range(4):
            self.peers.resizeColumnToContents(column)
        self.peers.itemActivated.connect(self._on_peer)
        hint = QLabel(self.tr("Double-click someone to open their page."))
        set_muted(hint)

        self.matches = QTreeWidget()
        self.matches.setObjectName("matches")
        self.matches.setRootIsDecorated(False)
        self.matches.setHeaderLabels([self.tr("Offers"), self.tr("Needs")])
        self._why: dict[int, str] = {}
        for n, match in enumerate(peers.matches(store, topic_id)):
            item = QTreeWidgetItem([match.offer.full_name, match.need.full_name])
            item.setData(0, Qt.ItemDataRole.UserRole, (match.need.person_id, match.offer.person_id))
            self.matches.addTopLevelItem(item)
            self._why[n] = self.tr(
                "{offer} can help with {topic}, which {need} is working on"
            ).format(offer=match.offer.full_name, topic=match.topic, need=match.need.full_name)
        self.introduce_button = QPushButton(self.tr("&Introduce them…"))
        self.introduce_button.setEnabled(False)
        self.introduce_button.clicked.connect(self.introduce_selected)
        self.matches.currentItemChanged.connect(
            lambda item, _old: self.introduce_button.setEnabled(item is not None)
        )
        self.matches.itemActivated.connect(lambda *_: self.introduce_selected())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.peers, 2)
        layout.addWidget(hint)
        layout.addWidget(QLabel(self.tr("Needs and offers on this topic, not yet introduced:")))
        layout.addWidget(self.matches, 1)
        layout.addWidget(self.introduce_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
        self.resize(760, 560)

    def _on_peer(self, item: QTreeWidgetItem) -> None:
        self.person_chosen.emit(item.data(0, Qt.ItemDataRole.UserRole))
        self.accept()

    def introduce_selected(self) -> None:
        item = self.matches.currentItem()
        if item is None:
            return
        need, offer = item.data(0, Qt.ItemDataRole.UserRole)
        self.introduce_requested.emit(
            need, offer, self._why[self.matches.indexOfTopLevelItem(item)]
        )
        self.accept()
