"""Search-as-you-type: prefixes, accents, ranking, and text that is not FTS syntax."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netdesk.core.model import ContactPoint, PersonFields
from netdesk.core.people.query import PersonQuery
from netdesk.core.people.search import fold, match_expression
from netdesk.core.storage.store import Store


@pytest.fixture
def people(store: Store) -> Store:
    event = store.events.add("Aqua Nederland", "2026-03-01", kind="conference")
    for name, org in [
        ("José Ørsted", "Waterschap Rivierenland"),
        ("Łukasz Wiśniewski", "Straße & Co"),
        ("Jan de Vries", "Rabobank"),
        ("Janneke Jansen", "Rijkswaterstaat"),
        ("Zoë O'Brien-Smith", "Deltares"),
    ]:
        store.people.add(PersonFields(name, organisation=org), event_id=event,
                         context="talked about the ageing pumping station")  # fmt: skip
    store.people.add(
        PersonFields("Ravi Patel", department="Commercial banking", tags=("mentor",),
                     contacts=(ContactPoint("email", "ravi.patel@bank.example"),)),
    )  # fmt: skip
    return store


def names(store: Store, text: str) -> list[str]:
    return [row.full_name for row in store.people.search(text)]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("jose", "José Ørsted"),
        ("JOSÉ", "José Ørsted"),
        ("orsted", "José Ørsted"),
        ("lukasz", "Łukasz Wiśniewski"),
        ("wisn", "Łukasz Wiśniewski"),
        ("strasse", "Łukasz Wiśniewski"),
        ("zoe o'brien", "Zoë O'Brien-Smith"),
        ("commercial bank", "Ravi Patel"),
        ("mentor", "Ravi Patel"),
        ("ravi.patel@bank", "Ravi Patel"),
        ("pumping", "José Ørsted"),
    ],
)
def test_finds_by_prefix_accent_and_case_insensitively(
    people: Store, typed: str, expected: str
) -> None:
    assert expected in names(people, typed)


def test_relevance_puts_name_hits_before_other_fields(people: Store) -> None:
    # "jan" is a name prefix for two people and only an organisation/context word elsewhere.
    found = names(people, "jan")
    assert found[:2] == ["Janneke Jansen", "Jan de Vries"] or found[:2] == [
        "Jan de Vries",
        "Janneke Jansen",
    ]


def test_trashed_people_are_not_found_until_restored(people: Store) -> None:
    [jose] = people.people.search("jose")
    people.people.delete([jose.id])
    assert names(people, "jose") == []
    people.people.restore([jose.id])
    assert names(people, "jose") == ["José Ørsted"]


def test_edits_reach_the_index(people: Store) -> None:
    [ravi] = people.people.search("ravi")
    person = people.people.get(ravi.id)
    people.people.update(ravi.id, PersonFields(**{**_fields(person), "organisation": "Nordea"}))
    assert names(people, "nordea") == ["Ravi Patel"]
    people.people.tag([ravi.id], "speaker")
    assert names(people, "speaker") == ["Ravi Patel"]


def _fields(person) -> dict:
    return {f: getattr(person, f) for f in PersonFields.__dataclass_fields__}


def test_broad_queries_return_newest_first(store: Store) -> None:
    for n in range(260):
        store.people.add(PersonFields(f"Jan Tester {n}"))
    found = store.people.search("jan", limit=5)
    assert [row.full_name for row in found] == [
        f"Jan Tester {n}" for n in (259, 258, 257, 256, 255)
    ]


def test_fold_matches_index_folding() -> None:
    assert fold("José Ørsted Straße ÆSIR") == "jose orsted strasse aesir"


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_typed_text_is_a_safe_query(text: str) -> None:
    expression = match_expression(text)
    if expression is not None:
        assert expression.count('"') % 2 == 0


def test_search_never_fails_on_odd_input(store: Store) -> None:
    store.people.add(PersonFields("Ada Lovelace"))

    @settings(max_examples=150, deadline=None)
    @given(st.text(max_size=30))
    def search(text: str) -> None:
        store.people.search(text)
        store.people.ids(PersonQuery(search=text))

    search()
