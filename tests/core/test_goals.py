"""Goals count from the data: criteria read from the text, matched without case or accents."""

from __future__ import annotations

from netdesk.core.events.goals import INTRODUCTIONS, criterion_from_text, target_from_text
from netdesk.core.model import PersonFields
from netdesk.core.storage.store import Store


def _meet(store: Store, event_id: int, **fields: object) -> int:
    pid = store.people.add(PersonFields(**fields))
    store.encounters.add([pid], event_id=event_id, met_at="2026-11-20T09:00:00Z")
    return pid


def test_department_goal_counts_the_seven_people_met_from_it(store: Store) -> None:
    event_id = store.events.add(
        "Away day", "2026-11-20", goals=("Meet someone from Commercial banking",)
    )
    spellings = [
        "Commercial banking",
        "Commercial Banking",
        "COMMERCIAL BANKING",
        "Cömmercial banking",
    ]
    for n in range(7):
        _meet(store, event_id, full_name=f"Banker {n}", internal=True,
              department=spellings[n % len(spellings)])  # fmt: skip
    _meet(store, event_id, full_name="Risk person", internal=True, department="Risk")
    # Someone from Commercial banking met at another event does not count here.
    other = store.events.add("Elsewhere", "2026-11-01")
    _meet(
        store, other, full_name="Elsewhere banker", internal=True, department="Commercial banking"
    )

    (goal,) = store.goals.for_event(event_id)
    assert (goal.match_field, goal.match_value) == ("department", "Commercial banking")
    assert (goal.progress, goal.target) == (7, 1)


def test_goal_stored_without_criterion_is_read_from_its_text(store: Store) -> None:
    event_id = store.events.add("Breakfast", "2026-11-20")
    _meet(store, event_id, full_name="Ada", internal=True, department="Commercial banking")
    with store.transaction() as conn:  # as older files hold them: no criterion, target 1
        conn.execute(
            "INSERT INTO goals (event_id, text, target, created_at)"
            " VALUES (?, 'Meet someone from Commercial banking', 1, '2026-11-01T00:00:00Z')",
            (event_id,),
        )
    (goal,) = store.goals.for_event(event_id)
    assert goal.progress == 1


def test_introductions_goal_has_target_three_and_counts_those_given_since_the_event(
    store: Store,
) -> None:
    event_id = store.events.add("Meetup", "2026-11-20", goals=("Give three introductions",))
    a, b, c = (store.people.add(PersonFields(full_name=n)) for n in ("Ada", "Bo", "Cas"))
    store.introductions.add(a, b, made_on="2026-11-19")  # before the event: not counted
    store.introductions.add(a, b, made_on="2026-11-20")
    store.introductions.add(b, c, made_on="2026-11-25")
    (goal,) = store.goals.for_event(event_id)
    assert (goal.match_field, goal.progress, goal.target) == (INTRODUCTIONS, 2, 3)


def test_organisation_tag_and_manual_goals(store: Store) -> None:
    event_id = store.events.add(
        "Fair",
        "2026-11-20",
        goals=("Meet 2 people from Acme", "Meet someone tagged Pumps", "Enjoy the talks"),
    )
    _meet(store, event_id, full_name="Ada", organisation="ACME Corp")
    _meet(store, event_id, full_name="Bo", organisation="Acmé", tags=("pumps",))
    org, tag, manual = store.goals.for_event(event_id)
    assert (org.match_field, org.progress, org.target) == ("organisation", 2, 2)
    assert (tag.match_field, tag.progress) == ("tag", 1)
    assert manual.match_field is None and manual.progress == 0
    assert store.goals.tick(manual.id).progress == 1


def test_reading_criteria_and_targets() -> None:
    assert target_from_text("Give three introductions") == 3
    assert target_from_text("Meet 2 peers") == 2
    assert target_from_text("Meet someone from Risk") == 1
    assert criterion_from_text("Meet someone from Risk", {"risk"}).field == "department"
    assert criterion_from_text("Meet someone from Acme").field == "organisation"
    assert criterion_from_text("Talk to two colleagues").field == "internal"
    assert criterion_from_text("Meet 2 peers with the pumping-station problem").field is None
