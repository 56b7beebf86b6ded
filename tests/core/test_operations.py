"""The use cases the dialogs ask for, without Qt: each one transaction, all or nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from netdesk.core import preferences
from netdesk.core.errors import NetdeskError
from netdesk.core.followups import cadence, rhythm
from netdesk.core.model import PersonFields
from netdesk.core.operations import followup_actions
from netdesk.core.operations.capture import capture_person
from netdesk.core.operations.event_editing import save_event
from netdesk.core.operations.preference_editing import save_preferences
from netdesk.core.people.query import PersonQuery
from netdesk.core.storage.store import Store

TODAY = dt.date(2026, 11, 20)


def test_capture_adds_person_encounter_and_followup(store: Store) -> None:
    event = store.events.add("Business Breakfast", TODAY, kind="breakfast")
    person = capture_person(
        store,
        PersonFields(full_name="Fleur Visser", organisation="Deltares"),
        event_id=event,
        context="cycle ride",
        followup="Send the pump report",
        followup_due=TODAY + dt.timedelta(days=3),
    )
    assert store.people.ids(PersonQuery(event_id=event)) == [person]
    [encounter] = store.encounters.for_person(person)
    assert encounter.context == "cycle ride"
    [followup] = store.followups.list("open")
    assert (followup.person_id, followup.due_on) == (person, TODAY + dt.timedelta(days=3))


def test_a_refused_capture_writes_nothing(store: Store) -> None:
    with pytest.raises(NetdeskError):
        capture_person(store, PersonFields(full_name="Ada"), event_id=999, followup="Call")
    assert store.people.count() == 0 and store.followups.list("open") == []


def test_save_event_creates_then_edits_goals_in_one_step(store: Store) -> None:
    event = save_event(
        store, None, name="Water Innovation Days", starts_on=TODAY, new_goals=("Meet 2 peers",)
    )
    [goal] = store.goals.for_event(event)
    again = save_event(
        store,
        event,
        name="Water Innovation Days 2026",
        starts_on=TODAY,
        new_goals=("Meet someone from Commercial banking",),
        removed_goals=(goal.id,),
        location="Utrecht",
    )
    assert again == event
    assert store.events.get(event).name == "Water Innovation Days 2026"
    assert [g.text for g in store.goals.for_event(event)] == [
        "Meet someone from Commercial banking"
    ]


def test_a_refused_event_edit_keeps_the_goals(store: Store) -> None:
    event = save_event(store, None, name="Away-day", starts_on=TODAY, new_goals=("One",))
    [goal] = store.goals.for_event(event)
    with pytest.raises(NetdeskError):
        save_event(
            store,
            event,
            name="",  # refused: the goal removed in the same step stays
            starts_on=TODAY,
            removed_goals=(goal.id,),
        )
    assert [g.id for g in store.goals.for_event(event)] == [goal.id]


def test_preferences_are_saved_together_or_not_at_all(store: Store) -> None:
    store.people.add(PersonFields(full_name="Ada", tags=("mentor",)))
    save_preferences(
        store,
        follow_rhythm=rhythm.Rhythm(note_days=2),
        tag_cadences={"mentor": 30},
        backup_keep=14,
        phone_region="NL",
    )
    assert rhythm.load(store).note_days == 2
    assert cadence.tag_cadences(store) == {"mentor": 30}
    assert preferences.backup_keep(store) == 14
    with pytest.raises(NetdeskError):
        save_preferences(
            store,
            follow_rhythm=rhythm.Rhythm(note_days=3),
            tag_cadences={},
            backup_keep=10_000,  # refused: nothing of this save is kept
            phone_region="NL",
        )
    assert rhythm.load(store).note_days == 2


def test_followup_actions_apply_to_all_or_none(store: Store) -> None:
    ada = store.people.add(PersonFields(full_name="Ada"))
    first = store.followups.add(ada, "Call", TODAY)
    second = store.followups.add(ada, "Mail", TODAY)
    assert followup_actions.snooze(store, [first, second], TODAY + dt.timedelta(days=7)) == 2
    assert store.followups.get(second).effective_due == TODAY + dt.timedelta(days=7)
    assert followup_actions.mark_done(store, [first], TODAY) == 1
    with pytest.raises(NetdeskError):
        followup_actions.mark_done(store, [second, 999], TODAY)
    assert store.followups.get(second).done_on is None  # the refusal undid the first one too
    assert followup_actions.reopen(store, [first]) == 1
    assert store.followups.get(first).status == "open"
