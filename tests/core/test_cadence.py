"""Keep-in-touch cadence: the next follow-up when one is done, and people who are due."""

from __future__ import annotations

import datetime as dt

import pytest

from netdesk.core.errors import NetdeskError
from netdesk.core.followups import cadence
from netdesk.core.model import PersonFields
from netdesk.core.storage.store import Store

DAY = dt.date(2026, 11, 20)


def _person(store: Store, name: str, *, tags: tuple[str, ...] = (), days: int | None = None) -> int:
    return store.people.add(PersonFields(full_name=name, tags=tags, cadence_days=days))


def test_done_creates_the_next_follow_up_after_the_cadence(store: Store) -> None:
    pid = _person(store, "Ada Peters")
    cadence.set_person_cadence(store, pid, cadence.PRESETS["monthly"])
    first = store.followups.add(pid, "Send the pump report", DAY)
    store.followups.done(first, outcome="sent", on=DAY)
    (following,) = store.followups.list("open", person_id=pid)
    assert following.text == "Keep in touch"
    assert following.due_on == DAY + dt.timedelta(days=30)
    # Doing that one creates the one after it: the chain continues.
    store.followups.done(following.id, on=DAY + dt.timedelta(days=31))
    (third,) = store.followups.list("open", person_id=pid)
    assert third.due_on == DAY + dt.timedelta(days=61)


def test_no_cadence_or_something_open_creates_nothing(store: Store) -> None:
    plain = _person(store, "No Cadence")
    done = store.followups.add(plain, "Call", DAY)
    store.followups.done(done, on=DAY)
    assert store.followups.list("open", person_id=plain) == []

    busy = _person(store, "Busy", days=91)
    one = store.followups.add(busy, "Call", DAY)
    two = store.followups.add(busy, "Send slides", DAY + dt.timedelta(days=3))
    store.followups.done(one, on=DAY)
    assert [f.id for f in store.followups.list("open", person_id=busy)] == [two]


def test_tag_cadence_applies_and_the_shortest_wins(store: Store) -> None:
    pid = _person(store, "Mentor Peer", tags=("mentor", "peer"))
    own = _person(store, "Own Rule", tags=("mentor",), days=365)
    cadence.set_tag_cadence(store, "peer", 91)
    assert cadence.cadence_for(store, pid) == 91
    cadence.set_tag_cadence(store, "mentor", 30)
    assert cadence.cadence_for(store, pid) == 30
    assert cadence.cadence_for(store, own) == 365  # a person's own cadence wins
    assert cadence.tag_cadences(store) == {"mentor": 30, "peer": 91}
    with pytest.raises(NetdeskError):
        cadence.set_tag_cadence(store, "nope", 30)
    with pytest.raises(NetdeskError):
        cadence.set_person_cadence(store, pid, 0)


def test_people_not_contacted_for_longer_than_their_cadence_are_due(store: Store) -> None:
    event = store.events.add("Breakfast", "2026-01-10")
    stale = _person(store, "Stale Contact", days=30)
    fresh = _person(store, "Fresh Contact", days=30)
    busy = _person(store, "Has Open", days=30)
    _person(store, "No Cadence")
    for pid in (stale, fresh, busy):
        store.encounters.add([pid], event_id=event, met_at="2026-01-10T09:00:00Z")
    store.interactions.add(fresh, "called", happened_on="2026-11-01")
    store.followups.add(busy, "Coffee", "2026-12-01")
    with store.transaction() as conn:  # people created 'today' would count as contact
        conn.execute("UPDATE people SET created_at = '2026-01-10T09:00:00Z'")

    (item,) = cadence.due(store, today=DAY)
    assert (item.person_id, item.last_contact, item.due_on) == (
        stale,
        dt.date(2026, 1, 10),
        dt.date(2026, 2, 9),
    )
    assert item.overdue_days(DAY) == (DAY - dt.date(2026, 2, 9)).days
    assert cadence.count_due(store, today=dt.date(2026, 2, 8)) == 0

    (created,) = cadence.schedule_due(store, today=DAY)
    assert store.followups.get(created).due_on == DAY
    assert cadence.due(store, today=DAY) == []  # now it has something open


def test_tag_cadence_people_are_due_and_deleted_people_are_not(store: Store) -> None:
    tagged = _person(store, "Tagged Mentor", tags=("mentor",))
    gone = _person(store, "Deleted Mentor", tags=("mentor",))
    _person(store, "Untagged")
    cadence.set_tag_cadence(store, "mentor", 91)
    with store.transaction() as conn:
        conn.execute("UPDATE people SET created_at = '2026-01-01T09:00:00Z'")
    store.people.delete([gone])
    assert [item.person_id for item in cadence.due(store, today=DAY)] == [tagged]
    assert cadence.due(store, today=DAY)[0].due_on == dt.date(2026, 4, 2)
    assert cadence.count_due(store, today=DAY) == 1
    assert cadence.count_due(store, today=dt.date(2026, 4, 1)) == 0
    # Done follow-ups count as contact: finishing one today resets the clock.
    store.followups.done(store.followups.add(tagged, "Call", DAY), on=DAY)
    (following,) = store.followups.list("open", person_id=tagged)
    store.followups.delete(following.id)  # nothing open: only the done one counts
    assert cadence.count_due(store, today=DAY) == 0
    assert cadence.count_due(store, today=DAY + dt.timedelta(days=91)) == 1
