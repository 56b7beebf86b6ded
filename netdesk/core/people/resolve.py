"""Who a scanned card is: an existing person, someone new, or someone new who may be a
person we know; and how to merge the two.

Only strong evidence merges on its own: the same card UID, email address,
phone number or profile link, with nothing on the card that contradicts the
person (another UID, a clearly different first name, identifiers that point
at different people). A close name at the same organisation is never enough:
the card becomes a new person and the pair a *possible duplicate* for the
user to confirm (see :mod:`netdesk.core.people.duplicates`). People in the trash are
matched too, so that an import brings them back instead of duplicating them.

A merge never overwrites silently: without the user's choices it only fills
fields that are empty and adds contact points that are new, and it reports
every field where the card and the person disagree.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from netdesk.core.formats.contact import Contact
from netdesk.core.model import TEXT_FIELDS, ContactPoint, Person, PersonFields
from netdesk.core.people.contacts import normalize

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store

# The fields a card can fill, in the order a merge dialog shows them.
MERGE_FIELDS = ("full_name", "organisation", "department", "title", "notes")
# token_sort_ratio at or above this, at the same organisation, is a possible duplicate.
NAME_CUTOFF = 88.0
# More look-alikes than this for one card say nothing more to the user.
MAX_CANDIDATES = 5
# Evidence, strongest first: the order in which a card's identifiers are tried.
STRONG_REASONS = ("uid", "email", "phone", "url")
# Choices a user makes per field in the merge dialog.
KEEP, TAKE = "current", "scanned"
# What netdesk's own exports write as the UID of a person who has none.
OWN_UID = re.compile(r"netdesk-person-(\d+)")
_HOLDERS_SQL = (
    "SELECT DISTINCT c.person_id, p.deleted_at IS NOT NULL FROM contact_points c"
    " JOIN people p ON p.id = c.person_id WHERE c.kind = ? AND c.normalized = ?"
)


@dataclass(frozen=True)
class Match:
    person_id: int
    reason: str  # uid, email, phone, url or name
    score: float = 100.0
    # The person is in the trash: a merge brings them back.
    trashed: bool = False


@dataclass(frozen=True)
class Resolution:
    """What a card is: ``match`` to merge into (None: someone new), and the people the
    new person may duplicate, for the user to decide."""

    match: Match | None = None
    candidates: tuple[Match, ...] = ()


@dataclass(frozen=True)
class FieldRow:
    """One field side by side: what we have, what the card says."""

    field: str
    current: str
    scanned: str

    @property
    def state(self) -> str:
        """same, fill (ours is empty), differs, or none (the card has nothing)."""
        if not self.scanned or self.scanned == self.current:
            return "same" if self.scanned else "none"
        if not self.current:
            return "fill"
        return "differs"


@dataclass(frozen=True)
class Proposal:
    """A scanned contact next to the person it matched, ready to merge."""

    person: Person
    contact: Contact
    match: Match
    rows: tuple[FieldRow, ...]
    new_points: tuple[ContactPoint, ...]

    @property
    def differences(self) -> tuple[FieldRow, ...]:
        return tuple(row for row in self.rows if row.state == "differs")

    @property
    def has_news(self) -> bool:
        """Whether a fill-only merge would change anything."""
        uid_new = bool(self.contact.uid and not self.person.vcard_uid)
        return uid_new or bool(self.new_points) or any(r.state == "fill" for r in self.rows)


def resolve(store: Store, contact: Contact) -> Resolution:
    """Decide who ``contact`` is; see the module's docstring for the rules."""
    holders = _strong_holders(store, contact)
    if holders:
        return _judge(store, contact, holders)
    bare = _same_bare_name(store, contact)
    if bare is not None:
        return Resolution(bare)
    return Resolution(None, _close_names(store, contact))


def find_match(store: Store, contact: Contact) -> Match | None:
    """The person ``contact`` merges into, or None when it is someone new."""
    return resolve(store, contact).match


def _strong_holders(store: Store, contact: Contact) -> list[Match]:
    """Everyone (trash included) who shares a strong identifier with the card, one
    :class:`Match` each: strongest evidence first, the living before the trashed."""
    found: dict[int, Match] = {}
    conn = store.conn
    if contact.uid:
        rows = conn.execute(
            "SELECT id, deleted_at IS NOT NULL FROM people WHERE vcard_uid = ?", (contact.uid,)
        ).fetchall()
        rows += _own_export_holder(store, contact)
        for person_id, trashed in rows:
            found.setdefault(person_id, Match(person_id, "uid", trashed=bool(trashed)))
    for point in contact.contacts:
        key = normalize(point.kind, point.value)
        if point.kind == "url" and "/" not in key:
            continue  # a company's home page is shared by everyone who works there
        for person_id, trashed in conn.execute(_HOLDERS_SQL, (point.kind, key)):
            found.setdefault(person_id, Match(person_id, point.kind, trashed=bool(trashed)))
    rank = {reason: i for i, reason in enumerate(STRONG_REASONS)}
    return sorted(found.values(), key=lambda m: (m.trashed, rank[m.reason], m.person_id))


def _own_export_holder(store: Store, contact: Contact) -> list[tuple[int, int]]:
    """netdesk's own export names a person without a UID ``netdesk-person-ID``: that
    person, if they still carry no UID and exactly that name (another database's
    export uses the same ids for other people)."""
    own = OWN_UID.fullmatch(contact.uid or "")
    if own is None:
        return []
    return store.conn.execute(
        "SELECT id, deleted_at IS NOT NULL FROM people WHERE id = ?"
        " AND coalesce(vcard_uid, '') = '' AND full_name = ? COLLATE NOCASE",
        (int(own.group(1)), contact.full_name),
    ).fetchall()


def _judge(store: Store, contact: Contact, holders: list[Match]) -> Resolution:
    """Merge into the one person the card's identifiers point at, unless the card
    contradicts them or points at several people: then the user decides."""
    living = [m for m in holders if not m.trashed]
    # Someone living before an old copy in the trash: the user may have re-added them.
    group = living or holders
    best = group[0]
    if best.reason == "uid":
        return Resolution(best)  # the card's own identity, whatever else it changed
    person = store.people.get(best.person_id, include_deleted=True)
    if len(group) > 1 or _contradicts(person, contact):
        return Resolution(None, tuple(holders[:MAX_CANDIDATES]))
    return Resolution(best)


def _contradicts(person: Person, contact: Contact) -> bool:
    """Another UID, or a clearly different first name: a colleague on the same switchboard
    number or team address, not the same person."""
    if contact.uid and person.vcard_uid and contact.uid != person.vcard_uid:
        return True
    if contact.name_guessed:
        return False
    ours = first_name(person.given_name, person.full_name)
    theirs = first_name(contact.given_name, contact.full_name)
    if not ours or not theirs:
        return False
    # An initial agrees with the name it abbreviates ("A." and "Anna").
    return not (ours.startswith(theirs) or theirs.startswith(ours))


def first_name(given: str, full: str) -> str:
    """The first given name, folded for comparison: "Vries, Jan de" gives "jan"."""
    text = given or (full.split(",", 1)[1] if "," in full else full)
    words = text.split()
    if not words:
        return ""
    folded = unicodedata.normalize("NFKD", words[0].casefold())
    return "".join(ch for ch in folded if ch.isalnum())


def _same_bare_name(store: Store, contact: Contact) -> Match | None:
    """A card with nothing but a name can only be recognised by that exact name."""
    if contact.organisation or contact.contacts or contact.name_guessed or not contact.full_name:
        return None
    found = store.scalar(
        "SELECT min(id) FROM people WHERE deleted_at IS NULL AND organisation = ''"
        " AND full_name = ? COLLATE NOCASE",
        (contact.full_name,),
    )
    return Match(found, "name") if found else None


def _close_names(store: Store, contact: Contact) -> tuple[Match, ...]:
    """People (trash included) at the card's organisation with a close name."""
    if not (contact.organisation and contact.full_name) or contact.name_guessed:
        return ()
    rows = store.conn.execute(
        "SELECT id, full_name, deleted_at IS NOT NULL FROM people"
        " WHERE organisation = ? COLLATE NOCASE",
        (contact.organisation,),
    ).fetchall()
    if not rows:
        return ()
    trashed = {person_id: bool(flag) for person_id, _name, flag in rows}
    best = process.extract(
        contact.full_name,
        {person_id: name for person_id, name, _flag in rows},
        scorer=fuzz.token_sort_ratio,
        processor=str.casefold,
        score_cutoff=NAME_CUTOFF,
        limit=MAX_CANDIDATES,
    )
    return tuple(Match(key, "name", round(score, 1), trashed[key]) for _n, score, key in best)


def propose(store: Store, contact: Contact, match: Match) -> Proposal:
    person = store.people.get(match.person_id)
    rows = tuple(
        FieldRow(name, str(getattr(person, name)), str(getattr(contact, name)))
        for name in MERGE_FIELDS
    )
    known = {(p.kind, normalize(p.kind, p.value)) for p in person.contacts}
    new_points = []
    for point in contact.contacts:
        key = (point.kind, normalize(point.kind, point.value))
        if key not in known:
            known.add(key)
            new_points.append(point)
    return Proposal(person, contact, match, rows, tuple(new_points))


def merged_fields(
    proposal: Proposal,
    choices: Mapping[str, str] | None = None,
    *,
    add_points: bool | tuple[ContactPoint, ...] = True,
) -> PersonFields:
    """The person after the merge. Without ``choices`` only empty fields are filled;
    a field is replaced only where ``choices[field] == 'scanned'``."""
    person, contact = proposal.person, proposal.contact
    values: dict[str, str] = {}
    for row in proposal.rows:
        choice = (choices or {}).get(row.field)
        take = row.state == "fill" if choice is None else choice == TAKE and bool(row.scanned)
        values[row.field] = row.scanned if take else row.current
    if values["full_name"] != person.full_name and not contact.name_guessed:
        values["given_name"] = contact.given_name or person.given_name
        values["family_name"] = contact.family_name or person.family_name
    if add_points is True:
        points = proposal.new_points
    elif add_points is False:
        points = ()
    else:
        points = tuple(p for p in proposal.new_points if p in add_points)
    return replace(
        editable_fields(person),
        contacts=person.contacts + points,
        vcard_uid=person.vcard_uid or contact.uid,
        **values,
    )


def apply_merge(
    store: Store,
    proposal: Proposal,
    choices: Mapping[str, str] | None = None,
    *,
    add_points: bool | tuple[ContactPoint, ...] = True,
    event_id: int | None = None,
    origin: str = "",
    source: str = "scan",
) -> bool:
    """Write the merge; True when the person changed. ``source``: provenance (scan, import)."""
    after = merged_fields(proposal, choices, add_points=add_points)
    if after == editable_fields(proposal.person):
        return False
    store.people.update(proposal.person.id, after, source=source, event_id=event_id, origin=origin)
    return True


def editable_fields(person: Person) -> PersonFields:
    """The part of a stored person that an update replaces."""
    return PersonFields(**{f.name: getattr(person, f.name) for f in fields(PersonFields)})


def new_person_fields(contact: Contact) -> PersonFields:
    """A card as the fields of a new person."""
    return PersonFields(
        **{name: getattr(contact, name) for name in TEXT_FIELDS},
        contacts=contact.contacts,
        vcard_uid=contact.uid,
    )
