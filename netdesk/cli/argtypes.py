"""Checks on command-line arguments before they reach the core.

A number the core hands to SQLite must fit its 64-bit INTEGER, and text stored
in the database must be Unicode: a terminal in another encoding hands Python
bytes it could not decode, as surrogate escapes, that SQLite then refuses.
Both become one clear line here instead of a crash deeper down.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterator
from typing import Any

from netdesk.core.errors import NetdeskError
from netdesk.core.i18n import translate

# SQLite's INTEGER: a larger number cannot be any row's id.
MAX_ID = 2**63 - 1
# A count of rows to show: far above any address book, and safe for the core to add to.
MAX_LIMIT = 10**9
# Arguments that name files keep undecodable bytes: the file on disk is called that.
PATH_ARGUMENTS = frozenset({"db", "out", "file", "files", "images", "attendees"})
_SURROGATE = re.compile("[\ud800-\udfff]")


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high``, else a usage error."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(
                translate("cli", "'{value}' is not a whole number from {low} to {high}").format(
                    value=text, low=low, high=high
                )
            )
        return value

    return parse


def record_id(text: str) -> int:
    """An argparse type for the id of a person, event or follow-up."""
    try:
        value = int(text.strip())
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(
            translate("cli", "'{value}' is not an id (a whole number such as 12)").format(
                value=text
            )
        )
    return value


def check_text(args: argparse.Namespace) -> None:
    """:class:`NetdeskError` ``not-utf8`` when a text argument holds undecodable bytes."""
    for name, value in vars(args).items():
        if name in PATH_ARGUMENTS:
            continue
        for text in _strings(value):
            if _SURROGATE.search(text):
                raise NetdeskError("not-utf8", value=_shown(text))


def file_name_problem(error: Exception) -> NetdeskError | None:
    """``name-not-utf8`` when ``error`` is SQLite refusing a file name's undecodable bytes.

    :func:`check_text` has refused them in every other argument, so a surrogate reaching
    the database can only come from a file name (it goes into provenance and reports).
    """
    if isinstance(error, UnicodeEncodeError) and error.reason == "surrogates not allowed":
        return NetdeskError("name-not-utf8", value=_shown(str(error.object))[:200])
    return None


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def _shown(text: str) -> str:
    """The bytes the user typed, undecodable ones as \\xNN."""
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that is no escaped byte
        return text.encode("utf-8", "backslashreplace").decode("ascii")
    return raw.decode("utf-8", "backslashreplace")
