"""Fixtures: a Radicale and a Xandikos server per test, and a netdesk database set up
to sync with it (the password from NETDESK_DAV_PASSWORD, as on a machine with no
keyring service)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from netdesk.core.storage.store import Store
from netdesk.core.sync import account
from tests.sync.servers import PASSWORD, USER, DavServer


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Never the tester's own keyring: the fail backend, and the password from the
    environment, as on CI."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv(account.PASSWORD_ENV, PASSWORD)


def _serve(kind: str, root: Path) -> Iterator[DavServer]:
    root.mkdir()
    server = DavServer(kind, root).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["radicale", "xandikos"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[DavServer]:
    yield from _serve(request.param, tmp_path / request.param)


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[DavServer]:
    yield from _serve("radicale", tmp_path / "radicale")


def set_up(store: Store, server: DavServer, *, tasks: bool = True) -> None:
    chosen = [("contacts", server.url.rstrip("/") + server.contacts, "Contacts")]
    if tasks:
        chosen.append(("tasks", server.url.rstrip("/") + server.tasks, "Tasks"))
    account.configure(store, username=USER, chosen=chosen)


@pytest.fixture
def synced(store: Store, server: DavServer) -> Store:
    """The test's store, set up to sync with ``server``."""
    set_up(store, server)
    return store


@pytest.fixture
def other(tmp_path: Path, server: DavServer) -> Iterator[Store]:
    """A second netdesk database on the same account: the user's other computer."""
    with Store.open(tmp_path / "other.db") as opened:
        set_up(opened, server)
        yield opened
