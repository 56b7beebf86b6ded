"""Dates and times as netdesk stores them: ISO text, validated on the way in."""

from __future__ import annotations

import datetime as dt

from netdesk.core.errors import NetdeskError


def parse_date(value: str | dt.date) -> dt.date:
    """A ``YYYY-MM-DD`` date, or :class:`NetdeskError` ``bad-date``."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise NetdeskError("bad-date", value=value) from None


def parse_time(value: str | dt.time) -> dt.time:
    """An ``HH:MM`` time, or :class:`NetdeskError` ``bad-time``."""
    if isinstance(value, dt.time):
        return value
    try:
        return dt.time.fromisoformat(str(value).strip())
    except ValueError:
        raise NetdeskError("bad-time", value=value) from None


def iso_date(value: str | dt.date) -> str:
    return parse_date(value).isoformat()


def now_utc() -> str:
    """The current instant as stored: UTC, seconds, ISO 8601 with a Z."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def today() -> dt.date:
    return dt.date.today()
