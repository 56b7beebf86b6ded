"""Import and export from the app: file dialogs in front, core functions off the GUI thread.

The work is the same as ``netdesk import`` and ``netdesk export``; here it runs
through the task runner with a busy cursor, and the outcome is a sentence in
a message box, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from netdesk.core.storage.store import Store
from netdesk.core.transfer import archive, exporting, importing
from netdesk.core.transfer.applying import ImportSummary
from netdesk.core.transfer.scanning import ScanSummary
from netdesk.ui.runtime.services import Services
from netdesk.ui.widgets.look import documents_folder

# format -> (file-dialog filter, default file name); translated when shown.
EXPORTS = {
    "vcard": (QT_TRANSLATE_NOOP("Transfer", "vCard contacts (*.vcf)"), "netdesk.vcf"),
    "csv": (QT_TRANSLATE_NOOP("Transfer", "CSV for spreadsheets (*.csv)"), "netdesk.csv"),
    "json": (QT_TRANSLATE_NOOP("Transfer", "netdesk JSON backup (*.json)"), "netdesk.json"),
    "ics": (QT_TRANSLATE_NOOP("Transfer", "Calendar: open follow-ups (*.ics)"), "followups.ics"),
}


def _busy(on: bool) -> None:
    if on:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    else:
        QGuiApplication.restoreOverrideCursor()


def _failed(parent: QWidget, title: str):
    def show(error: Exception) -> None:
        _busy(False)
        QMessageBox.warning(parent, title, str(error))

    return show


def export_to_file(parent: QWidget, services: Services, fmt: str) -> None:
    """Ask where, then write everyone (or the open follow-ups, for ics) there."""
    file_filter, name = EXPORTS[fmt]
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Transfer", "Export"),
        str(Path(documents_folder()) / name),
        QCoreApplication.translate("Transfer", file_filter),
    )
    if not path:
        return

    def work() -> dict:
        # Reads on a connection of its own: the window's stays free meanwhile.
        with Store.open(services.store.path, read_only=True) as own:
            return exporting.export_to(own, fmt, Path(path))

    def done(summary: dict) -> None:
        _busy(False)
        count = summary.get("people", summary.get("todos", 0))
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Transfer", "Export"),
            QCoreApplication.translate("Transfer", "Wrote {count} to {path}.").format(
                count=count, path=path
            ),
        )

    _busy(True)
    services.tasks.run(
        work,
        on_done=done,
        on_error=_failed(parent, QCoreApplication.translate("Transfer", "Export failed")),
    )


def import_files(parent: QWidget, services: Services) -> None:
    """Ask for contact files, then show what importing them would do (the preview)."""
    paths, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("Transfer", "Import contacts"),
        documents_folder(),
        QCoreApplication.translate(
            "Transfer", "Contact files (*.vcf *.vcard *.csv *.tsv *.txt *.json);;All files (*)"
        ),
    )
    if len(paths) == 1 and archive.is_archive(Path(paths[0])):
        # A whole database: nothing to preview or map, all of it or none (into an empty one).
        import_paths(parent, services, paths)
    elif paths:
        preview_paths(parent, services, paths)


# What dropping on the window offers to import (the preview reads them by content).
DROPPABLE = (".vcf", ".vcard", ".csv", ".tsv")


def preview_paths(parent: QWidget, services: Services, paths: list[str]) -> QDialog:
    """The import preview for these files: mapping, plan, then the import on confirm."""
    from netdesk.ui.importing.import_dialog import ImportDialog

    dialog = ImportDialog(services, paths, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def done(summary: ImportSummary) -> None:
        text = QCoreApplication.translate(
            "Transfer", "Imported: {created} added, {merged} merged, {unchanged} already known."
        ).format(
            created=summary.count("created"),
            merged=summary.count("merged"),
            unchanged=summary.count("unchanged"),
        )
        if summary.batch is not None:
            text += " " + QCoreApplication.translate(
                "Transfer", "Edit ▸ Undo last import takes it back."
            )
        services.problem.emit(text)  # shown in the window's status bar

    dialog.imported.connect(done)
    dialog.show()
    return dialog


def undo_last_import(parent: QWidget, services: Services, *, confirm: bool = True) -> None:
    """Edit ▸ Undo last import: the newest import not undone yet."""
    from netdesk.core.transfer.batches import list_batches
    from netdesk.ui.importing.batches_dialog import undo_import

    batch = next((b for b in list_batches(services.store) if b.undone_at is None), None)
    if batch is None:
        services.problem.emit(QCoreApplication.translate("Transfer", "No import to undo."))
        return
    undo_import(parent, services, batch, confirm=confirm)


def past_imports(parent: QWidget, services: Services) -> QDialog:
    """File ▸ Past imports…: the batches, with Undo."""
    from netdesk.ui.importing.batches_dialog import PastImportsDialog

    dialog = PastImportsDialog(services, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def import_paths(parent: QWidget, services: Services, paths: list[str]) -> None:
    """Import these files all or nothing, off the GUI thread, and say what happened."""

    def done(summary: ScanSummary) -> None:
        _busy(False)
        text = QCoreApplication.translate(
            "Transfer", "{created} added, {merged} merged, {unchanged} already known."
        ).format(
            created=summary.count("created"),
            merged=summary.count("merged"),
            unchanged=summary.count("unchanged"),
        )
        if summary.errors:
            lines = [f"{e['where']}: {e['reason']}" for e in summary.errors[:12]]
            more = len(summary.errors) - len(lines)
            text += (
                "\n\n"
                + QCoreApplication.translate("Transfer", "Skipped:")
                + "\n"
                + "\n".join(lines)
            )
            if more > 0:
                text += "\n" + QCoreApplication.translate("Transfer", "…and {n} more.").format(
                    n=more
                )
        QMessageBox.information(parent, QCoreApplication.translate("Transfer", "Import"), text)

    _busy(True)
    # On the writer, like every write of the app: the window keeps reading meanwhile
    # (WAL), and the views hear exactly what the import changed when it commits.
    services.writer.submit(
        importing.import_files,
        paths,
        event_id=services.current_event_id,
        on_done=done,
        on_error=_failed(parent, QCoreApplication.translate("Transfer", "Import failed")),
    )
