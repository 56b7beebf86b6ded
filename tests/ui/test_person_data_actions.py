"""The person page's two actions for a person's own data: export it, erase them for good."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from netdesk.ui.main_window import MainWindow
from tests.ui.app_fixtures import add_people


def _shown(window: MainWindow, person_id: int):
    people = window.show_page("people")
    people.refresh()
    assert people.select_person(person_id)
    assert people.detail.person_id == person_id
    return people


def test_export_this_persons_data_writes_their_file(
    qtbot, window: MainWindow, store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ada, _ = add_people(store, "Ada Peters", "Bram de Vries", organisation="Deltares")
    store.followups.add(ada, "Send the pump report", "2026-12-01")
    target = tmp_path / "ada.json"
    told: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: told.append(a[2])))
    people = _shown(window, ada)
    people.detail.export_data_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=5_000)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["person"]["full_name"] == "Ada Peters"
    assert [f["text"] for f in document["followups"]] == ["Send the pump report"]
    assert "Ada Peters" in told[0] and str(target) in told[0]


def test_erase_for_good_asks_naming_the_person_then_erases(
    qtbot, window: MainWindow, store, monkeypatch: pytest.MonkeyPatch
) -> None:
    ada, bram = add_people(store, "Ada Peters", "Bram de Vries")
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def warning(_parent, _title, text, *_buttons):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    people = _shown(window, ada)
    people.detail.erase_action.trigger()  # cancelled: nothing happens
    assert "Ada Peters" in asked[0] and "cannot be undone" in asked[0]
    assert store.people.exists(ada)

    answer[0] = QMessageBox.StandardButton.Yes
    people.detail.erase_action.trigger()
    assert store.scalar("SELECT count(*) FROM people WHERE id = ?", (ada,)) == 0
    qtbot.waitUntil(lambda: people.model.ids() == [bram], timeout=5_000)
    assert people.detail.person_id is None


def test_someone_in_the_trash_can_be_erased_for_good(
    qtbot, window: MainWindow, store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netdesk.ui.trash_dialog import TrashDialog

    _keep, gone = add_people(store, "Anouk Peters", "Bas Dekker")
    store.people.delete([gone])
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        staticmethod(
            lambda _p, _t, text, *_b: asked.append(text) or QMessageBox.StandardButton.Yes
        ),
    )
    window.trash_action.trigger()
    dialog = window.findChild(TrashDialog)
    assert not dialog.erase_button.isEnabled()
    assert dialog.select("person", gone) and dialog.erase_button.isEnabled()
    dialog.erase_button.click()
    assert "Bas Dekker" in asked[0]
    assert store.scalar("SELECT count(*) FROM people WHERE id = ?", (gone,)) == 0
    assert dialog.tree.topLevelItem(0).text(0).endswith("(0)")
    dialog.close()
