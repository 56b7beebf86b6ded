"""A CSV file's first rows under its columns, with a field to choose for each column.

The guess (or the mapping the user confirmed before for the same header) is preselected;
what the user confirms is remembered by the dialog, through the writer.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.formats.csvfile import FIELDS, CsvTable

# Sample rows shown: enough to recognise a column, few enough to read at a glance.
SAMPLE_ROWS = 12


class MappingPage(QWidget):
    mapping_changed = Signal()

    def __init__(
        self, name: str, table: CsvTable, mapping: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.table = table
        width = max(table.width, len(mapping))
        encoding = {"utf-8": "UTF-8", "utf-16": "UTF-16", "windows-1252": "Windows-1252"}.get(
            table.encoding, table.encoding
        )
        separator = {",": self.tr("commas"), ";": self.tr("semicolons"), "\t": self.tr("tabs")}.get(
            table.delimiter, table.delimiter
        )
        about = (
            self.tr("{file}: {rows} rows, {encoding}, separated by {separator}.")
            if table.header is not None
            else self.tr(
                "{file}: {rows} rows without headings, {encoding}, separated by {separator}."
            )
        )
        self.about = QLabel(
            about.format(file=name, rows=len(table.rows), encoding=encoding, separator=separator)
            + " "
            + self.tr("Choose what each column holds; columns left out are not imported.")
        )
        self.about.setWordWrap(True)
        self.grid = QTableWidget(min(SAMPLE_ROWS, len(table.rows)) + 1, width)
        headings = list(table.header or ())
        self.grid.setHorizontalHeaderLabels(
            [
                headings[i]
                if i < len(headings) and headings[i]
                else self.tr("Column {n}").format(n=i + 1)
                for i in range(width)
            ]
        )
        self.grid.setVerticalHeaderLabels(
            [self.tr("Field")] + [str(line) for line, _cells in table.rows[:SAMPLE_ROWS]]
        )
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.combos: list[QComboBox] = []
        for column in range(width):
            combo = QComboBox()
            combo.addItem(self.tr("(leave out)"), "")
            for field in FIELDS:
                combo.addItem(self.field_label(field), field)
            chosen = mapping[column] if column < len(mapping) else ""
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.currentIndexChanged.connect(self.mapping_changed)
            self.grid.setCellWidget(0, column, combo)
            self.combos.append(combo)
        for row, (_line, cells) in enumerate(table.rows[:SAMPLE_ROWS], start=1):
            for column, cell in enumerate(cells[:width]):
                item = QTableWidgetItem(cell)
                item.setToolTip(cell)
                self.grid.setItem(row, column, item)
        self.grid.resizeColumnsToContents()
        char = self.fontMetrics().averageCharWidth()
        for column in range(width):
            wide = min(max(self.grid.columnWidth(column), 16 * char), 36 * char)
            self.grid.setColumnWidth(column, wide)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.about)
        layout.addWidget(self.grid, 1)

    def mapping(self) -> tuple[str, ...]:
        return tuple(str(combo.currentData()) for combo in self.combos)

    def set_field(self, column: int, field: str) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(max(0, combo.findData(field)))

    def field_label(self, field: str) -> str:
        return {
            "full_name": self.tr("Name"),
            "given_name": self.tr("Given name"),
            "family_name": self.tr("Family name"),
            "organisation": self.tr("Organisation"),
            "department": self.tr("Department"),
            "title": self.tr("Job title"),
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
            "url": self.tr("Web address"),
            "notes": self.tr("Notes"),
        }[field]
