"""The People table's id query leaves out the trash in every sort."""

from __future__ import annotations

from netdesk.core.model import PersonFields
from netdesk.core.people.query import PersonQuery
from netdesk.core.storage.store import Store


def test_people_lists_leave_out_the_trash_in_every_sort(store: Store) -> None:
    ids = [store.people.add(PersonFields(full_name=name)) for name in ("Cas", "anna", "Bram")]
    store.people.delete([ids[2]])
    assert store.people.ids(PersonQuery()) == [ids[1], ids[0]]  # anna, Cas: case-blind
    assert store.people.ids(PersonQuery(descending=True)) == [ids[0], ids[1]]
    assert store.people.ids(PersonQuery(deleted=True)) == [ids[2]]
    assert store.people.count() == 2


def test_names_sort_ignoring_accents_and_case(store: Store) -> None:
    for name in ("Hiroshi", "hélène", "Émile", "Zoë", "anna"):
        store.people.add(PersonFields(full_name=name))

    def names(**query) -> list[str]:
        return [r.full_name for r in store.people.rows(store.people.ids(PersonQuery(**query)))]

    assert names() == ["anna", "Émile", "hélène", "Hiroshi", "Zoë"]
    assert names(descending=True) == ["Zoë", "Hiroshi", "hélène", "Émile", "anna"]
