"""Insights: what the record says about how the user networks, and what to do next.

Six questions, one function each, each answered with a few grouped queries
(never a query per person) so that they stay quick at 100,000 people:

- internal coverage: which departments of the user's own organisation they
  know and have met lately (internal networking is about breaking silos);
- external reach: the organisations they know best, and those met once and
  never followed up;
- reciprocity: given versus received, per month and per kind; the people they
  only take from; the givers never thanked;
- introductions made, with their outcome;
- follow-through: follow-ups done on time, late, or still open, and per event
  how many of the people met were followed up within a week;
- keep-in-touch: who is due by their cadence; and goals across events.

The SQL is kept in module constants so the benchmark can run the bare
statements beside these functions on the same file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from netdesk.core.dates import iso_date
from netdesk.core.followups import cadence
from netdesk.core.model import EXCHANGE_KINDS

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store

RECENT_DAYS = 365  # "met in the last 12 months"
FOLLOW_WINDOW_DAYS = 7  # "followed up within 7 days" of the event


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


# -- internal coverage ----------------------------------------------------------------------

# Internal people per department, with how many of them were met since :since. One pass
# over the people (through the department index, so no sort) joined to their encounters.
SQL_DEPARTMENTS = """
SELECT p.department, count(DISTINCT p.id) AS known,
       count(DISTINCT CASE WHEN e.met_at >= :since THEN p.id END) AS met_recently,
       max(e.met_at) AS last_met
FROM people p
LEFT JOIN encounter_people ep ON ep.person_id = p.id
LEFT JOIN encounters e ON e.id = ep.encounter_id
WHERE p.internal = 1 AND p.deleted_at IS NULL
GROUP BY trim(p.department) COLLATE NOCASE
"""

# The internal person most in touch lately: the one to ask for an introduction.
SQL_CONNECTOR = """
SELECT p.id, p.full_name, p.department,
       (SELECT count(*) FROM interactions i WHERE i.person_id = p.id AND i.happened_on >= :since)
       + (SELECT count(*) FROM exchanges x WHERE x.person_id = p.id AND x.happened_on >= :since)
       + (SELECT count(*) FROM encounter_people ep JOIN encounters e ON e.id = ep.encounter_id
          WHERE ep.person_id = p.id AND e.met_at >= :since) AS touches
FROM people p
WHERE p.internal = 1 AND p.deleted_at IS NULL AND p.department <> ''
  AND p.id IN (SELECT ep.person_id FROM encounter_people ep
               JOIN encounters e ON e.id = ep.encounter_id WHERE e.met_at >= :since)
ORDER BY touches DESC, p.full_name COLLATE NOCASE LIMIT 1
"""


@dataclass(frozen=True)
class DepartmentCoverage:
    department: str  # "" for internal people with no department recorded
    known: int
    met_recently: int
    last_met: dt.date | None


@dataclass(frozen=True)
class PersonRef:
    person_id: int
    full_name: str
    detail: str = ""  # department or organisation, for "ask Ravi (Risk)"


@dataclass(frozen=True)
class InternalCoverage:
    departments: tuple[DepartmentCoverage, ...]
    connector: PersonRef | None

    @property
    def internal_people(self) -> int:
        return sum(d.known for d in self.departments)

    @property
    def missing(self) -> tuple[str, ...]:
        """Named departments where nobody was met in the last 12 months: the silos."""
        return tuple(d.department for d in self.departments if d.department and not d.met_recently)


def internal_coverage(store: Store, *, today: dt.date | None = None) -> InternalCoverage:
    since = iso_date((today or dt.date.today()) - dt.timedelta(days=RECENT_DAYS))
    rows = store.conn.execute(SQL_DEPARTMENTS, {"since": since}).fetchall()
    departments = sorted(
        (DepartmentCoverage(name.strip(), n, met, _day(last)) for name, n, met, last in rows),
        key=lambda d: (-d.known, d.department.casefold()),
    )
    found = store.conn.execute(SQL_CONNECTOR, {"since": since}).fetchone()
    connector = PersonRef(found[0], found[1], found[2]) if found else None
    return InternalCoverage(tuple(departments), connector)


# -- external reach ---------------------------------------------------------------------------

# Per organisation: people known, met lately, last met, and for "met once, never followed
# up": whether all its people were met at one and the same encounter (lowest encounter id =
# highest), and whether anyone there was touched after meeting (a follow-up done, an
# interaction beyond the meeting, anything given or received). Grouping by person first
# avoids three DISTINCT counts over the joined rows: 220 -> 180 ms at 100k.
SQL_ORGANISATIONS = """
WITH touched AS MATERIALIZED (
    SELECT person_id FROM followups WHERE status = 'done'
    UNION SELECT person_id FROM interactions WHERE kind <> 'met'
    UNION SELECT person_id FROM exchanges),
per_person AS (
    SELECT p.id, p.organisation, max(e.met_at) AS last_met,
           min(ep.encounter_id) AS first_encounter, max(ep.encounter_id) AS last_encounter
    FROM people p
    LEFT JOIN encounter_people ep ON ep.person_id = p.id
    LEFT JOIN encounters e ON e.id = ep.encounter_id
    WHERE p.internal = 0 AND p.deleted_at IS NULL AND p.organisation <> ''
    GROUP BY p.id)
SELECT organisation, count(*) AS people, coalesce(sum(last_met >= :since), 0) AS met_recently,
       max(last_met) AS last_met,
       coalesce(min(first_encounter) = max(last_encounter), 0) AS met_once,
       max(id IN touched) AS touched
FROM per_person GROUP BY organisation COLLATE NOCASE
"""


@dataclass(frozen=True)
class OrganisationReach:
    organisation: str
    people: int
    met_recently: int
    last_met: dt.date | None


@dataclass(frozen=True)
class ExternalReach:
    organisations: int  # how many organisations we know anyone at
    top: tuple[OrganisationReach, ...]
    met_once: tuple[tuple[str, dt.date | None], ...]  # (organisation, when), newest first
    met_once_total: int


def external_reach(
    store: Store, *, today: dt.date | None = None, top: int = 8, met_once: int = 8
) -> ExternalReach:
    since = iso_date((today or dt.date.today()) - dt.timedelta(days=RECENT_DAYS))
    rows = store.conn.execute(SQL_ORGANISATIONS, {"since": since}).fetchall()
    reach = sorted(
        (OrganisationReach(org, n, met, _day(last)) for org, n, met, last, _, _ in rows),
        key=lambda o: (-o.people, o.organisation.casefold()),
    )
    once = sorted(
        ((org, _day(last)) for org, _, _, last, met_once, touched in rows
         if met_once and not touched),
        key=lambda item: (item[1] or dt.date.min, item[0].casefold()),
        reverse=True,
    )  # fmt: skip
    return ExternalReach(
        organisations=len(rows),
        top=tuple(reach[:top]),
        met_once=tuple(once[:met_once]),
        met_once_total=len(once),
    )


# -- reciprocity --------------------------------------------------------------------------------

SQL_EXCHANGE_MONTHS = """
SELECT substr(x.happened_on, 1, 7) AS month,
       sum(x.direction = 'gave'), sum(x.direction = 'received')
FROM exchanges x JOIN people p ON p.id = x.person_id AND p.deleted_at IS NULL
WHERE x.happened_on >= :since GROUP BY month ORDER BY month
"""

SQL_EXCHANGE_KINDS = """
SELECT x.kind, sum(x.direction = 'gave'), sum(x.direction = 'received')
FROM exchanges x JOIN people p ON p.id = x.person_id AND p.deleted_at IS NULL
GROUP BY x.kind
"""

# Per person: what we gave and received, the last time they gave, and the last time we
# did anything for or with them afterwards (gave, emailed, called, helped, introduced).
SQL_BALANCES = """
WITH balance AS MATERIALIZED (
    SELECT person_id, sum(direction = 'gave') AS gave, sum(direction = 'received') AS received,
           max(CASE WHEN direction = 'received' THEN happened_on END) AS last_received,
           max(CASE WHEN direction = 'gave' THEN happened_on END) AS last_gave
    FROM exchanges GROUP BY person_id HAVING received > 0)
SELECT p.id, p.full_name, p.organisation, b.gave, b.received, b.last_received,
       max(coalesce(b.last_gave, ''), coalesce((SELECT max(i.happened_on) FROM interactions i
           WHERE i.person_id = p.id AND i.kind IN ('emailed', 'called', 'helped', 'introduced')),
           '')) AS last_thanks
FROM balance b JOIN people p ON p.id = b.person_id AND p.deleted_at IS NULL
ORDER BY b.received - b.gave DESC, b.last_received DESC, p.full_name COLLATE NOCASE
"""


@dataclass(frozen=True)
class Balance:
    label: str  # a month "2026-11" or an exchange kind "advice"
    gave: int
    received: int


@dataclass(frozen=True)
class PersonBalance:
    person_id: int
    full_name: str
    organisation: str
    gave: int
    received: int
    last_received: dt.date


@dataclass(frozen=True)
class Reciprocity:
    gave: int
    received: int
    months: tuple[Balance, ...]  # the last 12 months, oldest first, empty months included
    kinds: tuple[Balance, ...]  # every exchange kind, in the model's order
    takers: tuple[PersonBalance, ...]  # received more than we gave, most unbalanced first
    takers_total: int
    unthanked: tuple[PersonBalance, ...]  # gave to us, nothing from us since
    unthanked_total: int


def _months_back(today: dt.date, count: int) -> list[str]:
    year, month = today.year, today.month
    labels = []
    for _ in range(count):
        labels.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return labels[::-1]


def reciprocity(
    store: Store, *, today: dt.date | None = None, months: int = 12, limit: int = 6
) -> Reciprocity:
    today = today or dt.date.today()
    labels = _months_back(today, months)
    conn = store.conn
    by_month = {m: (g, r) for m, g, r in conn.execute(SQL_EXCHANGE_MONTHS, {"since": labels[0]})}
    by_kind = {k: (g, r) for k, g, r in conn.execute(SQL_EXCHANGE_KINDS)}
    takers, unthanked = [], []
    for pid, name, org, gave, received, last_received, last_thanks in conn.execute(SQL_BALANCES):
        person = PersonBalance(pid, name, org, gave, received, _day(last_received))
        if received > gave:
            takers.append(person)
        if last_thanks < last_received:
            unthanked.append(person)
    unthanked.sort(key=lambda p: (p.last_received, p.full_name.casefold()), reverse=True)
    return Reciprocity(
        gave=sum(g for g, _ in by_kind.values()),
        received=sum(r for _, r in by_kind.values()),
        months=tuple(Balance(m, *by_month.get(m, (0, 0))) for m in labels),
        kinds=tuple(Balance(k, *by_kind.get(k, (0, 0))) for k in EXCHANGE_KINDS),
        takers=tuple(takers[:limit]),
        takers_total=len(takers),
        unthanked=tuple(unthanked[:limit]),
        unthanked_total=len(unthanked),
    )


# -- introductions ------------------------------------------------------------------------------

SQL_INTRODUCTIONS = """
SELECT count(*), coalesce(sum(outcome <> ''), 0) FROM introductions
"""

SQL_INTRODUCED_MOST = """
WITH sides AS (SELECT person_a AS person_id FROM introductions
               UNION ALL SELECT person_b FROM introductions)
SELECT p.id, p.full_name, p.organisation, count(*) AS times
FROM sides s JOIN people p ON p.id = s.person_id AND p.deleted_at IS NULL
GROUP BY p.id ORDER BY times DESC, p.full_name COLLATE NOCASE LIMIT :limit
"""


# The other direction: who introduced the user to the most people (encounters' introduced_by).
SQL_INTRODUCED_ME = """
SELECT p.id, p.full_name, p.organisation, count(DISTINCT ep.person_id) AS people
FROM encounters e JOIN encounter_people ep ON ep.encounter_id = e.id
JOIN people p ON p.id = e.introduced_by AND p.deleted_at IS NULL
WHERE e.introduced_by IS NOT NULL
GROUP BY p.id ORDER BY people DESC, p.full_name COLLATE NOCASE LIMIT :limit
"""


@dataclass(frozen=True)
class IntroductionStats:
    made: int
    with_outcome: int
    most_introduced: tuple[tuple[PersonRef, int], ...]  # people we introduced, most often first
    introduced_me: tuple[tuple[PersonRef, int], ...] = ()  # who introduced us to most people


def introductions(store: Store, *, limit: int = 5) -> IntroductionStats:
    made, with_outcome = store.conn.execute(SQL_INTRODUCTIONS).fetchone()
    most = tuple(
        (PersonRef(pid, name, org), times)
        for pid, name, org, times in store.conn.execute(SQL_INTRODUCED_MOST, {"limit": limit})
    )
    introducers = tuple(
        (PersonRef(pid, name, org), people)
        for pid, name, org, people in store.conn.execute(SQL_INTRODUCED_ME, {"limit": limit})
    )
    return IntroductionStats(made, with_outcome, most, introducers)


# -- follow-through -------------------------------------------------------------------------------

SQL_FOLLOWUP_STATES = """
SELECT coalesce(sum(f.status = 'done' AND substr(f.done_on, 1, 10) <= f.due_on), 0),
       coalesce(sum(f.status = 'done' AND substr(f.done_on, 1, 10) > f.due_on), 0),
       coalesce(sum(f.status <> 'done' AND f.effective_due >= :today), 0),
       coalesce(sum(f.status <> 'done' AND f.effective_due < :today), 0)
FROM followups f JOIN people p ON p.id = f.person_id AND p.deleted_at IS NULL
"""

# The latest past events: how many people were met there, and how many of those we
# followed up within FOLLOW_WINDOW_DAYS of the event's last day (a follow-up done, or an
# interaction other than the meeting itself). The window is our own integer constant.
SQL_EVENT_FOLLOW_THROUGH = f"""
WITH recent AS MATERIALIZED (
    SELECT id, name, starts_on, coalesce(ends_on, starts_on) AS ends_on FROM events
    WHERE deleted_at IS NULL AND starts_on <= :today
    ORDER BY starts_on DESC, id DESC LIMIT :limit),
met AS MATERIALIZED (
    SELECT DISTINCT r.id AS event_id, ep.person_id, r.starts_on, r.ends_on
    FROM recent r JOIN encounters e ON e.event_id = r.id
    JOIN encounter_people ep ON ep.encounter_id = e.id
    JOIN people p ON p.id = ep.person_id AND p.deleted_at IS NULL)
SELECT r.id, r.name, r.starts_on,
       (SELECT count(*) FROM met m WHERE m.event_id = r.id),
       (SELECT count(*) FROM met m WHERE m.event_id = r.id AND (
            EXISTS (SELECT 1 FROM followups f WHERE f.person_id = m.person_id
                    AND f.status = 'done' AND substr(f.done_on, 1, 10) >= m.starts_on
                    AND substr(f.done_on, 1, 10) <= date(m.ends_on, '+{FOLLOW_WINDOW_DAYS} days'))
         OR EXISTS (SELECT 1 FROM interactions i WHERE i.person_id = m.person_id
                    AND i.kind <> 'met' AND i.happened_on >= m.starts_on
                    AND i.happened_on <= date(m.ends_on, '+{FOLLOW_WINDOW_DAYS} days'))))
FROM recent r ORDER BY r.starts_on DESC, r.id DESC
"""


@dataclass(frozen=True)
class EventFollowThrough:
    event_id: int
    name: str
    starts_on: dt.date
    people_met: int
    followed_up: int  # within a week of the event

    @property
    def rate(self) -> float | None:
        """The share of the people met who were followed up in time (None: nobody met)."""
        return self.followed_up / self.people_met if self.people_met else None


@dataclass(frozen=True)
class FollowThrough:
    on_time: int
    late: int
    open: int  # open, not yet due
    overdue: int
    events: tuple[EventFollowThrough, ...]  # the latest past events, newest first

    @property
    def done(self) -> int:
        return self.on_time + self.late

    @property
    def on_time_rate(self) -> float | None:
        """Of the follow-ups done or overdue (those that were due), the share done on time."""
        due = self.done + self.overdue
        return self.on_time / due if due else None

    @property
    def people_met(self) -> int:
        return sum(e.people_met for e in self.events)

    @property
    def followed_up(self) -> int:
        return sum(e.followed_up for e in self.events)

    @property
    def rate(self) -> float | None:
        """Over the latest events together: the share of people followed up within a week."""
        return self.followed_up / self.people_met if self.people_met else None


def follow_through(store: Store, *, today: dt.date | None = None, events: int = 6) -> FollowThrough:
    params = {"today": iso_date(today or dt.date.today()), "limit": events}
    on_time, late, still_open, overdue = store.conn.execute(SQL_FOLLOWUP_STATES, params).fetchone()
    rows = store.conn.execute(SQL_EVENT_FOLLOW_THROUGH, params).fetchall()
    return FollowThrough(
        on_time,
        late,
        still_open,
        overdue,
        tuple(
            EventFollowThrough(eid, name, dt.date.fromisoformat(day), met, followed)
            for eid, name, day, met, followed in rows
        ),
    )


# -- keep in touch and goals ---------------------------------------------------------------------


@dataclass(frozen=True)
class KeepInTouch:
    due_total: int
    due: tuple[cadence.CadenceDue, ...]  # most overdue first


def keep_in_touch(store: Store, *, today: dt.date | None = None, limit: int = 6) -> KeepInTouch:
    today = today or dt.date.today()
    return KeepInTouch(
        cadence.count_due(store, today=today), tuple(cadence.due(store, today=today, limit=limit))
    )


SQL_GOAL_EVENTS = """
SELECT DISTINCT g.event_id, e.name, e.starts_on FROM goals g
LEFT JOIN events e ON e.id = g.event_id
WHERE g.event_id IS NULL OR e.deleted_at IS NULL
ORDER BY g.event_id IS NOT NULL, e.starts_on DESC
"""


@dataclass(frozen=True)
class GoalProgress:
    goal_id: int
    text: str
    event_id: int | None  # None: a standing goal
    event_name: str
    progress: int
    target: int

    @property
    def reached(self) -> bool:
        return self.progress >= self.target


@dataclass(frozen=True)
class GoalsSummary:
    total: int
    reached: int
    goals: tuple[GoalProgress, ...]  # standing goals first, then the latest events'


def goals_across_events(store: Store, *, limit: int = 8) -> GoalsSummary:
    """Every goal's progress; events newest first, so only the few shown are computed in full."""
    total, reached, shown = 0, 0, []
    for event_id, name, _day_text in store.conn.execute(SQL_GOAL_EVENTS).fetchall():
        for goal in store.goals.for_event(event_id):
            total += 1
            reached += goal.progress >= goal.target
            if len(shown) < limit:
                shown.append(
                    GoalProgress(
                        goal.id, goal.text, event_id, name or "", goal.progress, goal.target
                    )
                )
    return GoalsSummary(total, reached, tuple(shown))


# -- everything ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Insights:
    today: dt.date
    people: int
    internal: InternalCoverage
    external: ExternalReach
    reciprocity: Reciprocity
    introductions: IntroductionStats
    follow_through: FollowThrough
    keep_in_touch: KeepInTouch
    goals: GoalsSummary

    @property
    def empty(self) -> bool:
        return self.people == 0


def gather(store: Store, *, today: dt.date | None = None) -> Insights:
    """Every insight at once (what the Insights view shows); safe on a worker thread's store."""
    today = today or dt.date.today()
    return Insights(
        today=today,
        people=store.scalar("SELECT count(*) FROM people WHERE deleted_at IS NULL"),
        internal=internal_coverage(store, today=today),
        external=external_reach(store, today=today),
        reciprocity=reciprocity(store, today=today),
        introductions=introductions(store),
        follow_through=follow_through(store, today=today),
        keep_in_touch=keep_in_touch(store, today=today),
        goals=goals_across_events(store),
    )


# -- one person's cadence (the cadence dialog) ----------------------------------------------------

# Same sources as cadence.due(): met, an interaction, a follow-up done, or added.
SQL_PERSON_CONTACT = """
SELECT p.cadence_days,
       (SELECT min(t.cadence_days) FROM person_tags pt JOIN tags t ON t.id = pt.tag_id
        WHERE pt.person_id = p.id),
       max(coalesce((SELECT max(happened_on) FROM interactions WHERE person_id = p.id), ''),
           coalesce((SELECT max(substr(e.met_at, 1, 10)) FROM encounter_people ep
                     JOIN encounters e ON e.id = ep.encounter_id WHERE ep.person_id = p.id), ''),
           coalesce((SELECT max(substr(done_on, 1, 10)) FROM followups
                     WHERE person_id = p.id AND status = 'done'), ''),
           substr(p.created_at, 1, 10)),
       (SELECT min(effective_due) FROM followups WHERE person_id = p.id AND status <> 'done')
FROM people p WHERE p.id = ?
"""


@dataclass(frozen=True)
class PersonCadence:
    own_days: int | None  # set on the person
    tag_days: int | None  # the shortest of their tags'
    last_contact: dt.date
    open_due: dt.date | None  # the earliest open follow-up: while one is open, it is the reminder

    @property
    def days(self) -> int | None:
        return self.own_days or self.tag_days

    def next_due(self, days: int | None = None) -> dt.date | None:
        """When they are due with ``days`` (default: the cadence in force), or None."""
        days = days if days is not None else self.days
        return self.last_contact + dt.timedelta(days=days) if days else None


def person_cadence(store: Store, person_id: int) -> PersonCadence:
    store.people.require(person_id)
    own, tags, last, open_due = store.conn.execute(SQL_PERSON_CONTACT, (person_id,)).fetchone()
    return PersonCadence(own, tags, dt.date.fromisoformat(last), _day(open_due))
