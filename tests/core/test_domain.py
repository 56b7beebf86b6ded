"""Create, read, update and delete across the domain model, on a real database."""

from __future__ import annotations

import datetime as dt

import pytest

from netdesk.core.errors import NetdeskError
from netdesk.core.model import ContactPoint, PersonFields
from netdesk.core.people.query import PersonQuery
from netdesk.core.storage.store import Store

TODAY = dt.date(2026, 11, 24)


def test_event_lifecycle_with_goals_and_trash(store: Store) -> None:
    event_id = store.events.add(
        "Breakfast Club", "2026-11-20", kind="breakfast", location="Utrecht",
        goals=("Meet 2 peers with the pumping-station problem",),
    )  # fmt: skip
    event = store.events.update(event_id, location="Zwolle", ends_on=dt.date(2026, 11, 21))
    assert (event.location, event.ends_on) == ("Zwolle", dt.date(2026, 11, 21))
    [goal] = store.goals.for_event(event_id)
    assert goal.target == 2 and goal.progress == 0
    store.events.delete([event_id])
    assert store.events.list() == [] and len(store.events.list(deleted=True)) == 1
    store.events.restore([event_id])
    assert [e.name for e in store.events.list()] == ["Breakfast Club"]


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"starts_on": "2026-13-45"}, "bad-date"),
        ({"starts_on": "2026-11-20", "ends_on": "2026-11-19"}, "dates-reversed"),
        ({"starts_on": "2026-11-20", "kind": "party"}, "bad-kind"),
    ],
)
def test_event_validation(store: Store, kwargs: dict, code: str) -> None:
    with pytest.raises(NetdeskError) as error:
        store.events.add("X", **kwargs)
    assert error.value.code == code
    assert store.events.list() == []


def test_happening_today_picks_the_running_event(store: Store) -> None:
    store.events.add("Last week", TODAY - dt.timedelta(days=7))
    running = store.events.add("Conference", TODAY - dt.timedelta(days=1), ends_on=TODAY)
    assert store.events.happening_on(TODAY).id == running
    assert store.events.happening_on(TODAY + dt.timedelta(days=3)) is None


def test_person_with_contacts_tags_and_provenance(store: Store) -> None:
    event = store.events.add("Aqua", "2026-03-01", kind="conference")
    pid = store.people.add(
        PersonFields(
            "  José   Ørsted ", organisation="Waterschap", tags=("water", "water", " pumps "),
            contacts=(ContactPoint("email", "jose@ws.example", "work"),
                      ContactPoint("phone", "+31 6 1234 5678", "mobile")),
        ),
        source="scan", event_id=event, context="same ageing pumping station", how="qr",
    )  # fmt: skip
    person = store.people.get(pid)
    assert person.full_name == "José Ørsted"
    assert person.tags == ("pumps", "water")
    assert person.emails == ("jose@ws.example",) and person.phones == ("+31 6 1234 5678",)
    assert {(p.field, p.source, p.event_id) for p in store.people.provenance(pid)} >= {
        ("full_name", "scan", event),
        ("phone", "scan", event),
    }
    [encounter] = store.encounters.for_person(pid)
    assert (encounter.how, encounter.event_name) == ("qr", "Aqua")
    # A typed change is recorded with its own provenance, old values stay in history.
    store.people.update(pid, PersonFields("José Ørsted", organisation="Rijkswaterstaat"))
    sources = [(p.field, p.value, p.source) for p in store.people.provenance(pid)]
    assert ("organisation", "Rijkswaterstaat", "typed") in sources
    assert ("organisation", "Waterschap", "scan") in sources
    assert store.people.find_by_contact("phone", "+31612345678") == []  # contacts were replaced


def test_matching_keys_normalise_phone_and_email(store: Store) -> None:
    pid = store.people.add(PersonFields("Ada", contacts=(
        ContactPoint("email", "Ada@Example.ORG"), ContactPoint("phone", "+31 (0)6-1234 5678"),
    )))  # fmt: skip
    assert store.people.find_by_contact("email", "ada@example.org") == [pid]
    assert store.people.find_by_contact("phone", "+31 6 12345678") == [pid]


@pytest.mark.parametrize(
    ("point", "code"),
    [
        (ContactPoint("email", "not-an-address"), "bad-email"),
        (ContactPoint("phone", "call me maybe"), "bad-phone"),
        (ContactPoint("url", "http://"), "bad-url"),
    ],
)
def test_bad_contact_details_are_refused(store: Store, point: ContactPoint, code: str) -> None:
    with pytest.raises(NetdeskError) as error:
        store.people.add(PersonFields("Ada", contacts=(point,)))
    assert error.value.code == code
    assert store.people.count() == 0


def test_one_encounter_with_a_whole_table(store: Store) -> None:
    event = store.events.add("Workshop", "2026-05-01", kind="workshop")
    table = [store.people.add(PersonFields(f"Stranger {n}")) for n in range(12)]
    encounter = store.encounters.add(table, event_id=event, context="breakout table 4")
    assert store.encounters.for_event(event)[0].person_ids == tuple(table)
    assert store.events.get(event).people_met == 12
    assert store.people.count(PersonQuery(event_id=event)) == 12
    assert store.encounters.for_person(table[5])[0].id == encounter


def test_followups_due_overdue_snooze_done(store: Store) -> None:
    pid = store.people.add(PersonFields("Ada"))
    late = store.followups.add(pid, "Send slides", TODAY - dt.timedelta(days=2), action="email")
    today = store.followups.add(pid, "Call", TODAY, action="call")
    later = store.followups.add(pid, "Coffee", TODAY + dt.timedelta(days=9), action="meet")

    def ids(which: str) -> list[int]:
        return [f.id for f in store.followups.list(which, today=TODAY)]

    assert ids("overdue") == [late]
    assert ids("due") == [late, today]
    assert ids("open") == [late, today, later]
    store.followups.snooze(late, TODAY + dt.timedelta(days=1))
    assert ids("due") == [today]
    store.followups.done(today, outcome="agreed to meet in January", on=TODAY)
    assert ids("done") == [today]
    [note] = store.interactions.for_person(pid)
    assert "agreed to meet in January" in note.note
    with pytest.raises(NetdeskError):
        store.followups.done(today)


def test_exchanges_and_introductions_count_as_given(store: Store) -> None:
    a = store.people.add(PersonFields("Ada", department="Retail"))
    b = store.people.add(PersonFields("Bob", department="Commercial banking"))
    store.exchanges.add(a, "received", "advice", "tips on tendering")
    store.introductions.add(a, b, "both fight the same pump failures")
    assert store.exchanges.balance(a) == (1, 1)
    assert store.exchanges.balance(b) == (1, 0)
    assert [i.kind for i in store.interactions.for_person(b)] == ["introduced"]
    with pytest.raises(NetdeskError):
        store.introductions.add(a, a)


def test_goal_progress_comes_from_encounters(store: Store) -> None:
    event = store.events.add("Away-day", "2026-06-01", kind="away-day")
    goal = store.goals.add("Meet someone from Commercial banking", event_id=event,
                           match_field="department", match_value="commercial banking")  # fmt: skip
    store.people.add(PersonFields("Bob", department="Commercial Banking"), event_id=event)
    store.people.add(PersonFields("Cy", department="IT"), event_id=event)
    assert store.goals.get(goal).progress == 1 and store.goals.get(goal).reached


def test_trash_hides_then_empty_deletes_for_good(store: Store) -> None:
    pid = store.people.add(PersonFields("Ada"))
    store.followups.add(pid, "Call", TODAY)
    store.people.delete([pid])
    assert store.people.count() == 0 and store.followups.list("all") == []
    assert store.people.count(PersonQuery(deleted=True)) == 1
    assert store.trash.empty().people == 1
    assert store.scalar("SELECT count(*) FROM followups") == 0
    with pytest.raises(NetdeskError):
        store.people.restore([pid])


def test_list_filters_and_sorting(store: Store) -> None:
    store.people.add(
        PersonFields("Cy", organisation="Acme", department="Risk", internal=True, tags=("peer",))
    )
    store.people.add(PersonFields("ada", organisation="Bank"))
    bob = store.people.add(PersonFields("Bob", organisation="acme"))
    store.followups.add(bob, "Call", TODAY)

    def names(**query) -> list[str]:
        return [r.full_name for r in store.people.rows(store.people.ids(PersonQuery(**query)))]

    assert names() == ["ada", "Bob", "Cy"]
    assert names(sort="name", descending=True) == ["Cy", "Bob", "ada"]
    assert names(organisation="ACME") == ["Bob", "Cy"]
    assert names(internal=True) == ["Cy"] and names(internal=False) == ["ada", "Bob"]
    assert names(tag="peer") == ["Cy"] and names(has_open_followup=True) == ["Bob"]
    assert names(department="risk") == ["Cy"] and store.people.departments() == ["Risk"]


def test_organisations_once_each_living_only(store: Store) -> None:
    for name, org in (("A", "Deltares"), ("B", "deltares"), ("C", "ING"), ("D", ""), ("E", "Acme")):
        store.people.add(PersonFields(name, organisation=org))
    gone = store.people.add(PersonFields("F", organisation="Zeeland Seaports"))
    store.people.delete([gone])
    assert [o.casefold() for o in store.people.organisations()] == ["acme", "deltares", "ing"]


def test_card_profiles(store: Store) -> None:
    store.cards.save("work", {"name": "José", "emails": ["j@x.example"], "phones": []})
    assert store.cards.get("work").shared == ("name", "emails")
    store.cards.save("work", {"name": "José Ø"}, shared=("name",))
    assert [p.fields["name"] for p in store.cards.list()] == ["José Ø"]


def test_phone_numbers_are_shown_as_people_read_them() -> None:
    from netdesk.core.people.contacts import display_phone

    assert display_phone("0201234567", "NL") == "020 123 4567"
    assert display_phone("+31201234567", "NL") == "020 123 4567"  # home: national
    assert display_phone("+4930123456", "NL") == "+49 30 123456"  # abroad: international
    assert display_phone("12", "NL") == "12"  # not a number: as typed
