"""Preferences ▸ Sync against a real Radicale: discover, choose, sync in the background."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from netdesk.core.model import PersonFields
from netdesk.core.storage.store import Store
from netdesk.core.sync import writes
from netdesk.ui.runtime.services import Services
from netdesk.ui.sync.runner import SyncRunner
from netdesk.ui.sync.sync_page import SyncPage
from tests.sync.servers import USER, DavServer, card, put, texts


@pytest.fixture
def services(qtbot, store: Store) -> Iterator[Services]:
    made = Services(store)
    yield made
    made.tasks.wait(10_000)
    made.close()


def test_discover_choose_and_sync_in_the_background(
    qtbot, services: Services, store: Store, radicale: DavServer
) -> None:
    store.people.add(PersonFields(full_name="Jan Smit"))
    event = store.events.add("Breakfast Club", dt.date.today())
    put(radicale, radicale.contacts + "p.vcf", card("p", "Eva Bos"))
    page = SyncPage(services)
    qtbot.addWidget(page)
    assert not page.sync_button.isEnabled()

    page.url.setText(radicale.url)
    page.user.setText(USER)  # the password comes from NETDESK_DAV_PASSWORD
    page.discover_button.click()
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=10_000)
    assert page.addressbook.currentData() == radicale.url.rstrip("/") + radicale.contacts
    page.tasks.setCurrentIndex(page.tasks.findData(radicale.url.rstrip("/") + radicale.tasks))
    page.save_button.click()
    assert page.sync_button.isEnabled()

    runner = SyncRunner.of(services)
    with qtbot.waitSignal(runner.sync_finished, timeout=20_000) as finished:
        page.sync_button.click()
    assert (finished.args[0].sent, finished.args[0].received) == (1, 1)
    assert any("FN:Jan Smit" in t for t in texts(radicale, radicale.contacts).values())
    qtbot.waitUntil(lambda: services.store.people.count() == 2)
    assert page.status.text().startswith("Last synced")
    assert "added on your phone during Breakfast Club" in runner.status_text()

    # Eva was added on the phone during today's event: one click attaches her.
    assert page.attach_button.isVisibleTo(page)
    page.attach_button.click()
    assert len(services.store.encounters.for_event(event)) == 1


def test_a_conflict_is_listed_with_both_versions_and_settled(
    qtbot, services: Services, store: Store, radicale: DavServer
) -> None:
    from tests.sync.conftest import set_up

    set_up(store, radicale, tasks=False)
    jan = store.people.add(PersonFields(full_name="Jan Smit", title="Engineer"))
    from netdesk.core.sync import engine

    engine.sync(store)
    [(href, text)] = texts(radicale, radicale.contacts).items()
    put(radicale, href, text.replace("TITLE:Engineer", "TITLE:Director"))
    from dataclasses import replace

    from netdesk.core.people.resolve import editable_fields

    store.people.update(jan, replace(editable_fields(store.people.get(jan)), title="Manager"))
    engine.sync(store)

    page = SyncPage(services)
    qtbot.addWidget(page)
    item = page.conflicts.topLevelItem(0)
    assert [item.text(i) for i in range(4)] == ["Jan Smit", "Title", "Manager", "Director"]
    page.keep_remote.click()
    assert page.conflicts.topLevelItemCount() == 0
    assert writes.conflicts(services.store) == []
    assert services.store.people.get(jan).title == "Director"


def test_the_status_bar_shows_a_sync_made_by_the_command_line(
    qtbot, services: Services, store: Store, radicale: DavServer, tmp_path
) -> None:
    from netdesk.core.sync import engine
    from netdesk.ui.main_window import MainWindow
    from netdesk.ui.runtime.settings import Settings
    from tests.sync.conftest import set_up

    window = MainWindow(services, Settings(tmp_path / "window.ini"))
    qtbot.addWidget(window)
    assert window.sync_label.text() == ""  # no account: nothing to say
    with Store.open(store.path) as command_line:  # another process's connection
        set_up(command_line, radicale, tasks=False)
        engine.sync(command_line)
    qtbot.waitUntil(lambda: window.sync_label.text().startswith("Last synced"), timeout=5_000)


def test_a_timer_firing_after_the_window_closed_does_nothing(qtbot, store: Store) -> None:
    services = Services(store)
    runner = SyncRunner.of(services)
    services.close()
    assert runner.start() is False  # the automatic sync of a closing app: no error
