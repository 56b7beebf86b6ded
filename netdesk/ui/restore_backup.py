"""File ▸ Restore from a backup…: the whole database replaced by a backup the user picks.

The same work as ``netdesk restore``, run by the app's one writer: the backup is checked
first (netdesk's, intact, not newer), the current data is kept beside it, and an older
backup is brought up to this version. Afterwards every view reloads, and the undo
history is cleared: it speaks of records the backup may not hold.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from netdesk.core.storage import backup
from netdesk.core.storage.changes import Changes, Kind
from netdesk.core.storage.store import Store
from netdesk.ui.runtime.services import Services
from netdesk.ui.widgets.look import ask


def restore_from_backup(parent: QWidget, services: Services) -> Path | None:
    """Ask which backup, ask to confirm, then restore it; None when the user cancels."""
    folder = backup.backup_dir(services.path)
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("RestoreBackup", "Restore from a backup"),
        str(folder if folder.is_dir() else services.path.parent),
        QCoreApplication.translate("RestoreBackup", "netdesk databases (*.db);;All files (*)"),
    )
    if not path or not confirm_restore(parent, Path(path)):
        return None
    restore_file(parent, services, Path(path))
    return Path(path)


def confirm_restore(parent: QWidget, source: Path) -> bool:
    return ask(
        parent,
        QCoreApplication.translate("RestoreBackup", "Restore from a backup"),
        QCoreApplication.translate(
            "RestoreBackup",
            "Replace everything netdesk holds with the backup {name}?\n\n"
            "What is there now is kept beside it, so nothing is lost.",
        ).format(name=source.name),
    )


def restore_file(parent: QWidget, services: Services, source: Path) -> None:
    """Restore ``source`` through the writer; say where the replaced data went."""

    def done(kept: Path) -> None:
        services.undo.clear()
        services.changed.emit(Changes(frozenset(Kind)))  # every view reads again
        QMessageBox.information(
            parent,
            QCoreApplication.translate("RestoreBackup", "Restore from a backup"),
            QCoreApplication.translate(
                "RestoreBackup", "Restored {name}. What was there before is kept as {kept}."
            ).format(name=source.name, kept=str(kept)),
        )

    def failed(error: Exception) -> None:
        QMessageBox.warning(
            parent, QCoreApplication.translate("RestoreBackup", "Restore from a backup"), str(error)
        )

    services.writer.submit(_restore, source, on_done=done, on_error=failed)


def _restore(store: Store, source: Path) -> Path:
    return backup.restore(store.path, source)
