"""A person's own data from their page: export it to a file, or erase them for good.

Both are core operations (netdesk.core.people.personal_data and .erase): the export
reads on the task pool with a connection of its own, the erase goes to the one writer.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from netdesk.core.errors import NetdeskError
from netdesk.core.people.erase import erase_person
from netdesk.core.people.personal_data import export_person
from netdesk.core.storage.store import Store
from netdesk.ui.widgets.look import ask, documents_folder

if TYPE_CHECKING:
    from netdesk.ui.runtime.tasks import TaskRunner
    from netdesk.ui.runtime.writer import Writer


def _file_name(name: str) -> str:
    """A default file name from the person's name: letters, digits and dashes only."""
    slug = re.sub(r"[^\w]+", "-", name, flags=re.UNICODE).strip("-").lower()
    return f"{slug or 'person'}.json"


def export_data(
    parent: QWidget, store: Store, tasks: TaskRunner, person_id: int, name: str
) -> None:
    """Ask where, then write everything about the person there, off the GUI thread."""
    folder = documents_folder()
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PersonData", "Export this person's data"),
        str(Path(folder) / _file_name(name)),
        QCoreApplication.translate("PersonData", "JSON (*.json)"),
    )
    if not path:
        return

    def work() -> dict:
        with Store.open(store.path, read_only=True) as own:
            return export_person(own, person_id, Path(path))

    def done(_summary: dict) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("PersonData", "Export this person's data"),
            QCoreApplication.translate(
                "PersonData", "Wrote everything about {name} to {path}."
            ).format(name=name, path=path),
        )

    def failed(error: Exception) -> None:
        QMessageBox.warning(
            parent, QCoreApplication.translate("PersonData", "Export failed"), str(error)
        )

    tasks.run(work, on_done=done, on_error=failed)


def erase(parent: QWidget, writer: Writer, person_id: int, name: str) -> bool:
    """Confirm, then erase the person and everything about them; True when done."""
    asked = ask(
        parent,
        QCoreApplication.translate("PersonData", "Erase for good"),
        QCoreApplication.translate(
            "PersonData",
            "Erase {name} and everything about them: contact details, encounters, follow-ups,"
            " exchanges, introductions and history?\n\nThis cannot be undone: {name} does not go"
            " to the trash.",
        ).format(name=name),
        warning=True,
    )
    if not asked:
        return False
    try:
        writer.call(erase_person, person_id)
    except NetdeskError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("PersonData", "Erase for good"), str(error)
        )
        return False
    return True
