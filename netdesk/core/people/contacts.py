"""Email addresses, phone numbers and web addresses: checking and normalising.

The normalised form is what matching compares (a scanned card against the
people we know), so ``+31 6 1234 5678`` and ``0612345678`` meet in one key.
"""

from __future__ import annotations

import functools
import locale
import re
from urllib.parse import urlsplit

from netdesk.core.errors import NetdeskError
from netdesk.core.model import ContactPoint

_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]{2,}$")


# Set from the user's preference (netdesk.core.preferences.apply); None: ask the locale.
_configured_region: str | None = None
# A stored preference is checked against phonenumbers' regions when a number first needs
# it, so commands that never touch a phone number never load phonenumbers' metadata.
_region_unchecked = False


def set_configured_region(region: str | None, *, checked: bool = True) -> None:
    """Use ``region`` for numbers without +; ``checked=False``: verify it on first use."""
    global _configured_region, _region_unchecked
    _configured_region = region
    _region_unchecked = region is not None and not checked


def supported_regions() -> frozenset[str]:
    import phonenumbers  # ~15 ms of metadata: only when a phone number is handled

    return frozenset(phonenumbers.SUPPORTED_REGIONS)


def default_region() -> str | None:
    """The user's country for numbers written without +: their preference, else the locale."""
    global _configured_region, _region_unchecked
    if _region_unchecked:
        _region_unchecked = False
        if (_configured_region or "").upper() not in supported_regions():
            _configured_region = None  # a damaged value reads as the default
    if _configured_region:
        return _configured_region
    name = locale.getlocale()[0] or ""
    region = name.partition("_")[2][:2].upper()
    return region if len(region) == 2 and region.isalpha() else None


def check_email(value: str) -> str:
    value = value.strip()
    if not _EMAIL.match(value):
        raise NetdeskError("bad-email", value=value)
    return value


def check_phone(value: str) -> str:
    value = value.strip()
    digits = re.sub(r"\D", "", value)
    if not 3 <= len(digits) <= 17 or re.search(r"[^\d\s+()./\-x#*]", value, re.IGNORECASE):
        raise NetdeskError("bad-phone", value=value)
    return value


# A web address that is plainly one (scheme, dotted host, no spaces): no need to split it.
_PLAIN_URL = re.compile(
    r"https?://([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d+)?)((?:/[^\s?#]*)?)(?:[?#]\S*)?", re.I
)


def check_url(value: str) -> str:
    value = value.strip()
    if _PLAIN_URL.fullmatch(value):
        return value
    candidate = value if "://" in value else f"https://{value}"
    try:
        parts = urlsplit(candidate)
    except ValueError:  # an unbalanced '[' reads as a broken IPv6 address
        raise NetdeskError("bad-url", value=value) from None
    if parts.scheme not in ("http", "https") or "." not in parts.netloc or " " in value:
        raise NetdeskError("bad-url", value=value)
    return value


CHECKS = {"email": check_email, "phone": check_phone, "url": check_url}


def normalize(kind: str, value: str, region: str | None = None) -> str:
    """The key two contact points share when they reach the same person."""
    value = value.strip()
    if kind == "email":
        return value.lower()
    if kind == "phone":
        # Written +CC…: no region needed, and asking the locale for one costs as much.
        return plain_international(value) or _phone_key(value, region or default_region())
    return _url_key(value)


@functools.lru_cache(maxsize=65_536)
def _url_key(value: str) -> str:
    plain = _PLAIN_URL.fullmatch(value)
    if plain is not None:  # what urlsplit would find, found by the expression that checked it
        host = plain.group(1).lower().removeprefix("www.")
        return f"{host}{plain.group(2).rstrip('/')}".lower()
    parts = urlsplit(value if "://" in value else f"https://{value}")
    host = parts.netloc.lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}".lower()


# An import normalises each number when it matches, merges and writes: parse it once.
@functools.lru_cache(maxsize=65_536)
def _phone_key(value: str, region: str | None) -> str:
    return normalize_phone(value, region)


_PLUS_DIGITS = re.compile(r"\+\d[\d \-.]*")


@functools.lru_cache(maxsize=65_536)
def plain_international(value: str) -> str | None:
    """``+31 6 1234 5678`` as E.164 without parsing it, when nothing about it could make
    phonenumbers read it otherwise (no trunk prefix after the country code, no brackets,
    no extension); else None. Most numbers in an address book are written so, and
    parsing costs ~50 µs each: a fifth of importing 10,000 cards."""
    if not _PLUS_DIGITS.fullmatch(value):
        return None
    digits = "".join(ch for ch in value if ch.isdigit())
    for size in (1, 2, 3):  # country codes are prefix-free
        prefix = _national_prefix(int(digits[:size]))
        if prefix is not None:
            break
    else:
        return None
    national = digits[size:]
    if not 2 <= len(national) <= 17 or national[0] == "0":
        return None
    if prefix and re.match(prefix, national):
        return None  # what phonenumbers would strip as a national prefix
    return f"+{digits[:size]}{national}"


@functools.lru_cache(maxsize=512)
def _national_prefix(country_code: int) -> str | None:
    """The pattern phonenumbers strips from a national number ("" for none), or None
    when ``country_code`` is no country code."""
    import phonenumbers
    from phonenumbers import PhoneMetadata

    if country_code not in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
        return None
    region = phonenumbers.region_code_for_country_code(country_code)
    if region == phonenumbers.UNKNOWN_REGION:
        return None
    if region == "001":
        metadata = PhoneMetadata.metadata_for_nongeo_region(country_code)
    else:
        metadata = PhoneMetadata.metadata_for_region(region)
    if metadata is None:
        return None
    return metadata.national_prefix_for_parsing or ""


def normalize_phone(value: str, region: str | None = None) -> str:
    import phonenumbers  # lazily: see supported_regions

    try:
        number = phonenumbers.parse(value, region or default_region())
    except phonenumbers.NumberParseException:
        return re.sub(r"\D", "", value)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(value: str, region: str | None = None) -> str:
    """A number as people read it: national format for the user's own country
    (020 123 4567), international otherwise (+49 30 1234567); as typed when unreadable."""
    import phonenumbers  # lazily: see supported_regions

    home = region or default_region()
    try:
        number = phonenumbers.parse(value, home)
    except phonenumbers.NumberParseException:
        return value
    if not phonenumbers.is_possible_number(number):
        return value
    ours = home is not None and phonenumbers.region_code_for_number(number) == home
    style = phonenumbers.PhoneNumberFormat
    return phonenumbers.format_number(number, style.NATIONAL if ours else style.INTERNATIONAL)


def checked(point: ContactPoint) -> ContactPoint:
    """``point`` with its value validated and trimmed, or :class:`NetdeskError`."""
    if point.kind not in CHECKS:
        raise NetdeskError(
            "bad-kind", value=point.kind, what="contact kind", choices=", ".join(CHECKS)
        )
    return ContactPoint(point.kind, CHECKS[point.kind](point.value), point.label.strip())
