"""iCalendar (RFC 5545) export of follow-ups, so they appear in any calendar program.

Every follow-up becomes a VTODO (a task, due on its day). One with a time of
day also becomes a VEVENT with a VALARM, because most calendar programs only
alarm on events. Times are wall-clock times in the user's time zone, written
with a TZID and the matching VTIMEZONE, so a 09:30 follow-up stays 09:30 when
the clocks change. UIDs are stable, so exporting again updates instead of
duplicating.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from netdesk import __version__
from netdesk.core.errors import NetdeskError
from netdesk.core.i18n import translate
from netdesk.core.model import Followup

PRODID = f"-//netdesk//netdesk {__version__}//EN"
EVENT_MINUTES = 30
ALARM_MINUTES = 15


def zone(name: str) -> ZoneInfo:
    """The IANA time zone ``name``, or ``bad-timezone``."""
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise NetdeskError("bad-timezone", value=name) from None


def local_zone() -> ZoneInfo:
    """The user's time zone by name: $TZ, then /etc/localtime, then /etc/timezone, else UTC.

    A name, not just today's offset: an offset would be wrong for half the year.
    """
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    localtime = Path("/etc/localtime")
    if localtime.is_symlink():
        target = str(localtime.resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for name in candidates:
        if name and not name.startswith("/"):
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return ZoneInfo("UTC")


def summary(followup: Followup) -> str:
    return f"{followup.person_name}: {followup.text}" if followup.person_name else followup.text


def build_calendar(
    followups: Iterable[Followup],
    *,
    tz: ZoneInfo,
    event_names: Mapping[int, str] | None = None,
    stamp: dt.datetime | None = None,
    uid_domain: str = "netdesk",
) -> icalendar.Calendar:
    """The calendar for ``followups``: a VTODO each, a VEVENT + VALARM for those with a time."""
    stamp = (stamp or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    event_names = event_names or {}
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", translate("ics", "netdesk follow-ups"))
    calendar.add("x-wr-timezone", tz.key)
    for followup in followups:
        description = _description(followup, event_names)
        calendar.add_component(_todo(followup, tz, stamp, description, uid_domain))
        if followup.due_time and followup.status != "done":
            calendar.add_component(_event(followup, tz, stamp, description, uid_domain))
    calendar.add_missing_timezones()
    return calendar


def serialise(
    followups: Iterable[Followup],
    *,
    tz: ZoneInfo,
    event_names: Mapping[int, str] | None = None,
    stamp: dt.datetime | None = None,
) -> bytes:
    """The .ics file's bytes (UTF-8, CRLF line ends, folded at 75 octets)."""
    return build_calendar(followups, tz=tz, event_names=event_names, stamp=stamp).to_ical()


def write_calendar(
    followups: Sequence[Followup],
    out: IO[bytes],
    *,
    tz: ZoneInfo,
    event_names: Mapping[int, str] | None = None,
    stamp: dt.datetime | None = None,
) -> None:
    """What :func:`serialise` returns, written to ``out`` a component at a time, so a long
    list never becomes one calendar object and one string in memory."""
    stamp = (stamp or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    event_names = event_names or {}
    head = build_calendar([], tz=tz, stamp=stamp)
    if any(f.due_time and f.status != "done" for f in followups):
        # The VTIMEZONE goes first, as build_calendar puts it: a probe in the zone adds it.
        probe = icalendar.Event()
        probe.add("dtstart", dt.datetime.combine(stamp.date(), dt.time(12), tzinfo=tz))
        head.add_component(probe)
        head.add_missing_timezones()
        head.subcomponents.remove(probe)
    end = b"END:VCALENDAR\r\n"
    text = head.to_ical()
    out.write(text[: -len(end)] if text.endswith(end) else text)
    for followup in followups:
        description = _description(followup, event_names)
        out.write(_todo(followup, tz, stamp, description, "netdesk").to_ical())
        if followup.due_time and followup.status != "done":
            out.write(_event(followup, tz, stamp, description, "netdesk").to_ical())
    out.write(end)


def _due(followup: Followup, tz: ZoneInfo) -> dt.date | dt.datetime:
    day = followup.effective_due
    if not followup.due_time:
        return day
    return dt.datetime.combine(day, dt.time.fromisoformat(followup.due_time), tzinfo=tz)


def _description(followup: Followup, event_names: Mapping[int, str]) -> str:
    lines = [translate("ics", "Follow-up for {name}").format(name=followup.person_name)]
    if followup.event_id is not None and event_names.get(followup.event_id):
        lines.append(
            translate("ics", "Met at {event}").format(event=event_names[followup.event_id])
        )
    if followup.outcome:
        lines.append(translate("ics", "Outcome: {outcome}").format(outcome=followup.outcome))
    return "\n".join(lines)


def _todo(
    followup: Followup, tz: ZoneInfo, stamp: dt.datetime, description: str, domain: str
) -> icalendar.Todo:
    todo = icalendar.Todo()
    todo.add("uid", f"followup-{followup.id}@{domain}")
    todo.add("dtstamp", stamp)
    todo.add("summary", summary(followup))
    todo.add("description", description)
    todo.add("due", _due(followup, tz))
    todo.add("categories", [followup.action])
    if followup.status == "done":
        todo.add("status", "COMPLETED")
        if followup.done_on:
            done_day = dt.date.fromisoformat(followup.done_on[:10])
            # COMPLETED must be a UTC date-time; noon local keeps it on the right day.
            done = dt.datetime.combine(done_day, dt.time(12), tzinfo=tz).astimezone(dt.UTC)
            todo.add("completed", done)
    else:
        todo.add("status", "NEEDS-ACTION")
    return todo


def _event(
    followup: Followup, tz: ZoneInfo, stamp: dt.datetime, description: str, domain: str
) -> icalendar.Event:
    start = _due(followup, tz)
    event = icalendar.Event()
    event.add("uid", f"followup-{followup.id}-time@{domain}")
    event.add("dtstamp", stamp)
    event.add("summary", summary(followup))
    event.add("description", description)
    event.add("dtstart", start)
    event.add("dtend", start + dt.timedelta(minutes=EVENT_MINUTES))
    event.add("categories", [followup.action])
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary(followup))
    alarm.add("trigger", dt.timedelta(minutes=-ALARM_MINUTES))
    event.add_component(alarm)
    return event
