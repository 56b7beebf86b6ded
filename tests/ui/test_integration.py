"""The pages work together in the main window: review from Events, a person's extra actions,
import and export from the File menu, and every sidebar page builds."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from netdesk.core.model import PersonFields
from netdesk.ui.events.review_wizard import ReviewWizard
from netdesk.ui.importing.import_dialog import MAPPING, PLAN, ImportDialog
from netdesk.ui.main_window import MainWindow
from netdesk.ui.pages import PAGES


@pytest.fixture
def quiet_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes would wait for a click; record their text instead."""
    said: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox, name, staticmethod(lambda _parent, _title, text: said.append(text))
        )
    return said


def confirm_preview(qtbot, window: MainWindow) -> str:
    """File ▸ Import opens the preview: take the mapping as guessed, then import the plan;
    returns what the plan said it would do."""
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() in (MAPPING, PLAN), timeout=5_000)
    if dialog.pages.currentIndex() == MAPPING:
        dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PLAN, timeout=5_000)
    counts = dialog.counts.text()
    with qtbot.waitSignal(dialog.imported, timeout=5_000):
        dialog.import_button.click()
    return counts


def test_every_sidebar_page_builds(window: MainWindow) -> None:
    for page in PAGES:
        widget = window.show_page(page.key)
        assert window.stack.currentWidget() is widget


def test_review_opens_from_the_events_page(qtbot, window: MainWindow) -> None:
    store = window.services.writer.store  # what another program would write
    event = store.events.add("Breakfast Club", dt.date.today(), kind="breakfast")
    store.people.add(PersonFields("Ada Lovelace"), event_id=event, context="wants an intro")
    events = window.show_page("events")
    events.refresh()
    events.select_event(event)
    events.review_action.trigger()
    wizards = [w for w in QApplication.topLevelWidgets() if isinstance(w, ReviewWizard)]
    assert len(wizards) == 1 and wizards[0].isVisible()
    wizards[0].close()


def test_export_from_the_menu_writes_the_file(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet_boxes
) -> None:
    window.services.writer.store.people.add(PersonFields("José Ørsted"))
    target = tmp_path / "everyone.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    window.export("json")
    qtbot.waitUntil(lambda: bool(quiet_boxes), timeout=5_000)
    people = json.loads(target.read_text())["tables"]["people"]
    names = [row[people["columns"].index("full_name")] for row in people["rows"]]
    assert names == ["José Ørsted"]
    assert str(target) in quiet_boxes[0]


def test_import_from_the_menu_adds_people_to_the_current_event(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet_boxes
) -> None:
    store = window.services.writer.store  # what another program would write
    event = store.events.add("Workshop", dt.date.today(), kind="workshop")
    window.services.set_current_event(event)
    attendees = tmp_path / "attendees.csv"
    attendees.write_text("Name;Company;Email\nZoë O'Brien;Deltares;zoe@example.org\n;;bad\n")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(attendees)], ""))
    )
    window.import_contacts()
    assert "1 cannot be used" in confirm_preview(qtbot, window)
    qtbot.waitUntil(lambda: "1 added" in window.statusBar().currentMessage(), timeout=5_000)
    assert store.events.get(event).people_met == 1


def test_present_my_card_without_a_card_leads_to_my_card(window: MainWindow) -> None:
    window.present_action.trigger()
    assert window.current_page_key() == "card"
    assert "Set up your card first" in window.statusBar().currentMessage()


def test_preferences_has_a_shortcut_on_every_platform(window: MainWindow) -> None:
    shortcuts = {a.shortcut().toString() for a in window.findChildren(type(window.present_action))}
    assert "Ctrl+," in shortcuts and "F5" in shortcuts


def test_an_import_tells_the_open_views(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet_boxes
) -> None:
    """The import writes on its own connection; the People page must still show the result."""
    people = window.show_page("people")
    contacts = tmp_path / "contacts.csv"
    contacts.write_text("Name,Email\nAda Lovelace,ada@example.org\n")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(contacts)], ""))
    )
    window.import_contacts()
    confirm_preview(qtbot, window)
    qtbot.waitUntil(lambda: people.model.rowCount() == 1, timeout=5_000)
    assert people.model.index(0, 0).data() == "Ada Lovelace"
