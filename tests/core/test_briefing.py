"""The brief's lists and the monthly report's figures against hand-made records: no data,
one person, merged people, and the demo's records counted another way."""

from __future__ import annotations

import datetime as dt

import pytest

from netdesk.core import demo
from netdesk.core.briefing import brief as briefing
from netdesk.core.briefing import report as reporting
from netdesk.core.errors import NetdeskError
from netdesk.core.insights import home
from netdesk.core.model import PersonFields
from netdesk.core.storage.store import Store
from netdesk.core.topics import topics

TODAY = dt.date(2026, 11, 20)


def _add(store: Store, name: str, **fields: object) -> int:
    return store.people.add(PersonFields(full_name=name, **fields))


def _meet(store: Store, pid: int, day: str, event_id: int | None = None, context: str = "") -> int:
    return store.encounters.add(
        [pid], event_id=event_id, met_at=f"{day}T10:00:00Z", context=context
    )


def _attend(store: Store, event_id: int, *pids: int) -> None:
    with store.transaction() as conn:
        conn.executemany(
            "INSERT INTO event_attendees (event_id, person_id, added_at) VALUES (?, ?, 'x')",
            [(event_id, pid) for pid in pids],
        )


# -- the brief -------------------------------------------------------------------------------


def test_a_brief_with_no_data_is_empty_but_whole(store: Store) -> None:
    event = store.events.add("Aqua Nederland", "2026-12-03", kind="conference")
    found = briefing.brief(store, event)
    assert (found.event.name, found.goals, found.known, found.challenges) == (
        "Aqua Nederland", (), (), (),
    )  # fmt: skip
    assert (found.expected, found.owed) == (0, 0)
    with pytest.raises(NetdeskError) as missing:
        briefing.brief(store, 999)
    assert missing.value.code == "no-event"


def test_the_brief_lists_who_is_known_there_with_context_and_what_is_owed(store: Store) -> None:
    past = store.events.add("Breakfast", "2026-10-01", kind="breakfast")
    coming = store.events.add("Aqua Nederland", "2026-12-03", kind="conference",
                              goals=("Meet 2 peers with the pumping-station problem",))  # fmt: skip
    ana = _add(store, "Ana", organisation="Deltares")
    bo = _add(store, "Bo")  # on the list, never met: not known
    cy = _add(store, "Cy")  # known, not on the list: not there
    dee = _add(store, "Dee")  # on the list, known, then trashed
    _meet(store, ana, "2026-09-01", context="older line")
    _meet(store, ana, "2026-10-01", past, context="same pumping station problem")
    _meet(store, ana, "2026-10-02")  # no context: the line before it is the last one written
    _meet(store, cy, "2026-10-01", past)
    _meet(store, dee, "2026-10-01", past)
    bob = _add(store, "Aaron")  # owed nothing: after Ana, whom the user owes something
    _meet(store, bob, "2026-09-01")
    _attend(store, coming, ana, bo, dee, bob)
    store.people.delete([dee])
    owed = store.followups.add(ana, "Send the maintenance report", "2026-11-01")
    store.followups.done(store.followups.add(ana, "Done already", "2026-10-05"))
    topics.add_mine(store, "Pumping stations", "challenge")
    topics.add_to_person(store, bo, "pumping station", "offer")
    topics.add_to_person(store, cy, "pumping station", "challenge")  # not there

    found = briefing.brief(store, coming)
    assert [g.text for g in found.goals] == ["Meet 2 peers with the pumping-station problem"]
    assert found.expected == 3  # Ana, Bo and Aaron; Dee is in the trash
    assert [p.full_name for p in found.known] == ["Ana", "Aaron"]
    known = found.known[0]
    assert (known.context, known.last_met) == ("same pumping station problem", dt.date(2026, 10, 2))
    assert [f.id for f in known.open_followups] == [owed]
    assert found.owed == 1
    # Bo offers it; Ana said "same pumping station problem" when met: a likely peer too.
    assert [(c.topic, [(p.full_name, p.role) for p in c.peers]) for c in found.challenges] == [
        ("Pumping stations", [("Bo", "offer"), ("Ana", "mentioned")])
    ]


def test_people_already_met_at_the_event_count_as_there(store: Store) -> None:
    before = store.events.add("Before", "2026-10-01")
    event = store.events.add("Today", "2026-11-20")
    ana = _add(store, "Ana")
    _meet(store, ana, "2026-10-01", before, context="first time")
    _meet(store, ana, "2026-11-20", event, context="today's line is not 'before'")
    found = briefing.brief(store, event)
    assert [(p.full_name, p.context) for p in found.known] == [("Ana", "first time")]


def test_merged_people_appear_once_in_the_brief(store: Store) -> None:
    past = store.events.add("Breakfast", "2026-10-01")
    coming = store.events.add("Summit", "2026-12-01")
    keep, other = _add(store, "Ana Silva"), _add(store, "Ana  Silva")
    _meet(store, keep, "2026-10-01", past, context="kept")
    _meet(store, other, "2026-10-05", context="merged in")
    _attend(store, coming, keep, other)
    store.followups.add(other, "Call back", "2026-11-01")
    store.duplicates.merge(keep, other)
    found = briefing.brief(store, coming)
    assert [(p.full_name, p.context) for p in found.known] == [("Ana Silva", "merged in")]
    assert found.expected == 1 and found.owed == 1


# -- the monthly report ----------------------------------------------------------------------


def test_a_month_with_no_data(store: Store) -> None:
    found = reporting.report(store, "2026-11")
    assert found.empty and found.people_met == 0
    assert [m.month for m in found.months] == [
        "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11",
    ]  # fmt: skip
    assert all(m.total == 0 for m in found.months)
    assert found.follow_through is None and found.goals_reached == (0, 0)


@pytest.mark.parametrize("bad", ["2026-13", "2026-1", "nov", "2026-00", ""])
def test_a_month_must_be_a_month(store: Store, bad: str) -> None:
    with pytest.raises(NetdeskError) as refused:
        reporting.report(store, bad)
    assert refused.value.code == "bad-month"


def test_january_looks_back_into_the_year_before(store: Store) -> None:
    assert [m.month for m in reporting.report(store, "2027-01").months][:2] == [
        "2026-08", "2026-09",
    ]  # fmt: skip


def test_one_person_in_one_month(store: Store) -> None:
    workshop = store.events.add("Workshop", "2026-11-10", kind="workshop",
                                goals=("Meet someone from Deltares",))  # fmt: skip
    ana = _add(store, "Ana", organisation="Deltares")
    _meet(store, ana, "2026-11-10", workshop)
    _meet(store, ana, "2026-11-12")  # met twice: one person
    store.exchanges.add(ana, "gave", "advice", "tips", happened_on="2026-11-11")
    store.exchanges.add(ana, "received", "help", "reviewed", happened_on="2026-11-13")
    store.exchanges.add(ana, "received", "help", "last month", happened_on="2026-10-13")
    on_time = store.followups.add(ana, "Send slides", "2026-11-12")
    store.followups.done(on_time, on=dt.date(2026, 11, 11))
    store.followups.add(ana, "Call", "2026-11-25")  # due this month, still open

    found = reporting.report(store, "2026-11")
    assert found.people_met == 1
    assert found.months[-1].by_kind["workshop"] == 1 and found.months[-1].by_kind["none"] == 1
    assert found.new_organisations == ("Deltares",)
    assert (found.due_on_time, found.due_late, found.due_open) == (1, 0, 1)
    assert found.follow_through == 0.5
    assert found.followed_up == 1  # the follow-up done the day after meeting
    assert (found.gave, found.received) == ({"advice": 1, "help": 0}, {"advice": 0, "help": 1})
    assert [(e.name, [g.reached for g in e.goals]) for e in found.events] == [("Workshop", [True])]
    assert found.goals_reached == (1, 1)
    assert not found.empty
    # Deltares was first reached in November: not new in December.
    assert reporting.report(store, "2026-12").new_organisations == ()


def test_introductions_and_their_outcomes_are_reported(store: Store) -> None:
    a, b, c = _add(store, "Ana"), _add(store, "Bo"), _add(store, "Cy")
    first = store.introductions.add(a, b, "pumps", made_on="2026-11-03")
    store.introductions.add(b, c, "", made_on="2026-11-05")
    store.introductions.add(a, c, "", made_on="2026-10-30")  # last month
    store.introductions.set_outcome(first, "joint pilot")
    found = reporting.report(store, "2026-11")
    assert [(i.person_a, i.person_b, i.outcome) for i in found.introductions] == [
        ("Ana", "Bo", "joint pilot"), ("Bo", "Cy", ""),
    ]  # fmt: skip
    # Introducing is giving: both sides get an exchange.
    assert found.gave == {"introduction": 4}


def test_merged_people_are_counted_once(store: Store) -> None:
    keep, other = _add(store, "Ana Silva", organisation="KPN"), _add(store, "Ana  Silva")
    _meet(store, keep, "2026-11-02")
    _meet(store, other, "2026-11-03")
    assert reporting.report(store, "2026-11").people_met == 2
    store.duplicates.merge(keep, other)
    found = reporting.report(store, "2026-11")
    assert found.people_met == 1 and found.months[-1].total == 1
    assert found.new_organisations == ("KPN",)


def test_the_report_agrees_with_the_records_on_demo_data(store: Store) -> None:
    demo.fill(store, 1_500, today=TODAY)
    month = store.scalar(
        "SELECT substr(met_at, 1, 7) AS m FROM encounters GROUP BY m ORDER BY count(*) DESC"
    )
    found = reporting.report(store, month)
    met = {
        pid
        for pid, met_at in store.conn.execute(
            "SELECT ep.person_id, e.met_at FROM encounter_people ep"
            " JOIN encounters e ON e.id = ep.encounter_id"
            " JOIN people p ON p.id = ep.person_id AND p.deleted_at IS NULL"
        )
        if met_at.startswith(month)
    }
    assert found.people_met == len(met) > 0
    # By kind: each person once per kind, so the kinds add up to at least the people.
    assert found.months[-1].total >= found.people_met
    due = [f for f in store.followups.list("all") if f.due_on.isoformat().startswith(month)]
    assert found.due_on_time + found.due_late + found.due_open == len(due)
    rows = store.conn.execute(
        "SELECT direction, count(*) FROM exchanges WHERE happened_on LIKE ? GROUP BY direction",
        (month + "%",),
    ).fetchall()
    assert dict(rows).get("gave", 0) == sum(found.gave.values())
    assert dict(rows).get("received", 0) == sum(found.received.values())


# -- the Home page's figures -------------------------------------------------------------------


def test_home_with_no_data(store: Store) -> None:
    found = home.gather(store, today=TODAY)
    assert found.empty and found.event is None and found.matches == () and found.due == ()


def test_home_on_demo_data(store: Store) -> None:
    demo.fill(store, 1_500, today=TODAY)
    found = home.gather(store, today=TODAY)
    assert found.has_people and not found.empty
    assert found.due_total == store.followups.count_due(TODAY) >= len(found.due)
    assert all(f.effective_due <= TODAY for f in found.due)
    assert [c.topic for c in found.challenges] == ["Ageing pumping stations", "Data literacy"]
    assert found.matches  # the demo has needs and offers on the same topics
    if found.event is not None:
        event = found.event.event
        assert event.starts_on >= TODAY or found.event.happening


def test_home_lists_recent_givers_not_yet_thanked(store: Store) -> None:
    ana, bo, cy, dee = (_add(store, name) for name in ("Ana", "Bo", "Cy", "Dee"))
    day = TODAY - dt.timedelta(days=10)
    for pid in (ana, bo, dee):
        store.exchanges.add(pid, "received", "advice", "tips", happened_on=day)
    store.exchanges.add(cy, "received", "help", "long ago", happened_on=TODAY - dt.timedelta(200))
    store.interactions.add(bo, "emailed", "thanks!", happened_on=day)  # thanked the same day
    store.exchanges.add(dee, "gave", "referral", "returned the favour", happened_on=TODAY)
    found = home.gather(store, today=TODAY)
    assert [(g.full_name, g.last_received) for g in found.givers] == [("Ana", day)]
    assert found.givers_total == 1


def test_people_tagged_with_the_event_name_are_expected_there(store: Store) -> None:
    past = store.events.add("Breakfast", "2026-10-01")
    coming = store.events.add("Aqua Nederland 2026", "2026-12-03")
    ana = store.people.add(PersonFields("Ana", tags=("aqua nederland 2026",)))
    bo = store.people.add(PersonFields("Bo", tags=("water",)))
    _meet(store, ana, "2026-10-01", past, context="pumps")
    _meet(store, bo, "2026-10-01", past)
    found = briefing.brief(store, coming)
    assert found.expected == 1 and [p.full_name for p in found.known] == ["Ana"]
