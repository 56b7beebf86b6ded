"""People page actions: delete to the trash and undo, bulk actions undoable, the form's checks."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QUrl

from netdesk.core.people.query import PersonQuery
from netdesk.ui.main_window import MainWindow
from netdesk.ui.people.person_form import PersonForm
from tests.ui.app_fixtures import add_people


def _select_rows(people, rows: list[int]) -> None:
    selection = QItemSelection()
    for row in rows:
        index = people.model.index(row, 0)
        selection.select(index, index)
    people.table.selectionModel().select(
        selection,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def _people_page(window: MainWindow):
    people = window.show_page("people")
    people.refresh()
    return people


def test_delete_then_undo_restores_the_person(qtbot, window: MainWindow, store) -> None:
    ids = add_people(store, "Anna", "Bram", "Cas")
    people = _people_page(window)
    assert people.select_person(ids[1])
    people.table.setFocus()
    qtbot.keyClick(people.table, Qt.Key.Key_Delete)

    assert not store.people.exists(ids[1])
    qtbot.waitUntil(lambda: people.model.rowCount() == 2)
    assert "trash" in window.statusBar().currentMessage()

    window.undo_action.trigger()
    assert store.people.exists(ids[1])
    message = window.statusBar().currentMessage()
    assert message.startswith("Undone:") and "trash" not in message.split(":", 1)[0]
    qtbot.waitUntil(lambda: people.model.rowCount() == 3)
    assert ids[1] in people.model.ids()

    window.redo_action.trigger()  # and redo deletes again
    assert not store.people.exists(ids[1])


def test_bulk_tag_add_to_event_and_internal_are_each_undoable(qtbot, window, store) -> None:
    ids = add_people(store, "Anna", "Bram", "Cas")
    store.people.tag([ids[0]], "pumps")  # already tagged: undo must leave this one
    event = store.events.add("Water Innovation Days", "2026-11-20", kind="conference")
    people = _people_page(window)
    _select_rows(people, [0, 1])
    assert people.selected_ids() == ids[:2]
    assert "2 people selected" in people.detail.browser.toPlainText()

    people.bulk.tag_selected("pumps")
    assert store.people.ids(PersonQuery(tag="pumps")) == ids[:2]
    people.bulk.add_selected_to_event(event)
    assert store.people.ids(PersonQuery(event_id=event)) == ids[:2]
    people.bulk.set_selected_internal(True)
    assert store.people.ids(PersonQuery(internal=True)) == ids[:2]

    undo = window.services.undo
    assert undo.count() == 3
    undo.undo()
    assert store.people.ids(PersonQuery(internal=True)) == []
    undo.undo()
    assert store.people.ids(PersonQuery(event_id=event)) == []
    undo.undo()
    assert store.people.ids(PersonQuery(tag="pumps")) == [ids[0]]
    undo.redo()
    assert store.people.ids(PersonQuery(tag="pumps")) == ids[:2]


def test_select_all_and_delete_many_at_once(qtbot, window, store) -> None:
    add_people(store, *[f"Person {n}" for n in range(30)])
    people = _people_page(window)
    people.table.setFocus()
    people.table.selectAll()
    assert len(people.selected_ids()) == 30
    people.bulk.delete_selected()
    assert store.people.count() == 0
    window.services.undo.undo()
    assert store.people.count() == 30


def test_the_form_shows_a_bad_email_next_to_the_field(qtbot, store, services) -> None:
    [pid] = add_people(store, "Sanne de Vries")
    form = PersonForm(services, store.people.get(pid))
    qtbot.addWidget(form)
    form.contacts["email"].setPlainText("sanne@example.org\nnot-an-address")
    form.accept()
    assert form.result() == 0  # still open
    assert "'not-an-address' is not a valid email address" in form.errors["email"].text()
    assert not form.errors["email"].isHidden()
    assert form.errors["phone"].isHidden()
    assert store.people.get(pid).contacts == ()  # nothing half-written

    form.contacts["email"].setPlainText("sanne@example.org")
    form.contacts["phone"].setPlainText("+31 6 1234 5678")
    form.contacts["url"].setPlainText("linkedin.com/in/sanne")
    form.tags.setText("pumps, mentor")
    form.accept()
    assert form.result() == 1
    person = store.people.get(pid)
    assert person.emails == ("sanne@example.org",)
    assert person.phones == ("+31 6 1234 5678",)
    assert person.tags == ("mentor", "pumps")


def test_the_form_refuses_a_bad_phone_and_url(qtbot, store, services) -> None:
    form = PersonForm(services)
    qtbot.addWidget(form)
    form.name.setText("Bram Bos")
    form.contacts["phone"].setPlainText("call me maybe")
    form.accept()
    assert "not a valid phone number" in form.errors["phone"].text()
    form.contacts["phone"].clear()
    form.contacts["url"].setPlainText("not a url")
    form.accept()
    assert "not a valid web address" in form.errors["url"].text()
    assert store.people.count() == 0


def test_detail_pane_shows_where_we_met_followups_and_exchanges(qtbot, window, store) -> None:
    event = store.events.add("Heidag", "2026-09-24", kind="away-day")
    [pid] = add_people(store, "Emma Bos", organisation="Wageningen University")
    store.encounters.add([pid], event_id=event, context="offered to review our tender")
    store.followups.add(pid, "Thank-you note", "2026-10-24")
    store.exchanges.add(pid, "received", "help", "Reviewed our proposal")
    people = _people_page(window)
    people.select_person(pid)
    text = people.detail.browser.toPlainText()
    for expected in (
        "Emma Bos",
        "Wageningen University",
        "Heidag",
        "offered to review our tender",
        "Thank-you note",
        "Reviewed our proposal",
        "gave 0 · received 1",
        "Where the details came from",
    ):
        assert expected in text


def test_where_the_details_came_from_opens_on_request_and_leaves_out_replaced_values(
    qtbot, window, store
) -> None:
    [pid] = add_people(store, "Emma Bos", organisation="Wageningen University")
    person = store.people.get(pid)
    store.people.update(pid, replace(person, organisation="Deltares"))
    people = _people_page(window)
    people.select_person(pid)
    detail = people.detail
    assert "Where the details came from (" in detail.browser.toPlainText()
    assert "Deltares" in detail.browser.toPlainText()  # as the role line says

    detail.browser.anchorClicked.emit(QUrl("netdesk:provenance"))
    text = detail.browser.toPlainText()
    assert "Organisation: Deltares" in text
    assert "Organisation: Wageningen University" not in text  # replaced: history, not shown
    detail.browser.anchorClicked.emit(QUrl("netdesk:provenance"))
    assert "Organisation: Deltares" not in detail.browser.toPlainText()


def test_filters_narrow_the_table(qtbot, window, store) -> None:
    inside = add_people(store, "Anna", organisation="Rivierland Bank", internal=True)
    outside = add_people(store, "Bram", "Cas", organisation="Deltares")
    people = _people_page(window)
    people.filters.set_values(internal=True)
    assert list(people.model.ids()) == inside
    people.filters.set_values(internal=None, organisation="Deltares")
    assert list(people.model.ids()) == outside
    people.filters.clear()
    assert people.model.rowCount() == 3


def test_a_long_address_wraps_at_its_parts_and_copies_whole(qtbot, window, store) -> None:
    from netdesk.core.model import ContactPoint, PersonFields

    address = "mei.orsted.2694@provinciegelderland.example"
    pid = store.people.add(
        PersonFields("Mei Ørsted", contacts=(ContactPoint("email", address),))
    )
    people = _people_page(window)
    people.select_person(pid)
    browser = people.detail.browser
    assert "\u200b" in browser.toPlainText()  # break hints: after @, before dots
    assert browser.find(address.split("@")[1].split(".")[0])  # the word itself is whole
    browser.selectAll()
    copied = browser.createMimeDataFromSelection().text()
    assert address in copied and "\u200b" not in copied
