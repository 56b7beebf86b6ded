"""``netdesk scan IMAGE… [--event ID] --json``: the summary contract and the error contract."""

from __future__ import annotations

from pathlib import Path

from tests.scanimages import MECARD, VCARD21, VCARD30, phone_photo, qr_image


def _event(cli) -> int:
    return cli("event", "add", "Breakfast", "--date", "2026-11-24", "--json").json["id"]


def test_scan_json_summary_and_ids(cli, tmp_path: Path) -> None:
    event = _event(cli)
    a, b = tmp_path / "a.png", tmp_path / "b.jpg"
    qr_image(VCARD21).save(a)
    phone_photo(qr_image(MECARD)).save(b, "JPEG", quality=85)
    result = cli("scan", str(a), str(b), "--event", str(event), "--json")
    assert result.code == 0, result.err
    data = result.json
    assert data["summary"] == {
        "created": 2,
        "merged": 0,
        "unchanged": 0,
        "possible_duplicates": 0,
        "restored": 0,
        "errors": [],
    }
    assert len(data["ids"]) == 2
    assert [p["name"] for p in data["people"]] == ["Jürgen Müller", "Hiroshi Tanaka"]

    listed = cli("person", "list", "--event", str(event), "--json").json
    assert sorted(p["id"] for p in listed) == sorted(data["ids"])

    again = cli("scan", str(a), "--event", str(event), "--json").json
    assert again["summary"]["unchanged"] == 1 and again["ids"] == data["ids"][:1]


def test_scan_reports_differences_in_plain_text(cli, tmp_path: Path) -> None:
    first, second = tmp_path / "first.png", tmp_path / "second.png"
    qr_image(VCARD30).save(first)
    qr_image(VCARD30.replace("TITLE:Engineer", "TITLE:Director")).save(second)
    assert cli("scan", str(first)).code == 0
    result = cli("scan", str(second))
    assert result.code == 0
    assert "second.png: unchanged 1 Zoë Ångström" in result.out
    assert "kept title 'Engineer' (card says 'Director')" in result.out


def test_partial_errors_are_in_the_summary_with_exit_zero(cli, tmp_path: Path) -> None:
    good, wifi = tmp_path / "good.png", tmp_path / "wifi.png"
    qr_image(MECARD).save(good)
    qr_image("WIFI:T:WPA;S:Guest;P:x;;").save(wifi)
    result = cli("scan", str(good), str(wifi), str(tmp_path / "gone.png"), "--json")
    assert result.code == 0
    errors = result.json["summary"]["errors"]
    assert [(e["where"], "Wi-Fi" in e["reason"]) for e in errors] == [
        ("wifi.png", True),
        ("gone.png", False),
    ]


def test_nothing_usable_is_exit_one_with_the_summary(cli, tmp_path: Path) -> None:
    bad = tmp_path / "cut.jpg"
    phone_photo(qr_image(MECARD)).save(bad, "JPEG")
    bad.write_bytes(bad.read_bytes()[:5000])
    result = cli("scan", str(bad), "--json")
    assert result.code == 1
    assert result.json["summary"]["errors"][0]["where"] == "cut.jpg"
    assert result.err.startswith("netdesk: error: cut.jpg is damaged or incomplete")
    assert result.err.count("\n") == 1


def test_unknown_event_is_one_error_line_and_nothing_written(cli, tmp_path: Path) -> None:
    card = tmp_path / "card.png"
    qr_image(MECARD).save(card)
    result = cli("scan", str(card), "--event", "42")
    assert result.code == 1
    assert result.err == "netdesk: error: there is no event with id 42\n"
    assert cli("person", "list", "--json").json == []


def test_usage_error_without_images(cli) -> None:
    result = cli("scan")
    assert result.code == 2
    assert result.err.startswith("netdesk: error:")
