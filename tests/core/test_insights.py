"""Insights over hand-made records where the right answers are known, and preferences."""

from __future__ import annotations

import datetime as dt

import pytest

from netdesk.core import demo, preferences
from netdesk.core.errors import NetdeskError
from netdesk.core.followups import cadence
from netdesk.core.insights import insights
from netdesk.core.model import PersonFields
from netdesk.core.people import contacts
from netdesk.core.storage import backup
from netdesk.core.storage.store import Store

TODAY = dt.date(2026, 11, 20)


def _add(store: Store, name: str, **fields: object) -> int:
    return store.people.add(PersonFields(full_name=name, **fields))


def _meet(store: Store, pid: int, day: dt.date, event_id: int | None = None) -> int:
    return store.encounters.add([pid], event_id=event_id, met_at=f"{day.isoformat()}T10:00:00Z")


def test_internal_coverage_counts_departments_and_names_the_silos(store: Store) -> None:
    ravi = _add(store, "Ravi Patel", internal=True, department="Risk")
    ana = _add(store, "Ana Silva", internal=True, department="Risk")
    lea = _add(store, "Lea Bos", internal=True, department="Legal")
    tom = _add(store, "Tom Vos", internal=True, department="Treasury")
    outsider = _add(store, "Out Sider", department="Legal")  # external: not counted
    _meet(store, ravi, TODAY - dt.timedelta(days=10))
    _meet(store, ravi, TODAY - dt.timedelta(days=5))
    _meet(store, ana, TODAY - dt.timedelta(days=20))
    _meet(store, lea, TODAY - dt.timedelta(days=400))  # longer than 12 months ago
    _meet(store, outsider, TODAY)
    del tom  # known, never met

    found = insights.internal_coverage(store, today=TODAY)

    by_name = {d.department: d for d in found.departments}
    assert set(by_name) == {"Risk", "Legal", "Treasury"}
    assert (by_name["Risk"].known, by_name["Risk"].met_recently) == (2, 2)
    assert by_name["Risk"].last_met == TODAY - dt.timedelta(days=5)
    assert (by_name["Legal"].known, by_name["Legal"].met_recently) == (1, 0)
    assert by_name["Treasury"].last_met is None
    assert found.internal_people == 4
    assert set(found.missing) == {"Legal", "Treasury"}
    # Ravi was met twice lately: the one to ask for an introduction.
    assert found.connector == insights.PersonRef(ravi, "Ravi Patel", "Risk")


def test_external_reach_ranks_organisations_and_finds_the_forgotten(store: Store) -> None:
    a1 = _add(store, "A One", organisation="Arcadis")
    a2 = _add(store, "A Two", organisation="arcadis")  # same organisation, other case
    d1 = _add(store, "D One", organisation="Deltares")
    k1 = _add(store, "K One", organisation="KPN")
    _add(store, "Internal", organisation="Rivierland Bank", internal=True)
    both = store.encounters.add([a1, a2], met_at=f"{TODAY}T09:00:00Z")
    del both
    _meet(store, d1, TODAY - dt.timedelta(days=3))
    _meet(store, k1, TODAY - dt.timedelta(days=2))
    # Eneco: two people met at two different encounters, so not "met once".
    for name in ("E One", "E Two"):
        _meet(store, _add(store, name, organisation="Eneco"), TODAY - dt.timedelta(days=4))
    # KPN was followed up; Deltares and Arcadis (one encounter each) were not.
    fid = store.followups.add(k1, "Thank-you note", TODAY)
    store.followups.done(fid, on=TODAY)

    found = insights.external_reach(store, today=TODAY)

    assert found.organisations == 4
    assert found.top[0].organisation.casefold() == "arcadis"
    assert (found.top[0].people, found.top[0].met_recently) == (2, 2)
    assert [org.casefold() for org, _ in found.met_once] == ["arcadis", "deltares"]
    assert found.met_once_total == 2
    # Meeting Deltares again makes it "met twice": no longer in the list.
    _meet(store, d1, TODAY)
    assert insights.external_reach(store, today=TODAY).met_once_total == 1


def test_reciprocity_months_kinds_takers_and_unthanked(store: Store) -> None:
    giver = _add(store, "Gina Giver")
    taker = _add(store, "Ted Taker")
    thanked = _add(store, "Tess Thanked")
    x = store.exchanges
    x.add(giver, "gave", "advice", happened_on=TODAY - dt.timedelta(days=40))
    x.add(giver, "gave", "referral", happened_on=TODAY - dt.timedelta(days=40))
    x.add(giver, "received", "help", happened_on=TODAY - dt.timedelta(days=1))
    x.add(taker, "received", "introduction", happened_on=TODAY - dt.timedelta(days=60))
    x.add(taker, "received", "advice", happened_on=TODAY - dt.timedelta(days=50))
    x.add(thanked, "received", "information", happened_on=TODAY - dt.timedelta(days=10))
    store.interactions.add(thanked, "emailed", "thanks!", happened_on=TODAY - dt.timedelta(days=9))
    x.add(giver, "gave", "advice", happened_on=TODAY - dt.timedelta(days=800))  # outside 12 months

    found = insights.reciprocity(store, today=TODAY)

    assert (found.gave, found.received) == (3, 4)
    assert len(found.months) == 12 and found.months[-1].label == "2026-11"
    assert sum(m.gave for m in found.months) == 2
    assert sum(m.received for m in found.months) == 4
    kinds = {k.label: (k.gave, k.received) for k in found.kinds}
    assert kinds["advice"] == (2, 1)
    assert kinds["other"] == (0, 0)
    assert [p.full_name for p in found.takers] == ["Ted Taker", "Tess Thanked"]
    assert found.takers[0].received == 2 and found.takers[0].gave == 0
    # Gina gave us help yesterday and we did nothing since; Ted never heard back; Tess was thanked.
    assert [p.full_name for p in found.unthanked] == ["Gina Giver", "Ted Taker"]
    assert found.unthanked_total == 2


def test_introductions_and_follow_through(store: Store) -> None:
    a, b, c = (_add(store, n) for n in ("Ann", "Bob", "Cas"))
    first = store.introductions.add(a, b, "both fix pumps", made_on=TODAY)
    store.introductions.add(a, c, made_on=TODAY)
    store.introductions.set_outcome(first, "they met for coffee")
    intro = insights.introductions(store)
    assert (intro.made, intro.with_outcome) == (2, 1)
    assert intro.most_introduced[0] == (insights.PersonRef(a, "Ann", ""), 2)
    assert intro.introduced_me == ()
    # Cas introduced us to Ann and Bob at a breakfast, and to Bob again later.
    store.encounters.add([a, b], introduced_by=c, met_at=f"{TODAY}T08:00:00Z")
    store.encounters.add([b], introduced_by=c, met_at=f"{TODAY}T09:00:00Z")
    assert insights.introductions(store).introduced_me == ((insights.PersonRef(c, "Cas", ""), 2),)

    event = store.events.add("Breakfast", TODAY - dt.timedelta(days=14))
    day = TODAY - dt.timedelta(days=14)
    for pid in (a, b, c):
        _meet(store, pid, day, event)
    on_time = store.followups.add(a, "Send slides", day + dt.timedelta(days=2), event_id=event)
    store.followups.done(on_time, on=day + dt.timedelta(days=1))  # within the week
    late = store.followups.add(b, "Call", day + dt.timedelta(days=1))
    store.followups.done(late, on=day + dt.timedelta(days=10))  # late, and after the week
    store.followups.add(c, "Coffee", TODAY - dt.timedelta(days=1))  # overdue
    store.followups.add(c, "Lunch", TODAY + dt.timedelta(days=5))  # open, not due

    found = insights.follow_through(store, today=TODAY)
    assert (found.on_time, found.late, found.open, found.overdue) == (1, 1, 1, 1)
    assert found.done == 2
    (only,) = found.events
    assert (only.event_id, only.people_met, only.followed_up) == (event, 3, 1)
    # Rates, not bare counts: 1 of 3 followed up in a week; 1 of 3 due done on time.
    assert only.rate == pytest.approx(1 / 3) and found.rate == pytest.approx(1 / 3)
    assert found.on_time_rate == pytest.approx(1 / 3)
    assert insights.EventFollowThrough(event, "x", TODAY, 0, 0).rate is None


def test_keep_in_touch_and_goals(store: Store) -> None:
    pid = _add(store, "Mentor Mia", department="Commercial banking")
    cadence.set_person_cadence(store, pid, 30)
    store.conn.execute("UPDATE people SET created_at = '2026-01-01T00:00:00Z' WHERE id = ?", (pid,))
    kit = insights.keep_in_touch(store, today=TODAY)
    assert kit.due_total == 1 and kit.due[0].person_id == pid

    event = store.events.add("Away-day", TODAY)
    store.goals.add("Meet someone from Commercial banking", event_id=event,
                    match_field="department", match_value="Commercial banking")  # fmt: skip
    store.goals.add("Give 3 introductions", event_id=event)
    store.goals.add("Find a mentor")  # standing
    _meet(store, pid, TODAY, event)
    goals = insights.goals_across_events(store)
    assert (goals.total, goals.reached) == (3, 1)
    assert goals.goals[0].event_id is None  # standing goals first
    reached = [g for g in goals.goals if g.reached]
    assert [g.text for g in reached] == ["Meet someone from Commercial banking"]
    assert reached[0].event_name == "Away-day"


def test_gather_on_empty_and_demo_data(store: Store) -> None:
    empty = insights.gather(store, today=TODAY)
    assert empty.empty
    assert empty.internal.departments == () and empty.external.top == ()
    assert empty.reciprocity.gave == 0 and len(empty.reciprocity.months) == 12

    demo.fill(store, 400, today=TODAY)
    full = insights.gather(store, today=TODAY)
    assert not full.empty and full.people == 400
    assert full.internal.internal_people == store.scalar(
        "SELECT count(*) FROM people WHERE internal = 1"
    )
    assert sum(o.people for o in full.external.top) <= 400 - full.internal.internal_people
    exchanges = store.exchanges.balance()
    assert (full.reciprocity.gave, full.reciprocity.received) == exchanges


def test_backup_keep_preference(store: Store) -> None:
    assert preferences.backup_keep(store) == backup.AUTO_KEEP
    preferences.set_backup_keep(store, 3)
    assert preferences.backup_keep(store) == 3
    for bad in (0, -1, 366, "7", True):
        with pytest.raises(NetdeskError):
            preferences.set_backup_keep(store, bad)
    # A damaged value reads as the default rather than stopping the app.
    with store.transaction() as conn:
        conn.execute("UPDATE meta SET value = 'lots' WHERE key = ?", (preferences.BACKUP_KEEP_KEY,))
    assert preferences.backup_keep(store) == backup.AUTO_KEEP
    # auto_backup keeps as many as the preference says.
    preferences.set_backup_keep(store, 2)
    for n in range(4):
        backup.auto_backup(
            store, keep=preferences.backup_keep(store), today=TODAY + dt.timedelta(n)
        )
    assert len(list(backup.backup_dir(store.path).glob("auto-*.db"))) == 2


def test_phone_region_preference_reaches_number_matching(store: Store) -> None:
    try:
        assert preferences.phone_region(store) is None
        assert preferences.set_phone_region(store, " gb ") == "GB"
        assert preferences.phone_region(store) == "GB"
        assert contacts.normalize("phone", "020 7946 0018") == "+442079460018"
        with pytest.raises(NetdeskError):
            preferences.set_phone_region(store, "XX")
        preferences.set_phone_region(store, "NL")
        assert contacts.normalize("phone", "020 7946 0018") == "+312079460018"
        preferences.set_phone_region(store, None)
        assert preferences.phone_region(store) is None
        preferences.set_phone_region(store, "DE")
        contacts.set_configured_region(None)
        preferences.apply(store)  # as at start-up
        assert contacts.default_region() == "DE"
    finally:
        contacts.set_configured_region(None)


def test_person_cadence_matches_what_cadence_due_uses(store: Store) -> None:
    pid = _add(store, "Pia", tags=("mentor",))
    store.conn.execute("UPDATE people SET created_at = '2026-01-01T00:00:00Z' WHERE id = ?", (pid,))
    cadence.set_tag_cadence(store, "mentor", 91)
    _meet(store, pid, dt.date(2026, 6, 1))
    found = insights.person_cadence(store, pid)
    assert (found.own_days, found.tag_days, found.days) == (None, 91, 91)
    assert found.last_contact == dt.date(2026, 6, 1)
    assert found.next_due() == dt.date(2026, 8, 31)
    assert found.next_due(30) == dt.date(2026, 7, 1)
    (due,) = cadence.due(store, today=TODAY)
    assert due.due_on == found.next_due() and due.last_contact == found.last_contact
    store.followups.add(pid, "Lunch", dt.date(2026, 12, 1))
    assert insights.person_cadence(store, pid).open_due == dt.date(2026, 12, 1)
    with pytest.raises(NetdeskError):
        insights.person_cadence(store, 9999)
