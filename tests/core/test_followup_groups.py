"""Follow-ups grouped Overdue / Today / This week / Later / Done, as the UI shows them."""

from __future__ import annotations

import datetime as dt

from netdesk.core.followups.groups import GROUPS, group_of, grouped
from netdesk.core.model import PersonFields
from netdesk.core.storage.store import Store

TODAY = dt.date(2026, 11, 24)


def _person(store: Store) -> int:
    return store.people.add(PersonFields(full_name="Sanne de Vries"))


def test_each_date_lands_in_its_group(store: Store) -> None:
    pid = _person(store)
    due = {
        "overdue": TODAY - dt.timedelta(days=1),
        "today": TODAY,
        "week": TODAY + dt.timedelta(days=7),
        "later": TODAY + dt.timedelta(days=8),
    }
    ids = {name: store.followups.add(pid, f"{name} item", day) for name, day in due.items()}
    done = store.followups.add(pid, "finished", TODAY)
    store.followups.done(done, on=TODAY)

    result = grouped(store, today=TODAY)

    for name, followup_id in ids.items():
        assert [f.id for f in result.groups[name]] == [followup_id]
    assert [f.id for f in result.groups["done"]] == [done]
    assert list(result.groups) == list(GROUPS)


def test_a_snoozed_followup_moves_by_its_new_date(store: Store) -> None:
    pid = _person(store)
    followup_id = store.followups.add(pid, "Coffee", TODAY - dt.timedelta(days=3))
    assert group_of(store.followups.get(followup_id), TODAY) == "overdue"
    store.followups.snooze(followup_id, TODAY + dt.timedelta(days=30))
    assert group_of(store.followups.get(followup_id), TODAY) == "later"


def test_done_shows_the_newest_and_counts_them_all(store: Store) -> None:
    pid = _person(store)
    for n in range(5):
        store.followups.done(store.followups.add(pid, f"task {n}", TODAY), on=TODAY)
    result = grouped(store, today=TODAY, done_limit=2)
    assert len(result.groups["done"]) == 2
    assert result.count("done") == 5
    assert result.count("overdue") == 0
