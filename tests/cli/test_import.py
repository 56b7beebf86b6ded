"""``netdesk import``: vCard files from real exporters, MECARD lines, CSV; all or nothing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.core.test_formats_vcard import OUTLOOK_21

THREE_CARDS = (
    "BEGIN:VCARD\nVERSION:3.0\nFN:Zoë Ångström\nORG:Vattenfall\nEMAIL:zoe@example.se\n"
    "UID:zoe-1\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:3.0\nFN:Broken Line Person\nthis line is broken\n"
    "TEL:+46 8 555 0100\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:4.0\nFN:Only Note\nNOTE:x\nEND:VCARD\n"
)


def test_import_vcf_files_with_salvage_report(cli, tmp_path: Path) -> None:
    event = cli("event", "add", "Conference", "--date", "2026-11-20", "--json").json["id"]
    outlook = tmp_path / "outlook.vcf"
    outlook.write_bytes(OUTLOOK_21.encode("utf-8"))
    mixed = tmp_path / "contacts.vcf"
    mixed.write_text(THREE_CARDS, encoding="utf-8")
    result = cli("import", str(outlook), str(mixed), "--event", str(event), "--json")
    assert result.code == 0, result.err
    data = result.json
    assert data["summary"]["created"] == 4
    assert [p["name"] for p in data["people"]] == [
        "Jürgen Müller",
        "Zoë Ångström",
        "Broken Line Person",
        "Only Note",
    ]
    wheres = [e["where"] for e in data["summary"]["errors"]]
    assert "contacts.vcf, card 2, line 11" in wheres
    # Met at the event, recorded as an import; provenance names the file.
    shown = cli("person", "show", str(data["ids"][1]), "--json").json
    assert shown["encounters"][0]["how"] == "import"
    assert {p["origin"] for p in shown["provenance"]} == {"contacts.vcf"}


def test_import_twice_merges_instead_of_duplicating(cli, tmp_path: Path) -> None:
    path = tmp_path / "cards.vcf"
    path.write_text(THREE_CARDS, encoding="utf-8")
    first = cli("import", str(path), "--json").json
    second = cli("import", str(path), "--json").json
    assert second["summary"]["created"] == 0
    assert second["summary"]["unchanged"] == 3
    assert sorted(second["ids"]) == sorted(first["ids"])


def test_mecard_lines_and_auto_detection(cli, tmp_path: Path) -> None:
    path = tmp_path / "scanned.txt"
    path.write_text(
        "MECARD:N:Tanaka,Hiroshi;EMAIL:tanaka@example.jp;;\n"
        "WIFI:T:WPA;S:Guest;P:x;;\n"
        "BIZCARD:N:Sean;X:Owen;E:srowen@example.com;;\n",
        encoding="utf-8",
    )
    result = cli("import", str(path), "--json")
    assert result.code == 0
    assert result.json["summary"]["created"] == 2
    (error,) = result.json["summary"]["errors"]
    assert error["where"] == "scanned.txt, line 2" and "Wi-Fi" in error["reason"]


def test_csv_through_the_same_matching(cli, tmp_path: Path) -> None:
    cli("person", "add", "Jan de Vries", "--email", "jan@example.nl", "--title", "Engineer")
    path = tmp_path / "attendees.csv"
    path.write_text(
        "Name,Email,Company,Job title\n"
        "Jan de Vries,JAN@example.nl,Waterschap,Director\n"
        "Piet Jansen,piet@example.nl,Gemeente,Advisor\n",
        encoding="utf-8",
    )
    result = cli("import", str(path), "--json")
    assert result.code == 0, result.err
    people = {p["name"]: p for p in result.json["people"]}
    assert people["Jan de Vries"]["outcome"] == "merged"  # organisation filled
    assert people["Jan de Vries"]["differences"] == [
        {"field": "title", "current": "Engineer", "scanned": "Director"}
    ]
    assert people["Piet Jansen"]["outcome"] == "created"


def test_one_unreadable_file_means_nothing_is_imported(cli, tmp_path: Path) -> None:
    good = tmp_path / "good.vcf"
    good.write_text(THREE_CARDS, encoding="utf-8")
    odd = tmp_path / "photo.jpg"
    odd.write_bytes(b"\xff\xd8\xff\xe0 not contacts")
    result = cli("import", str(good), str(odd))
    assert result.code == 1
    assert result.err == (
        "netdesk: error: cannot tell what kind of file photo.jpg is; use --format vcard,"
        " mecard or csv\n"
    )
    assert cli("person", "list", "--json").json == []
    missing = cli("import", str(good), str(tmp_path / "gone.vcf"))
    assert missing.code == 1 and "does not exist" in missing.err
    assert cli("person", "list", "--json").json == []


def test_forced_format_that_does_not_fit(cli, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Name,Email\nA B,a@example.org\n", encoding="utf-8")
    result = cli("import", str(path), "--format", "vcard")
    assert result.code == 1
    assert result.err == "netdesk: error: list.csv is not a vCard file\n"


def test_json_export_imports_into_a_new_database_and_is_refused_on_the_second_go(
    cli, tmp_path
) -> None:
    cli("person", "add", "José Ørsted", "--org", "Waterschap", "--email", "jose@ws.example")
    cli("person", "add", "Zoë O'Brien-Smith", "--phone", "+31 6 1234 5678")
    backup = tmp_path / "everyone.json"
    assert cli("export", "--format", "json", "--out", str(backup)).code == 0
    other = tmp_path / "other.db"
    first = cli("import", str(backup), "--json", db=other)
    assert first.code == 0 and first.json["summary"]["created"] == 2
    # An archive recreates a database with its ids: into one that holds data, it cannot.
    again = cli("import", str(backup), db=other)
    assert again.code == 1 and again.err.count("\n") == 1
    assert "empty database, or use restore" in again.err
    names = [p["full_name"] for p in cli("person", "list", "--json", db=other).json]
    assert names == ["José Ørsted", "Zoë O'Brien-Smith"]


def test_json_of_an_older_netdesk_still_imports_and_merges(cli, tmp_path) -> None:
    """The JSON export before the archive: people and contact points, merged as contacts."""
    cli("person", "add", "José Ørsted", "--email", "jose@ws.example")
    old = tmp_path / "old.json"
    people = [
        {"id": 7, "full_name": "José Ørsted", "organisation": "Waterschap", "vcard_uid": None},
        {"id": 8, "full_name": "Ada Lovelace", "organisation": "", "vcard_uid": None},
    ]
    points = [{"person_id": 7, "kind": "email", "value": "jose@ws.example", "label": ""}]
    document = {"format": "netdesk-json", "schema": 4, "tables": {}}
    document["tables"] = {"people": people, "contact_points": points}
    old.write_text(json.dumps(document), encoding="utf-8")
    result = cli("import", str(old), "--json").json["summary"]
    assert (result["created"], result["merged"]) == (1, 1)


def test_json_that_is_not_a_netdesk_export_is_refused(cli, tmp_path) -> None:
    stray = tmp_path / "package.json"
    stray.write_text('{"name": "left-pad", "version": "1.3.0"}')
    result = cli("import", str(stray))
    assert result.code == 1 and "netdesk JSON" in result.err
    assert cli("person", "list", "--json").json == []


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def test_import_json_carries_its_batch_and_list_and_undo_work(cli) -> None:
    google = str(FIXTURES / "google.csv")
    first = cli("import", google, "--json")
    assert first.code == 0, first.err
    data = first.json
    batch = data["batch"]
    assert isinstance(batch, int)
    assert data["summary"]["created"] == 4 and data["summary"]["errors"] == [
        {"where": "google.csv, row 5", "reason": "no name, organisation, address, phone or link"}
    ]
    again = cli("import", google, "--json").json
    assert (again["summary"]["unchanged"], again["batch"]) == (4, None)
    listed = cli("import", "--list", "--json").json
    assert [(b["id"], b["source"], b["counts"]["created"]) for b in listed] == [
        (batch, "google.csv", 4)
    ]
    text = cli("import", "--list").out
    assert "google.csv" in text and "4 added" in text
    undone = cli("import", "--undo", str(batch), "--json")
    assert undone.code == 0 and len(undone.json["removed"]) == 4
    assert cli("person", "list", "--json").json == []
    twice = cli("import", "--undo", str(batch))
    assert twice.code == 1 and "already undone" in twice.err
    missing = cli("import", "--undo", "99")
    assert missing.err == "netdesk: error: there is no import with id 99\n"


def test_undo_keeps_a_person_edited_since(cli, db_path: Path) -> None:
    batch = cli("import", str(FIXTURES / "headerless.csv"), "--json").json["batch"]
    person = cli("person", "list", "--json").json[0]["id"]
    # Edited later (another second, as a real edit would be).
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "UPDATE people SET updated_at = '2099-01-01T00:00:00Z' WHERE id = ?", (person,)
        )
    result = cli("import", "--undo", str(batch))
    assert result.code == 0
    assert f"kept {person} Fatima Haddad: edited since the import" in result.out
    assert [p["id"] for p in cli("person", "list", "--json").json] == [person]


def test_dry_run_writes_nothing_and_mapping_file_is_used(cli, tmp_path: Path) -> None:
    path = FIXTURES / "headerless.csv"
    dry = cli("import", str(path), "--dry-run")
    assert dry.code == 0
    assert "would add 3, merge 0" in dry.out and "nothing was written" in dry.out
    assert cli("person", "list", "--json").json == []
    mapping = tmp_path / "mapping.json"
    mapping.write_text('{"2": "notes", "4": ""}', encoding="utf-8")
    result = cli("import", str(path), "--mapping", str(mapping), "--json")
    assert result.code == 0, result.err
    shown = cli("person", "show", str(result.json["ids"][0]), "--json").json["person"]
    assert shown["organisation"] == "" and shown["notes"] == "Port of Rotterdam"
    assert [c["kind"] for c in shown["contacts"]] == ["email"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[1, 2]", "is not a column mapping"),
        ('{"1": "birthday"}', "column '1': 'birthday' is not a field"),
        ('{"Fax": "phone"}', "a column 'Fax' that the CSV file does not have"),
    ],
)
def test_a_bad_mapping_file_is_one_line_and_nothing_changes(cli, tmp_path, text, message):
    mapping = tmp_path / "m.json"
    mapping.write_text(text, encoding="utf-8")
    result = cli("import", str(FIXTURES / "headerless.csv"), "--mapping", str(mapping))
    assert result.code == 1 and message in result.err and result.err.count("\n") == 1
    assert cli("person", "list", "--json").json == []


def test_help_names_the_mapping_list_and_undo(cli) -> None:
    result = cli("import", "--help")
    assert result.code == 0
    text = " ".join(result.out.split())  # as wrapped to the terminal's width
    for word in ("--mapping", "--dry-run", "--list", "--undo", "by number from 1"):
        assert word in text
    assert cli("import").code == 2
    assert cli("import", "x.csv", "--list").code == 2
