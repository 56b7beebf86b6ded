"""The follow-up rhythm after an event, and the due dates it suggests.

Networkers recommend a fixed habit: a note within 24 hours, connect within a
week, meet within a month. The rhythm is configurable and kept in the database
(it is the user's working habit, not window state), and the review wizard's
quick actions take their proposed due dates from it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING

from netdesk.core.errors import NetdeskError
from netdesk.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store

META_KEY = "rhythm"
STEPS = ("note", "connect", "meet")


@dataclass(frozen=True)
class Rhythm:
    """Days after the event for each step; ``note_days`` 1 is 'within 24 hours'."""

    note_days: int = 1
    connect_days: int = 7
    meet_days: int = 30
    # A week or a month away there is no reason to land on a Saturday; a
    # next-day note is meant to be quick, so it is never moved.
    skip_weekends: bool = True

    def days(self, step: str) -> int:
        if step not in STEPS:
            raise NetdeskError("bad-kind", value=step, what="rhythm step", choices=", ".join(STEPS))
        return getattr(self, f"{step}_days")


DEFAULT = Rhythm()


@dataclass(frozen=True)
class QuickAction:
    """One of the usual follow-ups the wizard offers with one key."""

    key: str  # stable id, also the shortcut's name
    action: str | None  # the follow-up action it creates; None: nothing needed
    step: str | None  # which rhythm step proposes its date
    text: str  # English; show through :func:`action_text`


QUICK_ACTIONS: tuple[QuickAction, ...] = (
    QuickAction(
        "send-info",
        "send-info",
        "note",
        QT_TRANSLATE_NOOP("rhythm", "Send the information promised"),
    ),
    QuickAction(
        "introduce", "introduce", "connect", QT_TRANSLATE_NOOP("rhythm", "Introduce to someone")
    ),
    QuickAction("meet", "meet", "meet", QT_TRANSLATE_NOOP("rhythm", "Coffee or call")),
    QuickAction(
        "connect", "connect", "connect", QT_TRANSLATE_NOOP("rhythm", "Connect on LinkedIn")
    ),
    QuickAction("nothing", None, None, QT_TRANSLATE_NOOP("rhythm", "Nothing needed")),
)


def quick_action(key: str) -> QuickAction:
    for item in QUICK_ACTIONS:
        if item.key == key:
            return item
    raise NetdeskError(
        "bad-kind",
        value=key,
        what="quick action",
        choices=", ".join(item.key for item in QUICK_ACTIONS),
    )


def action_text(item: QuickAction) -> str:
    return translate("rhythm", item.text)


def suggest_due(
    rhythm: Rhythm, step: str, event_day: dt.date, *, today: dt.date | None = None
) -> dt.date:
    """When a ``step`` follow-up for an event on ``event_day`` should be due.

    Counted from the event's last day. A review done late shifts the whole
    rhythm so that the first note is due today and the later steps keep their
    spacing: a date already overdue when proposed is no help to anyone, and
    five follow-ups all due today would be no rhythm at all.
    """
    today = today or dt.date.today()
    days = rhythm.days(step)
    start = max(event_day, today - dt.timedelta(days=rhythm.note_days))
    due = start + dt.timedelta(days=days)
    if rhythm.skip_weekends and days > 1 and due.weekday() >= 5:
        due += dt.timedelta(days=7 - due.weekday())
    return due


def suggestions(
    rhythm: Rhythm, event_day: dt.date, *, today: dt.date | None = None
) -> dict[str, dt.date]:
    """Proposed due date per quick action that creates a follow-up."""
    return {
        item.key: suggest_due(rhythm, item.step, event_day, today=today)
        for item in QUICK_ACTIONS
        if item.step
    }


def load(store: Store) -> Rhythm:
    """The user's rhythm, or the default one; a damaged setting falls back to the default."""
    text = store.meta.get(META_KEY)
    if not text:
        return DEFAULT
    try:
        values = json.loads(text)
        return check(replace(DEFAULT, **{k: v for k, v in values.items() if k in _FIELDS}))
    except (ValueError, TypeError, AttributeError, NetdeskError):
        return DEFAULT


def save(store: Store, rhythm: Rhythm) -> Rhythm:
    check(rhythm)
    store.meta.put(META_KEY, json.dumps(asdict(rhythm)), kind="preferences")
    return rhythm


def check(rhythm: Rhythm) -> Rhythm:
    for step in STEPS:
        days = rhythm.days(step)
        if not isinstance(days, int) or isinstance(days, bool) or not 0 < days <= 3660:
            raise NetdeskError("bad-rhythm", step=step, value=days)
    return rhythm


_FIELDS = set(asdict(DEFAULT))
