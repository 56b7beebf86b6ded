"""The Events page: list with counts, create with goals, open the people met there."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt

from netdesk.ui.events.event_dialog import EventDialog
from netdesk.ui.widgets.look import short_date
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
    day = short_date("2026-11-20")  # the locale's short date, not ISO
    assert row == [day, "Business Breakfast", "Breakfast", "Utrecht", "2", "1"]

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


def test_goal_hint_says_how_a_goal_counts_and_manual_goals_tick(qtbot, store, services) -> None:
    from netdesk.core.model import PersonFields

    store.people.add(PersonFields(full_name="Ada", internal=True, department="Commercial banking"))
    event_id = store.events.add("Away day", "2026-11-20", goals=("Enjoy the talks",))
    dialog = EventDialog(services, store.events.get(event_id))
    qtbot.addWidget(dialog)
    dialog.new_goal.setText("Meet someone from Commercial banking")
    assert dialog.goal_hint.text() == "Counts people met from department Commercial banking"
    dialog.new_goal.setText("Give three introductions")
    assert "introductions" in dialog.goal_hint.text() and "target 3" in dialog.goal_hint.text()
    dialog.new_goal.clear()
    dialog.goals.setCurrentRow(0)
    assert dialog.goal_hint.text().startswith("No criterion found: tick it off")
    assert dialog.tick_goal.isEnabled()
    dialog.tick_goal.click()
    (goal,) = store.goals.for_event(event_id)
    assert goal.progress == 1
    assert dialog.goals.item(0).text() == "Enjoy the talks — 1 of 1"
    assert not dialog.unsaved.is_dirty()


def test_dates_are_written_the_dutch_way_in_dutch(qtbot, window, store) -> None:
    store.events.add("Ontbijtsessie", "2026-11-20", kind="breakfast")
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    try:
        view = window.show_page("events")
        view.refresh()
        assert view.model.data(view.model.index(0, 0)) == "20-11-2026"
    finally:
        QLocale.setDefault(before)


def test_enter_in_the_goal_field_adds_the_goal_and_keeps_the_dialog_open(qtbot, services) -> None:
    dialog = EventDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Aqua Nederland")
    dialog.new_goal.setFocus()
    qtbot.keyClicks(dialog.new_goal, "meet someone from Commercial banking")
    qtbot.keyClick(dialog.new_goal, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.goals.count() == 1
    assert dialog.new_goal.text() == ""
    qtbot.keyClick(dialog.new_goal, Qt.Key.Key_Return)  # empty: Enter saves, as elsewhere
    assert not dialog.isVisible() and dialog.result() == 1
