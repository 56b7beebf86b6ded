"""Possible duplicates in the People page: a filter to find them, a note in the detail pane
to merge them (the merge dialog) or to say they are different people."""

from __future__ import annotations

from pathlib import Path

from netdesk.core.people.resolve import TAKE
from netdesk.core.transfer.importing import import_files
from netdesk.ui.main_window import MainWindow
from tests.core.test_duplicates import LOOK_ALIKES, vcard


def _people_page(window: MainWindow, store, tmp_path: Path):
    path = tmp_path / "look-alikes.vcf"
    path.write_text("".join(vcard(*p) for p in LOOK_ALIKES[:2]) + vcard("Bo", "Y", None, "b@y.nl"))
    summary = import_files(store, [path])
    people = window.show_page("people")
    people.refresh()
    return people, {item.name: item.person_id for item in summary.items}


def test_the_filter_shows_only_possible_duplicates(qtbot, window, store, tmp_path) -> None:
    people, ids = _people_page(window, store, tmp_path)
    assert people.model.rowCount() == 3
    people.filters.duplicates.setChecked(True)
    assert list(people.model.ids()) == [ids["Anna Jansen"], ids["Anne Jansen"]]
    people.filters.clear()
    assert not people.filters.duplicates.isChecked() and people.model.rowCount() == 3


def test_different_people_hides_the_note_for_good(qtbot, window, store, tmp_path) -> None:
    people, ids = _people_page(window, store, tmp_path)
    people.select_person(ids["Bo"])
    assert people.detail.duplicate_note.isHidden()
    people.select_person(ids["Anna Jansen"])
    detail = people.detail
    assert not detail.duplicate_note.isHidden()
    assert "Anne Jansen" in detail.duplicate_label.text()
    qtbot.mouseClick(detail.distinct_button, _left())
    assert detail.duplicate_note.isHidden()
    assert store.duplicates.count() == 0
    assert store.people.count() == 3


def test_merge_from_the_detail_pane_makes_one_person(qtbot, window, store, tmp_path) -> None:
    people, ids = _people_page(window, store, tmp_path)
    anna, anne = ids["Anna Jansen"], ids["Anne Jansen"]
    people.select_person(anna)
    dialog = people.detail.duplicate_merge_dialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Merge possible duplicate"
    dialog.choose("full_name", TAKE)
    people.detail.apply_duplicate_merge(dialog)
    person = store.people.get(anna)
    assert person.full_name == "Anne Jansen"
    assert {c.value for c in person.contacts} >= {
        "anna.jansen@utrecht.nl",
        "anne.jansen@utrecht.nl",
    }
    assert anne not in store.people.ids()
    assert people.detail.duplicate_note.isHidden()
    people.refresh()
    assert people.model.rowCount() == 2


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
