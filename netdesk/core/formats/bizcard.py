"""BIZCARD (the zxing "business card" QR format): ``BIZCARD:N:Given;X:Family;…;;``."""

from __future__ import annotations

from netdesk.core.formats.contact import Contact, Reason, build_contact
from netdesk.core.formats.mecard import fields_of, named_or_guessed, strip_prefix
from netdesk.core.model import ContactPoint

_PHONES = {"B": "work", "M": "mobile", "F": "fax"}


def parse_bizcard(text: str) -> Contact | Reason:
    """N given name, X family name, T title, C company, A address, B/M/F phones, E email."""
    body = strip_prefix(text, "BIZCARD:")
    if body is None:
        return Reason("not-format", {"format": "BIZCARD"})
    values: dict[str, str] = {}
    points: list[ContactPoint] = []
    for key, value in fields_of(body):
        if key in _PHONES:
            points.append(ContactPoint("phone", value, _PHONES[key]))
        elif key == "E":
            points.append(ContactPoint("email", value))
        elif key in ("N", "X", "T", "C"):
            values.setdefault(key, value)
    given, family = values.get("N", ""), values.get("X", "")
    contact = build_contact(
        full_name=" ".join(p for p in (given, family) if p),
        given_name=given,
        family_name=family,
        organisation=values.get("C", ""),
        title=values.get("T", ""),
        points=points,
    )
    if contact.is_empty():
        return Reason("no-contact-details", {"format": "BIZCARD"})
    return named_or_guessed(contact)
