"""What the three relationship records share: a checked kind, and a row's date as a date."""

from __future__ import annotations

import datetime as dt
from typing import Any

from netdesk.core.errors import NetdeskError


def checked_choice(value: str, choices: tuple[str, ...], what: str) -> str:
    if value not in choices:
        raise NetdeskError("bad-kind", value=value, what=what, choices=", ".join(choices))
    return value


def dated(row: dict[str, Any], key: str) -> dict[str, Any]:
    return {**row, key: dt.date.fromisoformat(row[key])}
