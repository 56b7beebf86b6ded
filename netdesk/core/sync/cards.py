"""A person as a flat record that both sides of a sync can compare, and as a vCard.

A *record* is a plain dict of the fields sync exchanges: names, organisation,
department, title, notes, emails, phones, links and tags (CATEGORIES). Scalars are
strings; contact points are ``[value, label]`` pairs. ``sync_items.base`` stores the
record both sides last agreed on, so a field-by-field three-way merge can tell who
changed what.

A record is always compared in its *canonical* form: written as a vCard and read back
by our own reader. Whatever that round trip cannot carry (a label the reader does not
know, a character it cleans) then looks the same on both sides, instead of looking like
a change on every sync.

Writing back to the server patches the server's own card: properties netdesk does not
manage (a photo, a birthday, an address typed on the phone) are kept as they were.
The last encounter's context line travels at the top of NOTE so it shows on the phone;
it is netdesk's alone and is taken off again when the card comes back.
"""

from __future__ import annotations

import re
from typing import Any

from netdesk.core.formats.contact import Contact, name_from_email
from netdesk.core.formats.vcard import read_vcards
from netdesk.core.model import ContactPoint, PersonFields
from netdesk.core.qr.payload import CRLF, escape_vcard, fold_line, split_name

Record = dict[str, Any]

SCALARS = ("full_name", "given_name", "family_name", "organisation", "department", "title", "notes")
LISTS = ("emails", "phones", "urls", "tags")
FIELDS = SCALARS + LISTS
_POINT_LISTS = {"email": "emails", "phone": "phones", "url": "urls"}
_PROPERTY = {"emails": "EMAIL", "phones": "TEL", "urls": "URL"}
# What netdesk writes and so replaces when it patches the server's card.
_MANAGED = frozenset(
    {"VERSION", "PRODID", "UID", "FN", "N", "ORG", "TITLE", "EMAIL", "TEL", "URL", "NOTE",
     "CATEGORIES", "REV", "X-SOCIALPROFILE", "BEGIN", "END"}
)  # fmt: skip
_NAME = re.compile(r"^(?:[A-Za-z0-9\-]+\.)?([A-Za-z0-9\-]+)[;:]")
# Separates the context line from the person's own notes in NOTE.
NOTE_GAP = "\n\n"


def empty_record() -> Record:
    return {name: ([] if name in LISTS else "") for name in FIELDS}


def record_of_fields(person: PersonFields) -> Record:
    """The record of a person as stored here."""
    record = empty_record()
    for name in SCALARS:
        record[name] = getattr(person, name) or ""
    for point in person.contacts:
        record[_POINT_LISTS[point.kind]].append([point.value, point.label])
    record["tags"] = sorted(person.tags, key=str.casefold)
    return record


def _unfold(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"\n[ \t]", "", text).split("\n")


def _categories(text: str) -> list[str]:
    """CATEGORIES values; our vCard reader leaves them out, sync needs them for tags."""
    tags: list[str] = []
    for line in _unfold(text):
        match = _NAME.match(line)
        if not match or match.group(1).upper() != "CATEGORIES":
            continue
        value = line.split(":", 1)[1] if ":" in line else ""
        for part in re.split(r"(?<!\\),", value):
            tag = re.sub(r"\\(.)", r"\1", part).strip()
            if tag and tag.casefold() not in {t.casefold() for t in tags}:
                tags.append(tag)
    return sorted(tags, key=str.casefold)


def parse_card(text: str, *, context: str = "") -> tuple[Record, str | None, Contact | None]:
    """(record, UID, contact) of a card from the server; ``context`` is the line netdesk
    put at the top of NOTE, taken off again here."""
    cards = read_vcards(text).cards
    record = empty_record()
    if not cards:
        return record, None, None
    contact = cards[0]
    for name in SCALARS:
        record[name] = getattr(contact, name) or ""
    for point in contact.contacts:
        record[_POINT_LISTS[point.kind]].append([point.value, point.label])
    record["tags"] = _categories(text)
    notes = record["notes"]
    if context and (notes == context or notes.startswith(context + NOTE_GAP)):
        record["notes"] = notes[len(context) :].lstrip("\n")
    if not record["full_name"]:
        emails = record["emails"]
        record["full_name"] = (
            name_from_email(emails[0][0]) if emails else (record["phones"] or [[""]])[0][0]
        )
    return record, contact.uid, contact


def serialise(record: Record, uid: str, *, context: str = "", server_card: str = "") -> str:
    """The vCard for ``record``: the server's card with netdesk's properties replaced, or
    a new vCard 3.0 when there is none yet."""
    kept: list[str] = []
    version = "3.0"
    for line in _unfold(server_card):
        match = _NAME.match(line)
        if not match:
            continue
        name = match.group(1).upper()
        if name == "VERSION":
            version = line.split(":", 1)[1].strip() or version
        elif name not in _MANAGED:
            kept.append(line)
    family, given = record["family_name"], record["given_name"]
    if not (family or given):
        family, given = split_name(record["full_name"])
    lines = [
        "BEGIN:VCARD",
        f"VERSION:{version}",
        "PRODID:-//netdesk//netdesk//EN",
        f"UID:{escape_vcard(uid)}",
        f"FN:{escape_vcard(record['full_name'])}",
        f"N:{escape_vcard(family)};{escape_vcard(given)};;;",
    ]
    if record["organisation"] or record["department"]:
        lines.append(
            f"ORG:{escape_vcard(record['organisation'])};{escape_vcard(record['department'])}"
            if record["department"]
            else f"ORG:{escape_vcard(record['organisation'])}"
        )
    if record["title"]:
        lines.append(f"TITLE:{escape_vcard(record['title'])}")
    for key in ("emails", "phones", "urls"):
        for value, label in record[key]:
            label = re.sub(r"[^A-Za-z0-9,\-]", "", label)
            params = f";TYPE={label}" if label else ""
            lines.append(f"{_PROPERTY[key]}{params}:{escape_vcard(value)}")
    if record["tags"]:
        lines.append("CATEGORIES:" + ",".join(escape_vcard(t) for t in record["tags"]))
    note = NOTE_GAP.join(part for part in (context, record["notes"]) if part)
    if note:
        lines.append(f"NOTE:{escape_vcard(note)}")
    lines += kept
    lines.append("END:VCARD")
    return "".join(fold_line(line) + CRLF for line in lines)


def canonical(record: Record) -> Record:
    """``record`` as it comes back from the server after a round trip through a vCard."""
    return parse_card(serialise(record, "x"))[0]


def person_fields(record: Record, before: PersonFields | None, uid: str | None) -> PersonFields:
    """The fields of a person holding ``record``; what sync does not carry (internal,
    keep-in-touch cadence) stays as it was."""
    points = tuple(
        ContactPoint(kind, value, label)
        for kind, key in _POINT_LISTS.items()
        for value, label in record[key]
    )
    return PersonFields(
        **{name: record[name] for name in SCALARS},
        contacts=points,
        tags=tuple(record["tags"]),
        internal=before.internal if before else False,
        cadence_days=before.cadence_days if before else None,
        vcard_uid=uid,
    )
