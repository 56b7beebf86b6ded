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
