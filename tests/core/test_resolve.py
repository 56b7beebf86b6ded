"""Matching a scanned card to people we know, and merging without overwriting."""

from __future__ import annotations

from netdesk.core.formats.contact import build_contact
from netdesk.core.model import ContactPoint, PersonFields
from netdesk.core.resolve import apply_merge, find_match, merged_fields, propose
from netdesk.core.store import Store


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


def test_close_name_at_the_same_organisation_matches_but_not_elsewhere(store: Store) -> None:
    jan = _jan(store)
    near = find_match(
        store, build_contact(full_name="Jan de Vries", organisation="waterschap rivierenland")
    )
    assert near is not None and (near.person_id, near.reason) == (jan, "name")
    assert (
        find_match(
            store, build_contact(full_name="Vries, Jan de", organisation="Waterschap Rivierenland")
        )
        is not None
    )
    assert (
        find_match(store, build_contact(full_name="Jan de Vries", organisation="Other BV")) is None
    )
    assert (
        find_match(
            store, build_contact(full_name="Piet Jansen", organisation="Waterschap Rivierenland")
        )
        is None
    )


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
