"""Events.choices: a cheap list for pickers."""

from __future__ import annotations

import datetime as dt

from netdesk.core.storage.store import Store


def test_event_choices_are_living_events_newest_first(store: Store) -> None:
    old = store.events.add("Old meetup", "2025-01-10")
    new = store.events.add("New workshop", "2026-11-01")
    gone = store.events.add("Cancelled", "2026-11-02")
    store.events.delete([gone])
    assert store.events.choices() == [
        (new, "New workshop", dt.date(2026, 11, 1)),
        (old, "Old meetup", dt.date(2025, 1, 10)),
    ]
