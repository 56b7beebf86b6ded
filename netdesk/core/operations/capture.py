"""Quick capture: a person met, where, in one line of context, and what is owed them."""

from __future__ import annotations

import datetime as dt

from netdesk.core.model import PersonFields
from netdesk.core.storage.store import Store


def capture_person(
    store: Store,
    person: PersonFields,
    *,
    event_id: int | None = None,
    context: str = "",
    followup: str = "",
    followup_due: dt.date | None = None,
) -> int:
    """Add the person (met at ``event_id``) and, when given, a follow-up: all or nothing."""
    with store.transaction():
        person_id = store.people.add(person, event_id=event_id, context=context)
        if followup.strip():
            due = followup_due or dt.date.today()
            store.followups.add(person_id, followup.strip(), due, event_id=event_id)
    return person_id


def note_context(store: Store, person_id: int, context: str, *, event_id: int | None) -> int:
    """The line of context for someone just scanned: on the meeting the scan recorded."""
    return store.encounters.set_context(person_id, context, event_id=event_id)
