"""`netdesk export`: ics now, a clean error for other formats, nothing half-written."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest


def _seed(cli) -> None:
    assert cli("person", "add", "Ada Peters").code == 0
    assert cli("followup", "add", "1", "Send the report", "--due", "2026-11-21").code == 0
    assert cli("followup", "add", "1", "Call", "--due", "2026-11-22", "--time", "14:00").code == 0


def test_export_ics(cli, tmp_path: Path) -> None:
    _seed(cli)
    out = tmp_path / "followups.ics"
    result = cli(
        "--json", "export", "--format", "ics", "--out", str(out), "--timezone", "Europe/Amsterdam"
    )
    assert result.code == 0, result.err
    assert result.json == {
        "format": "ics",
        "out": str(out),
        "todos": 2,
        "events": 1,
        "timezone": "Europe/Amsterdam",
    }
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    assert [str(t["summary"]) for t in calendar.walk("VTODO")] == [
        "Ada Peters: Send the report",
        "Ada Peters: Call",
    ]
    (event,) = calendar.walk("VEVENT")
    assert event["dtstart"].params["TZID"] == "Europe/Amsterdam"
    assert not list(tmp_path.glob("*.part"))


def test_unknown_format_fails_cleanly(cli, tmp_path: Path) -> None:
    out = tmp_path / "out.file"
    result = cli("export", "--format", "pdf", "--out", str(out))
    assert (result.code, result.out) == (1, "")
    assert result.err == (
        "netdesk: error: 'pdf' is not an export format; choose one of: vcard, csv, json, ics\n"
    )
    assert not out.exists()


@pytest.mark.parametrize("fmt", ["vcard", "csv", "json"])
def test_people_formats_go_through_the_same_command(cli, tmp_path: Path, fmt: str) -> None:
    _seed(cli)
    out = tmp_path / f"people.{fmt}"
    result = cli("--json", "export", "--format", fmt.upper(), "--out", str(out))
    assert result.code == 0, result.err
    assert result.json["people"] == 1 and result.json["format"] == fmt
    assert "Ada Peters" in out.read_text(encoding="utf-8-sig")


def test_bad_zone_and_unwritable_target_leave_nothing(cli, tmp_path: Path) -> None:
    _seed(cli)
    out = tmp_path / "f.ics"
    out.write_bytes(b"older export")
    result = cli("export", "--format", "ics", "--out", str(out), "--timezone", "Mars/Base")
    assert result.code == 1 and result.err.startswith("netdesk: error: 'Mars/Base'")
    assert out.read_bytes() == b"older export"
    missing = tmp_path / "no" / "such" / "dir" / "f.ics"
    result = cli("export", "--format", "ics", "--out", str(missing))
    assert result.code == 1 and "Traceback" not in result.err
    assert result.err.startswith("netdesk: error: cannot write")
    assert not missing.parent.exists()
