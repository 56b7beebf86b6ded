"""Edit ▸ Trash: the people and events moved to the trash, with Restore, Erase for good…
(one person, and everything about them) and Empty trash….

Reads ``store.trash`` on the window's read-only connection; restoring and emptying go
through the writer as core calls.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.errors import NetdeskError
from netdesk.core.storage.changes import Changes, Kind
from netdesk.ui.people import person_data
from netdesk.ui.people.undo import RestoreFromTrash, perform
from netdesk.ui.runtime.services import Services
from netdesk.ui.widgets.look import ask, number_text

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class TrashDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Trash"))
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Deleted")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.header().resizeSection(0, 36 * self.fontMetrics().averageCharWidth())
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setToolTip(self.tr("Bring the selected people and events back"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.erase_button = QPushButton(self.tr("Erase for &good…"))
        self.erase_button.setToolTip(
            self.tr("Erase the selected person and everything about them; this cannot be undone")
        )
        self.erase_button.clicked.connect(self.erase_selected)
        self.empty_button = QPushButton(self.tr("&Empty trash…"))
        self.empty_button.clicked.connect(self.empty_trash)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(56 * self.fontMetrics().averageCharWidth(), 26 * self.fontMetrics().height())
        services.changed.connect(self._on_changes)
        self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.PEOPLE, Kind.EVENTS):
            self.refresh()

    def refresh(self) -> None:
        trash = self.services.store.trash
        people, events = trash.people(), trash.events()
        self.tree.clear()
        for kind, title, entries in (
            ("person", self.tr("People ({count})"), people),
            ("event", self.tr("Events ({count})"), events),
        ):
            group = QTreeWidgetItem([title.format(count=number_text(len(entries)))])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for entry in entries:
                item = QTreeWidgetItem([entry.name, entry.deleted_at[:16].replace("T", " ")])
                item.setData(0, KIND_ROLE, kind)
                item.setData(0, ID_ROLE, entry.id)
                group.addChild(item)
            group.setExpanded(True)
        if people or events:
            self.summary.setText(
                self.tr(
                    "Deleted people and events stay here until you empty the trash."
                    " Select some and choose Restore to bring them back."
                )
            )
        else:
            self.summary.setText(self.tr("The trash is empty."))
        self.empty_button.setEnabled(bool(people or events))
        self._update_buttons()

    def _selected(self, kind: str) -> list[int]:
        return [
            item.data(0, ID_ROLE)
            for item in self.tree.selectedItems()
            if item.data(0, KIND_ROLE) == kind
        ]

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self._selected("person") or self._selected("event")))
        self.erase_button.setEnabled(len(self._selected("person")) == 1)

    def select(self, kind: str, item_id: int) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                child = group.child(j)
                if child.data(0, KIND_ROLE) == kind and child.data(0, ID_ROLE) == item_id:
                    child.setSelected(True)
                    return True
        return False

    def restore_selected(self) -> None:
        people, events = self._selected("person"), self._selected("event")
        if not (people or events):
            return
        try:
            perform(self.services.undo, RestoreFromTrash(self.services, people, events))
        except NetdeskError as error:
            QMessageBox.warning(self, self.tr("Restore"), str(error))
        self.refresh()

    def erase_selected(self) -> None:
        chosen = [
            (item.data(0, ID_ROLE), item.text(0))
            for item in self.tree.selectedItems()
            if item.data(0, KIND_ROLE) == "person"
        ]
        if len(chosen) == 1 and person_data.erase(self, self.services.writer, *chosen[0]):
            self.refresh()

    def empty_trash(self) -> None:
        contents = self.services.store.trash.contents()
        if not ask(
            self,
            self.tr("Empty trash"),
            self.tr(
                "Delete {people} people and {events} events for good? This cannot be undone."
            ).format(people=number_text(contents.people), events=number_text(contents.events)),
        ):
            return
        try:
            self.services.writer.call(lambda store: store.trash.empty())
        except NetdeskError as error:
            QMessageBox.warning(self, self.tr("Empty trash"), str(error))
        self.refresh()
