"""The domain as plain values. Repositories in the sibling modules read and write them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

EVENT_KINDS = ("breakfast", "workshop", "conference", "away-day", "meetup", "internal", "other")
SOURCES = ("manual", "scan", "import", "demo")
ENCOUNTER_HOWS = ("qr", "manual", "import")
FOLLOWUP_ACTIONS = ("email", "call", "send-info", "introduce", "meet", "connect", "other")
FOLLOWUP_STATUSES = ("open", "done", "snoozed")
INTERACTION_KINDS = ("met", "emailed", "called", "helped", "introduced", "note", "other")
EXCHANGE_DIRECTIONS = ("gave", "received")
EXCHANGE_KINDS = ("referral", "introduction", "advice", "information", "help", "other")
CONTACT_KINDS = ("email", "phone", "url")
GOAL_FIELDS = ("organisation", "department", "title", "tag", "internal", "external")
PROVENANCE_SOURCES = ("typed", "scan", "import", "demo", "merge")
# The text details a card (formats.contact.Contact) and a person (PersonFields) share by name.
TEXT_FIELDS = (
    "full_name", "given_name", "family_name", "organisation", "department", "title", "notes",
)  # fmt: skip


@dataclass(frozen=True)
class Event:
    id: int
    name: str
    kind: str
    starts_on: dt.date
    ends_on: dt.date | None = None
    location: str = ""
    organiser: str = ""
    notes: str = ""
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None
    # Derived counts, filled by listings.
    people_met: int = 0
    open_followups: int = 0


@dataclass(frozen=True)
class ContactPoint:
    kind: str  # email, phone or url
    value: str
    label: str = ""  # work, home, mobile, linkedin…


@dataclass(frozen=True)
class PersonFields:
    """What a user edits about a person; used both to add and to update."""

    full_name: str
    given_name: str = ""
    family_name: str = ""
    organisation: str = ""
    department: str = ""
    title: str = ""
    notes: str = ""
    internal: bool = False
    contacts: tuple[ContactPoint, ...] = ()
    tags: tuple[str, ...] = ()
    vcard_uid: str | None = None
    cadence_days: int | None = None

    @property
    def emails(self) -> tuple[str, ...]:
        return tuple(c.value for c in self.contacts if c.kind == "email")

    @property
    def phones(self) -> tuple[str, ...]:
        return tuple(c.value for c in self.contacts if c.kind == "phone")

    @property
    def urls(self) -> tuple[str, ...]:
        return tuple(c.value for c in self.contacts if c.kind == "url")


@dataclass(frozen=True)
class Person(PersonFields):
    id: int = 0
    source: str = "manual"
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None
    photo: bytes | None = field(default=None, repr=False)
    # The name was made up at import from an email, organisation or phone.
    name_guessed: bool = False


@dataclass(frozen=True)
class PersonRow:
    """The light row a list shows: no contact points or tags loaded per row."""

    id: int
    full_name: str
    organisation: str
    department: str
    title: str
    internal: bool
    email: str
    last_met: str | None
    open_followups: int


@dataclass(frozen=True)
class Provenance:
    field: str
    value: str
    source: str  # typed, scan, import, demo, merge
    event_id: int | None
    origin: str  # the file a detail came from, when imported
    recorded_at: str


@dataclass(frozen=True)
class Encounter:
    id: int
    event_id: int | None
    met_at: str
    context: str
    how: str
    introduced_by: int | None
    person_ids: tuple[int, ...]
    event_name: str = ""


@dataclass(frozen=True)
class Followup:
    id: int
    person_id: int
    text: str
    due_on: dt.date
    action: str = "other"
    event_id: int | None = None
    due_time: str | None = None
    status: str = "open"
    snoozed_until: dt.date | None = None
    done_on: str | None = None
    outcome: str = ""
    created_at: str = ""
    person_name: str = ""

    @property
    def effective_due(self) -> dt.date:
        if self.status == "snoozed" and self.snoozed_until:
            return self.snoozed_until
        return self.due_on


@dataclass(frozen=True)
class Interaction:
    id: int
    person_id: int
    happened_on: dt.date
    kind: str
    note: str
    event_id: int | None = None


@dataclass(frozen=True)
class Exchange:
    id: int
    person_id: int
    direction: str  # gave or received
    kind: str
    note: str
    happened_on: dt.date
    event_id: int | None = None


@dataclass(frozen=True)
class Introduction:
    id: int
    person_a: int
    person_b: int
    why: str
    outcome: str
    made_on: dt.date


@dataclass(frozen=True)
class Goal:
    id: int
    event_id: int | None
    text: str
    target: int = 1
    match_field: str | None = None
    match_value: str = ""
    manual_count: int = 0
    created_at: str = ""
    progress: int = 0

    @property
    def reached(self) -> bool:
        return self.progress >= self.target


@dataclass(frozen=True)
class CardProfile:
    id: int
    name: str
    fields: dict[str, object]
    shared: tuple[str, ...]
    position: int = 0
