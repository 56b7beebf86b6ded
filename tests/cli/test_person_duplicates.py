"""``netdesk person duplicates`` and ``netdesk person distinct``; import says what it set aside."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_duplicates import LOOK_ALIKES, vcard


def _import_look_alikes(cli, tmp_path: Path) -> dict:
    path = tmp_path / "look-alikes.vcf"
    path.write_text("".join(vcard(*p) for p in LOOK_ALIKES), encoding="utf-8")
    result = cli("import", str(path), "--json")
    assert result.code == 0, result.err
    return result.json


def test_import_lists_possible_duplicates_and_distinct_settles_them(cli, tmp_path: Path) -> None:
    imported = _import_look_alikes(cli, tmp_path)
    assert imported["summary"]["created"] == 6
    assert imported["summary"]["possible_duplicates"] == 3
    pairs = cli("person", "duplicates", "--json").json
    assert [(p["person_name"], p["other_name"]) for p in pairs] == [
        ("Anna Jansen", "Anne Jansen"),
        ("Mark Smit", "Marc Smit"),
        ("Peter de Vries", "Pieter de Vries"),
    ]
    text = cli("person", "duplicates").out
    assert "Anne Jansen" in text and "close name, same organisation" in text
    first = pairs[0]
    done = cli("person", "distinct", str(first["other_id"]), str(first["person_id"]), "--json")
    assert done.code == 0 and done.json["status"] == "distinct"
    assert len(cli("person", "duplicates", "--json").json) == 2
    # Importing the same cards again does not bring the settled pair back.
    _import_look_alikes(cli, tmp_path)
    assert len(cli("person", "duplicates", "--json").json) == 2


def test_import_text_names_the_look_alike(cli, tmp_path: Path) -> None:
    path = tmp_path / "a.vcf"
    path.write_text("".join(vcard(*p) for p in LOOK_ALIKES[:2]), encoding="utf-8")
    out = cli("import", str(path)).out
    assert "may be the same person as 1: see 'netdesk person duplicates'" in out


def test_distinct_refuses_one_person_twice_and_unknown_ids(cli) -> None:
    ada = cli("person", "add", "Ada", "--json").json["id"]
    same = cli("person", "distinct", str(ada), str(ada))
    assert same.code == 1 and same.err.count("\n") == 1
    assert same.err.startswith("netdesk: error: person") and "Traceback" not in same.err
    missing = cli("person", "distinct", str(ada), "999")
    assert missing.code == 1 and "there is no person with id 999" in missing.err
    assert cli("person", "duplicates").out.strip() == "No possible duplicates."
