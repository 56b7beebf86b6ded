"""Fixtures for the main-window tests: real services over a real store, throw-away settings.

Imported by the test modules that need them (not a conftest, so other pages' tests
keep their own set-up).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from netdesk.core.model import PersonFields
from netdesk.core.storage.store import Store
from netdesk.ui.main_window import MainWindow
from netdesk.ui.runtime.services import Services
from netdesk.ui.runtime.settings import Settings

TODAY = dt.date.today()


@pytest.fixture
def services(qtbot, store: Store) -> Iterator[Services]:
    made = Services(store)
    yield made
    made.tasks.wait(5_000)
    made.close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot, services: Services, settings: Settings) -> Iterator[MainWindow]:
    settings.set("search/delay_ms", 0)  # search applies at once: no waiting in tests
    made = MainWindow(services, settings)
    made.show()
    qtbot.waitExposed(made)
    yield made
    close_window(made)


def close_window(window: MainWindow) -> None:
    """Close and delete the window now, before its services close: a refresh timer of one
    of its pages must not fire afterwards on a closed connection (the app stops its event
    loop first, so only tests need this)."""
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def add_people(store: Store, *names: str, **fields: object) -> list[int]:
    return [store.people.add(PersonFields(full_name=name, **fields)) for name in names]
