"""``netdesk card``: set, show, list, qr, sheet, and the error contract."""

from __future__ import annotations

import vobject
import zxingcpp
from PIL import Image


def test_set_then_qr_png_decodes_to_the_card(cli, tmp_path):
    result = cli(
        "card", "set", "--name", "José Ørsted", "--org", "Waterschap; Rijn",
        "--department", "Pumping", "--title", "Engineer",
        "--email", "jose@example.org", "--email", "j@example.com", "--phone", "+31 6 1234 5678",
        "--note", "line one\nline two",
    )  # fmt: skip
    assert result.code == 0, result.err
    out = tmp_path / "card.png"
    result = cli("--json", "card", "qr", "--out", str(out), "--size", "480")
    assert result.code == 0, result.err
    assert result.json["qr"]["eci_utf8"] is True
    image = Image.open(out).convert("L")
    assert image.size == (480, 480)
    card = vobject.readOne(zxingcpp.read_barcodes(image)[0].text)
    assert card.fn.value == "José Ørsted"
    assert card.org.value == ["Waterschap; Rijn", "Pumping"]
    assert [e.value for e in card.email_list] == ["jose@example.org", "j@example.com"]
    assert card.note.value == "line one\nline two"


def test_set_keeps_fields_not_named_and_hide_share(cli, store):
    assert cli("card", "set", "--name", "Sam Lee", "--phone", "+44 20 7946 0958").code == 0
    assert cli("card", "set", "--title", "Engineer", "--hide", "phones").code == 0
    profile = store.cards.get("work")
    assert profile.fields["name"] == "Sam Lee" and profile.fields["phones"] == ["+44 20 7946 0958"]
    assert "phones" not in profile.shared and "title" in profile.shared
    shown = cli("card", "show")
    assert "(hidden)" in shown.out and "TEL" not in shown.out and "TITLE:Engineer" in shown.out
    assert cli("card", "set", "--phone", "+44 7700 900123").code == 0
    assert "phones" not in store.cards.get("work").shared  # a new value stays hidden
    assert cli("card", "set", "--share", "phones").code == 0
    assert "TEL;TYPE=VOICE:+44 7700 900123" in cli("card", "show").out


def test_profiles_and_mecard_svg(cli, tmp_path):
    cli("card", "set", "--name", "Sam Lee")
    cli("card", "set", "--profile", "personal", "--name", "Sam", "--email", "sam@example.com")
    listing = cli("--json", "card", "list").json
    assert [p["name"] for p in listing] == ["work", "personal"]
    out = tmp_path / "personal.svg"
    result = cli("card", "qr", "--profile", "personal", "--format", "mecard", "--out", str(out))
    assert result.code == 0, result.err
    assert out.read_text().startswith("<?xml")


def test_too_long_card_is_refused_with_fields_to_drop_and_nothing_written(cli, tmp_path):
    cli("card", "set", "--name", "Sam Lee", "--note", "x" * 900)
    out = tmp_path / "card.png"
    result = cli("card", "qr", "--out", str(out))
    assert result.code == 1
    assert result.err.startswith("netdesk: error: ") and result.err.count("\n") == 1
    assert "leave out or shorten: note" in result.err
    assert not out.exists() and list(tmp_path.glob("card.png*")) == []


def test_errors_unknown_profile_and_image_type(cli, tmp_path):
    result = cli("card", "qr", "--profile", "nope", "--out", str(tmp_path / "x.png"))
    assert result.code == 1 and "no card profile named 'nope'" in result.err
    cli("card", "set", "--name", "Sam Lee")
    result = cli("card", "qr", "--out", str(tmp_path / "x.gif"))
    assert result.code == 1 and ".gif" in result.err
    assert "Traceback" not in result.err


def test_sheet_from_attendee_csv(cli, tmp_path):
    csv = tmp_path / "attendees.csv"
    rows = [f"Person {i},Org {i % 3},p{i}@example.org" for i in range(10)]
    csv.write_text("name,organisation,email\n" + "\n".join(rows) + "\n")
    out = tmp_path / "badges.pdf"
    result = cli("--json", "card", "sheet", "--out", str(out), "--attendees", str(csv))
    assert result.code == 0, result.err
    assert result.json["pages"] == 2 and result.json["layout"] == "badges"
    assert out.read_bytes().startswith(b"%PDF")


def test_sheet_from_an_attendee_list_without_names_is_refused(cli, tmp_path):
    csv = tmp_path / "attendees.csv"
    csv.write_text("name,organisation\n,Acme\n")
    out = tmp_path / "badges.pdf"
    result = cli("card", "sheet", "--out", str(out), "--attendees", str(csv))
    assert result.code == 1 and "nothing to print" in result.err
    assert list(tmp_path.glob("badges.pdf*")) == []
