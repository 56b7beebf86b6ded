"""The plan as a table: one row per record, a tick box to leave it out, what it will do.

The plan is a plain list built off the window's thread; the model only reads it, so
``data()`` never touches the database (columns defined once, as data).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from netdesk.core.transfer.planning import ImportPlan, PlanRow
from netdesk.ui.widgets.vocabulary import person_field

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("place", "action", "name", "details")


class PlanModel(QAbstractTableModel):
    def __init__(self, plan: ImportPlan, parent: Any = None) -> None:
        super().__init__(parent)
        self.plan = plan
        # Unusable rows last: what will happen first, what cannot be used after.
        self.rows = sorted(plan.rows, key=lambda row: row.action == "unusable")
        self._unticked: set[int] = set()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Place"), self.tr("Will be"), self.tr("Name"), self.tr("Details"))[
                section
            ]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self.rows[index.row()].tickable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column == "place" and row.tickable:
            ticked = row.number not in self._unticked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "place":
                return row.where
            if column == "action":
                return self.action_text(row.action)
            if column == "name":
                return row.name
            return self.details(row)
        if role == Qt.ItemDataRole.ToolTipRole and column == "details":
            return self.details(row, multiline=True)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        row = self.rows[index.row()]
        if not row.tickable:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._unticked.discard(row.number)
        else:
            self._unticked.add(row.number)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def unticked(self) -> frozenset[int]:
        """The plan row numbers the user left out."""
        return frozenset(self._unticked)

    def action_text(self, action: str) -> str:
        return {
            "new": self.tr("new"),
            "merge": self.tr("merged"),
            "duplicate": self.tr("duplicate in the file"),
            "unchanged": self.tr("unchanged"),
            "unusable": self.tr("cannot be used"),
        }[action]

    def details(self, row: PlanRow, *, multiline: bool = False) -> str:
        """With whom and what changes, field by field; or why the record cannot be used."""
        if row.action == "unusable":
            return row.reason
        parts = []
        if row.record is not None and row.record.contact.name_guessed and row.action == "new":
            parts.append(
                self.tr(
                    "no name in the file: named after its organisation or address, please check"
                )
            )
        if row.action in ("merge", "unchanged"):
            parts.append(self.tr("with {name}").format(name=row.person_name))
        if row.action == "duplicate" and row.duplicate_of is not None:
            earlier = next((r for r in self.rows if r.number == row.duplicate_of), None)
            parts.append(self.tr("same as {place}").format(place=earlier.where if earlier else ""))
        for change in row.changes:
            parts.append(
                self.change_text(change.field, change.current, change.incoming, change.state)
            )
        if row.candidates or row.candidate_rows:
            parts.append(self.tr("may be someone you know: check Possible duplicates"))
        return ("\n" if multiline else "; ").join(parts)

    def change_text(self, field: str, current: str, incoming: str, state: str) -> str:
        name = self.tr("card ID") if field == "uid" else person_field(field)
        if state == "fill":
            return self.tr("{field}: + {new}").format(field=name, new=incoming)
        if state == "add":
            return self.tr("+ {field} {new}").format(field=name, new=incoming)
        if state == "restore":
            return self.tr("back from the trash")
        return self.tr("{field}: keeps {current} (file: {new})").format(
            field=name, current=current, new=incoming
        )
