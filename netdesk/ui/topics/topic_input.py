"""What a topic is typed with: the role to give it, and a field that suggests known topics."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from netdesk.core.topics import topics
from netdesk.core.topics.keys import ROLES
from netdesk.ui.topics.roles import role_label, role_tip

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store


def role_combo() -> QComboBox:
    """Challenge, offer or interest, each with what it means as its tooltip."""
    combo = QComboBox()
    for code in ROLES:
        combo.addItem(role_label(code), code)
        combo.setItemData(combo.count() - 1, role_tip(code), Qt.ItemDataRole.ToolTipRole)
    return combo


class TopicField(QLineEdit):
    """A topic typed, with the known topics it may mean suggested as the user types."""

    def __init__(self, store: Store, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setPlaceholderText(placeholder)
        self._suggestions = QStringListModel(self)
        completer = QCompleter(self._suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # The store already matched (folded, plural-free): show its answer as it is.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        self.textEdited.connect(self._suggest)

    def _suggest(self, text: str) -> None:
        found = topics.suggest(self._store, text) if text.strip() else []
        self._suggestions.setStringList([s.label for s in found])
