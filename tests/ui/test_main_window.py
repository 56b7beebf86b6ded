"""The main window driven like a user would: keys, clicks, real store underneath."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from netdesk.core.people.query import PersonQuery
from netdesk.ui.main_window import MainWindow
from netdesk.ui.people.quick_capture import QuickCapture
from tests.ui.app_fixtures import TODAY, add_people


def test_typing_in_search_filters_the_table(qtbot, window: MainWindow, store) -> None:
    add_people(store, "Sanne de Vries", "Jan Jansen", "Janneke Smit", "Pieter Bakker")
    window.page("people").refresh()
    people = window.page("people")
    assert people.model.rowCount() == 4

    window.show_page("events")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "jan")

    assert window.current_page_key() == "people"  # typing brings the results forward
    names = [people.model.data(people.model.index(r, 0)) for r in range(people.model.rowCount())]
    assert names == ["Jan Jansen", "Janneke Smit"]
    assert "2 people" in people.count_label.text()

    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert people.model.rowCount() == 4


def test_search_waits_for_a_pause_when_a_delay_is_set(qtbot, window: MainWindow, store) -> None:
    add_people(store, "Sanne de Vries", "Jan Jansen")
    people = window.page("people")
    people.refresh()
    people.set_search_delay(30)
    qtbot.keyClicks(window.search, "sanne")
    assert people.model.rowCount() == 2  # not yet: the debounce is running
    qtbot.waitUntil(lambda: people.model.rowCount() == 1)


def test_quick_capture_adds_a_person_to_the_current_event(qtbot, window, services, store):
    event = store.events.add("Business Breakfast", TODAY, kind="breakfast")
    services.pick_current_event()
    assert services.current_event_id == event
    assert window.event_combo.currentData() == event  # the selector follows

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(QuickCapture)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.name.hasFocus)  # the name field is where typing starts
    qtbot.keyClicks(dialog.name, "Fleur Visser")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.organisation, "Deltares")
    qtbot.keyClick(dialog.organisation, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.context, "cycle ride, rants about the facilities team")
    with qtbot.waitSignal(dialog.finished):  # it closes once the write has committed
        qtbot.keyClick(dialog.context, Qt.Key.Key_Return)

    met = store.people.ids(PersonQuery(event_id=event))
    assert len(met) == 1
    person = store.people.get(met[0])
    assert (person.full_name, person.organisation) == ("Fleur Visser", "Deltares")
    [encounter] = store.encounters.for_person(person.id)
    assert encounter.context == "cycle ride, rants about the facilities team"
    assert "Fleur Visser" in window.statusBar().currentMessage()


def test_quick_capture_with_a_followup_and_save_and_next(qtbot, window, services, store):
    dialog = window.quick_capture()
    qtbot.waitUntil(dialog.name.hasFocus)
    qtbot.keyClicks(dialog.name, "Ruben Mulder")
    qtbot.keyClicks(dialog.followup, "Send the pump report")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.name.text() == ""  # ready for the next person
    qtbot.keyClicks(dialog.name, "Ilse Bos")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert store.people.count() == 2
    [followup] = store.followups.list("open")
    assert followup.text == "Send the pump report"
    assert followup.due_on == TODAY + dt.timedelta(days=3)
    assert followup.person_name == "Ruben Mulder"


def test_quick_capture_refuses_an_empty_name_and_says_why(qtbot, window, store) -> None:
    dialog = window.quick_capture()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.isVisible()
    assert "needs a name" in dialog.error.text()
    assert store.people.count() == 0


def test_the_current_event_is_changed_in_one_click(qtbot, window, services, store) -> None:
    first = store.events.add("Aqua Nederland", TODAY - dt.timedelta(days=40))
    QApplication.processEvents()
    combo = window.event_combo
    index = combo.findData(first)
    assert index > 0
    combo.activated.emit(index)
    assert services.current_event_id == first


def test_navigation_pages_and_remembered_state(qtbot, services, settings) -> None:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach the active window only
    assert window.current_page_key() == "home"  # the first page, Ctrl+1
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "followups"
    window.sidebar.setCurrentRow(1)
    assert window.current_page_key() == "events"
    window.resize(780, 540)
    window.close()

    again = MainWindow(services, settings)
    qtbot.addWidget(again)
    assert again.current_page_key() == "events"
    assert (again.width(), again.height()) == (780, 540)


def test_first_run_shows_what_to_do(qtbot, window: MainWindow) -> None:
    people = window.page("people")
    assert people.stack.currentWidget() is people.empty
    events = window.show_page("events")
    assert events.stack.currentWidget() is events.empty
    assert "first event" in events.empty.title.text()
    followups = window.show_page("followups")
    assert followups.stack.currentWidget() is followups.empty


def test_the_status_bar_counts_people_and_due_followups(qtbot, window, store) -> None:
    [pid] = add_people(store, "Anouk Meijer")
    store.followups.add(pid, "Call about the pilot", TODAY)
    qtbot.waitUntil(lambda: "1 follow-up due" in window.people_label.text())
    assert "1 person ·" in window.people_label.text()  # not "1 people"
    assert QDialogButtonBox  # the dialogs use standard buttons (Enter saves)


def test_the_people_columns_are_remembered(qtbot, services, settings) -> None:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    people = window.page("people")
    people.table.setColumnWidth(1, 321)
    window.close()
    again = MainWindow(services, settings)
    qtbot.addWidget(again)
    assert again.page("people").table.columnWidth(1) == 321
