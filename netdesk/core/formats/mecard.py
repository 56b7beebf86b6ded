"""MECARD (NTT DoCoMo) and MATMSG: ``KEY:value;`` pairs with backslash escapes."""

from __future__ import annotations

import re
from dataclasses import replace

from netdesk.core.formats.contact import Contact, Reason, build_contact, name_from_email, salvaged
from netdesk.core.model import ContactPoint


def fields_of(body: str) -> list[tuple[str, str]]:
    """``KEY:value`` pairs split on unescaped ';', values unescaped (\\; \\: \\, \\\\)."""
    pairs = []
    for chunk in re.split(r"(?<!\\);", body):
        key, sep, value = chunk.partition(":")
        if not sep or not key.strip():
            continue
        value = re.sub(r"\\(.)", r"\1", value, flags=re.DOTALL)
        pairs.append((key.strip().upper(), value.strip()))
    return pairs


def strip_prefix(text: str, prefix: str) -> str | None:
    stripped = text.strip()
    if stripped[: len(prefix)].upper() != prefix:
        return None
    return stripped[len(prefix) :]


def parse_mecard(text: str) -> Contact | Reason:
    """``MECARD:N:Family,Given;TEL:…;EMAIL:…;;`` as a contact, or why not."""
    body = strip_prefix(text, "MECARD:")
    if body is None:
        return Reason("not-format", {"format": "MECARD"})
    values: dict[str, str] = {}
    notes: list[str] = []
    points: list[ContactPoint] = []
    for key, value in fields_of(body):
        if key == "N":
            family, _, given = value.partition(",")
            values.setdefault("family_name", family.strip())
            values.setdefault("given_name", given.strip())
        elif key in ("ORG", "TITLE", "NICKNAME"):
            values.setdefault(key, value)
        elif key == "NOTE":
            notes.append(value)
        elif key == "TEL":
            points.append(ContactPoint("phone", value))
        elif key == "EMAIL":
            points.append(ContactPoint("email", value))
        elif key == "URL":
            points.append(ContactPoint("url", value))
    given, family = values.get("given_name", ""), values.get("family_name", "")
    full = " ".join(p for p in (given, family) if p) or values.get("NICKNAME", "")
    contact = build_contact(
        full_name=full,
        given_name=given,
        family_name=family,
        organisation=values.get("ORG", ""),
        title=values.get("TITLE", ""),
        notes="\n".join(notes),
        points=points,
    )
    if contact.is_empty():
        return Reason("no-contact-details", {"format": "MECARD"})
    return named_or_guessed(contact)


def parse_matmsg(text: str) -> Contact | Reason:
    """``MATMSG:TO:addr;SUB:…;BODY:…;;``: an email to write; the recipient is the contact."""
    body = strip_prefix(text, "MATMSG:")
    if body is None:
        return Reason("not-format", {"format": "MATMSG"})
    address = dict(fields_of(body)).get("TO", "")
    contact = build_contact(points=[ContactPoint("email", address)])
    if not contact.contacts:
        return Reason("no-contact-details", {"format": "MATMSG"})
    return named_or_guessed(contact)


def named_or_guessed(contact: Contact) -> Contact:
    """A contact with no name gets one made from its address or number, marked as a guess."""
    if contact.full_name or contact.is_empty():
        return contact
    if not contact.contacts:
        return salvaged(contact)  # an organisation alone
    first = contact.contacts[0]
    guess = name_from_email(first.value) if first.kind == "email" else ""
    return replace(contact, full_name=guess or first.value, name_guessed=True)
