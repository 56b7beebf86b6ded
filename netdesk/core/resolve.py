"""Who a scanned card is: an existing person (by UID, email, phone, profile link or a
close name at the same organisation) or someone new; and how to merge the two.

A merge never overwrites silently: without the user's choices it only fills
fields that are empty and adds contact points that are new, and it reports
every field where the card and the person disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from netdesk.core.contacts import normalize
from netdesk.core.formats.contact import Contact
from netdesk.core.model import ContactPoint, Person, PersonFields

if TYPE_CHECKING:
    from netdesk.core.store import Store

# The fields a card can fill, in the order a merge dialog shows them.
MERGE_FIELDS = ("full_name", "organisation", "department", "title", "notes")
# token_sort_ratio at or above this, at the same organisation, is the same person.
NAME_CUTOFF = 88.0
# Choices a user makes per field in the merge dialog.
KEEP, TAKE = "current", "scanned"


@dataclass(frozen=True)
class Match:
    person_id: int
    reason: str  # uid, email, phone, url or name
    score: float = 100.0


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


def find_match(store: Store, contact: Contact) -> Match | None:
    """The existing person a card describes, strongest evidence first."""
    people = store.people
    if contact.uid:
        found = people.find_by_uid(contact.uid)
        if found:
            return Match(min(found), "uid")
    for kind in ("email", "phone", "url"):
        for point in contact.contacts:
            if point.kind == kind:
                found = people.find_by_contact(kind, point.value)
                if found:
                    return Match(min(found), kind)
    if contact.organisation and contact.full_name and not contact.name_guessed:
        rows = store.conn.execute(
            "SELECT id, full_name FROM people WHERE deleted_at IS NULL"
            " AND organisation = ? COLLATE NOCASE",
            (contact.organisation,),
        ).fetchall()
        if rows:
            best = process.extractOne(
                contact.full_name,
                {pid: name for pid, name in rows},
                scorer=fuzz.token_sort_ratio,
                processor=str.casefold,
                score_cutoff=NAME_CUTOFF,
            )
            if best:
                return Match(best[2], "name", round(best[1], 1))
    if not (contact.organisation or contact.contacts or contact.name_guessed) and contact.full_name:
        # A card with nothing but a name can only be recognised by that exact name.
        found = store.scalar(
            "SELECT min(id) FROM people WHERE deleted_at IS NULL AND organisation = ''"
            " AND full_name = ? COLLATE NOCASE",
            (contact.full_name,),
        )
        if found:
            return Match(found, "name")
    return None


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
        full_name=contact.full_name,
        given_name=contact.given_name,
        family_name=contact.family_name,
        organisation=contact.organisation,
        department=contact.department,
        title=contact.title,
        notes=contact.notes,
        contacts=contact.contacts,
        vcard_uid=contact.uid,
    )
