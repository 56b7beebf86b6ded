"""Preferences ▸ My topics: the user's own challenges, offers and interests.

They drive the Home page's "peers for your challenges", the brief's peers who may be
at an event and the quick-capture "same as mine" buttons. Each change is saved at once,
through the app's writer, like a topic on a person's page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.errors import NetdeskError
from netdesk.core.topics import topics
from netdesk.ui.runtime.services import Services
from netdesk.ui.topics.roles import role_label
from netdesk.ui.topics.topic_input import TopicField, role_combo
from netdesk.ui.widgets.look import plain_label, set_error_style, set_muted


class MyTopicsPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        intro = QLabel(
            self.tr(
                "What you work on or struggle with, and what you can offer others. netdesk"
                " finds peers with the same challenge among the people you know, and shows"
                " who may be at your next event. Changes here are saved at once."
            )
        )
        intro.setWordWrap(True)
        set_muted(intro)
        self.list = QListWidget()
        self.list.setObjectName("myTopics")
        self.role = role_combo()
        self.field = TopicField(
            services.store, self.tr("For example: ageing pumping stations"), self
        )
        self.field.returnPressed.connect(self.add_typed)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.error = plain_label()
        set_error_style(self.error)
        self.error.hide()
        row = QHBoxLayout()
        row.addWidget(self.role)
        row.addWidget(self.field, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for held in topics.mine(self.services.store):
            item = QListWidgetItem(f"{role_label(held.role)}: {held.label}")
            item.setData(Qt.ItemDataRole.UserRole, (held.topic_id, held.role))
            self.list.addItem(item)
        self.remove_button.setEnabled(self.list.count() > 0)

    def add_typed(self) -> None:
        label, role = self.field.text().strip(), self.role.currentData()
        if label and self._write(topics.add_mine, label, role):
            self.field.clear()

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            topic_id, role = item.data(Qt.ItemDataRole.UserRole)
            self._write(topics.remove_mine, topic_id, role)

    def _write(self, op, *args: object) -> bool:
        try:
            self.services.writer.call(op, *args)
        except NetdeskError as error:
            self.error.setText(str(error))
            self.error.show()
            return False
        self.error.hide()
        self.reload()
        return True
