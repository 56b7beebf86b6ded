"""The main window (a first version: the people list)."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QMainWindow

from netdesk.core.store import Store


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self._store = store
        self.setWindowTitle(self.tr("netdesk"))
        people = QListWidget(self)
        for row in store.people.rows(store.people.ids()[:200]):
            people.addItem(row.full_name)
        self.setCentralWidget(people)
        self.resize(1280, 800)
