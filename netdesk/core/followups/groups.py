"""Follow-ups grouped the way a person plans their week: Overdue, Today, This week, Later, Done.

The grouping is a rule about dates, not about widgets, so it lives in the core
where the CLI and tests can use it too. "This week" means the next seven days
(not the calendar week), so that on a Friday it still shows next Tuesday.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netdesk.core.model import Followup

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store

GROUPS = ("overdue", "today", "week", "later", "done")
WEEK_DAYS = 7
# Done follow-ups pile up for ever; a list shows the most recent ones.
DONE_SHOWN = 200


def group_of(followup: Followup, today: dt.date) -> str:
    """Which group ``followup`` belongs to on ``today`` (snoozed ones by their new date)."""
    if followup.status == "done":
        return "done"
    due = followup.effective_due
    if due < today:
        return "overdue"
    if due == today:
        return "today"
    if due <= today + dt.timedelta(days=WEEK_DAYS):
        return "week"
    return "later"


@dataclass(frozen=True)
class GroupedFollowups:
    groups: dict[str, list[Followup]]
    done_total: int  # how many are done in all, of which ``groups["done"]`` holds the newest

    def count(self, group: str) -> int:
        return self.done_total if group == "done" else len(self.groups[group])


def group_followups(items: Iterable[Followup], today: dt.date) -> dict[str, list[Followup]]:
    """``items`` sorted into :data:`GROUPS`, keeping their order within each group."""
    groups: dict[str, list[Followup]] = {name: [] for name in GROUPS}
    for item in items:
        groups[group_of(item, today)].append(item)
    return groups


def grouped(
    store: Store, *, today: dt.date | None = None, done_limit: int = DONE_SHOWN
) -> GroupedFollowups:
    """Every open follow-up grouped by when it is due, and the newest ``done_limit`` done ones."""
    day = today or dt.date.today()
    groups = group_followups(store.followups.list("open", today=day), day)
    done = store.followups.list("done", today=day)
    groups["done"] = done[:done_limit]
    return GroupedFollowups(groups, len(done))
