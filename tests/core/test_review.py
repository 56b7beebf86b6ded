"""The review of an event: who was met, decisions per card, resumable state in the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from netdesk.core.errors import NetdeskError
from netdesk.core.events import review
from netdesk.core.events.review import PlannedExchange, PlannedFollowup
from netdesk.core.model import PersonFields
from netdesk.core.storage.store import Store


def _event_with_people(store: Store) -> tuple[int, list[int]]:
    event_id = store.events.add("Water board breakfast", "2026-11-20", kind="breakfast")
    ids = []
    for n, (name, context) in enumerate(
        (("Ada Peters", "pumping station in Delft"), ("Bo Jansen", "data team lead"))
    ):
        pid = store.people.add(PersonFields(full_name=name, organisation="Waterschap"))
        store.encounters.add(
            [pid], event_id=event_id, context=context, met_at=f"2026-11-20T08:0{n}:00Z"
        )
        ids.append(pid)
    # Two people met together, and someone met at another event who must not show.
    pair = [store.people.add(PersonFields(full_name=n)) for n in ("Cas Smit", "Dee Vos")]
    store.encounters.add(
        pair, event_id=event_id, context="breakout table", met_at="2026-11-20T09:00:00Z"
    )
    other = store.events.add("Elsewhere", "2026-11-01")
    store.encounters.add([store.people.add(PersonFields(full_name="Eve Other"))], event_id=other)
    return event_id, ids + pair


def test_items_are_the_people_met_in_order_with_their_context(store: Store) -> None:
    event_id, ids = _event_with_people(store)
    found = review.items(store, event_id)
    assert [item.person_id for item in found] == ids
    assert found[0].context == "pumping station in Delft"
    assert found[2].context == found[3].context == "breakout table"
    assert not any(item.reviewed for item in found)
    assert review.progress(store, event_id) == review.Progress(0, 4)


def test_complete_writes_everything_and_marks_reviewed(store: Store) -> None:
    event_id, ids = _event_with_people(store)
    created = review.complete(
        store,
        event_id,
        ids[0],
        followups=[PlannedFollowup("send-info", "Send the pump report", dt.date(2026, 11, 21))],
        exchanges=[PlannedExchange("received", "advice", "tip about grants")],
        note="Knows the Delft station well",
        decision="send-info",
        today=dt.date(2026, 11, 21),
    )
    (followup,) = store.followups.list("all", person_id=ids[0])
    assert created == [followup.id]
    assert (followup.action, followup.event_id, followup.due_on) == (
        "send-info",
        event_id,
        dt.date(2026, 11, 21),
    )
    (exchange,) = store.exchanges.for_person(ids[0])
    assert (exchange.direction, exchange.kind, exchange.event_id) == (
        "received",
        "advice",
        event_id,
    )
    assert [i.note for i in store.interactions.for_person(ids[0])] == [
        "Knows the Delft station well"
    ]
    found = review.items(store, event_id)
    assert found[0].reviewed and found[0].decision == "send-info"
    assert review.progress(store, event_id) == review.Progress(1, 4)
    assert review.resume_index(found) == 1


def test_a_failed_card_writes_nothing(store: Store) -> None:
    event_id, ids = _event_with_people(store)
    with pytest.raises(NetdeskError):
        review.complete(
            store,
            event_id,
            ids[0],
            followups=[PlannedFollowup("send-info", "fine", dt.date(2026, 11, 21))],
            exchanges=[PlannedExchange("gave", "not-a-kind")],
        )
    assert store.followups.list("all", person_id=ids[0]) == []
    assert review.progress(store, event_id).reviewed == 0


def test_review_state_survives_reopening(db_path: Path) -> None:
    with Store.open(db_path) as store:
        event_id, ids = _event_with_people(store)
        for pid in ids[:3]:
            review.mark(store, event_id, pid, "nothing")
    with Store.open(db_path) as store:
        found = review.items(store, event_id)
        assert [item.reviewed for item in found] == [True, True, True, False]
        assert review.resume_index(found) == 3
        review.unmark(store, event_id, ids[1])
        assert review.resume_index(review.items(store, event_id)) == 1
        review.restart(store, event_id)
        assert review.progress(store, event_id) == review.Progress(0, 4)


def test_finished_review_resumes_on_the_last_card(store: Store) -> None:
    event_id, ids = _event_with_people(store)
    for pid in ids:
        review.mark(store, event_id, pid)
    assert review.progress(store, event_id).finished
    assert review.resume_index(review.items(store, event_id)) == 3
    assert review.resume_index([]) == 0


def test_deleted_people_and_unknown_events(store: Store) -> None:
    event_id, ids = _event_with_people(store)
    store.people.delete([ids[0]])
    assert [item.person_id for item in review.items(store, event_id)] == ids[1:]
    with pytest.raises(NetdeskError):
        review.items(store, 999)


def test_introduction_creates_records_on_both_sides_and_a_follow_up(store: Store) -> None:
    ada = store.people.add(PersonFields(full_name="Ada Peters"))
    bo = store.people.add(PersonFields(full_name="Bo Jansen"))
    intro, ask = review.introduce(
        store, ada, bo, "same pumping-station problem", ask_on=dt.date(2026, 12, 4)
    )
    assert [i.id for i in store.introductions.for_person(ada)] == [intro]
    assert [i.id for i in store.introductions.for_person(bo)] == [intro]
    for me, other in ((ada, "Bo Jansen"), (bo, "Ada Peters")):
        (interaction,) = store.interactions.for_person(me)
        assert interaction.kind == "introduced"
        assert interaction.note == f"Introduced to {other}: same pumping-station problem"
        (exchange,) = store.exchanges.for_person(me)
        assert (exchange.direction, exchange.kind) == ("gave", "introduction")
    assert store.exchanges.balance() == (2, 0)
    followup = store.followups.get(ask)
    assert (followup.person_id, followup.text, followup.due_on) == (
        ada,
        "Ask how the introduction to Bo Jansen went",
        dt.date(2026, 12, 4),
    )
    with pytest.raises(NetdeskError):
        review.introduce(store, ada, ada)
    assert len(store.introductions.for_person(ada)) == 1


def test_complete_does_not_duplicate_an_open_follow_up(store: Store) -> None:
    event_id, ids = _event_with_people(store)
    day = dt.date(2026, 11, 21)
    kept = store.followups.add(ids[0], "Send the information promised", day, event_id=event_id)
    created = review.complete(
        store,
        event_id,
        ids[0],
        followups=[
            PlannedFollowup("send-info", "send the  information PROMISED", day),
            PlannedFollowup("call", "Call about the pilot", day),
        ],
    )
    found = store.followups.list("all", person_id=ids[0])
    assert len(created) == 1 and len(found) == 2
    assert kept in {f.id for f in found}
    # Once done, the same follow-up may be planned again.
    store.followups.done(kept)
    assert len(review.complete(store, event_id, ids[0], followups=[
        PlannedFollowup("other", "Send the information promised", day)
    ])) == 1  # fmt: skip
