"""Done, reopen and snooze for a selection of follow-ups: all of them, or none.

Each action can be undone exactly: :func:`states` reads what a follow-up was before,
:func:`mark_done_recorded` says which keep-in-touch follow-ups the done step created, and
:func:`put_back` restores the earlier states and removes those new follow-ups, in one
transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from netdesk.core.errors import NetdeskError
from netdesk.core.storage.changes import Kind
from netdesk.core.storage.store import Store


@dataclass(frozen=True)
class FollowupState:
    """What done, snooze and reopen change in a follow-up."""

    id: int
    status: str
    snoozed_until: str | None
    done_on: str | None
    outcome: str


def mark_done(store: Store, followup_ids: Sequence[int], on: dt.date | None = None) -> int:
    with store.transaction():
        for followup_id in followup_ids:
            store.followups.done(followup_id, on=on)
    return len(followup_ids)


def mark_done_recorded(
    store: Store, followup_ids: Sequence[int], on: dt.date | None = None
) -> list[int]:
    """Mark done as :func:`mark_done`; returns the ids of the follow-ups it created
    (keep-in-touch cadences), which undo removes again."""
    with store.transaction():
        last = store.scalar("SELECT coalesce(max(id), 0) FROM followups")
        mark_done(store, followup_ids, on)
        born = store.rows("SELECT id FROM followups WHERE id > ? ORDER BY id", (last,))
    return [row["id"] for row in born]


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


def states(store: Store, followup_ids: Sequence[int]) -> list[FollowupState]:
    """The current done/snooze state of each follow-up, for :func:`put_back`."""
    found = []
    for followup_id in followup_ids:
        row = store.row(
            "SELECT id, status, snoozed_until, done_on, outcome FROM followups WHERE id = ?",
            (followup_id,),
        )
        if row is None:
            raise NetdeskError("no-followup", id=followup_id)
        found.append(
            FollowupState(
                row["id"], row["status"], row["snoozed_until"], row["done_on"], row["outcome"]
            )
        )
    return found


def put_back(store: Store, previous: Sequence[FollowupState], created: Sequence[int] = ()) -> int:
    """Give each follow-up its ``previous`` state again and delete the ``created`` ones."""
    with store.transaction() as conn:
        for followup_id in created:
            conn.execute("DELETE FROM followups WHERE id = ?", (followup_id,))
        for state in previous:
            changed = conn.execute(
                "UPDATE followups SET status = ?, snoozed_until = ?, done_on = ?, outcome = ?"
                " WHERE id = ?",
                (state.status, state.snoozed_until, state.done_on, state.outcome, state.id),
            ).rowcount
            if not changed:
                raise NetdeskError("no-followup", id=state.id)
        store.touched(Kind.FOLLOWUPS, Kind.PEOPLE, Kind.EVENTS)
    return len(previous)
