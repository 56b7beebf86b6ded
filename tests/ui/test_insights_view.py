"""The Insights page over a real store: empty state, cards with data, links, live refresh."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from netdesk.core import demo
from netdesk.core.model import PersonFields
from netdesk.core.storage.store import Store
from netdesk.ui.insights.insights_view import InsightsView
from netdesk.ui.runtime.services import Services


@pytest.fixture
def services(qtbot, store: Store) -> Iterator[Services]:
    made = Services(store)
    yield made
    made.tasks.wait(10_000)
    made.close()


def _shown(qtbot, services: Services) -> InsightsView:
    view = InsightsView(services, debounce_ms=0)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.show()
    return view


def test_empty_store_shows_what_to_do(qtbot, services: Services) -> None:
    view = _shown(qtbot, services)
    assert view.data is not None and view.data.empty
    assert view.stack.currentWidget() is view.empty
    assert "met people" in view.empty.text.text()
    with qtbot.waitSignal(services.navigation_requested) as sent:
        view.empty.button.click()
    assert sent.args[0] == "events"


def test_cards_show_the_figures_and_a_hint(qtbot, services: Services, store: Store) -> None:
    risk = store.people.add(PersonFields("Ravi Patel", internal=True, department="Risk"))
    store.people.add(PersonFields("Lea Bos", internal=True, department="Legal"))
    store.encounters.add([risk], met_at=f"{dt.date.today()}T09:00:00Z")
    view = _shown(qtbot, services)
    assert view.stack.currentWidget() is view.scroll
    internal = view.cards["internal"]
    assert "1 of 2 departments" in internal.headline.text()
    assert "Legal" in internal.hint.text() and "Ravi Patel" in internal.hint.text()
    assert "(Risk)" in internal.hint.text()
    # The hint's link opens the person; the department link opens People filtered.
    with qtbot.waitSignal(services.navigation_requested) as sent:
        internal.hint.linkActivated.emit(f"person:{risk}")
    assert sent.args == ["people", {"person_id": risk}]
    with qtbot.waitSignal(services.navigation_requested) as sent:
        view._on_link("department:Legal%20%26%20Treasury")
    assert sent.args == ["people", {"department": "Legal & Treasury", "internal": True}]


def test_organisation_link_opens_people_filtered(qtbot, services: Services, store: Store) -> None:
    pid = store.people.add(PersonFields("Ann", organisation="Witteveen+Bos"))
    store.encounters.add([pid], met_at=f"{dt.date.today()}T09:00:00Z")
    view = _shown(qtbot, services)
    table = view.cards["external"].body.itemAt(0).widget()
    assert "Witteveen+Bos" in table.text()
    href = "organisation:Witteveen%2BBos"
    assert href in table.text()
    with qtbot.waitSignal(services.navigation_requested) as sent:
        table.linkActivated.emit(href)
    assert sent.args == ["people", {"organisation": "Witteveen+Bos"}]


def test_a_change_refreshes_the_cards(qtbot, services: Services, store: Store) -> None:
    pid = store.people.add(PersonFields("Gina Giver"))
    view = _shown(qtbot, services)
    assert view.data.reciprocity.received == 0
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        store.exchanges.add(pid, "received", "advice")
    assert view.data.reciprocity.received == 1
    hint = view.cards["reciprocity"].hint.text()
    assert "Gina Giver" in hint  # a giver never thanked


def test_renders_demo_data(qtbot, services: Services, store: Store) -> None:
    demo.fill(store, 400)
    view = _shown(qtbot, services)
    assert view.data.people == 400
    for key, card in view.cards.items():
        assert card.headline.text(), key
        assert card.hint.text(), key
    image = view.grab().toImage()
    assert not image.isNull() and image.width() == 1280


def test_a_failure_is_said_not_left_working(qtbot, services: Services, store: Store) -> None:
    view = InsightsView(services, debounce_ms=0)
    qtbot.addWidget(view)
    services.tasks.wait(10_000)
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.show()  # let the first run land
    store.path.rename(store.path.with_name("moved.db"))  # the worker cannot open it now
    with qtbot.waitSignal(view.status_message, timeout=10_000) as said:
        view.refresh()
    assert "could not be worked out" in said.args[0]
    assert "does not exist" in said.args[0]


def test_links_reach_the_people_page_filtered(qtbot, services: Services, store: Store) -> None:
    from netdesk.ui.people.people_view import PeopleView

    arcadis = store.people.add(PersonFields("Ann", organisation="Arcadis"))
    store.people.add(PersonFields("Kees", organisation="KPN"))
    store.people.add(
        PersonFields("Ravi", organisation="Rivierland Bank", department="Risk", internal=True)
    )
    store.people.add(
        PersonFields("Lea", organisation="Rivierland Bank", department="Legal", internal=True)
    )
    store.encounters.add([arcadis], met_at=f"{dt.date.today()}T09:00:00Z")
    people = PeopleView(services)
    qtbot.addWidget(people)
    services.navigation_requested.connect(lambda key, params: people.navigate(**params))
    view = _shown(qtbot, services)

    view._on_link("organisation:Arcadis")
    assert people.model.query.organisation == "Arcadis"
    assert people.model.rowCount() == 1
    view._on_link("department:Risk")
    query = people.model.query
    assert (query.department, query.internal, query.organisation) == ("Risk", True, None)
    assert people.model.rowCount() == 1
    assert people.filters.department_combo.currentData() == "Risk"


def test_refresh_now_shows_figures_without_the_worker(qtbot, services: Services, store) -> None:
    view = InsightsView(services, debounce_ms=0)  # its worker counts an empty store…
    qtbot.addWidget(view)
    services.tasks.wait(10_000)  # …and its result waits, undelivered, in the event queue
    store.people.add(PersonFields("Ann", organisation="Arcadis"))
    view.refresh_now()
    assert view.stack.currentWidget() is view.scroll
    assert view.data.people == 1
    qtbot.wait(10)  # the older, empty result arrives now and must not replace the newer one
    assert view.data.people == 1 and view.stack.currentWidget() is view.scroll


def test_someone_who_introduced_you_is_named(qtbot, services: Services, store: Store) -> None:
    cas = store.people.add(PersonFields("Cas Connector"))
    met = [store.people.add(PersonFields(name)) for name in ("Ann", "Bob", "Dee")]
    store.encounters.add(met, introduced_by=cas, met_at=f"{dt.date.today()}T09:00:00Z")
    view = _shown(qtbot, services)
    card = view.cards["introductions"]
    assert "Cas Connector</a> (3)" in card.body.itemAt(0).widget().text()
    assert "introduced you to 3 people" in card.hint.text()
