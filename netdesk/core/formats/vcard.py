"""A tolerant vCard 2.1 / 3.0 / 4.0 reader.

Real exports (Outlook, Android, iPhone, Kontact, Thunderbird) break strict
parsers with quoted-printable soft line breaks, legacy charsets and odd lines.
This reader salvages every well-formed property, reports each bad line with
its card and line number, and never gives up a whole file for one bad line.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from netdesk.core.formats.contact import Contact, build_contact, salvaged
from netdesk.core.model import ContactPoint

# One logical line longer than this is refused (a photo is skipped before this check).
MAX_LINE = 64 * 1024
# A card whose properties (photos and other skipped ones aside) add up to more than this is
# refused whole: a real card holds a few kilobytes, and past this it is a broken export
# whose thousands of addresses nobody wants on one person.
MAX_CARD = 4 * 1024 * 1024
_NAME = re.compile(r"^(?:([A-Za-z0-9\-]+)\.)?([A-Za-z0-9\-]+)$")
# A line's group, name and parameters up to the colon, when the head holds no quotes.
_SIMPLE_HEAD = re.compile(r"(?:([A-Za-z0-9\-]+)\.)?([A-Za-z0-9\-]+)(;[^:\"]*)?:")
_SKIPPED = {"PHOTO", "LOGO", "SOUND", "KEY", "AGENT", "PRODID", "REV", "VERSION"}
_LABELS = {
    "work",
    "home",
    "cell",
    "mobile",
    "voice",
    "fax",
    "pager",
    "internet",
    "pref",
    "main",
    "other",
    "iphone",
    "text",
    "video",
    "linkedin",
    "x-mobile",
}


@dataclass(frozen=True)
class Problem:
    """A line the reader could not use: which card (1-based, 0 = outside any), which line."""

    card: int
    line: int
    reason: str
    text: str = ""
    # The whole card was left out (not only one of its lines).
    whole: bool = False

    def __str__(self) -> str:
        where = f"card {self.card}, line {self.line}" if self.card else f"line {self.line}"
        return f"{where}: {self.reason}"


@dataclass
class VCardResult:
    cards: list[Contact] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # The physical line each card starts on, parallel to ``cards``.
    starts: list[int] = field(default_factory=list)


@dataclass(slots=True)
class _Property:
    group: str
    name: str
    params: dict[str, list[str]]
    value: str
    line: int


def decode_bytes(data: bytes) -> str:
    """Bytes of a .vcf file as text: UTF-8 (with or without BOM, or UTF-16), else Windows-1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Old exports mix encodings line by line; decode each line the best way it allows.
    lines = []
    for raw in data.split(b"\n"):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(raw.decode("cp1252", errors="replace"))
    return "\n".join(lines)


def _split_unquoted(text: str, sep: str) -> list[str]:
    if '"' not in text:
        return text.split(sep)  # the usual case, without looking at each character
    parts, current, quoted = [], [], False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif char == sep and not quoted:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return parts


def _colon_at(line: str, quoted: bool = False) -> int:
    """Index of the first ':' outside double quotes, or -1; ``str.find`` keeps it linear."""
    start = 0
    while True:
        colon = line.find(":", start)
        if colon < 0:
            return -1
        quoted ^= line.count('"', start, colon) % 2 == 1
        if not quoted:
            return colon
        start = colon + 1


def _is_quoted_printable(head: str) -> bool:
    return "QUOTED-PRINTABLE" in head.upper()


class _Unfolding:
    """One logical line being put together from its physical lines.

    Only the first ``MAX_LINE + 1`` characters are kept: that is all parsing needs (the
    head, and whether the value is too long), so a 48 MB photo costs no more memory than
    a short one, and each physical line is looked at once, never the whole line so far.
    """

    def __init__(self, number: int, first: str) -> None:
        self.number = number
        self.parts: list[str] = []
        self.kept = 0
        self.size = 0
        self.head: list[str] = []
        self.quoted = False
        self.qp: bool | None = None  # None until the ':' after the head has been seen
        self.ink = ""  # the last character that is not white space
        self.add(first)

    def add(self, piece: str) -> None:
        self.size += len(piece)
        room = MAX_LINE + 1 - self.kept
        if room > 0:
            self.parts.append(piece[:room])
            self.kept += len(self.parts[-1])
            if self.qp is None:
                self._find_head(self.parts[-1])
        stripped = piece.rstrip()
        if stripped:
            self.ink = stripped[-1]

    def _find_head(self, piece: str) -> None:
        colon = _colon_at(piece, self.quoted)
        if colon < 0:
            self.quoted ^= piece.count('"') % 2 == 1
            self.head.append(piece)
            return
        head = "".join([*self.head, piece[:colon]])
        self.qp = bool(head) and _is_quoted_printable(head)
        self.head = []

    @property
    def soft_break(self) -> bool:
        """A quoted-printable value ending in '=' goes on over the next line."""
        return bool(self.qp) and self.ink == "="

    def drop_soft_break(self) -> None:
        """Remove the '=' (and white space after it) before the next line is joined."""
        while self.parts and not self.parts[-1].strip():
            self.kept -= len(self.parts.pop())
        if self.parts:
            last = self.parts[-1].rstrip()
            last = last[:-1] if last.endswith("=") else last
            self.kept += len(last) - len(self.parts[-1])
            self.parts[-1] = last
        self.ink = self.parts[-1].rstrip()[-1:] if self.parts else ""

    def text(self) -> str:
        return "".join(self.parts)


def _logical_lines(text: str) -> Iterator[tuple[int, str, int]]:
    """Unfold into (first line number, text, full length): a line starting with space/tab
    continues the previous one; a quoted-printable value ending in '=' continues on the
    next line whatever it starts with."""
    physical = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    current: _Unfolding | None = None
    # Most lines are whole as they stand: kept as plain text until a continuation comes,
    # so the common case costs no _Unfolding (a third of reading 10,000 cards).
    pending: tuple[int, str] | None = None
    soft_break = False
    for number, line in enumerate(physical, start=1):
        if pending is not None and line[:1] in (" ", "\t"):
            current, pending = _Unfolding(*pending), None
        if current is not None and soft_break:
            current.drop_soft_break()
            current.add(line)
        elif current is not None and line[:1] in (" ", "\t") and current.kept:
            current.add(line[1:])
        elif not line.strip():
            soft_break = False
            continue
        else:
            if current is not None:
                yield current.number, current.text(), current.size
                current = None
            if pending is not None:
                yield pending[0], pending[1], len(pending[1])
                pending = None
            if len(line) > MAX_LINE or line.rstrip().endswith("="):
                current = _Unfolding(number, line)
            else:
                pending = (number, line)
        soft_break = current.soft_break if current is not None else False
    if current is not None:
        yield current.number, current.text(), current.size
    if pending is not None:
        yield pending[0], pending[1], len(pending[1])


def _parse_line(number: int, line: str, size: int) -> _Property | str:
    """A property, or the reason the line is unusable; ``size`` is its full length."""
    simple = _SIMPLE_HEAD.match(line)
    if simple is not None and simple.end() <= MAX_LINE:
        # No quotes in the head (nearly every line): one expression finds it all.
        group, name = simple.group(1) or "", simple.group(2).upper()
        value = line[simple.end() :]
        pieces = ["", *simple.group(3)[1:].split(";")] if simple.group(3) else [""]
    else:
        colon = _colon_at(line[:MAX_LINE])
        if colon <= 0:
            return "no ':' between name and value"
        head, value = line[:colon], line[colon + 1 :]
        pieces = _split_unquoted(head, ";")
        match = _NAME.match(pieces[0].strip())
        if not match:
            return "the property name is not valid"
        group, name = match.group(1) or "", match.group(2).upper()
    if name in _SKIPPED:
        return _Property(group, name, {}, "", number)
    if size > MAX_LINE:
        return f"the {name} line is longer than {MAX_LINE // 1024} KB; it was left out"
    params: dict[str, list[str]] = {}
    for piece in pieces[1:]:
        key, sep, raw = piece.partition("=")
        key = key.strip().upper()
        if not sep:
            # vCard 2.1 bare parameters: TEL;WORK;VOICE:… and EMAIL;INTERNET:…
            if key in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT"):
                params.setdefault("ENCODING", []).append(key)
            else:
                params.setdefault("TYPE", []).append(key)
            continue
        values = [v.strip().strip('"') for v in _split_unquoted(raw, ",")]
        params.setdefault(key, []).extend(v for v in values if v)
    return _Property(group, name, params, value, number)


def _decode_value(prop: _Property) -> str:
    if "ENCODING" not in prop.params and "CHARSET" not in prop.params:
        return prop.value  # nearly every line of a 3.0 or 4.0 card
    encoding = [e.upper() for e in prop.params.get("ENCODING", [])]
    charset = (prop.params.get("CHARSET") or ["utf-8"])[0]
    try:
        codecs.lookup(charset)
    except LookupError:
        raise ValueError(f"unknown character set '{charset}'") from None
    if "QUOTED-PRINTABLE" in encoding:
        raw = quopri.decodestring(prop.value.encode("latin-1", errors="replace"))
    elif {"B", "BASE64"} & set(encoding):
        try:
            raw = base64.b64decode(prop.value, validate=False)
        except (binascii.Error, ValueError):
            raise ValueError("bad base64 value") from None
    else:
        return prop.value
    try:
        return raw.decode(charset)
    except UnicodeDecodeError:
        if "CHARSET" not in prop.params:
            # vCard 2.1 from Outlook: quoted-printable Windows-1252 with no CHARSET said.
            return raw.decode("cp1252", errors="replace")
        return raw.decode(charset, errors="replace")


_ESCAPED = re.compile(r"\\(.)", re.DOTALL)
_UNESCAPED_SEMICOLON = re.compile(r"(?<!\\);")


def _unescape(text: str) -> str:
    if "\\" not in text:
        return text  # most values: nothing to do, no regular expression run
    return _ESCAPED.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _components(text: str) -> list[str]:
    """Split a structured value on unescaped semicolons, then unescape each part."""
    return [_unescape(p).strip() for p in _UNESCAPED_SEMICOLON.split(text)]


def _label(prop: _Property, labels: dict[str, str]) -> str:
    if not prop.group and "TYPE" not in prop.params:
        return ""
    types = [t.lower() for t in prop.params.get("TYPE", []) for t in t.split(",")]
    kept = [t for t in types if t in _LABELS and t not in ("voice", "internet", "pref")]
    if prop.group and prop.group in labels:
        custom = labels[prop.group].strip("_$!<>")
        if custom:
            kept.insert(0, custom.lower())
    return ",".join(dict.fromkeys(kept))[:40]


class _CardBuilder:
    def __init__(self, number: int, line: int) -> None:
        self.number = number
        self.line = line
        self.props: list[_Property] = []
        self.size = 0

    def take(self, prop: _Property, size: int) -> None:
        """Keep ``prop`` unless the card has grown past :data:`MAX_CARD`; then keep none."""
        self.size += size
        if self.size > MAX_CARD:
            self.props.clear()  # the card will be refused: no need to hold its lines
        else:
            self.props.append(prop)

    def build(self, problems: list[Problem]) -> Contact | None:
        if self.size > MAX_CARD:
            problems.append(Problem(self.number, self.line, _too_big_card(), whole=True))
            return None
        values: dict[str, str] = {}
        notes: list[str] = []
        points: list[ContactPoint] = []
        dropped: list[str] = []
        labels = {
            p.group: _unescape(p.value) for p in self.props if p.name == "X-ABLABEL" and p.group
        }
        for prop in self.props:
            try:
                value = _decode_value(prop)
            except ValueError as error:
                problems.append(Problem(self.number, prop.line, str(error), prop.name))
                continue
            name = prop.name
            if name == "FN" and "full_name" not in values:
                values["full_name"] = _unescape(value)
            elif name == "N" and "family_name" not in values:
                parts = [*_components(value), "", "", ""]
                values["family_name"], values["given_name"] = parts[0], parts[1]
                values["n_middle"] = parts[2]
            elif name == "ORG" and "organisation" not in values:
                parts = _components(value)
                values["organisation"] = parts[0]
                values["department"] = ", ".join(p for p in parts[1:] if p)
            elif name == "TITLE" and "title" not in values:
                values["title"] = _unescape(value)
            elif name == "ROLE" and "role" not in values:
                values["role"] = _unescape(value)
            elif name == "NOTE":
                notes.append(_unescape(value))
            elif name == "UID" and "uid" not in values:
                values["uid"] = _unescape(value).strip()
            elif name == "EMAIL":
                points.append(ContactPoint("email", _unescape(value), _label(prop, labels)))
            elif name == "TEL":
                number = _unescape(value).strip()
                if number.lower().startswith("tel:"):
                    number = number[4:]
                points.append(ContactPoint("phone", number, _label(prop, labels)))
            elif name in ("URL", "X-SOCIALPROFILE"):
                label = _label(prop, labels)
                url = _unescape(value).strip()
                if "linkedin." in url.lower() and not label:
                    label = "linkedin"
                points.append(ContactPoint("url", url, label))
        if not values.get("full_name"):
            given = " ".join(
                p for p in (values.get("given_name"), values.get("n_middle")) if p
            ).strip()
            values["full_name"] = " ".join(p for p in (given, values.get("family_name")) if p)
        contact = build_contact(
            full_name=values.get("full_name", ""),
            given_name=values.get("given_name", ""),
            family_name=values.get("family_name", ""),
            organisation=values.get("organisation", ""),
            department=values.get("department", ""),
            title=values.get("title") or values.get("role", ""),
            notes="\n".join(n for n in notes if n.strip()),
            points=points,
            uid=values.get("uid"),
            dropped=dropped,
        )
        for lost in contact.dropped:
            problems.append(Problem(self.number, self.line, lost))
        if contact.is_empty():
            problems.append(
                Problem(
                    self.number,
                    self.line,
                    "the card has no name, organisation, address, phone or link",
                    whole=True,
                )
            )
            return None
        # Android and Evolution write contacts with only an address: shown by it, not refused.
        return salvaged(contact)


def read_vcards(text: str) -> VCardResult:
    """Every card in ``text`` with what could be salvaged, and every problem with its place."""
    result = VCardResult()
    card: _CardBuilder | None = None
    number = 0
    for line_no, line, size in _logical_lines(text):
        parsed = _parse_line(line_no, line, size)
        if isinstance(parsed, str):
            result.problems.append(Problem(card.number if card else 0, line_no, parsed, line[:80]))
            continue
        if parsed.name == "BEGIN" and parsed.value.strip().upper() == "VCARD":
            if card is not None:
                result.problems.append(
                    Problem(card.number, line_no, "a card starts before the previous one ended")
                )
                _finish(card, result)
            number += 1
            card = _CardBuilder(number, line_no)
        elif parsed.name == "END" and parsed.value.strip().upper() == "VCARD":
            if card is None:
                result.problems.append(Problem(0, line_no, "END:VCARD without BEGIN:VCARD"))
            else:
                _finish(card, result)
                card = None
        elif card is None:
            result.problems.append(Problem(0, line_no, "a line outside any card", line[:80]))
        elif parsed.name not in _SKIPPED:
            card.take(parsed, size)
    if card is not None:
        result.problems.append(Problem(card.number, card.line, "the card has no END:VCARD"))
        _finish(card, result)
    return result


def _too_big_card() -> str:
    return (
        f"the card holds more than {MAX_CARD >> 20} MB of text (photos aside);"
        " it was left out, split or clean it up first"
    )


def _finish(card: _CardBuilder, result: VCardResult) -> None:
    contact = card.build(result.problems)
    if contact is not None:
        result.cards.append(contact)
        result.starts.append(card.line)


def looks_like_vcard(text: str) -> bool:
    return text.lstrip("\ufeff \t\r\n")[:11].upper() == "BEGIN:VCARD"
