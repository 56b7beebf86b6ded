"""Exports other programs read: vCard (checked with vobject), CSV and JSON, round-tripped."""

from __future__ import annotations

import json

import pytest
import vobject

from netdesk.core.formats import csvfile
from netdesk.core.model import ContactPoint, PersonFields
from netdesk.core.storage.store import Store
from netdesk.core.transfer import exporting


@pytest.fixture
def filled(store: Store) -> Store:
    store.people.add(
        PersonFields(
            "José Ørsted",
            organisation="Waterschap; Rivierenland",
            department="Pumping stations",
            title="Asset manager",
            notes="Line one\nline two, with a comma",
            tags=("water", "peer"),
            contacts=(
                ContactPoint("email", "jose@ws.example"),
                ContactPoint("phone", "+31 6 1234 5678"),
                ContactPoint("url", "https://www.linkedin.com/in/jose"),
            ),
        )
    )
    store.people.add(PersonFields("王小明", organisation="=cmd|' /C calc'!A0"))
    gone = store.people.add(PersonFields("In The Trash"))
    store.people.delete([gone])
    return store


def test_vcards_parse_with_vobject_to_the_same_fields(filled: Store) -> None:
    data, summary = exporting.export(filled, "vcard")
    assert summary == {"people": 2}
    cards = list(vobject.readComponents(data.decode("utf-8")))
    by_name = {card.fn.value: card for card in cards}
    jose = by_name["José Ørsted"]
    assert jose.org.value == ["Waterschap; Rivierenland", "Pumping stations"]
    assert jose.title.value == "Asset manager"
    assert jose.note.value == "Line one\nline two, with a comma"
    assert jose.email.value == "jose@ws.example" and jose.tel.value == "+31 6 1234 5678"
    assert jose.categories.value == ["peer", "water"]
    assert jose.uid.value.startswith("netdesk-person-")
    assert "王小明" in by_name


def test_csv_reads_back_and_keeps_formulas_inert(filled: Store) -> None:
    data, summary = exporting.export(filled, "csv")
    assert summary == {"people": 2} and data.startswith(b"\xef\xbb\xbf")
    result = csvfile.parse(data)
    contacts = {c.full_name: c for _, c in result.contacts}
    assert contacts["José Ørsted"].organisation == "Waterschap; Rivierenland"
    assert contacts["王小明"].organisation.startswith("'=cmd")


def test_json_archive_holds_every_table_and_the_trash(filled: Store) -> None:
    from netdesk.core.transfer import archive

    data, summary = exporting.export(filled, "json")
    document = json.loads(data)
    assert (document["netdesk"], document["version"], summary) == ("archive", 1, {"people": 3})
    assert list(document["tables"]) == list(archive.TABLES)
    assert len(document["tables"]["contact_points"]["rows"]) == 3


def test_vcards_read_back_with_our_own_reader(filled: Store) -> None:
    from netdesk.core.formats.vcard import read_vcards

    data, _ = exporting.export(filled, "vcard")
    result = read_vcards(data.decode("utf-8"))
    assert result.problems == []
    jose = next(c for c in result.cards if c.full_name == "José Ørsted")
    assert (jose.organisation, jose.department) == ("Waterschap; Rivierenland", "Pumping stations")
    assert jose.uid and jose.uid.startswith("netdesk-person-")
