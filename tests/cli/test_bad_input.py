"""Input a user can type or a file can hold: one clear line each, and nothing changed.

Each of these once ended in "unexpected problem … report it" or was silently accepted.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from netdesk.core.formats.vcard import read_vcards


def _one_clear_line(result) -> str:
    assert result.code == 1, (result.code, result.err)
    assert "unexpected problem" not in result.err
    lines = result.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("netdesk: error: "), result.err
    return lines[0]


def _people(cli) -> list:
    return cli("person", "list", "--json").json


def test_a_name_in_another_terminal_encoding_is_refused_clearly(cli) -> None:
    # What Python makes of b"Jos\xe9" typed in a Latin-1 terminal under a UTF-8 locale.
    name = os.fsdecode(b"Jos\xe9")
    line = _one_clear_line(cli("person", "add", name))
    assert "'Jos\\xe9' is not UTF-8 text" in line
    assert _people(cli) == []


def test_a_file_name_that_is_not_utf8_is_named_and_nothing_is_imported(
    cli,
    tmp_path: Path,
) -> None:
    path = tmp_path / os.fsdecode(b"caf\xe9.vcf")
    path.write_text("BEGIN:VCARD\nFN:Ann Lee\nEND:VCARD\n", encoding="utf-8")
    line = _one_clear_line(cli("import", str(path)))
    assert "caf\\xe9.vcf" in line and "rename the file" in line
    assert _people(cli) == []


@pytest.mark.parametrize("value", ["99999999999999999999999", "0", "-3", "twelve"])
def test_an_id_out_of_range_is_a_usage_error(cli, value: str) -> None:
    result = cli("person", "show", value)
    assert result.code == 2
    assert f"'{value}' is not an id" in result.err
    assert "unexpected problem" not in result.err


def test_a_huge_limit_is_a_usage_error(cli) -> None:
    result = cli("person", "list", "--limit", "99999999999999999999999")
    assert result.code == 2 and "is not a whole number from 0 to 1000000000" in result.err
    assert cli("person", "list", "--search", "a", "--limit", "1000000000").code == 0


def test_a_csv_cell_over_128_kb_costs_its_row_only(cli, tmp_path: Path) -> None:
    # An attendee list whose one row swallowed a pasted blob: the other rows still count.
    path = tmp_path / "attendees.csv"
    blob = "x" * 200_000
    path.write_text(
        f'Name,Email\nAnn Lee,ann@example.org\nBob Blob,"{blob}"\nCy Doe,cy@example.org\n',
        encoding="utf-8",
    )
    result = cli("import", str(path), "--json")
    assert result.code == 0, result.err
    assert [p["name"] for p in result.json["people"]] == ["Ann Lee", "Cy Doe"]
    (error,) = result.json["summary"]["errors"]
    assert error["where"] == "attendees.csv, row 3"
    assert "longer than 128 KB" in error["reason"] and "line 3 was left out" in error["reason"]


@pytest.mark.parametrize(
    "document",
    [
        '{"people": 5}',
        '{"format": "netdesk-json", "tables": {"people": 5, "contact_points": []}}',
        '{"format": "netdesk-json", "tables": {"people": [], "contact_points": {"a": 1}}}',
        "[" * 100_000 + "]" * 100_000,
    ],
    ids=["people-number", "tables-people-number", "points-object", "deeply-nested"],
)
def test_json_that_is_no_netdesk_export_is_refused_clearly(
    cli,
    tmp_path: Path,
    document: str,
) -> None:
    path = tmp_path / "contacts.json"
    path.write_text(document, encoding="utf-8")
    line = _one_clear_line(cli("import", str(path)))
    assert line == "netdesk: error: contacts.json is not a netdesk JSON file"


def test_odd_values_in_a_netdesk_export_are_kept_as_text(cli, tmp_path: Path) -> None:
    document = {
        "format": "netdesk-json",
        "tables": {
            "people": [{"id": [7], "full_name": "Ann Lee", "vcard_uid": 42, "title": 3}],
            "contact_points": [{"person_id": [7], "kind": "email", "value": "ann@example.org"}],
        },
    }
    path = tmp_path / "hand-edited.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    result = cli("import", str(path), "--json")
    assert result.code == 0, result.err
    person = cli("person", "show", str(result.json["ids"][0]), "--json").json["person"]
    assert (person["title"], person["vcard_uid"]) == ("3", "42")
    assert [c["value"] for c in person["contacts"]] == ["ann@example.org"]


@pytest.fixture
def person(cli) -> str:
    return str(cli("person", "add", "Ann Lee", "--json").json["id"])


@pytest.mark.parametrize("time", ["12:00+05:00", "12:00Z"])
def test_a_time_with_an_offset_is_refused_not_dropped(cli, person: str, time: str) -> None:
    result = cli("followup", "add", person, "Call", "--due", "2026-12-01", "--time", time)
    assert "has a time zone offset" in _one_clear_line(result)
    assert cli("followup", "list", "--all", "--json").json == []


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1899-12-31", "2200-01-01"])
def test_snoozing_to_a_nonsensical_date_is_refused(cli, person: str, day: str) -> None:
    followup = cli("followup", "add", person, "Call", "--due", "2026-12-01", "--json").json["id"]
    line = _one_clear_line(cli("followup", "snooze", str(followup), "--until", day))
    assert f"{day} is not a date netdesk accepts" in line
    (item,) = cli("followup", "list", "--all", "--json").json
    assert item["status"] == "open" and item["snoozed_until"] is None


def test_a_snooze_within_the_range_still_works(cli, person: str) -> None:
    followup = cli("followup", "add", person, "Call", "--due", "2026-12-01", "--json").json["id"]
    result = cli("followup", "snooze", str(followup), "--until", "2199-12-31")
    assert result.code == 0, result.err


@pytest.mark.parametrize(
    ("option", "value", "field"),
    [
        ("--email", "bad", "emails"),
        ("--phone", "call me", "phones"),
        ("--website", "not a site", "website"),
        ("--linkedin", "in/ann lee", "linkedin"),
        ("--url", "nowhere", "urls"),
    ],
)
def test_a_bad_address_on_my_card_is_refused_naming_its_field(
    cli,
    option: str,
    value: str,
    field: str,
) -> None:
    assert cli("card", "set", "--name", "Ann Lee", "--email", "ann@example.org").code == 0
    line = _one_clear_line(cli("card", "set", option, value))
    assert line.startswith(f"netdesk: error: {field}: '{value}' is not a valid")
    shown = cli("card", "show", "--json")
    assert shown.code == 0, shown.err
    assert shown.json["profile"]["fields"]["emails"] == ["ann@example.org"]
    card = read_vcards(shown.json["payload"]).cards[0]
    assert [c.value for c in card.contacts] == ["ann@example.org"]


def test_restoring_someone_not_in_the_trash_says_so(cli, person: str) -> None:
    line = _one_clear_line(cli("person", "restore", person))
    assert line == f"netdesk: error: person {person} is not in the trash"
    assert cli("person", "delete", person).code == 0
    restored = cli("person", "restore", person)
    assert restored.code == 0 and "Restored 1" in restored.out
    assert "no person with id 999" in _one_clear_line(cli("person", "restore", "999"))


def test_a_card_with_thousands_of_addresses_imports_and_every_one_is_searchable(
    cli,
    tmp_path: Path,
) -> None:
    # The search index was rebuilt per address, reading all of them each time: quadratic.
    emails = "".join(f"EMAIL:person{i}@example.org\n" for i in range(3000))
    path = tmp_path / "big.vcf"
    path.write_text(f"BEGIN:VCARD\nFN:Many Addresses\n{emails}END:VCARD\n", encoding="utf-8")
    result = cli("import", str(path), "--json")
    assert result.code == 0, result.err
    (person_id,) = result.json["ids"]
    for needle in ("person0", "person2999"):
        found = cli("person", "list", "--search", needle, "--json").json
        assert [p["id"] for p in found] == [person_id]
    assert len(cli("person", "show", str(person_id), "--json").json["person"]["contacts"]) == 3000
