"""Counting people: the quick count of everyone agrees with the filtered count."""

from __future__ import annotations

from netdesk.core.model import PersonFields
from netdesk.core.people.query import PersonQuery, query_count, query_ids
from netdesk.core.storage.store import Store


def test_everyone_counted_quickly_is_everyone_listed(store: Store) -> None:
    ids = [store.people.add(PersonFields(full_name=f"P {n}")) for n in range(7)]
    store.people.delete(ids[:2])
    for query in (PersonQuery(), PersonQuery(sort="email", descending=True)):
        assert query_count(store.conn, query) == len(query_ids(store.conn, query)) == 5
    # A filter, a search or the trash takes the filtered count.
    assert store.people.count(PersonQuery(deleted=True)) == 2
    assert store.people.count(PersonQuery(search="P")) == 5
    assert store.people.ids(PersonQuery(), limit=3) == store.people.ids(PersonQuery())[:3]
