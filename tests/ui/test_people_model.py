"""The People table model: correct for Qt (qtmodeltester), windowed, sorted and filtered in SQL."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from netdesk.core.people.query import PersonQuery
from netdesk.core.storage.store import Store
from netdesk.ui.people import people_model
from netdesk.ui.people.people_model import COLUMNS, PERSON_ID_ROLE, PeopleModel, column_index
from tests.ui.app_fixtures import add_people


def test_the_model_passes_qtmodeltester(qtmodeltester, store: Store) -> None:
    add_people(store, "Sanne de Vries", "Jan Jansen", "Zoë Åberg", organisation="Deltares")
    model = PeopleModel(store)
    qtmodeltester.check(model, force_py=True)
    model.update_query(search="jan")
    qtmodeltester.check(model, force_py=True)


def test_rows_come_in_windows_and_only_the_window_asked_is_fetched(qtbot, store, monkeypatch):
    monkeypatch.setattr(people_model, "WINDOW", 4)
    monkeypatch.setattr(people_model, "CACHED_WINDOWS", 2)
    names = [f"Person {n:02d}" for n in range(10)]
    add_people(store, *names)
    model = PeopleModel(store)
    assert model.rowCount() == 10
    assert model._windows == {}  # nothing read before a view asks
    assert model.data(model.index(9, 0)) == "Person 09"
    assert list(model._windows) == [2]
    model.data(model.index(0, 0))
    model.data(model.index(5, 0))
    assert list(model._windows) == [0, 1]  # the oldest window was dropped
    assert [model.data(model.index(r, 0)) for r in range(10)] == names


def test_sorting_a_column_sorts_in_sql(qtbot, store: Store) -> None:
    ids = add_people(store, "Bram", "anna", "Cas")
    model = PeopleModel(store)
    name = column_index("name")
    assert list(model.ids()) == [ids[1], ids[0], ids[2]]
    model.sort(name, Qt.SortOrder.DescendingOrder)
    assert list(model.ids()) == [ids[2], ids[0], ids[1]]
    assert model.query == PersonQuery(sort="name", descending=True)
    assert model.data(model.index(0, name), PERSON_ID_ROLE) == ids[2]


def test_every_column_is_sortable_and_titled(qtbot, store: Store) -> None:
    add_people(store, "Bram", "Anna")
    model = PeopleModel(store)
    for i, column in enumerate(COLUMNS):
        assert model.headerData(i, Qt.Orientation.Horizontal)
        model.sort(i, Qt.SortOrder.AscendingOrder)
        assert model.query.sort == column.sort
        assert model.rowCount() == 2


def test_a_search_shows_search_order_until_a_column_is_clicked(qtbot, store: Store) -> None:
    ids = add_people(store, "Zoë Jansen", "Jan Bakker", "Anna Jansen", "Pieter Bos")
    model = PeopleModel(store)
    model.update_query(search="jansen")
    assert model.in_search_order
    assert list(model.ids()) == store.people.search_window("jansen")[0]
    model.sort(column_index("name"), Qt.SortOrder.AscendingOrder)  # same sort, new order
    assert not model.in_search_order
    assert list(model.ids()) == [ids[2], ids[0]]  # Anna, Zoë
    model.update_query(search="")
    model.update_query(search="bakker")
    assert model.in_search_order  # a new search starts in search order again
    model.update_query(internal=False)  # a filter too: SQL does both, sorted by name
    assert not model.in_search_order
    assert list(model.ids()) == [ids[1]]


def test_a_broad_search_fetches_more_matches_as_the_view_scrolls(qtbot, store, monkeypatch):
    from netdesk.core.people import search

    monkeypatch.setattr(search, "PROBE", 2)
    monkeypatch.setattr(people_model, "SEARCH_WINDOW", 4)
    ids = add_people(store, *[f"Jan {n}" for n in range(10)])
    model = PeopleModel(store)
    model.update_query(search="jan")
    assert model.rowCount() == 4 and not model.complete
    assert model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.rowsInserted):
        model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.complete and not model.canFetchMore(QModelIndex())
    assert list(model.ids()) == ids[::-1]


def test_a_filter_with_a_search_still_filters(qtbot, store) -> None:
    """Search order is for a bare search only; every filter of the query must still apply."""
    from netdesk.core.model import PersonFields
    from netdesk.core.people.query import PersonQuery
    from netdesk.ui.people.people_model import PeopleModel

    store.people.add(PersonFields("Jan Risk", department="Risk", internal=True))
    store.people.add(PersonFields("Jan Legal", department="Legal", internal=True))
    model = PeopleModel(store, PersonQuery(search="jan"))
    assert model.in_search_order and model.rowCount() == 2
    model.update_query(department="Legal")
    assert not model.in_search_order
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Jan Legal"]
