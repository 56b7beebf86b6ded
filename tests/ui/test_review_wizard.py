"""Drive the review wizard with the keyboard through an event, close it, resume it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from netdesk.core.events import review
from netdesk.core.model import ContactPoint, PersonFields
from netdesk.core.storage.store import Store
from netdesk.ui.events.review_wizard import ReviewWizard
from netdesk.ui.runtime.services import Services

FRIDAY = dt.date(2026, 11, 20)
PEOPLE = (
    ("Ada Peters", "Waterschap Delfland", "ageing pumping station, same as ours"),
    ("Bo Jansen", "Rabobank", "wants to meet someone from IT security"),
    ("Cas Smit", "Gemeente Leiden", "cycle ride, rants about the facilities team"),
    ("Dee Vos", "TU Delft", "PhD on sensor networks"),
)


def _event(store: Store) -> tuple[int, list[int]]:
    event = store.events.add("Water board breakfast", FRIDAY, kind="breakfast")
    ids = []
    for n, (name, org, context) in enumerate(PEOPLE):
        email = name.split()[0].lower() + "@example.org"
        pid = store.people.add(
            PersonFields(full_name=name, organisation=org, contacts=(ContactPoint("email", email),))
        )
        store.encounters.add(
            [pid], event_id=event, context=context, met_at=f"2026-11-20T08:{n:02d}:00Z"
        )
        ids.append(pid)
    return event, ids


def _open(qtbot, services: Services, event: int) -> ReviewWizard:
    wizard = ReviewWizard(services, event, today=FRIDAY)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitExposed(wizard)
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def _key(qtbot, wizard: ReviewWizard, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(wizard.focusWidget() or wizard, key, modifier)


def test_wizard_through_an_event_close_and_resume(qtbot, store: Store, services: Services) -> None:
    event, ids = _event(store)
    wizard = _open(qtbot, services, event)
    assert wizard.progress_text() == "0 of 4 reviewed"
    assert wizard.name.text() == "Ada Peters"
    assert "ageing pumping station" in wizard.context.text()

    # Card 1: send the information promised (key 1), a note, something received.
    _key(qtbot, wizard, Qt.Key.Key_1)
    assert wizard.actions[0].check.isChecked()
    wizard.notes.setFocus()
    qtbot.keyClicks(wizard.notes, "Knows the Delft station")
    wizard.received.note.setFocus()
    qtbot.keyClicks(wizard.received.note, "grant tip")  # typing a note picks 'help'
    with qtbot.waitSignal(wizard.reviewed) as saved:
        _key(qtbot, wizard, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert saved.args == [ids[0]]
    (info,) = store.followups.list("all", person_id=ids[0])
    assert (info.action, info.text, info.event_id) == (
        "send-info",
        "Send the information promised",
        event,
    )
    assert info.due_on == dt.date(2026, 11, 21)  # within 24 hours (not moved off Saturday)
    (received,) = store.exchanges.for_person(ids[0])
    assert (received.direction, received.kind, received.note) == ("received", "help", "grant tip")
    assert store.interactions.for_person(ids[0])[0].note == "Knows the Delft station"

    # Card 2: coffee or call (3) and connect (4) with rhythm dates; something given.
    assert wizard.progress_text() == "1 of 4 reviewed"
    assert wizard.name.text() == "Bo Jansen"
    _key(qtbot, wizard, Qt.Key.Key_3)
    _key(qtbot, wizard, Qt.Key.Key_4)
    wizard.gave.kind.setCurrentIndex(wizard.gave.kind.findData("referral"))
    _key(qtbot, wizard, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    made = {f.action: f.due_on for f in store.followups.list("all", person_id=ids[1])}
    assert made == {
        "meet": dt.date(2026, 12, 21),  # 30 days is a Sunday: moved to Monday
        "connect": dt.date(2026, 11, 27),  # within 7 days
    }
    assert [(x.direction, x.kind) for x in store.exchanges.for_person(ids[1])] == [
        ("gave", "referral")
    ]

    # Card 3: skip it for now, then close the wizard half-way.
    assert wizard.name.text() == "Cas Smit"
    _key(qtbot, wizard, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert wizard.name.text() == "Dee Vos"
    wizard.close()

    # Reopening resumes at the first person not reviewed yet.
    again = _open(qtbot, services, event)
    assert again.progress_text() == "2 of 4 reviewed"
    assert again.name.text() == "Cas Smit"
    _key(qtbot, again, Qt.Key.Key_1)
    _key(qtbot, again, Qt.Key.Key_5)  # nothing needed clears the others
    assert not again.actions[0].check.isChecked()
    _key(qtbot, again, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert store.followups.list("all", person_id=ids[2]) == []
    assert review.items(store, event)[2].decision == "nothing"

    # Back to a reviewed card shows it as such; then finish the last one.
    _key(qtbot, again, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert again.name.text() == "Cas Smit" and "already reviewed" in again.status.text()
    _key(qtbot, again, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert again.name.text() == "Dee Vos"
    _key(qtbot, again, Qt.Key.Key_2)
    with qtbot.waitSignal(again.review_finished):
        _key(qtbot, again, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert again.pages.currentIndex() == 1
    assert again.progress_text() == "4 of 4 reviewed"
    assert "4 people reviewed; 4 follow-ups" in again.done_text.text()
    assert review.progress(store, event).finished


def test_typing_digits_in_a_note_does_not_toggle_actions(
    qtbot, store: Store, services: Services
) -> None:
    event, _ = _event(store)
    wizard = _open(qtbot, services, event)
    wizard.notes.setFocus()
    qtbot.keyClicks(wizard.notes, "call 2 weeks")
    assert wizard.notes.toPlainText() == "call 2 weeks"
    assert not any(row.check.isChecked() for row in wizard.actions)
    # Alt+2 still reaches the quick action while typing.
    qtbot.keyClick(wizard.notes, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(wizard.actions[1].check.isChecked)  # a mnemonic clicks after a moment


def test_edited_text_and_date_are_used(qtbot, store: Store, services: Services) -> None:
    event, ids = _event(store)
    wizard = _open(qtbot, services, event)
    row = wizard.actions[1]
    row.check.click()
    row.text.setText("Introduce to Bo Jansen")
    row.due.setDate(row.due.date().addDays(3))
    wizard.save_and_next()
    (item,) = store.followups.list("all", person_id=ids[0])
    assert (item.text, item.due_on) == ("Introduce to Bo Jansen", dt.date(2026, 11, 30))


def test_event_with_nobody_met_shows_what_to_do(qtbot, store: Store, services: Services) -> None:
    event = store.events.add("Empty meetup", FRIDAY)
    wizard = _open(qtbot, services, event)
    assert wizard.pages.currentIndex() == 1
    assert wizard.current is None
    assert wizard.progress_text() == "0 of 0 reviewed"
    assert wizard.empty_text.isVisibleTo(wizard)
    wizard.save_and_next()  # nothing to save: nothing happens
    wizard.skip()
    wizard.back()


def test_enter_in_a_text_field_does_not_save(qtbot, store: Store, services: Services) -> None:
    event, ids = _event(store)
    wizard = _open(qtbot, services, event)
    wizard.actions[0].check.click()
    wizard.actions[0].text.setFocus()
    qtbot.keyClick(wizard.actions[0].text, Qt.Key.Key_Return)
    wizard.gave.note.setFocus()
    qtbot.keyClick(wizard.gave.note, Qt.Key.Key_Return)
    assert wizard.isVisible() and wizard.name.text() == "Ada Peters"
    assert store.followups.list("all", person_id=ids[0]) == []


def test_people_captured_while_reviewing_are_counted_and_the_card_kept(
    qtbot, store: Store, services: Services
) -> None:
    event, ids = _event(store)
    wizard = _open(qtbot, services, event)
    wizard.show_card(1)
    wizard.notes.setPlainText("half-typed")
    late = store.people.add(
        PersonFields(full_name="Eli Late"), event_id=event, context="at the door"
    )
    assert wizard.progress_text() == "0 of 5 reviewed"
    assert wizard.name.text() == "Bo Jansen" and wizard.notes.toPlainText() == "half-typed"
    store.people.delete([ids[1]])  # the person on the card went to the trash
    assert wizard.name.text() == "Ada Peters"
    assert late in [item.person_id for item in wizard.items]


def test_existing_follow_up_shows_on_first_visit_and_key_1_adds_no_second(
    qtbot, store: Store, services: Services
) -> None:
    event, ids = _event(store)
    # Promised at the event (quick capture): the same text the first quick action has.
    store.followups.add(
        ids[0], "Send the information promised", FRIDAY + dt.timedelta(days=1), event_id=event
    )
    wizard = _open(qtbot, services, event)
    assert wizard.name.text() == "Ada Peters"
    assert "Send the information promised" in wizard.status.text()
    row = wizard.actions[0]
    assert row.check.isChecked() and not row.check.isEnabled()
    assert "already planned" in row.check.text()

    _key(qtbot, wizard, Qt.Key.Key_1)  # would toggle it: it is planned already
    _key(qtbot, wizard, Qt.Key.Key_3)
    with qtbot.waitSignal(wizard.reviewed):
        _key(qtbot, wizard, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    texts = sorted(f.text for f in store.followups.list("all", person_id=ids[0]))
    assert texts.count("Send the information promised") == 1
    assert len(texts) == 2  # the existing one and the new third action
