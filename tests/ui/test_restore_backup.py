"""File ▸ Restore from a backup: the backup comes back, the views reload, undo forgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QFileDialog, QMessageBox

from netdesk.core.storage import backup
from netdesk.ui.restore_backup import restore_file
from tests.ui.app_fixtures import add_people


def test_restoring_a_backup_from_the_menu_brings_it_back(
    qtbot, window, store, monkeypatch, tmp_path: Path
) -> None:
    add_people(store, "Anouk Peters")
    saved = backup.backup(store, tmp_path / "monday.db")
    add_people(store, "Bas Dekker", "Cas Smit")
    people = window.show_page("people")
    qtbot.waitUntil(lambda: people.model.rowCount() == 3)
    window.services.undo.push(QUndoCommand("an earlier action"))
    said: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(saved), ""))
    )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    )
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text: said.append(text))
    )

    window.restore_action.trigger()

    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert "Restored monday.db" in said[0]
    qtbot.waitUntil(lambda: people.model.rowCount() == 1)
    assert window.services.undo.count() == 0  # its commands spoke of records now gone
    kept = list(store.path.parent.glob("*.replaced-*.db"))
    assert len(kept) == 1  # what was there before, beside it


def test_a_file_that_is_not_a_backup_changes_nothing(
    qtbot, window, store, monkeypatch, tmp_path: Path
) -> None:
    add_people(store, "Anouk Peters")
    bogus = tmp_path / "holiday.db"
    bogus.write_bytes(b"not a database at all" * 100)
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text: said.append(text))
    )
    restore_file(window, window.services, bogus)
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert "holiday.db" in said[0]
    assert [p.full_name for p in store.people.rows(store.people.ids())] == ["Anouk Peters"]
