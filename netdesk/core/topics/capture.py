"""Quick capture with topics: the person, the meeting, a follow-up and their challenges and
offers, in one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from netdesk.core.operations.capture import capture_person
from netdesk.core.topics import topics

if TYPE_CHECKING:
    from netdesk.core.model import PersonFields
    from netdesk.core.storage.store import Store


def capture_with_topics(
    store: Store,
    person: PersonFields,
    *,
    event_id: int | None = None,
    context: str = "",
    followup: str = "",
    followup_due: dt.date | None = None,
    held: Sequence[tuple[str, str]] = (),
) -> int:
    """:func:`capture_person`, plus ``held`` as ``(role, label)`` topics met at the event."""
    with store.transaction():
        person_id = capture_person(
            store, person, event_id=event_id, context=context, followup=followup,
            followup_due=followup_due,
        )  # fmt: skip
        for role, label in held:
            topics.add_to_person(store, person_id, label, role, event_id=event_id)
    return person_id


def review_with_topics(
    store: Store,
    event_id: int,
    person_id: int,
    *,
    held: Sequence[tuple[str, str]] = (),
    **card: Any,
) -> list[int]:
    """One review card (:func:`netdesk.core.events.review.complete`) and the topics noted on
    it, in one transaction; returns the follow-up ids."""
    from netdesk.core.events import review

    with store.transaction():
        created = review.complete(store, event_id, person_id, **card)
        for role, label in held:
            topics.add_to_person(store, person_id, label, role, event_id=event_id)
    return created
