"""Every kind of QR text: contacts come out as contacts, the rest is explained."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netdesk.core.formats.bizcard import parse_bizcard
from netdesk.core.formats.contact import Contact, Reason
from netdesk.core.formats.mecard import parse_matmsg, parse_mecard
from netdesk.core.formats.payloads import classify
from netdesk.core.formats.vcard import read_vcards


def test_mecard_with_escapes() -> None:
    card = parse_mecard(
        r"MECARD:N:Tanaka,Hiroshi;ORG:Tokyo\; Water;TEL:+81 3 1234 5678;"
        r"EMAIL:tanaka@example.jp;NOTE:likes\: pumps;URL:https\://example.jp;;"
    )
    assert isinstance(card, Contact)
    assert (card.given_name, card.family_name, card.full_name) == (
        "Hiroshi",
        "Tanaka",
        "Hiroshi Tanaka",
    )
    assert card.organisation == "Tokyo; Water"
    assert card.notes == "likes: pumps"
    assert [c.kind for c in card.contacts] == ["phone", "email", "url"]


def test_bizcard() -> None:
    card = parse_bizcard(
        "BIZCARD:N:Sean;X:Owen;T:Software Engineer;C:Google;A:76 9th Avenue;"
        "B:+12125551212;M:+12125551313;E:srowen@example.com;;"
    )
    assert isinstance(card, Contact)
    assert (card.full_name, card.title, card.organisation) == (
        "Sean Owen",
        "Software Engineer",
        "Google",
    )
    assert [(c.kind, c.label) for c in card.contacts] == [
        ("phone", "work"),
        ("phone", "mobile"),
        ("email", ""),
    ]


def test_matmsg_recipient_is_the_contact_with_a_guessed_name() -> None:
    card = parse_matmsg("MATMSG:TO:marie.curie@example.fr;SUB:Hello;BODY:See you;;")
    assert isinstance(card, Contact)
    assert card.full_name == "Marie Curie" and card.name_guessed


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("https://www.linkedin.com/in/jane-de-vries-4a1b2c/", "profile-link", "Jane De Vries"),
        ("https://de.linkedin.com/in/hans-peter", "profile-link", "Hans Peter"),
        ("mailto:jan.jansen@example.nl?subject=hi", "mailto", "Jan Jansen"),
        ("tel:+31-20-123-4567", "tel", "+31-20-123-4567"),
        ("MATMSG:TO:bob@example.com;SUB:x;;", "matmsg", "Bob"),
    ],
)
def test_links_become_people_with_a_name_to_fill_in(text: str, kind: str, name: str) -> None:
    payload = classify(text)
    assert payload.kind == kind
    (contact,) = payload.contacts
    assert contact.full_name == name
    assert contact.name_guessed


@pytest.mark.parametrize(
    ("text", "kind", "says"),
    [
        ("WIFI:T:WPA;S:Cafe Noir;P:secret;;", "wifi", "Wi-Fi network (Cafe Noir)"),
        ("BCD\n002\n1\nSCT\nBIC\nName\nNL00BANK0123456789\nEUR12.50", "payment", "EPC/SEPA"),
        ("bitcoin:1BoatSLRHtKNngkdXEeobR76b53LETtpyT?amount=0.1", "payment", "bitcoin"),
        ("BEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT", "calendar", "calendar"),
        ("https://example.com/menu.pdf", "link", "example.com"),
        ("SMSTO:+3161234567:hi", "sms", "+3161234567"),
        ("geo:52.37,4.89", "geo", "map"),
        ("Table 12, vegetarian", "text", "Table 12"),
        ("   ", "empty", "empty"),
        ("x" * 9000, "too-long", "9000"),
        ("BEGIN:VCARD\nVERSION:3.0\nNOTE:only a note\nEND:VCARD", "vcard", "neither a name"),
    ],
)
def test_not_contacts_are_explained(text: str, kind: str, says: str) -> None:
    payload = classify(text)
    assert payload.kind == kind
    assert not payload.contacts
    assert says in str(payload.reason)


def test_a_vcard_payload_with_several_cards() -> None:
    text = "BEGIN:VCARD\nFN:A One\nEND:VCARD\nBEGIN:VCARD\nFN:B Two\nEND:VCARD"
    assert [c.full_name for c in classify(text).contacts] == ["A One", "B Two"]


def _contact_or_reason(value: object) -> None:
    assert isinstance(value, Contact | Reason)
    if isinstance(value, Reason):
        assert str(value)  # a sentence, never empty
    else:
        assert value.full_name or value.contacts


# Text built from the characters and keywords cards are made of, so that hypothesis reaches
# the parsers' inner paths instead of only the "not this format" exit.
_ALPHABET = st.sampled_from(list("ABCDEFNX:;,=\\\n\r \t\"'.@+-0123456789éß\x00\x1b\u202e<>"))
_WORDS = st.sampled_from(
    [
        "BEGIN:VCARD\n",
        "END:VCARD\n",
        "VERSION:2.1\n",
        "FN:",
        "N:",
        "EMAIL:",
        "TEL:",
        "ORG:",
        ";ENCODING=QUOTED-PRINTABLE",
        ";CHARSET=",
        "=\n",
        "item1.",
        "X-ABLabel:",
        " ",
        "MECARD:",
        "BIZCARD:",
        "MATMSG:",
        "TO:",
        "N:",
        "X:",
        "E:",
        "B:",
        "https://",
        "linkedin.com/in/",
        "mailto:",
        "tel:",
        "a@b.co",
        "+31 6 12345678",
        "=C3=A9",
        "\\;",
    ]
)
_CARDISH = st.lists(st.one_of(_WORDS, st.text(_ALPHABET, max_size=8)), max_size=40).map("".join)
_ANY = st.one_of(st.text(max_size=300), _CARDISH)


@settings(max_examples=300, deadline=None)
@given(_ANY)
def test_mecard_never_crashes(text: str) -> None:
    _contact_or_reason(parse_mecard(text))
    _contact_or_reason(parse_mecard("MECARD:" + text))


@settings(max_examples=300, deadline=None)
@given(_ANY)
def test_bizcard_never_crashes(text: str) -> None:
    _contact_or_reason(parse_bizcard(text))
    _contact_or_reason(parse_bizcard("BIZCARD:" + text))


@settings(max_examples=300, deadline=None)
@given(_ANY)
def test_matmsg_never_crashes(text: str) -> None:
    _contact_or_reason(parse_matmsg("MATMSG:" + text))


@settings(max_examples=300, deadline=None)
@given(_ANY)
def test_vcard_reader_never_crashes(text: str) -> None:
    result = read_vcards("BEGIN:VCARD\n" + text)
    for card in result.cards:
        _contact_or_reason(card)
    for problem in result.problems:
        assert problem.reason and problem.line >= 1


@settings(max_examples=400, deadline=None)
@given(_ANY)
def test_classify_never_crashes_and_always_answers(text: str) -> None:
    payload = classify(text)
    assert payload.contacts or (payload.reason is not None and str(payload.reason))
    for contact in payload.contacts:
        _contact_or_reason(contact)
        assert "\x00" not in contact.full_name and "\x1b" not in contact.full_name
