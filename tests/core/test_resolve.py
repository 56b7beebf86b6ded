"""Matching a scanned card to people we know, and merging without overwriting."""

from __future__ import annotations

from netdesk.core.formats.contact import build_contact
from netdesk.core.model import ContactPoint, PersonFields
from netdesk.core.people.resolve import apply_merge, find_match, merged_fields, propose, resolve
from netdesk.core.storage.store import Store


def _jan(store: Store, **extra: object) -> int:
    fields = {
        "full_name": "Jan de Vries",
        "organisation": "Waterschap Rivierenland",
        "contacts": (
            ContactPoint("email", "Jan.deVries@example.nl"),
            ContactPoint("phone", "+31 6 1234 5678"),
        ),
    }
    fields.update(extra)
    return store.people.add(PersonFields(**fields))  # type: ignore[arg-type]


def test_match_by_uid_email_phone_and_profile_link(store: Store) -> None:
    jan = _jan(store, vcard_uid="uid-1")
    other = store.people.add(
        PersonFields(
            "Someone Else", contacts=(ContactPoint("url", "https://www.linkedin.com/in/else"),)
        )
    )
    assert find_match(store, build_contact(full_name="X", uid="uid-1")).reason == "uid"
    by_email = find_match(
        store, build_contact(points=[ContactPoint("email", "jan.devries@EXAMPLE.nl")])
    )
    assert (by_email.person_id, by_email.reason) == (jan, "email")
    by_phone = find_match(store, build_contact(points=[ContactPoint("phone", "+31612345678")]))
    assert (by_phone.person_id, by_phone.reason) == (jan, "phone")
    by_url = find_match(
        store, build_contact(points=[ContactPoint("url", "https://linkedin.com/in/else/")])
    )
    assert (by_url.person_id, by_url.reason) == (other, "url")


def test_close_name_at_the_same_organisation_is_a_candidate_never_a_match(store: Store) -> None:
    jan = _jan(store)

    def candidates(name: str, organisation: str) -> list[tuple[int, str]]:
        found = resolve(store, build_contact(full_name=name, organisation=organisation))
        assert found.match is None
        return [(c.person_id, c.reason) for c in found.candidates]

    assert candidates("Jan de Vries", "waterschap rivierenland") == [(jan, "name")]
    assert candidates("Vries, Jan de", "Waterschap Rivierenland") == [(jan, "name")]
    assert candidates("Jan de Vries", "Other BV") == []
    assert candidates("Piet Jansen", "Waterschap Rivierenland") == []


def test_merge_fills_empty_fields_adds_new_points_and_keeps_differences(store: Store) -> None:
    jan = _jan(store, title="Engineer")
    card = build_contact(
        full_name="Jan de Vries",
        organisation="Waterschap Rivierenland",
        department="Pumping stations",
        title="Senior engineer",
        points=[
            ContactPoint("email", "jan.devries@example.nl"),
            ContactPoint("url", "https://www.linkedin.com/in/jandevries"),
        ],
        uid="card-uid",
    )
    proposal = propose(store, card, find_match(store, card))
    assert [(r.field, r.state) for r in proposal.differences] == [("title", "differs")]
    assert [p.value for p in proposal.new_points] == ["https://www.linkedin.com/in/jandevries"]
    assert proposal.has_news
    assert apply_merge(store, proposal)
    after = store.people.get(jan)
    assert after.title == "Engineer"  # never overwritten silently
    assert after.department == "Pumping stations"
    assert after.vcard_uid == "card-uid"
    assert [c.value for c in after.contacts][-1] == "https://www.linkedin.com/in/jandevries"
    # Provenance says the new details came from a scan.
    assert {p.field: p.source for p in store.people.provenance(jan)}["department"] == "scan"


def test_choices_take_the_scanned_value_per_field(store: Store) -> None:
    jan = _jan(store, title="Engineer", notes="met in 2024")
    card = build_contact(
        full_name="Jan de Vries",
        title="Head of pumps",
        notes="new note",
        points=[ContactPoint("phone", "+31612345678")],
    )
    proposal = propose(store, card, find_match(store, card))
    fields = merged_fields(proposal, {"title": "scanned", "notes": "current"})
    assert (fields.title, fields.notes) == ("Head of pumps", "met in 2024")
    apply_merge(store, proposal, {"title": "scanned"})
    assert store.people.get(jan).title == "Head of pumps"


def test_nothing_new_is_no_write(store: Store) -> None:
    jan = _jan(store)
    card = build_contact(
        full_name="Jan de Vries", points=[ContactPoint("email", "jan.devries@example.nl")]
    )
    proposal = propose(store, card, find_match(store, card))
    before = store.people.get(jan).updated_at
    assert not proposal.has_news
    assert not apply_merge(store, proposal)
    assert store.people.get(jan).updated_at == before


def test_a_card_with_only_a_name_matches_only_that_exact_name(store: Store) -> None:
    alone = store.people.add(PersonFields("Only Note"))
    store.people.add(PersonFields("Only Note", organisation="Acme"))
    assert find_match(store, build_contact(full_name="only note")).person_id == alone
    assert find_match(store, build_contact(full_name="Only Nota")) is None


def test_a_shared_number_with_another_first_name_is_not_the_same_person(store: Store) -> None:
    jan = _jan(store)
    switchboard = [ContactPoint("phone", "+31612345678")]
    piet = resolve(store, build_contact(full_name="Piet de Vries", points=switchboard))
    assert piet.match is None and [(c.person_id, c.reason) for c in piet.candidates] == [
        (jan, "phone")
    ]
    # An initial, or the family name first, still agrees with Jan.
    for name in ("J. de Vries", "Vries, Jan de"):
        found = resolve(store, build_contact(full_name=name, points=switchboard))
        assert found.match is not None and found.match.person_id == jan


def test_identifiers_pointing_at_two_people_merge_into_neither(store: Store) -> None:
    jan = _jan(store)
    other = store.people.add(
        PersonFields("Jan de Vries", contacts=(ContactPoint("email", "jan@home.nl"),))
    )
    card = build_contact(
        full_name="Jan de Vries",
        points=[
            ContactPoint("email", "jan.devries@example.nl"),
            ContactPoint("email", "jan@home.nl"),
        ],
    )
    found = resolve(store, card)
    assert found.match is None
    assert {c.person_id for c in found.candidates} == {jan, other}


def test_a_company_home_page_is_no_evidence_but_a_profile_link_is(store: Store) -> None:
    jan = _jan(store)
    store.people.update(
        jan,
        PersonFields(
            "Jan de Vries",
            contacts=(
                ContactPoint("url", "https://rivierenland.nl"),
                ContactPoint("url", "https://linkedin.com/in/jdv"),
            ),
        ),
    )
    home = [ContactPoint("url", "https://www.rivierenland.nl/")]
    assert find_match(store, build_contact(full_name="Piet Bos", points=home)) is None
    profile = [ContactPoint("url", "linkedin.com/in/jdv")]
    assert find_match(store, build_contact(full_name="Jan de Vries", points=profile)) is not None


def test_the_card_uid_decides_and_netdesk_export_ids_are_recognised(store: Store) -> None:
    jan = _jan(store, vcard_uid="uid-1")
    # The same card UID is the same card, even with a new address and a changed name.
    renamed = build_contact(
        full_name="Johannes de Vries", uid="uid-1", points=[ContactPoint("email", "j@new.nl")]
    )
    assert find_match(store, renamed).person_id == jan
    bare = store.people.add(PersonFields("Only Note"))
    own = build_contact(full_name="Only Note", organisation="Acme", uid=f"netdesk-person-{bare}")
    assert find_match(store, own).person_id == bare
    stranger = build_contact(full_name="Someone", organisation="Acme", uid=f"netdesk-person-{bare}")
    assert find_match(store, stranger) is None


def test_people_in_the_trash_are_matched_and_said_to_be(store: Store) -> None:
    jan = _jan(store)
    store.people.delete([jan])
    found = find_match(
        store,
        build_contact(full_name="Jan", points=[ContactPoint("email", "jan.devries@example.nl")]),
    )
    assert found is not None and (found.person_id, found.trashed) == (jan, True)
