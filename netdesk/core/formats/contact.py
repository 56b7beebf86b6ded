"""What a parsed card holds, before it meets the people we already know.

Every parser (vCard, MECARD, BIZCARD, links) returns a :class:`Contact` or a
:class:`Reason`. Text is cleaned on the way in: control characters go, and a
value that a spreadsheet would run as a formula, or that looks like HTML, is
kept as inert text but flagged so an export can neutralise it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from netdesk.core.errors import NetdeskError
from netdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from netdesk.core.model import ContactPoint
from netdesk.core.people.contacts import checked

# Longest text we keep in one field; a card is a few hundred bytes, a note a few thousand.
MAX_FIELD = 4000
MAX_NAME = 300
# What CSV injection relies on: a leading =, +, -, @ or a tab/CR makes a spreadsheet evaluate.
_FORMULA = re.compile(r"^\s*[=+\-@\t\r]")
_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z!][^<>]*>|javascript:", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class Contact:
    """A person as a card describes them: plain, checked values."""

    full_name: str = ""
    given_name: str = ""
    family_name: str = ""
    organisation: str = ""
    department: str = ""
    title: str = ""
    notes: str = ""
    contacts: tuple[ContactPoint, ...] = ()
    uid: str | None = None
    # The name was made up from an address or a link: the user should fill it in.
    name_guessed: bool = False
    # "field: formula" or "field: markup" for values kept as inert text.
    flags: tuple[str, ...] = ()
    # Values the card carried that could not be used ("EMAIL: 'x' is not a valid …").
    dropped: tuple[str, ...] = ()

    def is_empty(self) -> bool:
        """Nothing to show the person by: no name, organisation or contact point."""
        return not (self.full_name or self.contacts or self.organisation)


@dataclass(frozen=True)
class Reason:
    """Why a text gave no contact: a stable code, a sentence, and the values it names."""

    code: str
    params: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        template = translate("scan", REASONS.get(self.code, self.code))
        try:
            return template.format(**self.params)
        except (KeyError, IndexError):
            return template


REASONS: dict[str, str] = {
    "empty": QT_TRANSLATE_NOOP("scan", "the code is empty"),
    "wifi": QT_TRANSLATE_NOOP("scan", "a Wi-Fi network ({network}), not a contact card"),
    "payment": QT_TRANSLATE_NOOP("scan", "a payment request ({scheme}), not a contact card"),
    "calendar": QT_TRANSLATE_NOOP("scan", "a calendar entry, not a contact card"),
    "link": QT_TRANSLATE_NOOP("scan", "a web link ({host}), not a contact card"),
    "sms": QT_TRANSLATE_NOOP("scan", "a text message to {number}, not a contact card"),
    "geo": QT_TRANSLATE_NOOP("scan", "a map location, not a contact card"),
    "bookmark": QT_TRANSLATE_NOOP("scan", "a bookmark, not a contact card"),
    "text": QT_TRANSLATE_NOOP("scan", "plain text, not a contact card: “{preview}”"),
    "no-contact-details": QT_TRANSLATE_NOOP(
        "scan", "a {format} with neither a name nor an address, phone or link"
    ),
    "not-format": QT_TRANSLATE_NOOP("scan", "this is not a {format}"),
    "too-long": QT_TRANSLATE_NOOP(
        "scan", "the code holds {size} characters, more than a contact card ({limit})"
    ),
}


def clean_text(value: str, *, limit: int = MAX_FIELD, multiline: bool = False) -> str:
    """``value`` without control or bidi-override characters, trimmed to ``limit``."""
    if not multiline and value.isascii() and value.isprintable() and "  " not in value:
        # Plain ASCII (most of any address book): nothing to normalise or remove.
        return value.strip()[:limit]
    value = unicodedata.normalize("NFC", value)
    if multiline:
        lines = [_CONTROL.sub("", line.replace("\t", " ")).rstrip() for line in value.split("\n")]
        value = "\n".join(lines).strip()
    else:
        value = " ".join(_CONTROL.sub(" ", value).split())
    return value[:limit]


def risk_of(value: str) -> str | None:
    """'formula' or 'markup' when a value would do something in a spreadsheet or a browser."""
    if _FORMULA.match(value) and not re.fullmatch(r"\s*\+?[\d\s()./\-]+", value):
        return "formula"
    if _MARKUP.search(value):
        return "markup"
    return None


def build_contact(
    *,
    full_name: str = "",
    given_name: str = "",
    family_name: str = "",
    organisation: str = "",
    department: str = "",
    title: str = "",
    notes: str = "",
    points: list[ContactPoint] | tuple[ContactPoint, ...] = (),
    uid: str | None = None,
    name_guessed: bool = False,
    dropped: list[str] | tuple[str, ...] = (),
) -> Contact:
    """A :class:`Contact` from raw values: cleaned, checked, flagged, duplicates removed."""
    text = {
        "full_name": clean_text(full_name, limit=MAX_NAME),
        "given_name": clean_text(given_name, limit=MAX_NAME),
        "family_name": clean_text(family_name, limit=MAX_NAME),
        "organisation": clean_text(organisation, limit=MAX_NAME),
        "department": clean_text(department, limit=MAX_NAME),
        "title": clean_text(title, limit=MAX_NAME),
        "notes": clean_text(notes, multiline=True),
    }
    if not text["full_name"]:
        text["full_name"] = " ".join(p for p in (text["given_name"], text["family_name"]) if p)
    kept: list[ContactPoint] = []
    lost = list(dropped)
    seen: set[tuple[str, str]] = set()
    for point in points:
        value = clean_text(point.value, limit=MAX_NAME)
        if not value:
            continue
        try:
            good = checked(ContactPoint(point.kind, value, clean_text(point.label, limit=40)))
        except NetdeskError as error:
            lost.append(str(error))
            continue
        key = (good.kind, good.value.lower())
        if key not in seen:
            seen.add(key)
            kept.append(good)
    flags = []
    for name, value in text.items():
        risk = risk_of(value)
        if risk:
            flags.append(f"{name}: {risk}")
    uid_text = clean_text(uid or "", limit=MAX_NAME) or None
    return Contact(
        contacts=tuple(kept),
        uid=uid_text,
        name_guessed=name_guessed,
        flags=tuple(flags),
        dropped=tuple(lost),
        **text,
    )


def salvaged(contact: Contact) -> Contact:
    """A nameless contact named the way address books show it: from the email, else the
    organisation, else the phone (else a link), marked as guessed for the user to check."""
    if contact.full_name or contact.is_empty():
        return contact
    by_kind: dict[str, str] = {}
    for point in contact.contacts:
        by_kind.setdefault(point.kind, point.value)
    if "email" in by_kind:
        guess = name_from_email(by_kind["email"]) or by_kind["email"]
    else:
        guess = contact.organisation or by_kind.get("phone") or by_kind.get("url", "")
    return replace(contact, full_name=clean_text(guess, limit=MAX_NAME), name_guessed=True)


def name_from_email(address: str) -> str:
    """'jane.de-vries@x.org' → 'Jane De-Vries': a guess the user is asked to check."""
    local = address.partition("@")[0]
    words = [w for w in re.split(r"[._+\d]+", local) if w]
    return " ".join(w[:1].upper() + w[1:] for w in words)
