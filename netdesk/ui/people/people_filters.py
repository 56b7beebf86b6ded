"""The filter bar above the People table: event, tag, organisation, colleague/external,
open follow-ups, possible duplicates. Choices load when a list is first opened, not at
start-up (listing every tag with its count costs ~90 ms at 100,000 people)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from netdesk.core.storage.store import Store
from netdesk.ui.widgets.look import number_text, short_date

Loader = Callable[[], list[tuple[str, Any]]]


class LazyCombo(QComboBox):
    """First item means "any"; the rest come from ``loader`` when the list opens."""

    def __init__(self, any_text: str, loader: Loader, parent=None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._loaded = False
        self.addItem(any_text, None)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # Five filters and the checkbox fit a 1024-pixel window, in Dutch too.
        self.setMinimumContentsLength(12)

    def invalidate(self) -> None:
        """The choices may have changed: reload them next time the list opens."""
        self._loaded = False

    def ensure_loaded(self) -> None:
        if self._loaded:
            return
        current = self.currentData()
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for text, data in self._loader():
            self.addItem(text, data)
        index = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        self._loaded = True

    def showPopup(self) -> None:
        self.ensure_loaded()
        super().showPopup()

    def select(self, data: Any) -> None:
        """Choose the item holding ``data`` (None: "any")."""
        if data is None:
            self.setCurrentIndex(0)
            return
        self.ensure_loaded()
        index = self.findData(data)
        if index < 0:
            self.invalidate()
            self.ensure_loaded()
            index = self.findData(data)
        self.setCurrentIndex(max(index, 0))


class PeopleFilters(QWidget):
    """Emits :attr:`filters_changed` with the PersonQuery fields the user chose."""

    filters_changed = Signal(dict)

    def __init__(self, store: Store, parent=None) -> None:
        super().__init__(parent)
        self._store = store
        self.event_combo = LazyCombo(self.tr("All events"), self._events)
        self.tag_combo = LazyCombo(self.tr("All tags"), self._tags)
        self.organisation_combo = LazyCombo(self.tr("All organisations"), self._organisations)
        self.department_combo = LazyCombo(self.tr("All departments"), self._departments)
        self.who_combo = QComboBox()
        self.who_combo.addItem(self.tr("Everyone"), None)
        self.who_combo.addItem(self.tr("External"), False)
        self.who_combo.addItem(self.tr("Colleagues"), True)
        self.open_followups = QCheckBox(self.tr("With open follow-ups"))
        self.duplicates = QCheckBox(self.tr("Possible duplicates"))
        self.duplicates.setToolTip(
            self.tr("People who may be someone else in the list: merge them or mark them different")
        )
        self._combos = (
            self.event_combo,
            self.tag_combo,
            self.organisation_combo,
            self.department_combo,
        )
        for combo in (*self._combos, self.who_combo):
            combo.currentIndexChanged.connect(self._emit)
        self.open_followups.toggled.connect(self._emit)
        self.duplicates.toggled.connect(self._emit)
        # Two rows: the lists, then the checkboxes, so all fit a 1024-pixel window in Dutch.
        lists = QHBoxLayout()
        lists.addWidget(QLabel(self.tr("Show:")))
        for widget in (*self._combos, self.who_combo):
            lists.addWidget(widget)
        lists.addStretch()
        checks = QHBoxLayout()
        checks.addWidget(self.open_followups)
        checks.addSpacing(12)
        checks.addWidget(self.duplicates)
        checks.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(lists)
        layout.addLayout(checks)
        self.event_combo.setToolTip(self.tr("Only people met at this event"))
        self.tag_combo.setToolTip(self.tr("Only people with this tag"))
        self.organisation_combo.setToolTip(self.tr("Only people from this organisation"))
        self.department_combo.setToolTip(self.tr("Only people from this department"))

    def _events(self) -> list[tuple[str, Any]]:
        return [
            (f"{short_date(start)}  {name}", event_id)
            for event_id, name, start in self._store.events.choices()
        ]

    def _tags(self) -> list[tuple[str, Any]]:
        tags = self._store.people.tags()
        return [(f"{name} ({number_text(count)})", name) for name, count in tags]

    def _organisations(self) -> list[tuple[str, Any]]:
        return [(name, name) for name in self._store.people.organisations()]

    def _departments(self) -> list[tuple[str, Any]]:
        return [(name, name) for name in self._store.people.departments()]

    def values(self) -> dict[str, Any]:
        return {
            "event_id": self.event_combo.currentData(),
            "tag": self.tag_combo.currentData(),
            "organisation": self.organisation_combo.currentData(),
            "department": self.department_combo.currentData(),
            "internal": self.who_combo.currentData(),
            "has_open_followup": self.open_followups.isChecked(),
            "possible_duplicate": self.duplicates.isChecked(),
        }

    def set_values(self, **values: Any) -> None:
        """Set several filters at once with one :attr:`filters_changed`."""
        widgets = (*self._combos, self.who_combo, self.open_followups, self.duplicates)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            if "event_id" in values:
                self.event_combo.select(values["event_id"])
            if "tag" in values:
                self.tag_combo.select(values["tag"])
            if "organisation" in values:
                self.organisation_combo.select(values["organisation"])
            if "department" in values:
                self.department_combo.select(values["department"])
            if "internal" in values:
                internal = values["internal"]
                index = 0 if internal is None else self.who_combo.findData(bool(internal))
                self.who_combo.setCurrentIndex(max(index, 0))
            if "has_open_followup" in values:
                self.open_followups.setChecked(bool(values["has_open_followup"]))
            if "possible_duplicate" in values:
                self.duplicates.setChecked(bool(values["possible_duplicate"]))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._emit()

    def clear(self) -> None:
        self.set_values(
            event_id=None,
            tag=None,
            organisation=None,
            department=None,
            internal=None,
            has_open_followup=False,
            possible_duplicate=False,
        )

    def invalidate(self) -> None:
        for combo in self._combos:
            combo.invalidate()

    def _emit(self) -> None:
        self.filters_changed.emit(self.values())
