"""Goals for an event ("meet someone from Commercial banking") or standing ones.

Progress is derived from the data, never typed in, when the goal names what to
look for: people met from a department, an organisation or with a tag, internal
or external people (from encounters), or introductions given (from the
introductions made at or after the event). The criterion is read from the goal's
text when it is added, and again when it is read for goals stored without one
(older files). Goals without a criterion count what the user ticks off by hand.
Matching ignores case and accents.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from netdesk.core.dates import now_utc
from netdesk.core.errors import NetdeskError
from netdesk.core.model import GOAL_FIELDS, Goal
from netdesk.core.people.search import fold
from netdesk.core.storage.changes import Kind

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store

INTRODUCTIONS = "introductions"  # a criterion read from the text only (not a stored field)

# "find 2 peers with the pumping-station problem" → target 2; "give three introductions" → 3.
_LEADING_COUNT = re.compile(r"\b(\d{1,3})\b")
_NUMBER_WORDS = {
    word: n
    for n, words in enumerate(
        (
            (),
            ("one", "a", "an", "someone", "een", "iemand"),
            ("two", "twee", "a couple"),
            ("three", "drie"),
            ("four", "vier"),
            ("five", "vijf"),
            ("six", "zes"),
            ("seven", "zeven"),
            ("eight", "acht"),
            ("nine", "negen"),
            ("ten", "tien"),
            ("eleven", "elf"),
            ("twelve", "twaalf"),
        )
    )
    for word in words
    if n > 1
}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(map(re.escape, _NUMBER_WORDS)) + r")\b")

_INTRODUCTIONS = re.compile(r"\b(introduc\w*|introductie\w*|voorstellen|intro'?s?)\b")
_TAG = re.compile(r"(?:\btagged\s+|\bwith\s+tag\s+|\bmet\s+tag\s+|#)([\w-][\w -]*)")
_FROM = re.compile(r"\b(?:from|van|uit)\s+(?:the\s+|de\s+|het\s+)?(.+?)\s*[.!]?$")
_INTERNAL = re.compile(r"\b(colleagues?|internal|collega'?s?|intern\w*)\b")
_EXTERNAL = re.compile(r"\b(external|customers?|clients?|extern\w*|klant\w*)\b")


def target_from_text(text: str) -> int:
    found = _LEADING_COUNT.search(text)
    if found:
        return max(1, int(found.group(1)))
    word = _NUMBER_WORD.search(text.casefold())
    return _NUMBER_WORDS[word.group(1)] if word else 1


@dataclass(frozen=True)
class Criterion:
    """What a goal counts: ``field`` one of GOAL_FIELDS or INTRODUCTIONS; None: ticked by hand."""

    field: str | None = None
    value: str = ""
    # False when "from X" names nothing the data holds yet: the goal is stored without a
    # criterion and read again as people are added (an event's goals come before its people).
    settled: bool = True


def criterion_from_text(
    text: str, departments: set[str] = frozenset(), organisations: set[str] = frozenset()
) -> Criterion:
    """Read what a goal counts from its text.

    "from X" is a department when X is one of ``departments`` (folded), else an
    organisation: the sets are the folded names the data holds.
    """
    folded = text.casefold()
    if _INTRODUCTIONS.search(folded):
        return Criterion(INTRODUCTIONS)
    tag = _TAG.search(text)
    if tag:
        return Criterion("tag", tag.group(1).strip())
    origin = _FROM.search(text)
    if origin:
        value = origin.group(1).strip()
        key = fold(value)
        if key in departments or (key not in organisations and _known(key, departments)):
            return Criterion("department", value)
        settled = key in organisations or _known(key, organisations)
        return Criterion("organisation", value, settled=settled)
    if _INTERNAL.search(folded):
        return Criterion("internal")
    if _EXTERNAL.search(folded):
        return Criterion("external")
    return Criterion()


def _known(key: str, names: set[str]) -> bool:
    return any(key in name for name in names)


class Goals:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(
        self,
        text: str,
        *,
        event_id: int | None = None,
        target: int | None = None,
        match_field: str | None = None,
        match_value: str = "",
    ) -> int:
        text = " ".join(text.split())
        if not text:
            raise NetdeskError("empty-name", what="goal")
        if match_field is not None and match_field not in GOAL_FIELDS:
            raise NetdeskError(
                "bad-kind", value=match_field, what="goal criterion", choices=", ".join(GOAL_FIELDS)
            )
        self._store.events.require(event_id)
        if match_field is None:
            found = self.understand(text)
            if found.field in GOAL_FIELDS and found.settled:
                match_field, match_value = found.field, found.value
        with self._store.transaction() as conn:
            new_id = conn.execute(
                "INSERT INTO goals (event_id, text, target, match_field, match_value, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    event_id,
                    text,
                    target or target_from_text(text),
                    match_field,
                    match_value.strip(),
                    now_utc(),
                ),
            ).lastrowid
            self._store.touched(Kind.GOALS)
        return new_id

    def for_event(self, event_id: int | None) -> list[Goal]:
        """An event's goals (or the standing ones for ``None``) with progress filled in."""
        rows = self._store.rows("SELECT * FROM goals WHERE event_id IS ? ORDER BY id", (event_id,))
        return [self._with_progress(row) for row in rows]

    def for_events(self, event_ids: Sequence[int]) -> dict[int, list[Goal]]:
        """Several events' goals with progress, for a report over a month's events: the
        departments and organisations a goal's text is read against are read once for all
        of them (once per goal costs tens of milliseconds each at 100,000 people)."""
        names: list[tuple[set[str], set[str]]] = []

        def understand(text: str) -> Criterion:
            if not names:
                names.append((self._folded_names("department"), self._folded_names("organisation")))
            return criterion_from_text(text, *names[0])

        return {
            event_id: [
                self._with_progress(row, understand)
                for row in self._store.rows(
                    "SELECT * FROM goals WHERE event_id = ? ORDER BY id", (event_id,)
                )
            ]
            for event_id in event_ids
        }

    def get(self, goal_id: int) -> Goal:
        row = self._store.row("SELECT * FROM goals WHERE id = ?", (goal_id,))
        if row is None:
            raise NetdeskError("no-goal", id=goal_id)
        return self._with_progress(row)

    def tick(self, goal_id: int, by: int = 1) -> Goal:
        """Count progress by hand, for goals with no criterion."""
        self.get(goal_id)
        with self._store.transaction() as conn:
            conn.execute(
                "UPDATE goals SET manual_count = max(0, manual_count + ?) WHERE id = ?",
                (by, goal_id),
            )
            self._store.touched(Kind.GOALS)
        return self.get(goal_id)

    def delete(self, goal_id: int) -> None:
        with self._store.transaction() as conn:
            conn.execute("DELETE FROM goals WHERE id = ?", (goal_id,))
            self._store.touched(Kind.GOALS)

    def understand(self, text: str) -> Criterion:
        """What a goal with this text would count, given the departments and organisations known."""
        return criterion_from_text(
            text, self._folded_names("department"), self._folded_names("organisation")
        )

    def _folded_names(self, column: str) -> set[str]:
        rows = self._store.rows(
            f"SELECT DISTINCT {column} AS name FROM people"
            f" WHERE deleted_at IS NULL AND {column} <> ''"
        )
        return {fold(row["name"]).strip() for row in rows}

    def _with_progress(
        self, row: dict[str, Any], understand: Callable[[str], Criterion] | None = None
    ) -> Goal:
        goal = Goal(**row)
        if goal.match_field is None:
            found = (understand or self.understand)(goal.text)
            goal = replace(goal, match_field=found.field, match_value=found.value)
            if goal.target == 1:  # stored before number words were read ("three")
                goal = replace(goal, target=target_from_text(goal.text))
        if goal.match_field is None:
            peers_of = self._topics_named(goal.text)
            if peers_of:  # "meet 2 peers with the pumping-station problem"
                return replace(goal, progress=self._people_met(goal, topic_ids=peers_of))
            return replace(goal, progress=goal.manual_count)
        if goal.match_field == INTRODUCTIONS:
            return replace(goal, progress=self._introductions_since(goal))
        return replace(goal, progress=self._people_met(goal))

    def _since(self, goal: Goal) -> str:
        """Where counting starts: the event's first day, or when a standing goal was set."""
        if goal.event_id is None:
            return goal.created_at[:10]
        return self._store.scalar("SELECT starts_on FROM events WHERE id = ?", (goal.event_id,))

    def _introductions_since(self, goal: Goal) -> int:
        return self._store.scalar(
            "SELECT count(*) FROM introductions WHERE made_on >= ?", (self._since(goal),)
        )

    def _topics_named(self, text: str) -> list[int]:
        """The topics (challenges, offers, interests) a goal's text names: those whose last
        two words ("pumping station" of "Ageing pumping stations"), or only word, it holds.
        A goal with no other criterion then counts the people met who hold one of them."""
        from netdesk.core.topics.keys import contains_key, topic_key

        said = topic_key(text)
        return [
            topic_id
            for topic_id, key in self._store.conn.execute("SELECT id, key FROM topics")
            if contains_key(said, " ".join(key.split()[-2:]))
        ]

    def _people_met(self, goal: Goal, *, topic_ids: Sequence[int] = ()) -> int:
        """Distinct people met (at the event, or since a standing goal was set) who match."""
        scope = "e.event_id = :event" if goal.event_id is not None else "e.met_at >= :since"
        met = (
            "SELECT DISTINCT p.id FROM encounters e"
            " JOIN encounter_people ep ON ep.encounter_id = e.id"
            " JOIN people p ON p.id = ep.person_id AND p.deleted_at IS NULL"
            f" WHERE {scope}"
        )
        params = {"event": goal.event_id, "since": goal.created_at}
        if topic_ids:
            return self._store.scalar(
                "SELECT count(DISTINCT person_id) FROM person_topics WHERE person_id IN"
                f" ({met}) AND topic_id IN (SELECT value FROM json_each(:topics))",
                {**params, "topics": json.dumps(list(topic_ids))},
            )
        field, wanted = goal.match_field, fold(goal.match_value).strip()
        if field in ("internal", "external"):
            return self._store.scalar(
                f"SELECT count(*) FROM people WHERE id IN ({met}) AND internal = :internal",
                {**params, "internal": int(field == "internal")},
            )
        if field == "tag":
            sql = (
                "SELECT DISTINCT t.name AS name FROM person_tags pt JOIN tags t"
                f" ON t.id = pt.tag_id WHERE pt.person_id IN ({met})"
            )
            names = [row["name"] for row in self._store.rows(sql, params)]
            matching = [name for name in names if fold(name).strip() == wanted]
            if not matching:
                return 0
            marks = ", ".join(f":t{n}" for n in range(len(matching)))
            return self._store.scalar(
                "SELECT count(DISTINCT pt.person_id) FROM person_tags pt JOIN tags t"
                f" ON t.id = pt.tag_id WHERE pt.person_id IN ({met}) AND t.name IN ({marks})",
                {**params, **{f"t{n}": name for n, name in enumerate(matching)}},
            )
        # Department, organisation, title: one row per distinct value, folded here, so
        # "Commercial Banking", "commercial banking" and "Cömmercial banking" all count.
        rows = self._store.rows(
            f"SELECT p.{field} AS value, count(*) AS n FROM people p"
            f" WHERE p.id IN ({met}) GROUP BY p.{field}",
            params,
        )
        return sum(row["n"] for row in rows if wanted and wanted in fold(row["value"] or ""))
