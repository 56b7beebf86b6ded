"""Preferences ▸ Sync: the account, the collections, Sync now, and conflicts to settle.

The server is asked on the task pool (Discover), never on the GUI thread; the password
goes to the keyring there too; the chosen collections and every conflict choice are
written through the writer. Nothing here holds the password after it is saved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.errors import NetdeskError
from netdesk.core.i18n import QT_TRANSLATE_NOOP
from netdesk.core.sync import account, writes
from netdesk.ui.runtime.services import Services
from netdesk.ui.sync.runner import SyncRunner
from netdesk.ui.widgets.look import plain_label, set_error_style, set_muted
from netdesk.ui.widgets.vocabulary import PERSON_FIELDS, person_field

# What sync compares beyond the details every page names (vocabulary.PERSON_FIELDS).
_SYNC_FIELDS = {
    "given_name": QT_TRANSLATE_NOOP("SyncPage", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("SyncPage", "Family name"),
    "emails": QT_TRANSLATE_NOOP("SyncPage", "Email addresses"),
    "phones": QT_TRANSLATE_NOOP("SyncPage", "Phone numbers"),
    "urls": QT_TRANSLATE_NOOP("SyncPage", "Links"),
    "tags": QT_TRANSLATE_NOOP("SyncPage", "Tags"),
    "done": QT_TRANSLATE_NOOP("SyncPage", "Done"),
    "due": QT_TRANSLATE_NOOP("SyncPage", "Due date"),
}


def field_label(name: str) -> str:
    if name in PERSON_FIELDS:
        return person_field(name)
    source = _SYNC_FIELDS.get(name)
    return QCoreApplication.translate("SyncPage", source) if source else name


def discover_collections(url: str, user: str, password: str) -> list[Any]:
    """On the task pool: keep the password in the keyring (unless it came from the
    environment), then list the account's address books and task lists."""
    from netdesk.core.sync.dav import DavClient
    from netdesk.core.sync.discovery import discover

    with DavClient(url, user, password) as client:
        found = discover(client)
        return [(c.kind, client.url(c.href), c.display_name) for c in found]


def remember(url: str, user: str, password: str) -> None:
    account.remember_password(url, user, password)


class SyncPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = SyncRunner.of(services)
        self._found: list[Any] = []

        self.url = QLineEdit(placeholderText="https://dav.example.org/")
        self.user = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keyring"))
        self.discover_button = QPushButton(self.tr("&Discover"))
        self.discover_button.clicked.connect(self._on_discover)
        self.addressbook = QComboBox()
        self.tasks = QComboBox()
        self.save_button = QPushButton(self.tr("Use these"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._on_save)
        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.url)
        form.addRow(self.tr("User name:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.discover_button)
        form.addRow(self.tr("Address book:"), self.addressbook)
        form.addRow(self.tr("Task list for follow-ups:"), self.tasks)
        form.addRow("", self.save_button)

        self.sync_button = QPushButton(self.tr("Sync &now"))
        self.sync_button.clicked.connect(self._on_sync)
        self.cancel_button = QPushButton(self.tr("Cancel sync"))
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.progress = QProgressBar()
        self.progress.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)
        self.status = plain_label()
        self.status.setWordWrap(True)
        self.error = plain_label()
        self.error.setWordWrap(True)
        set_error_style(self.error)
        self.error.hide()

        self.additions = plain_label()
        self.attach_button = QPushButton(self.tr("Add them to the event"))
        self.attach_button.clicked.connect(self._on_attach)

        self.conflicts = QTreeWidget()
        self.conflicts.setHeaderLabels(
            [self.tr("Person"), self.tr("Field"), self.tr("Here"), self.tr("On the server")]
        )
        self.conflicts.setRootIsDecorated(False)
        self.keep_local = QPushButton(self.tr("Keep mine"))
        self.keep_local.clicked.connect(lambda: self._on_resolve("local"))
        self.keep_remote = QPushButton(self.tr("Keep the server's"))
        self.keep_remote.clicked.connect(lambda: self._on_resolve("remote"))
        choices = QHBoxLayout()
        choices.addStretch(1)
        choices.addWidget(self.keep_local)
        choices.addWidget(self.keep_remote)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        attach = QHBoxLayout()
        attach.addWidget(self.additions, 1)
        attach.addWidget(self.attach_button)
        layout.addLayout(attach)
        conflicts_title = plain_label(self.tr("Changed on both sides (nothing was overwritten):"))
        set_muted(conflicts_title)
        layout.addWidget(conflicts_title)
        layout.addWidget(self.conflicts, 1)
        layout.addLayout(choices)

        self.runner.status_changed.connect(self._on_status)
        self.runner.progressed.connect(self._on_progress)
        self.runner.sync_finished.connect(self._on_finished)
        self._load()

    # -- what is set up ---------------------------------------------------------------

    def _load(self) -> None:
        chosen = account.collections(self.services.store)
        for collection in chosen:
            combo = self.addressbook if collection.kind == "contacts" else self.tasks
            combo.addItem(collection.display_name or collection.url, collection.url)
            self.user.setText(collection.username)
            if collection.kind == "contacts":
                self.url.setText(collection.url)
        self._refresh()

    def _refresh(self) -> None:
        store = self.services.store
        set_up = bool(account.collections(store))
        self.sync_button.setEnabled(set_up and not self.runner.running)
        self.cancel_button.setEnabled(self.runner.running)
        self.status.setText(
            self.runner.status_text() if set_up else self.tr("No account set up yet.")
        )
        additions = writes.phone_additions(store)
        if additions:
            first = additions[0]
            self.additions.setText(
                self.tr("%n people added on your phone during {event}.", "", len(first.person_ids))
                .format(event=first.event_name)
            )  # fmt: skip
        self.additions.setVisible(bool(additions))
        self.attach_button.setVisible(bool(additions))
        self.conflicts.clear()
        for conflict in writes.conflicts(store):
            for name, here in conflict.local.items():
                there = conflict.remote.get(name)
                item = QTreeWidgetItem(
                    [conflict.name, field_label(name), _shown(here), _shown(there)]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, conflict.id)
                self.conflicts.addTopLevelItem(item)
        has_conflicts = self.conflicts.topLevelItemCount() > 0
        self.keep_local.setEnabled(has_conflicts)
        self.keep_remote.setEnabled(has_conflicts)

    def _show_error(self, error: Exception) -> None:
        self.error.setText(str(error))
        self.error.show()

    # -- discovering and choosing ---------------------------------------------------------

    def _on_discover(self) -> None:
        user = self.user.text().strip()
        password = self.password.text() or None
        try:
            url = account.server_url(self.url.text())
            if password is None:
                password = account.password_for(url, user)
        except NetdeskError as error:
            self._show_error(error)
            return
        self.error.hide()
        self.discover_button.setEnabled(False)
        self.services.tasks.run(
            discover_collections, url, user, password,
            on_done=self._on_discovered, on_error=self._on_discover_failed,
        )  # fmt: skip

    def _on_discovered(self, found: list[Any]) -> None:
        self.discover_button.setEnabled(True)
        self._found = found
        self.addressbook.clear()
        self.tasks.clear()
        self.tasks.addItem(self.tr("(no task list)"), None)
        for kind, url, name in found:
            combo = self.addressbook if kind == "contacts" else self.tasks
            combo.addItem(name, url)
        self.save_button.setEnabled(self.addressbook.count() > 0)
        if not self.addressbook.count():
            self._show_error(NetdeskError("sync-no-addressbook", url=self.url.text()))

    def _on_discover_failed(self, error: Exception) -> None:
        self.discover_button.setEnabled(True)
        self._show_error(error)

    def _on_save(self) -> None:
        chosen = []
        for kind, combo in (("contacts", self.addressbook), ("tasks", self.tasks)):
            url = combo.currentData()
            if url:
                chosen.append((kind, url, combo.currentText()))
        user = self.user.text().strip()
        try:
            self.services.writer.call(account.configure, username=user, chosen=chosen)
        except NetdeskError as error:
            self._show_error(error)
            return
        if self.password.text():
            self.services.tasks.run(
                remember, chosen[0][1], user, self.password.text(),
                on_error=self._show_error,
            )  # fmt: skip
            self.password.clear()
        self.error.hide()
        self._refresh()

    # -- syncing ------------------------------------------------------------------------

    def _on_sync(self) -> None:
        self.error.hide()
        if self.runner.start():
            self.progress.setRange(0, 0)
            self.progress.show()
        self._refresh()

    def _on_status(self, text: str) -> None:
        self.status.setText(text)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_finished(self, outcome: object) -> None:
        self.progress.hide()
        if isinstance(outcome, Exception):
            self._show_error(outcome)
        self._refresh()

    def _on_attach(self) -> None:
        additions = writes.phone_additions(self.services.store)
        if additions:
            self.services.writer.call(writes.attach_phone_additions, additions[0].event_id)
        self._refresh()

    def _on_resolve(self, keep: str) -> None:
        item = self.conflicts.currentItem() or self.conflicts.topLevelItem(0)
        if item is None:
            return
        conflict_id = item.data(0, Qt.ItemDataRole.UserRole)
        try:
            self.services.writer.call(writes.resolve_conflict, conflict_id, keep=keep)
        except NetdeskError as error:
            self._show_error(error)
        self._refresh()


def _shown(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(v[0] if isinstance(v, list) else str(v) for v in value)
    return "" if value is None else str(value)
