"""The command-line contract from DESIGN.md: JSON with ids, one-line errors, no half writes."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

import pytest

from netdesk.cli.main import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_issue_walkthrough(cli) -> None:
    event = cli("event", "add", "Breakfast Club", "--date", "2026-11-20", "--kind", "breakfast",
                "--json")  # fmt: skip
    assert event.code == 0 and event.json["id"] == 1
    person = cli("person", "add", "José Ørsted", "--org", "Waterschap Rivierenland", "--event",
                 str(event.json["id"]), "--json")  # fmt: skip
    assert person.code == 0
    pid = person.json["id"]
    found = cli("person", "list", "--search", "jose", "--json").json
    assert [p["id"] for p in found] == [pid]
    yesterday = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    followup = cli("followup", "add", str(pid), "Send the report", "--due", yesterday, "--json")
    assert followup.code == 0
    overdue = cli("followup", "list", "--overdue", "--json").json
    assert [f["id"] for f in overdue] == [followup.json["id"]]
    assert cli("followup", "done", str(followup.json["id"])).code == 0
    assert cli("followup", "list", "--overdue", "--json").json == []
    assert cli("person", "list", "--event", "1", "--json").json[0]["full_name"] == "José Ørsted"


def test_db_and_json_work_after_the_command_too(cli, db_path: Path) -> None:
    from netdesk.cli.main import main

    assert main(["event", "add", "Meetup", "--date", "2026-01-05", "--db", str(db_path)]) == 0
    assert cli("event", "list", "--json").json[0]["name"] == "Meetup"


@pytest.mark.parametrize(
    "args",
    [
        ("event", "add", "X", "--date", "2026-13-45"),
        ("person", "add", "Ada", "--event", "42"),
        ("person", "add", "Ada", "--email", "not-an-email"),
        ("followup", "add", "99", "Call", "--due", "2026-01-01"),
        ("followup", "done", "99"),
    ],
)
def test_bad_input_is_one_line_exit_1_and_changes_nothing(cli, db_path: Path, args) -> None:
    assert cli("event", "add", "Existing", "--date", "2026-01-01").code == 0
    before = digest(db_path)
    result = cli(*args)
    assert result.code == 1
    assert result.err.startswith("netdesk: error: ") and result.err.count("\n") == 1
    assert "Traceback" not in result.err and result.out == ""
    assert digest(db_path) == before


def test_not_a_database(cli, tmp_path: Path) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("shopping list")
    result = cli("event", "list", db=junk)
    assert result.code == 1 and "not a netdesk database" in result.err
    assert junk.read_text() == "shopping list"


def test_usage_errors_exit_2(cli) -> None:
    result = cli("event", "add", "No date")
    assert result.code == 2 and result.err.startswith("netdesk: error: ")
    assert result.err.count("\n") == 1


def test_check_backup_restore(cli, tmp_path: Path) -> None:
    cli("person", "add", "Ada")
    saved = tmp_path / "saved.db"
    assert cli("backup", "--out", str(saved), "--json").json["path"] == str(saved)
    cli("person", "add", "Bob")
    assert cli("restore", str(saved)).code == 0
    assert [p["full_name"] for p in cli("person", "list", "--json").json] == ["Ada"]
    check = cli("check", "--json")
    assert check.code == 0 and check.json["ok"] is True


def test_every_command_is_in_the_readme() -> None:
    text = README.read_text()
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # argparse keeps them here
    missing = [name for name in commands if not re.search(rf"netdesk {name}\b", text)]
    assert missing == []


def test_delete_restore_and_an_explicit_empty_trash(cli) -> None:
    ada = cli("person", "add", "Ada", "--json").json["id"]
    assert cli("person", "delete", str(ada)).code == 0
    assert cli("person", "list", "--json").json == []
    assert cli("trash", "--json").json["people"] == 1
    assert cli("person", "restore", str(ada)).code == 0
    assert [p["id"] for p in cli("person", "list", "--json").json] == [ada]
    cli("person", "delete", str(ada))
    assert cli("trash", "--empty", "--json").json == {"emptied": True, "people": 1, "events": 0}
    assert cli("person", "restore", str(ada)).code == 1
