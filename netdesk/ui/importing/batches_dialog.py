"""File ▸ Past imports: every import with its files and counts, and Undo for one of them.

Reads the batches on the window's read-only connection; undo goes through the writer as
the core operation ``undo_batch``, which says who it kept because they were edited since.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.storage.changes import Changes, Kind
from netdesk.core.transfer.batches import Batch, UndoResult, list_batches, undo_batch
from netdesk.ui.runtime.services import Services
from netdesk.ui.widgets.look import number_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def counts_text(batch: Batch) -> str:
    return PastImportsDialog.tr("{created} added, {merged} merged, {unchanged} unchanged").format(
        created=number_text(batch.counts.get("created", 0)),
        merged=number_text(batch.counts.get("merged", 0)),
        unchanged=number_text(batch.counts.get("unchanged", 0)),
    )


def undo_import(parent: QWidget, services: Services, batch: Batch, *, confirm: bool = True) -> None:
    """Ask, then undo ``batch`` on the writer; say what was kept."""
    if confirm:
        answer = QMessageBox.question(
            parent,
            PastImportsDialog.tr("Undo import"),
            PastImportsDialog.tr(
                "Undo the import of {files} ({counts})? People it added are removed and people"
                " it merged into are put back as they were; anyone you edited since is kept."
            ).format(files=batch.source, counts=counts_text(batch)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

    def done(result: UndoResult) -> None:
        text = PastImportsDialog.tr(
            "Import undone: {removed} removed, {restored} put back."
        ).format(
            removed=number_text(len(result.removed)), restored=number_text(len(result.restored))
        )
        if result.kept:
            names = ", ".join(name for _id, name in result.kept[:10])
            text += " " + PastImportsDialog.tr(
                "Kept because you edited them since: {names}"
            ).format(names=names)
        services.problem.emit(text)  # the window's status bar shows it

    services.writer.submit(
        undo_batch, batch.id, on_done=done, on_error=lambda e: services.problem.emit(str(e))
    )


class PastImportsDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Past imports"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                self.tr("Import"),
                self.tr("When"),
                self.tr("Files"),
                self.tr("Result"),
                self.tr("Undone"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.undo_button = QPushButton(self.tr("&Undo import…"))
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        char = self.fontMetrics().averageCharWidth()
        self.resize(100 * char, 24 * self.fontMetrics().height())
        services.changed.connect(self._on_changes)
        self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.IMPORTS):
            self.refresh()

    def refresh(self) -> None:
        self.batches = {b.id: b for b in list_batches(self.services.store)}
        self.tree.clear()
        for batch in self.batches.values():
            item = QTreeWidgetItem(
                [
                    str(batch.id),
                    batch.imported_at,
                    batch.source,
                    counts_text(batch),
                    batch.undone_at or "",
                ]
            )
            item.setData(0, ID_ROLE, batch.id)
            self.tree.addTopLevelItem(item)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        self._update_buttons()

    def _selected(self) -> Batch | None:
        items = self.tree.selectedItems()
        return self.batches.get(items[0].data(0, ID_ROLE)) if items else None

    def _update_buttons(self) -> None:
        batch = self._selected()
        self.undo_button.setEnabled(batch is not None and batch.undone_at is None)

    def undo_selected(self) -> None:
        batch = self._selected()
        if batch is not None:
            undo_import(self, self.services, batch)
