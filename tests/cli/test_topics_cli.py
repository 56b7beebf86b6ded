"""``netdesk topic``, ``intro``, ``brief`` and ``report`` from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_imports import loaded_after


def test_topics_peers_and_matches(cli) -> None:
    lotte = cli("person", "add", "Lotte", "--org", "Gemeente Utrecht", "--json").json["id"]
    ravi = cli("person", "add", "Ravi", "--org", "Deltares", "--json").json["id"]
    added = cli("topic", "add", str(lotte), "Ageing pumping stations", "--json").json
    assert added["label"] == "Ageing pumping stations" and added["role"] == "challenge"
    again = cli("topic", "add", str(ravi), "ageing pumping-station", "--role", "offer", "--json")
    assert again.json["topic_id"] == added["topic_id"]
    assert cli("topic", "add", "me", "Pumping stations!", "--role", "challenge").code == 0

    listed = cli("topic", "list", str(ravi), "--json").json
    assert [(t["label"], t["role"]) for t in listed] == [("Ageing pumping stations", "offer")]
    assert [t["label"] for t in cli("topic", "list", "me", "--json").json] == ["Pumping stations!"]
    peers = cli("topic", "peers", "AGEING PUMPING STATIONS", "--json").json["peers"]
    assert {p["full_name"] for p in peers} == {"Lotte", "Ravi"}
    matches = cli("topic", "matches", "ageing pumping stations")
    assert matches.out.strip() == (
        "Ravi offers what Lotte needs (Ageing pumping stations): introduce them?"
    )

    missing = cli("topic", "peers", "tendering")
    assert missing.code == 1
    assert missing.err == (
        "netdesk: error: nobody holds a topic called 'tendering' yet; add it to a person first\n"
    )
    bad_role = cli("topic", "add", str(ravi), "x", "--role", "wish")
    assert bad_role.code == 2


def test_introduction_outcomes_from_the_command_line(cli, db_path: Path) -> None:
    a = cli("person", "add", "Ana", "--json").json["id"]
    b = cli("person", "add", "Bo", "--json").json["id"]
    assert cli("intro", "list").out.strip() == "No introductions yet."
    from netdesk.core.storage.store import Store

    with Store.open(db_path) as store:
        intro = store.introductions.add(a, b, "same problem")
    done = cli("intro", "outcome", str(intro), "They run a pilot together", "--json")
    assert done.json["introduction"]["outcome"] == "They run a pilot together"
    assert "They run a pilot together" in cli("intro", "list").out
    assert cli("intro", "outcome", "999", "x").err == (
        "netdesk: error: there is no introduction with id 999\n"
    )


def test_brief_and_report_write_pdfs(cli, tmp_path: Path) -> None:
    event = cli("event", "add", "Aqua Nederland", "--date", "2026-12-03", "--json").json["id"]
    brief = cli("brief", str(event), "--out", str(tmp_path / "brief.pdf"), "--json")
    assert brief.code == 0, brief.err
    assert brief.json["pages"] == 1 and brief.json["known"] == 0
    assert (tmp_path / "brief.pdf").read_bytes().startswith(b"%PDF")
    report = cli("report", "--month", "2026-11", "--out", str(tmp_path / "r.pdf"), "--json")
    assert report.code == 0, report.err
    assert report.json["month"] == "2026-11" and report.json["people_met"] == 0
    assert (tmp_path / "r.pdf").stat().st_mode & 0o777 == 0o600

    assert cli("brief", "999", "--out", str(tmp_path / "x.pdf")).err == (
        "netdesk: error: there is no event with id 999\n"
    )
    bad = cli("report", "--month", "november", "--out", str(tmp_path / "x.pdf"))
    assert bad.code == 1 and "'november' is not a month" in bad.err
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    "argv",
    [["topic", "list", "me"], ["topic", "peers", "Data literacy"], ["intro", "list"]],
)
def test_topic_lookups_load_nothing_heavy(tmp_path: Path, argv: list[str]) -> None:
    from netdesk.cli import main as cli_main

    db = tmp_path / "n.db"
    assert cli_main.main(["--db", str(db), "demo", "--people", "30"]) == 0
    code = (
        "import sys, io, contextlib\n"
        "import netdesk.cli.main as m\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert m.main([*sys.argv[2:], '--db', sys.argv[1]]) == 0\n"
    )
    assert loaded_after(code, str(db), *argv) == []
