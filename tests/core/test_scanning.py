"""The scan operation end to end: generated QR images, clean and photographed, into people."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from netdesk.core.storage.store import Store
from netdesk.core.transfer.scanning import scan_files, scan_image, scan_texts
from tests.scanimages import (
    BIZCARD,
    LINKEDIN,
    MECARD,
    VCARD21,
    VCARD30,
    VCARD40,
    phone_photo,
    qr_image,
)

CARDS = {
    "vcard21": (VCARD21, "Jürgen Müller", "juergen.mueller@example.de"),
    "vcard30": (VCARD30, "Zoë Ångström", "zoe@example.se"),
    "vcard40": (VCARD40, "Dvořák Čestmír", "dvorak@example.cz"),
    "mecard": (MECARD, "Hiroshi Tanaka", "tanaka@example.jp"),
    "bizcard": (BIZCARD, "Sean Owen", "srowen@example.com"),
    "linkedin": (LINKEDIN, "Jane De Vries", "https://www.linkedin.com/in/jane-de-vries-4a1b2c"),
}


@pytest.fixture
def event(store: Store) -> int:
    return store.events.add("Water boards breakfast", "2026-11-24", kind="breakfast")


@pytest.mark.parametrize("degraded", [False, True], ids=["clean", "phone-photo"])
@pytest.mark.parametrize("name", sorted(CARDS))
def test_each_kind_of_card_becomes_a_person_met_at_the_event(
    store: Store, event: int, tmp_path: Path, name: str, degraded: bool
) -> None:
    text, full_name, address = CARDS[name]
    image = qr_image(text)
    if degraded:
        image = phone_photo(image, seed=len(name))
    path = tmp_path / f"{name}.jpg"
    image.convert("RGB").save(path, "JPEG", quality=88)

    summary = scan_files(store, [path], event_id=event)

    assert summary.errors == []
    (item,) = summary.items
    assert item.outcome == "created"
    person = store.people.get(item.person_id)
    assert person.full_name == full_name
    assert person.source == "scan"
    assert address in [c.value for c in person.contacts]
    (met,) = store.encounters.for_person(person.id)
    assert (met.event_id, met.how) == (event, "qr")
    assert {p.origin for p in store.people.provenance(person.id)} == {path.name}


def test_second_scan_of_the_same_card_merges_instead_of_duplicating(
    store: Store, event: int, tmp_path: Path
) -> None:
    path = tmp_path / "card.png"
    qr_image(VCARD30).save(path)
    first = scan_files(store, [path], event_id=event)
    second = scan_files(store, [path], event_id=event)
    assert first.count("created") == 1
    assert (second.count("created"), second.count("unchanged")) == (0, 1)
    assert store.people.count() == 1
    assert len(store.encounters.for_person(first.ids[0])) == 1  # met once at this event

    # The same person's MECARD with a new phone number and a different title: merged.
    richer = "MECARD:N:Ångström,Zoë;TEL:+46 8 555 0100;EMAIL:zoe@example.se;TITLE:Director;;"
    third = scan_texts(store, [richer], where="pasted", event_id=event)
    (item,) = third.items
    assert item.outcome == "merged" and item.person_id == first.ids[0]
    assert [(r.field, r.current, r.scanned) for r in item.differences] == [
        ("title", "Engineer", "Director")
    ]
    person = store.people.get(item.person_id)
    assert person.title == "Engineer"
    assert "+46 8 555 0100" in person.phones


def test_a_later_event_adds_an_encounter_for_a_known_person(store: Store, event: int) -> None:
    later = store.events.add("Pumps workshop", "2026-12-01", kind="workshop")
    (first,) = scan_texts(store, [MECARD], where="a", event_id=event).items
    (again,) = scan_texts(store, [MECARD], where="b", event_id=later).items
    assert again.person_id == first.person_id
    assert {e.event_id for e in store.encounters.for_person(first.person_id)} == {event, later}


def test_a_line_of_context_goes_on_the_meeting_the_scan_recorded(store: Store, event: int) -> None:
    (scanned,) = scan_texts(store, [MECARD], where="a", event_id=event).items
    met = store.encounters.set_context(scanned.person_id, " same  pump problem ", event_id=event)
    again = store.encounters.set_context(scanned.person_id, "pilot in March", event_id=event)
    assert again == met  # the scan's meeting, not a second one
    [encounter] = store.encounters.for_person(scanned.person_id)
    assert (encounter.event_id, encounter.context) == (event, "pilot in March")

    # Outside any event, today's scan meeting gets it; none yet: one is recorded.
    (walk_in,) = scan_texts(store, [VCARD30], where="b").items
    store.encounters.set_context(walk_in.person_id, "met in the lift", event_id=None)
    [encounter] = store.encounters.for_person(walk_in.person_id)
    assert (encounter.event_id, encounter.context) == (None, "met in the lift")
    other = store.events.add("Pumps workshop", "2026-12-01", kind="workshop")
    store.encounters.set_context(walk_in.person_id, "asked about the tender", event_id=other)
    assert len(store.encounters.for_person(walk_in.person_id)) == 2


def test_several_codes_in_one_image_and_non_contacts_explained(
    store: Store, event: int, tmp_path: Path
) -> None:
    codes = [qr_image(t) for t in (MECARD, "WIFI:T:WPA;S:Venue guest;P:x;;", BIZCARD)]
    sheet = Image.new("L", (sum(c.width for c in codes) + 60, max(c.height for c in codes)), 255)
    x = 0
    for code in codes:
        sheet.paste(code, (x, 0))
        x += code.width + 30
    path = tmp_path / "table.png"
    sheet.save(path)
    summary = scan_files(store, [path], event_id=event)
    assert sorted(i.name for i in summary.items) == ["Hiroshi Tanaka", "Sean Owen"]
    (error,) = summary.errors
    assert error["where"].startswith("table.png, code")
    assert "Wi-Fi network (Venue guest)" in error["reason"]
    assert store.people.count() == 2


def test_bad_images_are_errors_and_the_good_ones_still_count(
    store: Store, event: int, tmp_path: Path
) -> None:
    good = tmp_path / "good.png"
    qr_image(BIZCARD).save(good)
    text = tmp_path / "notes.png"
    text.write_text("not really a png")
    blank = tmp_path / "blank.png"
    Image.new("L", (300, 300), 255).save(blank)
    summary = scan_files(store, [text, good, blank, tmp_path / "missing.png"], event_id=event)
    assert summary.count("created") == 1
    assert [e["where"] for e in summary.errors] == ["notes.png", "blank.png", "missing.png"]
    assert "no QR code found" in summary.errors[1]["reason"]


def test_formula_and_html_are_stored_as_inert_text_and_flagged(store: Store, event: int) -> None:
    card = (
        'BEGIN:VCARD\nVERSION:3.0\nFN:=HYPERLINK("http://evil.example","Click")\n'
        "ORG:<b onmouseover=alert(1)>Acme</b>\nEMAIL:eve@example.org\nEND:VCARD"
    )
    (item,) = scan_texts(store, [card], where="evil.png", event_id=event).items
    person = store.people.get(item.person_id)
    assert person.full_name == '=HYPERLINK("http://evil.example","Click")'
    assert person.organisation == "<b onmouseover=alert(1)>Acme</b>"
    assert item.flags == ("full_name: formula", "organisation: markup")


def test_one_transaction_per_image(store: Store, event: int) -> None:
    heard = []
    store.add_listener(heard.append)
    scan_texts(store, [MECARD, BIZCARD, VCARD30], where="sheet.png", event_id=event)
    assert len(heard) == 1  # one commit for the whole image
    assert {"people", "encounters"} <= heard[0].kinds


def test_camera_frame_path(store: Store) -> None:
    frame = phone_photo(qr_image(VCARD40), seed=9, size=(1920, 1080))
    (item,) = scan_image(store, frame, where="camera").items
    assert item.name == "Dvořák Čestmír"
    (met,) = store.encounters.for_person(item.person_id)
    assert (met.event_id, met.how) == (None, "qr")
    # Without an event, a second read the same day is not a second meeting.
    scan_image(store, frame, where="camera")
    assert len(store.encounters.for_person(item.person_id)) == 1


def test_unknown_event_is_refused_before_anything_is_written(store: Store) -> None:
    from netdesk.core.errors import NetdeskError

    with pytest.raises(NetdeskError, match="no event with id 99"):
        scan_texts(store, [MECARD], where="x", event_id=99)
    assert store.people.count() == 0


def test_hostile_payloads_through_a_real_code(store: Store, event: int) -> None:
    from netdesk.core.qr.decode import decode_image

    # Invalid UTF-8 and control characters inside the code's bytes.
    raw = b"BEGIN:VCARD\nFN:Mal\xff\xfeory \x1b[2J\x07Jones\nEMAIL:mj@example.org\nEND:VCARD"
    (found,) = decode_image(qr_image(raw.decode("latin-1")))
    (item,) = scan_texts(store, [found.text], where="hostile.png", event_id=event).items
    person = store.people.get(item.person_id)
    assert "\x1b" not in person.full_name and "\x07" not in person.full_name
    assert person.full_name.endswith("Jones")
    # A vCard of a megabyte is no QR code: refused with a reason, nothing written.
    huge = "BEGIN:VCARD\nFN:Huge\nNOTE:" + "x" * 1_000_000 + "\nEND:VCARD"
    summary = scan_texts(store, [huge], where="huge", event_id=event)
    assert summary.items == []
    assert "more than a contact card" in summary.errors[0]["reason"]
    assert store.people.count() == 1
