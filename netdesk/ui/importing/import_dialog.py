"""File ▸ Import and files dropped on the window: mapping, plan, then the import.

Reading the files and working out the plan run on the task pool, each on a read-only
connection of its own, with progress and cancel; nothing is written until the user
confirms. Then the plan (minus the unticked rows) goes to the writer as one core
operation, one transaction. A confirmed column mapping is remembered the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.formats.csvfile import CsvTable
from netdesk.core.storage.store import Store
from netdesk.core.transfer.applying import ImportSummary, apply_plan
from netdesk.core.transfer.importing import csv_table, is_csv, plan_files
from netdesk.core.transfer.mappings import mapping_for, remember
from netdesk.core.transfer.planning import ImportPlan
from netdesk.core.transfer.scanning import Control
from netdesk.ui.importing.mapping_page import MappingPage
from netdesk.ui.importing.plan_model import PlanModel
from netdesk.ui.runtime.services import Services
from netdesk.ui.runtime.tasks import Task
from netdesk.ui.widgets.look import number_text, set_error_style

BUSY, MAPPING, PLAN = range(3)


def load_tables(db: Path, paths: Sequence[str]) -> list[tuple[str, CsvTable, tuple[str, ...]]]:
    """The CSV files among ``paths`` with their cells and the mapping to propose."""
    found = []
    with Store.open(db, read_only=True) as own:
        for path in paths:
            if is_csv(path):
                table = csv_table(path)
                found.append((path, table, mapping_for(own, table)))
    return found


def plan_on_own_store(
    db: Path, paths: Sequence[str], mappings: dict[str, tuple[str, ...]], *, control: Control
) -> ImportPlan:
    with Store.open(db, read_only=True) as own:
        return plan_files(own, paths, mappings=mappings, control=control)


class ImportDialog(QDialog):
    imported = Signal(object)  # ImportSummary, once the import committed

    def __init__(
        self, services: Services, paths: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.paths = [str(p) for p in paths]
        self.plan: ImportPlan | None = None
        self.model: PlanModel | None = None
        self._task: Task | None = None
        self._writing = False
        self.setWindowTitle(self.tr("Import contacts"))

        self.busy_label = QLabel(self.tr("Reading the files…"))
        self.busy_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        busy = QWidget()
        busy_layout = QVBoxLayout(busy)
        busy_layout.addStretch(1)
        busy_layout.addWidget(self.busy_label)
        busy_layout.addWidget(self.progress)
        busy_layout.addStretch(1)

        self.mapping_tabs = QTabWidget()
        self.mapping_tabs.setDocumentMode(True)
        self.mapping_pages: dict[str, MappingPage] = {}

        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.view = QTableView()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        plan_page = QWidget()
        plan_layout = QVBoxLayout(plan_page)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.addWidget(self.counts)
        plan_layout.addWidget(self.view, 1)

        self.pages = QStackedWidget()
        self.pages.addWidget(busy)
        self.pages.addWidget(self.mapping_tabs)
        self.pages.addWidget(plan_page)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.back_button = QPushButton(self.tr("&Back"))
        self.next_button = QPushButton(self.tr("&Show what will happen"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        for button in (self.back_button, self.next_button, self.import_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.confirm_mapping)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        char = self.fontMetrics().averageCharWidth()
        self.resize(110 * char, 36 * self.fontMetrics().height())
        self._show(BUSY)
        self._run(load_tables, self.services.path, self.paths, on_done=self._on_tables)

    # -- steps --------------------------------------------------------------------------

    def _show(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.back_button.setVisible(page == PLAN and bool(self.mapping_pages))
        self.next_button.setVisible(page == MAPPING)
        self.import_button.setVisible(page == PLAN)
        self.import_button.setEnabled(page == PLAN and self._importable())

    def _run(self, fn: Any, *args: Any, on_done: Any, with_control: bool = False) -> None:
        self.progress.setRange(0, 0)
        self._task = self.services.tasks.run(
            fn, *args, on_done=on_done, on_error=self._on_failed, with_control=with_control
        )
        if with_control:
            self._task.progressed.connect(self._on_progress)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_tables(self, tables: list[tuple[str, CsvTable, tuple[str, ...]]]) -> None:
        self._task = None
        for path, table, mapping in tables:
            page = MappingPage(Path(path).name, table, mapping)
            self.mapping_pages[path] = page
            self.mapping_tabs.addTab(page, Path(path).name)
        self.mapping_tabs.tabBar().setVisible(len(tables) > 1)
        if tables:
            self._show(MAPPING)
        else:
            self._make_plan()

    def confirm_mapping(self) -> None:
        """Remember each confirmed mapping for its header, then work out the plan."""
        for page in self.mapping_pages.values():
            self.services.writer.submit(remember, page.table.header_key, page.mapping())
        self._make_plan()

    def _make_plan(self) -> None:
        self.busy_label.setText(self.tr("Working out who is new and who is known…"))
        self._show(BUSY)
        mappings = {path: page.mapping() for path, page in self.mapping_pages.items()}
        self._run(
            plan_on_own_store,
            self.services.path,
            self.paths,
            mappings,
            on_done=self._on_plan,
            with_control=True,
        )

    def _on_plan(self, plan: ImportPlan) -> None:
        self._task = None
        self.plan = plan
        self.model = PlanModel(plan, self)
        self.model.dataChanged.connect(self._update_counts)
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        char = self.fontMetrics().averageCharWidth()
        for column, width in enumerate((30, 24, 26)):
            self.view.setColumnWidth(column, width * char)
        self._update_counts()
        self._show(PLAN)

    def _importable(self) -> bool:
        if self.model is None:
            return False
        left_out = self.model.unticked()
        return any(row.tickable and row.number not in left_out for row in self.model.rows)

    def _update_counts(self) -> None:
        if self.plan is None or self.model is None:
            return
        counts = self.plan.counts()
        text = self.tr(
            "{new} new · {merge} to merge · {duplicate} duplicates in the file ·"
            " {unchanged} unchanged · {unusable} cannot be used"
        ).format(**{key: number_text(n) for key, n in counts.items()})
        left_out = len(self.model.unticked())
        if left_out:
            text += " · " + self.tr("{n} left out").format(n=number_text(left_out))
        self.counts.setText(
            text
            + "\n"
            + self.tr("Nothing is written until you press Import; untick a row to leave it out.")
        )
        self.import_button.setEnabled(self.pages.currentIndex() == PLAN and self._importable())

    def back(self) -> None:
        self._show(MAPPING)

    def start_import(self) -> None:
        if self.plan is None or self.model is None:
            return
        self.import_button.setEnabled(False)
        self.busy_label.setText(self.tr("Importing…"))
        self._show(BUSY)
        self._writing = True
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(False)
        self.services.writer.submit(
            apply_plan,
            self.plan,
            skip=self.model.unticked(),
            event_id=self.services.current_event_id,
            on_done=self._on_imported,
            on_error=self._on_failed,
        )

    def _on_imported(self, summary: ImportSummary) -> None:
        self._writing = False
        self.imported.emit(summary)
        self.accept()

    def _on_failed(self, error: Exception) -> None:
        self._task = None
        self._writing = False
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(True)
        self.progress.setRange(0, 1)
        self.progress.hide()
        self.busy_label.setText(str(error))
        set_error_style(self.busy_label)
        self._show(BUSY)
        self.back_button.setVisible(bool(self.mapping_pages))

    def reject(self) -> None:
        if self._writing:
            return  # the import is being written: it finishes whole, then the dialog closes
        if self._task is not None:
            self._task.cancel()  # reading or planning stops at its next check
            # Its outcome must not reach a dialog that is gone.
            self._task.finished.disconnect()
            self._task.failed.disconnect()
            self._task = None
        super().reject()

    # -- for tests and screenshots ----------------------------------------------------

    def mapping_page(self, index: int = 0) -> MappingPage:
        return list(self.mapping_pages.values())[index]

    def tick(self, number: int, ticked: bool) -> None:
        """Tick or untick the plan row numbered ``number``, as a click on its box does."""
        assert self.model is not None
        row = next(i for i, r in enumerate(self.model.rows) if r.number == number)
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        self.model.setData(self.model.index(row, 0), state.value, Qt.ItemDataRole.CheckStateRole)
