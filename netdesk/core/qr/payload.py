"""The text inside a contact QR code: vCard 3.0 (the default) or MECARD.

Why vCard 3.0 and how text is declared (PLATFORM-NOTES.md, phone-camera field
reports): the iPhone Camera app garbles non-ASCII text in vCard 4.0 codes, while
3.0 arrives intact on iOS and Android. A property whose value is not plain ASCII
also carries ``;CHARSET=UTF-8``, which readers that guess a legacy code page
honour and the others ignore; a card that is pure ASCII stays plain, with no
parameter at all, so the most common case is the most conservative one.

Lines end with CRLF and are folded at 75 octets (RFC 2426 section 2.6), never
inside a UTF-8 sequence, because a fold that splits "ø" turns it into two
replacement characters on strict readers.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from netdesk.core.errors import NetdeskError
from netdesk.core.model import CardProfile

if TYPE_CHECKING:
    from netdesk.core.qr.image import QrCode

FORMATS = ("vcard", "mecard")
FOLD_OCTETS = 75
CRLF = "\r\n"

# Lower-case words that belong to the family name: "Jan van der Berg" → "van der Berg".
_PARTICLES = frozenset(
    "van von der den de del della di da du le la ten ter bin ibn al el dos das".split()
)


# -- which fields a profile shares ------------------------------------------


def shared_fields(profile: CardProfile | Mapping[str, Any], shared: Any = None) -> dict[str, Any]:
    """The non-empty fields a profile shares, lists cleaned of blanks."""
    if isinstance(profile, CardProfile):
        fields, shared = profile.fields, profile.shared
    else:
        fields = profile
    keep = set(shared) if shared is not None else set(fields)
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key not in keep:
            continue
        if isinstance(value, list | tuple):
            items = [str(v).strip() for v in value if str(v).strip()]
            if items:
                out[key] = items
        elif value is not None and str(value).strip():
            out[key] = str(value).strip()
    return out


def split_name(name: str) -> tuple[str, str]:
    """(family, given) for the structured N property; FN keeps the name as written."""
    name = " ".join(name.split())
    if not name:
        return "", ""
    words = name.split(" ")
    if len(words) == 1:
        # Chinese, Japanese and Korean names are written family name first, unspaced.
        if len(name) in (2, 3, 4) and all(_is_cjk(ch) for ch in name):
            return name[0], name[1:]
        return "", name
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    return " ".join(words[start:]), " ".join(words[:start])


def _is_cjk(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith(("CJK UNIFIED", "HANGUL SYLLABLE"))


# -- vCard 3.0 ----------------------------------------------------------------


def escape_vcard(value: str) -> str:
    """RFC 2426 text escaping: backslash, comma, semicolon and line breaks."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def fold_line(line: str, limit: int = FOLD_OCTETS) -> str:
    """Fold one content line at ``limit`` octets of UTF-8, on character boundaries."""
    if len(line.encode("utf-8")) <= limit:
        return line
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    budget = limit
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > budget:
            pieces.append("".join(current))
            current, size = [], 0
            budget = limit - 1  # a continuation line starts with the folding space
        current.append(ch)
        size += width
    pieces.append("".join(current))
    return (CRLF + " ").join(pieces)


def _property(name: str, value: str, params: str = "") -> str:
    if not value.isascii():
        params += ";CHARSET=UTF-8"
    return fold_line(f"{name}{params}:{value}")


def vcard(fields: Mapping[str, Any]) -> str:
    """A vCard 3.0 with CRLF line endings from already-filtered card fields."""
    name = str(fields.get("name", ""))
    family, given = split_name(name)
    lines = ["BEGIN:VCARD", "VERSION:3.0"]
    lines.append(_property("N", f"{escape_vcard(family)};{escape_vcard(given)};;;"))
    lines.append(_property("FN", escape_vcard(name)))
    org, dept = str(fields.get("organisation", "")), str(fields.get("department", ""))
    if org or dept:
        # ORG's second component is the organisational unit: phones file it as department.
        value = escape_vcard(org) + (";" + escape_vcard(dept) if dept else "")
        lines.append(_property("ORG", value))
    if fields.get("title"):
        lines.append(_property("TITLE", escape_vcard(str(fields["title"]))))
    for email in fields.get("emails", ()):
        lines.append(_property("EMAIL", escape_vcard(email), ";TYPE=INTERNET"))
    for phone in fields.get("phones", ()):
        lines.append(_property("TEL", escape_vcard(phone), ";TYPE=VOICE"))
    for url in _urls(fields):
        lines.append(_property("URL", escape_vcard(url)))
    if fields.get("address"):
        # One free-text address: the street component holds it, line breaks kept.
        lines.append(_property("ADR", ";;" + escape_vcard(str(fields["address"])) + ";;;;", ""))
    if fields.get("note"):
        lines.append(_property("NOTE", escape_vcard(str(fields["note"]))))
    lines.append("END:VCARD")
    return CRLF.join(lines) + CRLF


def _urls(fields: Mapping[str, Any]) -> list[str]:
    urls = [str(fields[key]) for key in ("website", "linkedin") if fields.get(key)]
    return urls + [str(u) for u in fields.get("urls", ())]


# -- MECARD -------------------------------------------------------------------


def escape_mecard(value: str) -> str:
    """MECARD escaping of ``\\ ; ,``; it has no line breaks, so lines join with ' / '.

    Colons stay as they are: a value runs to the next unescaped ``;``, and an
    escaped colon in a URL ("https\\://") is a needless risk with lenient readers.
    """
    value = " / ".join(part.strip() for part in value.splitlines() if part.strip())
    for ch in "\\;,":
        value = value.replace(ch, "\\" + ch)
    return value


def mecard(fields: Mapping[str, Any]) -> str:
    """A DoCoMo MECARD. It has no title or department fields: they open the NOTE."""
    family, given = split_name(str(fields.get("name", "")))
    name = f"{escape_mecard(family)},{escape_mecard(given)}" if family else escape_mecard(given)
    parts = ["N:" + name]
    if fields.get("organisation"):
        parts.append("ORG:" + escape_mecard(str(fields["organisation"])))
    parts += ["TEL:" + escape_mecard(p) for p in fields.get("phones", ())]
    parts += ["EMAIL:" + escape_mecard(e) for e in fields.get("emails", ())]
    parts += ["URL:" + escape_mecard(u) for u in _urls(fields)]
    if fields.get("address"):
        parts.append("ADR:" + escape_mecard(str(fields["address"])))
    note = [str(fields[k]) for k in ("title", "department", "note") if fields.get(k)]
    if note:
        parts.append("NOTE:" + escape_mecard("\n".join(note)))
    return "MECARD:" + ";".join(parts) + ";;"


def payload(profile: CardProfile | Mapping[str, Any], fmt: str = "vcard") -> str:
    """The QR text of a profile (only its shared fields) in ``fmt``."""
    if fmt not in FORMATS:
        raise NetdeskError("bad-kind", value=fmt, what="card format", choices=", ".join(FORMATS))
    fields = shared_fields(profile)
    if not fields.get("name"):
        raise NetdeskError("card-no-name")
    return vcard(fields) if fmt == "vcard" else mecard(fields)


# -- the QR code of a card --------------------------------------------------------

# Offered for dropping first: what the other person can live without at the swap.
_DROP_ORDER = (
    "note",
    "address",
    "urls",
    "linkedin",
    "website",
    "department",
    "title",
    "phones",
    "emails",
    "organisation",
)


def card_code(profile: CardProfile | Mapping[str, Any], fmt: str = "vcard") -> QrCode:
    """The QR code of a profile's shared fields, or ``card-too-long`` naming fields to drop."""
    from netdesk.core.qr import image as qrimage  # qrcode and Pillow: only to draw a code

    text = payload(profile, fmt)
    if qrimage.fit(text) is not None:
        return qrimage.encode(text)
    fields = shared_fields(profile)
    size = len(text.encode("utf-8"))
    raise NetdeskError(
        "card-too-long",
        size=size,
        limit=qrimage.max_payload_bytes(eci=not text.isascii()),
        fields=", ".join(fields_to_drop(fields, fmt)),
        drop=fields_to_drop(fields, fmt),
    )


def fields_to_drop(fields: Mapping[str, Any], fmt: str = "vcard") -> list[str]:
    """The fewest fields, least needed first, whose removal makes the card fit.

    A single field that alone is enough (usually a long note) is preferred to
    several small ones, so the advice is one change when one change will do.
    """
    from netdesk.core.qr import image as qrimage

    candidates = [key for key in _DROP_ORDER if fields.get(key)]
    build = vcard if fmt == "vcard" else mecard

    def fits(dropped: list[str]) -> bool:
        kept = {k: v for k, v in fields.items() if k not in dropped}
        return qrimage.fit(build(kept)) is not None

    for key in candidates:
        if fits([key]):
            return [key]
    dropped: list[str] = []
    for key in candidates:
        dropped.append(key)
        if fits(dropped):
            return dropped
    return dropped  # even the name alone is too long: every other field goes
