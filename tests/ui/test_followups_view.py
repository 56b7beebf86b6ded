"""The Follow-ups page: groups, done moves a follow-up, snooze, jump to the person."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from netdesk.ui.widgets.look import short_date
from tests.ui.app_fixtures import TODAY, add_people


def test_a_followup_marked_done_moves_groups(qtbot, window, store) -> None:
    [pid] = add_people(store, "Pieter Bakker")
    late = store.followups.add(pid, "Send the slides", TODAY - dt.timedelta(days=2))
    soon = store.followups.add(pid, "Coffee", TODAY + dt.timedelta(days=3))
    view = window.show_page("followups")
    view.refresh()
    assert view.group_of(late) == "overdue"
    assert view.group_of(soon) == "week"
    assert view.groups["overdue"].text(0).endswith("(1)")

    assert view.select(late)
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: view.group_of(late) == "done")
    assert view.groups["overdue"].text(0).endswith("(0)")
    assert store.followups.get(late).status == "done"
    assert view.group_of(soon) == "week"


def test_snooze_tomorrow_and_next_week(qtbot, window, store) -> None:
    [pid] = add_people(store, "Lotte Smit")
    followup = store.followups.add(pid, "Call about the pilot", TODAY)
    view = window.show_page("followups")
    view.refresh()
    assert view.group_of(followup) == "today"
    view.select(followup)
    view.snooze(days=1)
    qtbot.waitUntil(lambda: view.group_of(followup) == "week")
    assert store.followups.get(followup).effective_due == TODAY + dt.timedelta(days=1)
    view.select(followup)
    view.snooze(days=7)
    week = TODAY + dt.timedelta(days=7)
    qtbot.waitUntil(lambda: store.followups.get(followup).effective_due == week)


def test_reopen_brings_a_done_followup_back(qtbot, window, store) -> None:
    [pid] = add_people(store, "Daan Vos")
    followup = store.followups.add(pid, "Intro to Commercial banking", TODAY)
    store.followups.done(followup)
    view = window.show_page("followups")
    view.refresh()
    assert view.group_of(followup) == "done"
    view.select(followup)
    assert view.reopen_action.isEnabled() and not view.done_action.isEnabled()
    view.reopen()
    qtbot.waitUntil(lambda: view.group_of(followup) == "today")


def test_go_to_person_opens_them_in_people(qtbot, window, store) -> None:
    ids = add_people(store, "Anna", "Bram", "Cas")
    followup = store.followups.add(ids[2], "Coffee", TODAY)
    view = window.show_page("followups")
    view.refresh()
    window.search.setText("anna")  # a stale search must not hide the person
    view.select(followup)
    view.go_to_person()
    assert window.current_page_key() == "people"
    people = window.page("people")
    assert people.selected_ids() == [ids[2]]
    assert people.detail.person_id == ids[2]


def test_this_week_and_later_start_expanded(qtbot, window, store) -> None:
    view = window.show_page("followups")
    view.refresh()  # empty first: an empty group must not stay collapsed afterwards
    [pid] = add_people(store, "Sanne de Wit")
    store.followups.add(pid, "Coffee", TODAY + dt.timedelta(days=3))
    store.followups.add(pid, "Quarterly call", TODAY + dt.timedelta(days=40))
    view.refresh()
    assert view.groups["week"].isExpanded()
    assert view.groups["later"].isExpanded()
    assert not view.groups["done"].isExpanded()


def test_done_moves_the_selection_to_the_next_followup(qtbot, window, store) -> None:
    [pid] = add_people(store, "Ruben Jansen")
    first = store.followups.add(pid, "Send the slides", TODAY)
    second = store.followups.add(pid, "Coffee", TODAY + dt.timedelta(days=2))
    view = window.show_page("followups")
    view.refresh()
    view.select(first)
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.group_of(first) == "done" and view.selected_ids() == [second])
    assert view.tree.currentItem() is view.item_of(second)
    assert view.done_action.isEnabled()


def test_done_and_snooze_are_undone_with_ctrl_z(qtbot, window, store) -> None:
    [pid] = add_people(store, "Eva Mulder")
    followup = store.followups.add(pid, "Intro to the CFO", TODAY)
    view = window.show_page("followups")
    view.refresh()
    view.select(followup)
    view.mark_done()
    assert store.followups.get(followup).status == "done"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # a window shortcut needs the active window
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = store.followups.get(followup)
    assert (restored.status, restored.done_on) == ("open", None)
    qtbot.waitUntil(lambda: view.group_of(followup) == "today")

    view.select(followup)
    view.snooze(days=3)
    assert store.followups.get(followup).status == "snoozed"
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(view.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = store.followups.get(followup)
    assert (restored.status, restored.snoozed_until) == ("open", None)
    qtbot.waitUntil(lambda: view.group_of(followup) == "today")


def test_undoing_done_removes_the_keep_in_touch_followup_it_created(
    qtbot, window, store, services
) -> None:
    from netdesk.core.followups import cadence

    [pid] = add_people(store, "Noor Visser")
    cadence.set_person_cadence(store, pid, 30)
    followup = store.followups.add(pid, "Call", TODAY)
    before = {f.id for f in store.followups.list("open", today=TODAY)}
    view = window.show_page("followups")
    view.refresh()
    view.select(followup)
    view.mark_done()
    assert {f.id for f in store.followups.list("open", today=TODAY)} != before
    services.undo.undo()
    assert {f.id for f in store.followups.list("open", today=TODAY)} == before


def test_next_week_leaves_this_week(qtbot, window, store) -> None:
    [pid] = add_people(store, "Thijs Bos")
    followup = store.followups.add(pid, "Send the proposal", TODAY)
    view = window.show_page("followups")
    view.refresh()
    view.select(followup)
    view.next_week_action.trigger()
    day = store.followups.get(followup).effective_due
    assert day.weekday() == 0 and day > TODAY + dt.timedelta(days=7)
    qtbot.waitUntil(lambda: view.group_of(followup) == "later")
    item = view.item_of(followup)
    text = item.text(0)
    assert text.startswith(short_date(day)) and "snoozed" in text
    width = view.tree.header().sectionSize(0)
    assert view.tree.fontMetrics().horizontalAdvance(text) + view.tree.indentation() < width
