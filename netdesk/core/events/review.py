"""Reviewing an event afterwards: each person met, what we owe them, what was exchanged.

Which people are reviewed is kept in the database (table ``reviews``), so the
wizard can be closed half-way and resumed at the first person still to do, on
this machine or after a restart. Everything one card decides is written in one
transaction: follow-ups, exchanges, a note and the 'reviewed' mark together.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netdesk.core.dates import iso_date, now_utc
from netdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from netdesk.core.model import Followup
from netdesk.core.people.search import fold
from netdesk.core.storage.changes import Kind

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store


@dataclass(frozen=True)
class ReviewItem:
    """One person met at the event, as the wizard's card shows them."""

    person_id: int
    full_name: str
    organisation: str
    department: str
    title: str
    email: str
    context: str  # the one line from the encounter(s) at this event
    met_at: str
    reviewed: bool
    decision: str = ""


@dataclass(frozen=True)
class PlannedFollowup:
    action: str
    text: str
    due_on: dt.date
    due_time: str | None = None


@dataclass(frozen=True)
class PlannedExchange:
    direction: str  # gave or received
    kind: str
    note: str = ""


@dataclass(frozen=True)
class Progress:
    reviewed: int
    total: int

    @property
    def finished(self) -> bool:
        return self.total > 0 and self.reviewed >= self.total


_ITEMS_SQL = """
SELECT p.id AS person_id, p.full_name, p.organisation, p.department, p.title,
       coalesce((SELECT c.value FROM contact_points c WHERE c.person_id = p.id
                 AND c.kind = 'email' ORDER BY c.position, c.id LIMIT 1), '') AS email,
       group_concat(nullif(e.context, ''), ' · ') AS context,
       min(e.met_at) AS met_at,
       r.person_id IS NOT NULL AS reviewed,
       coalesce(r.decision, '') AS decision
FROM encounters e
JOIN encounter_people ep ON ep.encounter_id = e.id
JOIN people p ON p.id = ep.person_id AND p.deleted_at IS NULL
LEFT JOIN reviews r ON r.event_id = e.event_id AND r.person_id = p.id
WHERE e.event_id = ?
GROUP BY p.id
ORDER BY min(e.met_at), min(e.id), p.id
"""


def items(store: Store, event_id: int) -> list[ReviewItem]:
    """Everyone met at ``event_id``, in the order they were met."""
    store.events.require(event_id)
    rows = store.rows(_ITEMS_SQL, (event_id,))
    return [
        ReviewItem(**{**row, "context": row["context"] or "", "reviewed": bool(row["reviewed"])})
        for row in rows
    ]


def progress(store: Store, event_id: int) -> Progress:
    found = items(store, event_id)
    return Progress(sum(item.reviewed for item in found), len(found))


def resume_index(found: Sequence[ReviewItem]) -> int:
    """Where a resumed review starts: the first person still to review (the last if done)."""
    for index, item in enumerate(found):
        if not item.reviewed:
            return index
    return max(len(found) - 1, 0)


def mark(store: Store, event_id: int, person_id: int, decision: str = "") -> None:
    with store.transaction() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO reviews (event_id, person_id, reviewed_at, decision)"
            " VALUES (?, ?, ?, ?)",
            (event_id, person_id, now_utc(), decision),
        )
        store.touched(Kind.EVENTS)


def unmark(store: Store, event_id: int, person_id: int) -> None:
    with store.transaction() as conn:
        conn.execute(
            "DELETE FROM reviews WHERE event_id = ? AND person_id = ?", (event_id, person_id)
        )
        store.touched(Kind.EVENTS)


def restart(store: Store, event_id: int) -> None:
    """Forget which people were reviewed (what they led to stays)."""
    with store.transaction() as conn:
        conn.execute("DELETE FROM reviews WHERE event_id = ?", (event_id,))
        store.touched(Kind.EVENTS)


def open_followups(store: Store, person_id: int) -> list[Followup]:
    """The person's follow-ups not yet done (snoozed ones too), soonest due first."""
    return store.followups.list("open", person_id=person_id)


def already_planned(
    planned: PlannedFollowup, existing: Sequence[Followup], event_id: int | None = None
) -> Followup | None:
    """The open follow-up that ``planned`` would duplicate: the same text (ignoring case and
    accents), or the same specific action for the same event; None if it is new."""
    text = fold(" ".join(planned.text.split()))
    for followup in existing:
        if followup.status == "done":
            continue
        if fold(" ".join(followup.text.split())) == text:
            return followup
        if (
            planned.action != "other"
            and followup.action == planned.action
            and event_id is not None
            and followup.event_id == event_id
        ):
            return followup
    return None


def complete(
    store: Store,
    event_id: int,
    person_id: int,
    *,
    followups: Sequence[PlannedFollowup] = (),
    exchanges: Sequence[PlannedExchange] = (),
    note: str = "",
    decision: str = "",
    today: dt.date | None = None,
) -> list[int]:
    """Record one card's decisions and mark the person reviewed; returns the follow-up ids.

    A planned follow-up that an open one already covers (see :func:`already_planned`) is
    not added again: pressing 1 beside "Send the information promised" captured at the
    event keeps the one follow-up.
    """
    store.events.require(event_id)
    store.people.require(person_id)
    day = iso_date(today or dt.date.today())
    created: list[int] = []
    with store.transaction():
        existing = open_followups(store, person_id)
        for item in followups:
            if already_planned(item, existing, event_id) is not None:
                continue
            created.append(
                store.followups.add(
                    person_id,
                    item.text,
                    item.due_on,
                    action=item.action,
                    event_id=event_id,
                    due_time=item.due_time,
                )
            )
        for exchange in exchanges:
            store.exchanges.add(
                person_id,
                exchange.direction,
                exchange.kind,
                exchange.note,
                happened_on=day,
                event_id=event_id,
            )
        if note.strip():
            store.interactions.add(person_id, "note", note, happened_on=day, event_id=event_id)
        mark(store, event_id, person_id, decision)
    return created


ASK_HOW_IT_WENT = QT_TRANSLATE_NOOP("review", "Ask how the introduction to {name} went")


def introduce(
    store: Store,
    person_a: int,
    person_b: int,
    why: str = "",
    *,
    ask_on: dt.date | None = None,
    made_on: dt.date | None = None,
) -> tuple[int, int | None]:
    """Introduce A to B (both get an interaction; it counts as given) and, with ``ask_on``,
    a follow-up on A to ask how it went. Returns (introduction id, follow-up id)."""
    with store.transaction():
        introduction = store.introductions.add(person_a, person_b, why, made_on=made_on)
        followup = None
        if ask_on is not None:
            name = store.people.get(person_b).full_name
            followup = store.followups.add(
                person_a,
                translate("review", ASK_HOW_IT_WENT).format(name=name),
                ask_on,
                action="other",
            )
    return introduction, followup
