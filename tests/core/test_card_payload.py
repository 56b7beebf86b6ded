"""The QR text of a card: what phones read back, and what an independent parser sees."""

from __future__ import annotations

import pytest
import vobject
import zxingcpp
from hypothesis import example, given, settings
from hypothesis import strategies as st

from netdesk.core.errors import NetdeskError
from netdesk.core.qr import image as qrimage
from netdesk.core.qr.payload import (
    card_code,
    escape_mecard,
    escape_vcard,
    fields_to_drop,
    fold_line,
    mecard,
    payload,
    split_name,
    vcard,
)

FULL = {
    "name": "José Ørsted",
    "organisation": "Waterschap Rijn en IJssel",
    "department": "Pumping stations",
    "title": "Asset engineer",
    "emails": ["jose@example.org", "j.orsted@example.com"],
    "phones": ["+31 6 1234 5678"],
    "website": "https://example.org",
    "linkedin": "https://www.linkedin.com/in/jose-orsted",
    "note": "Ageing pumping station\nHappy to compare notes",
}

PROFILES = {
    "accented": FULL,
    "chinese": {
        "name": "王小明",
        "organisation": "深圳水务集团",
        "title": "工程师",
        "emails": ["wang@example.cn"],
    },
    "apostrophe": {
        "name": "Zoë O'Brien-Smith",
        "organisation": "Acme",
        "phones": ["+44 20 7946 0958"],
    },
    "semicolon-org": {
        "name": "Anna Kowalska",
        "organisation": "Kowalska; Partners, Ltd",
        "department": "R&D; pumps",
        "emails": ["anna@example.pl"],
    },
    "multi-line-note": {
        "name": "Jan van der Berg",
        "note": "Line one\nLine two, with a comma; and semicolon\r\nBackslash \\ here\rlast",
    },
    "ascii": {"name": "Sam Lee", "organisation": "Example Inc", "emails": ["sam@example.com"]},
}


def decode(code: qrimage.QrCode, size: int = 600) -> zxingcpp.Barcode:
    # QR codes only, as the app reads them: a 1D reader can see a UPC-E in a QR's modules.
    found = zxingcpp.read_barcodes(
        qrimage.image(code, size), formats=zxingcpp.BarcodeFormat.QRCode
    )
    assert len(found) == 1
    return found[0]


def normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def at_capacity() -> dict[str, object]:
    """A profile whose vCard fills the largest comfortable code to the last byte."""
    fields = {"name": "José Ørsted", "organisation": "Ørsted", "note": ""}
    limit = qrimage.max_payload_bytes(eci=True)
    # The note grows one ASCII byte at a time; folding adds 3 bytes now and then.
    while len(vcard({**fields, "note": fields["note"] + "x"}).encode()) <= limit:
        fields["note"] += "x"
    assert len(vcard(fields).encode()) in (limit, limit - 1, limit - 2)
    return fields


@pytest.mark.parametrize("fmt", ["vcard", "mecard"])
@pytest.mark.parametrize("key", [*PROFILES, "capacity-limit"])
def test_every_profile_decodes_back_to_its_payload(store, key, fmt):
    fields = at_capacity() if key == "capacity-limit" else PROFILES[key]
    if key == "capacity-limit" and fmt == "mecard":
        fields = {**fields, "note": fields["note"][:200]}
    profile = store.cards.save(key, fields)
    code = card_code(profile, fmt)
    text = payload(profile, fmt)
    assert code.payload == text
    assert normalise(decode(code).text) == normalise(text)


def test_capacity_limit_is_the_largest_version_and_one_byte_more_is_refused(store):
    fields = at_capacity()
    code = card_code(fields)
    assert code.fit.version == qrimage.COMFORT_VERSION
    assert code.fit.level == "M"
    longer = {**fields, "note": fields["note"] + "xxxx"}
    with pytest.raises(NetdeskError) as refused:
        card_code(longer)
    assert refused.value.code == "card-too-long"
    assert refused.value.params["drop"] == ["note"]
    assert "note" in str(refused.value)


def test_over_long_card_names_the_fields_to_drop_and_never_draws_a_dense_code():
    fields = {
        **FULL,
        "note": "",
        "address": "Hoofdstraat 1\n1234 AB Arnhem\nNederland" * 3,
        "urls": [f"https://example.org/projects/{i}/pumping-station-renewal" for i in range(5)],
    }
    with pytest.raises(NetdeskError) as refused:
        card_code(fields)
    drop = refused.value.params["drop"]
    assert drop and "name" not in drop
    kept = {k: v for k, v in fields.items() if k not in drop}
    assert card_code(kept).fit.version <= qrimage.COMFORT_VERSION
    # The advice is minimal: putting back the last field it names breaks the fit again.
    back = {k: v for k, v in fields.items() if k not in drop[:-1]}
    assert qrimage.fit(vcard(back)) is None


def test_single_field_that_suffices_is_preferred():
    fields = {**FULL, "note": "n" * 600}
    assert fields_to_drop(fields) == ["note"]


def test_vcard_parses_with_vobject_to_the_same_fields():
    card = vobject.readOne(vcard(FULL))
    assert card.version.value == "3.0"
    assert card.fn.value == "José Ørsted"
    assert (card.n.value.family, card.n.value.given) == ("Ørsted", "José")
    assert card.org.value == ["Waterschap Rijn en IJssel", "Pumping stations"]
    assert card.title.value == "Asset engineer"
    assert [e.value for e in card.email_list] == FULL["emails"]
    assert [t.value for t in card.tel_list] == FULL["phones"]
    assert [u.value for u in card.url_list] == [FULL["website"], FULL["linkedin"]]
    assert card.note.value == FULL["note"]


@pytest.mark.parametrize("key", list(PROFILES))
def test_decoded_vcard_parses_with_vobject(key):
    fields = PROFILES[key]
    card = vobject.readOne(decode(card_code(fields)).text)
    assert card.fn.value == fields["name"]
    if "organisation" in fields:
        assert card.org.value[0] == fields["organisation"]
        if "department" in fields:
            assert card.org.value[1] == fields["department"]
    if "note" in fields:
        assert normalise(card.note.value) == normalise(fields["note"])


def test_semicolon_in_organisation_stays_in_the_organisation():
    card = vobject.readOne(vcard(PROFILES["semicolon-org"]))
    assert card.org.value == ["Kowalska; Partners, Ltd", "R&D; pumps"]


def test_charset_declared_only_on_non_ascii_properties_and_ascii_cards_stay_plain():
    text = vcard(FULL)
    assert "FN;CHARSET=UTF-8:José Ørsted\r\n" in text
    assert "TITLE:Asset engineer\r\n" in text  # plain ASCII value: no parameter
    plain = vcard(PROFILES["ascii"])
    assert "CHARSET" not in plain and plain.isascii()


def test_eci_utf8_only_when_the_payload_is_not_ascii():
    def identifier(fields):
        found = zxingcpp.read_barcodes(
            qrimage.image(card_code(fields), 600), text_mode=zxingcpp.TextMode.HexECI
        )
        return found[0].text[:8]

    assert identifier(PROFILES["ascii"]) == "5D 51 31"  # ]Q1: no ECI
    assert identifier(FULL) == "5D 51 32"  # ]Q2: ECI designator present
    assert qrimage.encode(vcard(FULL)).fit.eci
    assert not qrimage.encode(vcard(PROFILES["ascii"])).fit.eci


def test_lines_end_with_crlf_and_fold_at_75_octets_between_characters():
    fields = {"name": "Zoë O'Brien-Smith", "note": "ø" * 100 + " 王" * 40}
    text = vcard(fields)
    assert text.endswith("END:VCARD\r\n")
    assert "\n" not in text.replace("\r\n", "")
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    assert vobject.readOne(text).note.value == fields["note"]


def test_fold_line_keeps_short_lines_and_never_splits_a_character():
    assert fold_line("FN:Sam") == "FN:Sam"
    folded = fold_line("NOTE:" + "é" * 80)
    pieces = folded.split("\r\n ")
    assert "".join(pieces) == "NOTE:" + "é" * 80
    assert all(len(p.encode()) <= 75 for p in pieces)


def test_escaping():
    assert escape_vcard("a,b;c\\d\ne\r\nf") == "a\\,b\\;c\\\\d\\ne\\nf"
    assert escape_mecard("a;b,c\\d\nnext:line") == "a\\;b\\,c\\\\d / next:line"


def test_mecard_fields():
    text = mecard(PROFILES["semicolon-org"])
    assert text.startswith("MECARD:N:Kowalska,Anna;")
    assert "ORG:Kowalska\\; Partners\\, Ltd;" in text
    assert text.endswith(";;")


def test_hidden_fields_stay_out_of_the_payload(store):
    profile = store.cards.save("internal", FULL, shared=("name", "organisation", "emails"))
    text = payload(profile)
    assert "jose@example.org" in text
    assert "+31" not in text and "NOTE" not in text and "TITLE" not in text


def test_a_card_without_a_shared_name_is_refused(store):
    profile = store.cards.save("anon", FULL, shared=("emails",))
    with pytest.raises(NetdeskError) as refused:
        payload(profile)
    assert refused.value.code == "card-no-name"


@pytest.mark.parametrize(
    ("name", "family", "given"),
    [
        ("José Ørsted", "Ørsted", "José"),
        ("王小明", "王", "小明"),
        ("Zoë O'Brien-Smith", "O'Brien-Smith", "Zoë"),
        ("Jan van der Berg", "van der Berg", "Jan"),
        ("Madonna", "", "Madonna"),
        ("  Anna   Maria  Kowalska ", "Kowalska", "Anna Maria"),
    ],
)
def test_split_name(name, family, given):
    assert split_name(name) == (family, given)


text = (
    st.text(
        alphabet=st.characters(
            codec="utf-8",
            categories=("L", "N", "P", "S", "Zs"),
            include_characters=";,\\:\n\"'",
        ),
        min_size=1,
        max_size=40,
    )
    .map(str.strip)
    .filter(bool)
)


@settings(max_examples=60, deadline=None)
@given(name=text, org=text, dept=text, note=text)
# A code whose modules a 1D reader took for a UPC-E as well (found by hypothesis).
@example(name=",,¡;ì२ᆶ𗃀¨𦿚å", org="𘥚ý", dept="file-unreadable", note=",,¡;ì२ᆶ𗃀¨𦿚å")
def test_any_text_survives_vcard_escaping_and_the_qr_round_trip(name, org, dept, note):
    fields = {"name": name, "organisation": org, "department": dept, "note": note}
    card = vobject.readOne(vcard(fields))
    assert card.fn.value == name
    assert card.org.value == [org, dept]
    assert card.note.value == note
    if qrimage.fit(vcard(fields)) is None:  # four-byte characters fill a code fast
        with pytest.raises(NetdeskError):
            card_code(fields)
        return
    code = card_code(fields)
    assert decode(code, 400).text == code.payload
