"""Dates and times as netdesk stores them: ISO text, validated on the way in."""

from __future__ import annotations

import datetime as dt

from netdesk.core.errors import NetdeskError

# The dates a person's networking life can hold: a meeting, a due date, a snooze. A date
# such as 0001-01-01 or 9999-12-31 is a typo, and would sort every list wrongly for ever.
FIRST_DAY = dt.date(1900, 1, 1)
LAST_DAY = dt.date(2199, 12, 31)


def parse_date(value: str | dt.date) -> dt.date:
    """A ``YYYY-MM-DD`` date from :data:`FIRST_DAY` to :data:`LAST_DAY`, or
    :class:`NetdeskError` ``bad-date`` / ``date-out-of-range``."""
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        try:
            day = dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise NetdeskError("bad-date", value=value) from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise NetdeskError(
            "date-out-of-range", value=day.isoformat(), first=FIRST_DAY, last=LAST_DAY
        )
    return day


def parse_time(value: str | dt.time) -> dt.time:
    """An ``HH:MM`` time of day with no offset, or :class:`NetdeskError` ``bad-time`` /
    ``time-with-offset``. A follow-up's time is wall-clock time where the user lives: an
    offset would be dropped when stored, so it is refused rather than silently ignored."""
    if isinstance(value, dt.time):
        time = value
    else:
        try:
            time = dt.time.fromisoformat(str(value).strip())
        except ValueError:
            raise NetdeskError("bad-time", value=value) from None
    if time.tzinfo is not None:
        raise NetdeskError("time-with-offset", value=value)
    return time


def iso_date(value: str | dt.date) -> str:
    return parse_date(value).isoformat()


def now_utc() -> str:
    """The current instant as stored: UTC, seconds, ISO 8601 with a Z."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def today() -> dt.date:
    return dt.date.today()
