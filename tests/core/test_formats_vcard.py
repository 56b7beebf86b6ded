"""The tolerant vCard reader on the shapes real exports take."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from netdesk.core.formats.vcard import MAX_CARD, MAX_LINE, decode_bytes, read_vcards

OUTLOOK_21 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;LANGUAGE=de;CHARSET=Windows-1252:M=FCller;J=FCrgen\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BC=\r\n"
    "ller\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:First line=0D=0A=\r\n"
    "second line\r\n"
    "TEL;WORK;VOICE:+49 221 1234567\r\n"
    "EMAIL;PREF;INTERNET:jm@example.de\r\n"
    "END:VCARD\r\n"
)


def test_quoted_printable_with_soft_line_breaks_and_charset() -> None:
    result = read_vcards(OUTLOOK_21)
    assert result.problems == []
    (card,) = result.cards
    assert card.full_name == "Jürgen Müller"
    assert card.notes == "First line\nsecond line"
    assert [(c.kind, c.value, c.label) for c in card.contacts] == [
        ("phone", "+49 221 1234567", "work"),
        ("email", "jm@example.de", ""),
    ]


def test_legacy_charset_bytes_decode_per_line() -> None:
    data = "BEGIN:VCARD\nFN:Ren\xe9 Fran\xe7ois\nEND:VCARD\n".encode("cp1252")
    (card,) = read_vcards(decode_bytes(data)).cards
    assert card.full_name == "René François"


def test_folded_lines_groups_labels_several_values() -> None:
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ana Lo\n pez García\nN:López García;Ana;;;\n"
        "ORG:Canal de Isabel II;Redes\\, agua;Norte\n"
        "item1.EMAIL;type=INTERNET:ana@example.es\nitem1.X-ABLabel:_$!<Work>!$_\n"
        "item2.URL:https://www.linkedin.com/in/analopez\nitem2.X-ABLabel:LinkedIn\n"
        "TEL;TYPE=work,voice;TYPE=pref:+34 91 123 45 67\n"
        'TEL;TYPE="cell,text":+34 600 123 456\n'
        "EMAIL:ana.personal@example.com\n"
        "END:VCARD\n"
    )
    result = read_vcards(text)
    assert result.problems == []
    (card,) = result.cards
    assert card.full_name == "Ana Lopez García"
    assert card.organisation == "Canal de Isabel II"
    assert card.department == "Redes, agua, Norte"
    assert [(c.kind, c.label) for c in card.contacts] == [
        ("email", "work"),
        ("url", "linkedin"),
        ("phone", "work"),
        ("phone", "cell,text"),
        ("email", ""),
    ]


def test_vcard_40_with_uid_and_escaped_note() -> None:
    text = (
        "BEGIN:VCARD\nVERSION:4.0\nFN:Ødegård Siv\nUID:urn:uuid:1234\n"
        "NOTE:Pumps\\nand more\\; really\nTEL;VALUE=uri;TYPE=work:tel:+47-22-12-34-56\n"
        "END:VCARD"
    )
    (card,) = read_vcards(text).cards
    assert card.uid == "urn:uuid:1234"
    assert card.notes == "Pumps\nand more; really"
    assert card.contacts[0].value == "+47-22-12-34-56"


def test_bad_lines_are_reported_with_card_and_line_and_the_rest_salvaged() -> None:
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:First Person\nthis line has no colon\n"
        "EMAIL:not-an-address\nEMAIL:first@example.org\nEND:VCARD\n"
        "stray text between cards\n"
        "BEGIN:VCARD\nFN:Second Person\nN;CHARSET=x-nonsense:a;b\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nEND:VCARD\n"
        "BEGIN:VCARD\nFN:Last One\n"
    )
    result = read_vcards(text)
    assert [c.full_name for c in result.cards] == ["First Person", "Second Person", "Last One"]
    where = [(p.card, p.line) for p in result.problems]
    assert (1, 4) in where  # no colon
    assert any(p.card == 1 and "not a valid email" in p.reason for p in result.problems)
    assert (0, 8) in where  # outside any card
    assert any(p.card == 2 and "character set" in p.reason for p in result.problems)
    assert any(
        p.card == 3 and "no name, organisation" in p.reason and p.whole for p in result.problems
    )
    assert any(p.card == 4 and "END:VCARD" in p.reason for p in result.problems)
    assert str(result.problems[0]).startswith("card 1, line 4:")


def test_a_one_megabyte_card_is_read_without_trouble() -> None:
    note = "x" * 1_000_000
    photo = "A" * 500_000
    text = f"BEGIN:VCARD\nFN:Big Card\nPHOTO;ENCODING=b:{photo}\nNOTE:{note}\nEND:VCARD\n"
    result = read_vcards(text)
    (card,) = result.cards
    assert card.full_name == "Big Card"
    assert card.notes == ""  # the over-long line is refused, and said so
    assert any("longer than" in p.reason for p in result.problems)


def test_control_characters_and_bidi_overrides_are_removed() -> None:
    text = "BEGIN:VCARD\nFN:Eve\x00\x07 \u202eliam\nORG:Acme\x1b[31m\nEND:VCARD"
    (card,) = read_vcards(text).cards
    assert card.full_name == "Eve liam"
    assert "\x1b" not in card.organisation


def test_invalid_utf8_bytes_become_replacement_characters_not_errors() -> None:
    data = b"BEGIN:VCARD\nFN:Bad \xff\xfe bytes\nEMAIL:ok@example.org\nEND:VCARD\n"
    (card,) = read_vcards(decode_bytes(data)).cards
    assert card.full_name.startswith("Bad")
    assert card.contacts[0].value == "ok@example.org"


def test_formula_and_html_are_kept_inert_and_flagged() -> None:
    text = (
        'BEGIN:VCARD\nFN:=HYPERLINK("http://evil.example","click")\n'
        "ORG:<img src=x onerror=alert(1)>\nTEL:+31 6 12345678\nEND:VCARD"
    )
    (card,) = read_vcards(text).cards
    assert card.full_name.startswith("=HYPERLINK")
    assert set(card.flags) == {"full_name: formula", "organisation: markup"}


def test_quoted_printable_windows_1252_without_charset() -> None:
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "FN;ENCODING=QUOTED-PRINTABLE:Fran=E7oise M=FCller\r\nEND:VCARD"
    )
    (card,) = read_vcards(text).cards
    assert card.full_name == "Françoise Müller"


def _card_with_emails(count: int) -> str:
    emails = "".join(f"EMAIL;TYPE=work:person{i}@example.org\r\n" for i in range(count))
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Many Addresses\r\n{emails}END:VCARD\r\n"


def test_a_card_of_100000_properties_is_read_whole() -> None:
    # That it takes linear time is measured in benchmarks/bench_vcard_scaling.py.
    (card,) = read_vcards(_card_with_emails(100_000)).cards
    assert len(card.contacts) == 100_000


def _folded_photo(size: int) -> str:
    photo = "QUJD" * (size // 4)
    folded = "\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
    return f"BEGIN:VCARD\r\nFN:Photo Person\r\nPHOTO;ENCODING=b:{folded}\r\nEND:VCARD\r\n"


def _soft_broken_note(size: int) -> str:
    lines = "=\r\n".join("=41" * 25 for _ in range(size // 75))
    return f"BEGIN:VCARD\r\nFN:Long Note\r\nNOTE;ENCODING=QUOTED-PRINTABLE:{lines}\r\nEND:VCARD\r\n"


@pytest.mark.parametrize("make", [_folded_photo, _soft_broken_note])
def test_long_folded_values_are_unfolded_and_the_card_kept(make: Callable[[int], str]) -> None:
    # In linear time: benchmarks/bench_vcard_scaling.py.
    (card,) = read_vcards(make(5_000_000)).cards  # the photo is skipped, the card kept
    assert card.full_name in ("Photo Person", "Long Note")


def test_a_property_over_the_limit_is_one_clear_line_and_the_card_is_kept() -> None:
    note = "x" * (MAX_LINE + 1)
    text = f"BEGIN:VCARD\nFN:Ann Lee\nNOTE:{note}\nEMAIL:ann@example.org\nEND:VCARD\n"
    result = read_vcards(text)
    (card,) = result.cards
    assert card.full_name == "Ann Lee" and card.contacts[0].value == "ann@example.org"
    assert [str(p) for p in result.problems] == [
        "card 1, line 3: the NOTE line is longer than 64 KB; it was left out"
    ]


def test_a_card_over_the_size_limit_is_one_clear_line_and_the_next_card_is_read() -> None:
    notes = "".join(f"NOTE:{'y' * 60_000}\n" for _ in range(MAX_CARD // 60_000 + 1))
    text = (
        f"BEGIN:VCARD\nFN:Broken Export\n{notes}END:VCARD\nBEGIN:VCARD\nFN:Next Person\nEND:VCARD\n"
    )
    result = read_vcards(text)
    assert [c.full_name for c in result.cards] == ["Next Person"]
    assert [str(p) for p in result.problems] == [
        "card 1, line 1: the card holds more than 4 MB of text (photos aside);"
        " it was left out, split or clean it up first"
    ]
