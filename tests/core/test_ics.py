"""iCalendar export: parses with icalendar, with vobject and with a strict RFC 5545 line reader."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from netdesk.core.errors import NetdeskError
from netdesk.core.formats import ics
from netdesk.core.model import PersonFields
from netdesk.core.storage.store import Store

AMS = ZoneInfo("Europe/Amsterdam")
STAMP = dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.UTC)


def _followups(store: Store) -> tuple[int, list[int]]:
    event = store.events.add("Water board breakfast", "2026-11-20")
    ada = store.people.add(PersonFields(full_name="Ada Péters"))
    bo = store.people.add(PersonFields(full_name="Bo Jansen"))
    ids = [
        store.followups.add(
            ada, "Send the pump report", "2026-11-21", action="send-info", event_id=event
        ),
        # Summer time: 09:30 in Amsterdam is 07:30 UTC; in winter 08:30 UTC.
        store.followups.add(
            bo, "Call about the grant", "2026-07-01", action="call", due_time="09:30"
        ),
        store.followups.add(
            bo,
            "Coffee; long text, with commas and a very long tail " * 3,
            "2026-12-02",
            action="meet",
            due_time="16:05",
        ),
    ]
    done = store.followups.add(ada, "Connect on LinkedIn", "2026-11-22", action="connect")
    store.followups.done(done, outcome="connected", on=dt.date(2026, 11, 23))
    return event, [*ids, done]


def _export(store: Store, event: int) -> bytes:
    return ics.serialise(
        store.followups.list("all"),
        tz=AMS,
        event_names={event: "Water board breakfast"},
        stamp=STAMP,
    )


def strict_lines(data: bytes) -> list[tuple[str, dict[str, str], str]]:
    """RFC 5545 §3.1 by hand: CRLF, ≤75 octets a line, unfolding, NAME;PARAM=V:VALUE."""
    assert data.endswith(b"\r\n")
    raw = data.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in raw)
    assert all(len(line) <= 75 for line in raw), max(raw, key=len)
    logical: list[bytes] = []
    for line in raw:
        if line[:1] in (b" ", b"\t"):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    parsed = []
    for line in logical:
        text = line.decode("utf-8")
        head, value = _split_unquoted(text)
        name, *params = head.split(";")
        assert name and all(c.isalnum() or c == "-" for c in name), name
        parsed.append((name.upper(), dict(p.split("=", 1) for p in params), value))
    return parsed


def _split_unquoted(text: str) -> tuple[str, str]:
    quoted = False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return text[:index], text[index + 1 :]
    raise AssertionError(f"no value in {text!r}")


def test_round_trip_with_icalendar(store: Store) -> None:
    event, ids = _followups(store)
    calendar = icalendar.Calendar.from_ical(_export(store, event))
    todos = {str(c["uid"]): c for c in calendar.walk("VTODO")}
    events = {str(c["uid"]): c for c in calendar.walk("VEVENT")}
    assert set(todos) == {f"followup-{i}@netdesk" for i in ids}
    # The done follow-up and the ones without a time get no calendar event.
    assert set(events) == {f"followup-{i}-time@netdesk" for i in ids[1:3]}

    plain = todos[f"followup-{ids[0]}@netdesk"]
    assert str(plain["summary"]) == "Ada Péters: Send the pump report"
    assert plain["due"].dt == dt.date(2026, 11, 21)
    assert "Met at Water board breakfast" in str(plain["description"])
    assert str(plain["status"]) == "NEEDS-ACTION"

    call = events[f"followup-{ids[1]}-time@netdesk"]
    start = call["dtstart"].dt
    assert start == dt.datetime(2026, 7, 1, 9, 30, tzinfo=AMS)
    assert start.utcoffset() == dt.timedelta(hours=2)
    assert call["dtstart"].params["TZID"] == "Europe/Amsterdam"
    assert call["dtend"].dt - start == dt.timedelta(minutes=30)
    (alarm,) = call.walk("VALARM")
    assert str(alarm["action"]) == "DISPLAY"
    assert alarm["trigger"].dt == dt.timedelta(minutes=-15)
    timed_todo = todos[f"followup-{ids[1]}@netdesk"]
    assert timed_todo["due"].dt == dt.datetime(2026, 7, 1, 9, 30, tzinfo=AMS)

    done = todos[f"followup-{ids[3]}@netdesk"]
    assert str(done["status"]) == "COMPLETED"
    assert done["completed"].dt == dt.datetime(2026, 11, 23, 11, 0, tzinfo=dt.UTC)

    (tz,) = calendar.walk("VTIMEZONE")
    assert str(tz["tzid"]) == "Europe/Amsterdam"


def test_second_reader_vobject(store: Store) -> None:
    event, ids = _followups(store)
    calendar = vobject.readOne(_export(store, event).decode("utf-8"))
    assert calendar.version.value == "2.0"
    todos = {c.uid.value: c for c in calendar.vtodo_list}
    assert todos[f"followup-{ids[0]}@netdesk"].due.value == dt.date(2026, 11, 21)
    events = {c.uid.value: c for c in calendar.vevent_list}
    winter = events[f"followup-{ids[2]}-time@netdesk"]
    start = winter.dtstart.value
    assert start.utcoffset() == dt.timedelta(hours=1)
    assert start.astimezone(dt.UTC) == dt.datetime(2026, 12, 2, 15, 5, tzinfo=dt.UTC)
    assert winter.summary.value.startswith("Bo Jansen: Coffee; long text, with commas")
    assert winter.valarm.trigger.value == dt.timedelta(minutes=-15)


def test_strict_line_reader(store: Store) -> None:
    event, _ = _followups(store)
    lines = strict_lines(_export(store, event))
    names = [name for name, _, _ in lines]
    assert lines[0] == ("BEGIN", {}, "VCALENDAR") and lines[-1] == ("END", {}, "VCALENDAR")
    assert names.count("BEGIN") == names.count("END")
    assert [v for n, _, v in lines if n == "BEGIN"].count("VTODO") == 4
    assert [v for n, _, v in lines if n == "BEGIN"].count("VALARM") == 2
    dtstarts = [(p, v) for n, p, v in lines if n == "DTSTART" and p.get("TZID")]
    assert ({"TZID": "Europe/Amsterdam"}, "20260701T093000") in dtstarts
    dues = {v for n, p, v in lines if n == "DUE"}
    assert "20261121" in dues  # a DATE value for a follow-up without a time
    assert sorted({v for n, _, v in lines if n == "DTSTAMP"}) == ["20261120T100000Z"]
    # Commas and semicolons in text are escaped (RFC 5545 §3.3.11).
    (coffee,) = [v for n, _, v in lines if n == "SUMMARY" and "Coffee" in v][:1]
    assert "\\;" in coffee and "\\," in coffee


def test_time_zones() -> None:
    assert ics.zone("Europe/Amsterdam").key == "Europe/Amsterdam"
    with pytest.raises(NetdeskError):
        ics.zone("Mars/Olympus")


def test_local_zone_follows_tz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/Chicago")
    assert ics.local_zone().key == "America/Chicago"
    monkeypatch.setenv("TZ", "Not/AZone")
    assert isinstance(ics.local_zone(), ZoneInfo)


def test_written_a_component_at_a_time_is_the_same_calendar(store: Store) -> None:
    import io

    event, _ = _followups(store)
    out = io.BytesIO()
    ics.write_calendar(
        store.followups.list("all"),
        out,
        tz=AMS,
        event_names={event: "Water board breakfast"},
        stamp=STAMP,
    )
    assert out.getvalue() == _export(store, event)
