"""The Follow-ups page: groups, done moves a follow-up, snooze, jump to the person."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

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
