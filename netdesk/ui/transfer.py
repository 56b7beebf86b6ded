"""Import and export from the app: file dialogs in front, core functions off the GUI thread.

The work is the same as ``netdesk import`` and ``netdesk export``; here it runs
through the task runner with a busy cursor, and the outcome is a sentence in
a message box, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from netdesk.core.storage.store import Store
from netdesk.core.transfer import exporting, importing
from netdesk.core.transfer.scanning import ScanSummary
from netdesk.ui.runtime.services import Services

# format -> (file-dialog filter, default file name); translated when shown.
EXPORTS = {
    "vcard": (QT_TRANSLATE_NOOP("Transfer", "vCard contacts (*.vcf)"), "netdesk.vcf"),
    "csv": (QT_TRANSLATE_NOOP("Transfer", "CSV for spreadsheets (*.csv)"), "netdesk.csv"),
    "json": (QT_TRANSLATE_NOOP("Transfer", "netdesk JSON backup (*.json)"), "netdesk.json"),
    "ics": (QT_TRANSLATE_NOOP("Transfer", "Calendar: open follow-ups (*.ics)"), "followups.ics"),
}


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


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
        str(Path(_documents()) / name),
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
    """Ask for contact files, import them all or nothing, and say what happened."""
    paths, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("Transfer", "Import contacts"),
        _documents(),
        QCoreApplication.translate(
            "Transfer", "Contact files (*.vcf *.vcard *.csv *.tsv *.txt *.json);;All files (*)"
        ),
    )
    if paths:
        import_paths(parent, services, paths)


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
