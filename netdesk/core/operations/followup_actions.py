"""Done, reopen and snooze for a selection of follow-ups: all of them, or none."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from netdesk.core.storage.store import Store


def mark_done(store: Store, followup_ids: Sequence[int], on: dt.date | None = None) -> int:
    with store.transaction():
        for followup_id in followup_ids:
            store.followups.done(followup_id, on=on)
    return len(followup_ids)


def reopen(store: Store, followup_ids: Sequence[int]) -> int:
    with store.transaction():
        for followup_id in followup_ids:
            store.followups.reopen(followup_id)
    return len(followup_ids)


def snooze(store: Store, followup_ids: Sequence[int], until: dt.date) -> int:
    with store.transaction():
        for followup_id in followup_ids:
            store.followups.snooze(followup_id, until)
    return len(followup_ids)
