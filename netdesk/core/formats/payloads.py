"""What a decoded QR code holds: a contact card, or something else explained.

:func:`classify` takes any text and returns a :class:`Payload`: the contacts
it describes, or a :class:`Reason` saying what it is instead (a Wi-Fi network,
a payment, plain text), so nothing that is not a contact is imported as junk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from urllib.parse import parse_qs, unquote, urlsplit

from netdesk.core.formats.bizcard import parse_bizcard
from netdesk.core.formats.contact import Contact, Reason, build_contact, clean_text
from netdesk.core.formats.mecard import named_or_guessed, parse_matmsg, parse_mecard
from netdesk.core.formats.vcard import looks_like_vcard, read_vcards
from netdesk.core.model import ContactPoint

# A QR code holds at most 7,089 characters; anything far longer did not come from one.
MAX_PAYLOAD = 8000
_PAYMENT_SCHEMES = ("bitcoin", "ethereum", "litecoin", "lightning", "monero", "upi", "paypal")
# Links that are one person's profile: the link is the contact.
_PROFILES = (
    (r"(^|\.)linkedin\.com$", r"^/(in|pub)/([^/?#]+)", "linkedin"),
    (r"(^|\.)xing\.com$", r"^/profile/([^/?#]+)", "xing"),
)


@dataclass(frozen=True)
class Payload:
    """``kind`` is vcard, mecard, bizcard, profile-link, mailto, tel, matmsg or a reason code."""

    kind: str
    contacts: tuple[Contact, ...] = ()
    reason: Reason | None = None
    problems: tuple[str, ...] = field(default=())


def _not(code: str, **params: str) -> Payload:
    return Payload(code, reason=Reason(code, params))


def _from(kind: str, parsed: Contact | Reason) -> Payload:
    if isinstance(parsed, Reason):
        return Payload(kind, reason=parsed)
    return Payload(kind, contacts=(parsed,))


def classify(text: str) -> Payload:
    """Every kind of QR text, never an exception: contacts, or a reason."""
    if len(text) > MAX_PAYLOAD:
        return _not("too-long", size=str(len(text)), limit=str(MAX_PAYLOAD))
    stripped = text.strip().lstrip("\ufeff")
    if not stripped:
        return _not("empty")
    upper = stripped[:16].upper()
    if looks_like_vcard(stripped):
        result = read_vcards(stripped)
        problems = tuple(str(p) for p in result.problems)
        if not result.cards:
            return Payload(
                "vcard", reason=Reason("no-contact-details", {"format": "vCard"}), problems=problems
            )
        return Payload("vcard", contacts=tuple(result.cards), problems=problems)
    if upper.startswith("MECARD:"):
        return _from("mecard", parse_mecard(stripped))
    if upper.startswith("BIZCARD:"):
        return _from("bizcard", parse_bizcard(stripped))
    if upper.startswith("MATMSG:"):
        return _from("matmsg", parse_matmsg(stripped))
    if upper.startswith("WIFI:"):
        network = re.search(r"(?:^|;)S:((?:\\.|[^;])*)", stripped[5:])
        return _not("wifi", network=clean_text(network.group(1) if network else "?", limit=60))
    if upper.startswith("BCD\n") or upper.startswith("BCD\r"):
        return _not("payment", scheme="EPC/SEPA")
    if upper.startswith("SPD*"):
        return _not("payment", scheme="SPAYD")
    if upper.startswith("BEGIN:VEVENT") or upper.startswith("BEGIN:VCALENDAR"):
        return _not("calendar")
    if upper.startswith("MEBKM:"):
        return _not("bookmark")
    scheme = stripped.partition(":")[0].lower()
    if scheme in _PAYMENT_SCHEMES:
        return _not("payment", scheme=scheme)
    if scheme in ("sms", "smsto", "mms", "mmsto"):
        number = stripped.split(":")[1] if stripped.count(":") else ""
        return _not("sms", number=clean_text(number, limit=40))
    if scheme == "geo":
        return _not("geo")
    if scheme == "mailto":
        return _mailto(stripped)
    if scheme == "tel":
        return _tel(stripped)
    if re.match(r"^(https?://|www\.)\S+$", stripped, re.IGNORECASE):
        return _link(stripped)
    preview = clean_text(stripped, limit=40)
    return _not("text", preview=preview + ("…" if len(stripped) > 40 else ""))


def _tel(text: str) -> Payload:
    number = unquote(text[4:]).split(";")[0]
    contact = build_contact(points=[ContactPoint("phone", number)])
    if not contact.contacts:
        return Payload("tel", reason=Reason("no-contact-details", {"format": "tel: link"}))
    return Payload("tel", contacts=(named_or_guessed(contact),))


def _mailto(text: str) -> Payload:
    parts = urlsplit(text)
    addresses = [unquote(a) for a in parts.path.split(",") if a.strip()]
    addresses += [unquote(a) for a in parse_qs(parts.query).get("to", [])]
    contact = build_contact(points=[ContactPoint("email", a) for a in addresses[:5]])
    if not contact.contacts:
        return Payload("mailto", reason=Reason("no-contact-details", {"format": "mailto: link"}))
    return Payload("mailto", contacts=(named_or_guessed(contact),))


def _link(text: str) -> Payload:
    url = text if "://" in text else f"https://{text}"
    try:
        parts = urlsplit(url)
    except ValueError:
        return _not("text", preview=clean_text(text, limit=40))
    host = (parts.hostname or "").lower()
    for host_pattern, path_pattern, label in _PROFILES:
        found = re.search(path_pattern, parts.path) if re.search(host_pattern, host) else None
        if found:
            slug = unquote(found.group(found.lastindex or 1))
            contact = build_contact(
                full_name=name_from_slug(slug),
                points=[ContactPoint("url", url, label)],
            )
            if contact.contacts:
                return Payload("profile-link", contacts=(named_or_guessed(_guessed(contact)),))
    return _not("link", host=clean_text(host or text, limit=60))


def _guessed(contact: Contact) -> Contact:
    return replace(contact, name_guessed=True)


def name_from_slug(slug: str) -> str:
    """'jane-de-vries-4a1b2c' → 'Jane De Vries': profile links end in a random suffix."""
    words = [w for w in re.split(r"[-_.\s]+", slug) if w]
    words = [w for w in words if not re.search(r"\d", w)]
    return " ".join(w[:1].upper() + w[1:] for w in words)[:100]
