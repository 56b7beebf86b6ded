"""The Events page: list with counts, create with goals, open the people met there."""

from __future__ import annotations

from PySide6.QtCore import QDate

from netdesk.ui.events.event_dialog import EventDialog
from tests.ui.app_fixtures import TODAY, add_people


def test_events_list_counts_people_and_opens_them(qtbot, window, store) -> None:
    event = store.events.add(
        "Business Breakfast", "2026-11-20", kind="breakfast", location="Utrecht"
    )
    store.events.add("Python Meetup", "2026-10-01", kind="meetup")
    ids = add_people(store, "Anna", "Bram", "Cas")
    store.encounters.add(ids[:2], event_id=event, context="breakout table")
    store.followups.add(ids[0], "Send slides", TODAY, event_id=event)
    view = window.show_page("events")
    view.refresh()
    model = view.model
    assert model.rowCount() == 2
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row == ["2026-11-20", "Business Breakfast", "Breakfast", "Utrecht", "2", "1"]

    view.select_event(event)
    view.table.doubleClicked.emit(model.index(0, 1))
    assert window.current_page_key() == "people"
    assert list(window.page("people").model.ids()) == ids[:2]


def test_create_an_event_with_goals_through_the_dialog(qtbot, store, services) -> None:
    dialog = EventDialog(services)
    qtbot.addWidget(dialog)
    dialog.name.setText("Aqua Nederland")
    dialog.kind.setCurrentIndex(dialog.kind.findData("conference"))
    dialog.starts.setDate(QDate(2026, 3, 10))
    dialog.several_days.setChecked(True)
    dialog.ends.setDate(QDate(2026, 3, 12))
    dialog.location.setText("Gorinchem")
    dialog.new_goal.setText("find 2 peers with the pumping-station problem")
    dialog._add_goal()
    dialog.new_goal.setText("meet someone from Commercial banking")
    dialog.accept()
    assert dialog.result() == 1
    event = store.events.get(dialog.event_id)
    assert (event.name, event.kind, str(event.ends_on)) == (
        "Aqua Nederland",
        "conference",
        "2026-03-12",
    )
    goals = store.goals.for_event(event.id)
    assert [g.text for g in goals] == [
        "find 2 peers with the pumping-station problem",
        "meet someone from Commercial banking",
    ]
    assert goals[0].target == 2


def test_the_dialog_refuses_reversed_dates_without_writing(qtbot, store, services) -> None:
    dialog = EventDialog(services)
    qtbot.addWidget(dialog)
    dialog.name.setText("Backwards")
    dialog.starts.setDate(QDate(2026, 3, 12))
    dialog.several_days.setChecked(True)
    dialog.ends.setDate(QDate(2026, 3, 10))
    dialog.accept()
    assert dialog.result() == 0
    assert "ends" in dialog.error.text()
    assert store.events.list() == []


def test_delete_an_event_and_undo(qtbot, window, store) -> None:
    event = store.events.add("Charity Run", "2026-05-01")
    view = window.show_page("events")
    view.refresh()
    view.select_event(event)
    view.delete_selected()
    assert not store.events.exists(event)
    window.services.undo.undo()
    assert store.events.exists(event)
