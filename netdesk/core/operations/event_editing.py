"""Save an event with its goals, as the event dialog edits them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from netdesk.core.storage.store import Store


def save_event(
    store: Store,
    event_id: int | None,
    *,
    name: str,
    starts_on: dt.date,
    new_goals: Sequence[str] = (),
    removed_goals: Sequence[int] = (),
    **values: Any,
) -> int:
    """Create (``event_id`` None) or update the event and its goals; returns its id."""
    with store.transaction():
        if event_id is None:
            return store.events.add(name, starts_on, goals=tuple(new_goals), **values)
        store.events.update(event_id, name=name, starts_on=starts_on, **values)
        for text in new_goals:
            store.goals.add(text, event_id=event_id)
        for goal_id in removed_goals:
            store.goals.delete(goal_id)
    return event_id


def tick_goal(store: Store, goal_id: int, by: int = 1) -> None:
    """Count progress by hand on a goal whose text names nothing to count from the data."""
    store.goals.tick(goal_id, by)
