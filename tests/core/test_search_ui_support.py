"""search_window: the People table's matches in the search box's order, a window at a time."""

from __future__ import annotations

from netdesk.core.model import PersonFields
from netdesk.core.people import search
from netdesk.core.people.query import PersonQuery
from netdesk.core.storage.store import Store


def test_a_small_answer_comes_whole_and_ranked(store: Store) -> None:
    for name in ("Janneke Smit", "Jan Jansen", "Pieter Jan", "Anna Bos"):
        store.people.add(PersonFields(full_name=name))
    ids, more = store.people.search_window("jan")
    assert ids == search.search_ids(store.conn, "jan", limit=200)
    assert len(ids) == 3 and not more
    assert store.people.search_window("!!") == ([], False)


def test_a_broad_answer_comes_newest_first_in_windows(store: Store, monkeypatch) -> None:
    monkeypatch.setattr(search, "PROBE", 3)
    ids = [store.people.add(PersonFields(full_name=f"Jan {n}")) for n in range(7)]
    store.people.add(PersonFields(full_name="Anna Bos"))
    store.people.delete([ids[2]])
    first, more = store.people.search_window("jan", limit=4)
    assert (first, more) == ([ids[6], ids[5], ids[4], ids[3]], True)
    rest, more = store.people.search_window("jan", after=first[-1], limit=4)
    assert (rest, more) == ([ids[1], ids[0]], False)
    assert sorted(first + rest) == store.people.ids(PersonQuery(search="jan"))
