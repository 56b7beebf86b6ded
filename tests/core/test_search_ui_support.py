"""search_all_ids: every match for the People table, in the search box's order."""

from __future__ import annotations

from netdesk.core import search
from netdesk.core.model import PersonFields
from netdesk.core.people_query import PersonQuery
from netdesk.core.store import Store


def test_a_small_answer_is_ranked_like_the_search_box(store: Store) -> None:
    for name in ("Janneke Smit", "Jan Jansen", "Pieter Jan", "Anna Bos"):
        store.people.add(PersonFields(full_name=name))
    assert store.people.search_ids("jan") == search.search_ids(store.conn, "jan", limit=200)
    assert len(store.people.search_ids("jan")) == 3
    assert store.people.search_ids("!!") == []


def test_a_broad_answer_is_every_living_match_newest_first(store: Store, monkeypatch) -> None:
    monkeypatch.setattr(search, "PROBE", 3)
    ids = [store.people.add(PersonFields(full_name=f"Jan {n}")) for n in range(6)]
    store.people.add(PersonFields(full_name="Anna Bos"))
    store.people.delete([ids[2]])
    expected = [ids[5], ids[4], ids[3], ids[1], ids[0]]
    assert store.people.search_ids("jan") == expected
    assert sorted(store.people.search_ids("jan")) == store.people.ids(PersonQuery(search="jan"))
