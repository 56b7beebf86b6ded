"""A thousand contacts, and a sync interrupted half-way by the server being killed."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from netdesk.core.errors import NetdeskError
from netdesk.core.model import ContactPoint, PersonFields
from netdesk.core.storage.store import Store
from netdesk.core.sync import engine
from tests.sync.conftest import set_up
from tests.sync.servers import DavServer, card, listing, texts


def add_people(store: Store, count: int, prefix: str = "Person") -> None:
    with store.transaction():
        for i in range(count):
            store.people.add(
                PersonFields(
                    full_name=f"{prefix} {i:04d}",
                    organisation=f"Org {i % 37}",
                    contacts=(ContactPoint("email", f"{prefix.lower()}{i}@example.org"),),
                )
            )


def uids_on(server: DavServer) -> Counter[str]:
    found: Counter[str] = Counter()
    for text in texts(server, server.contacts).values():
        for line in text.splitlines():
            if line.startswith("UID:"):
                found[line[4:]] += 1
    return found


def living_names(store: Store) -> Counter[str]:
    rows = store.conn.execute("SELECT full_name FROM people WHERE deleted_at IS NULL")
    return Counter(name for (name,) in rows)


@pytest.mark.slow
def test_a_thousand_contacts_go_up_and_come_down_on_another_computer(
    synced: Store, radicale: DavServer, tmp_path: Path
) -> None:
    set_up(synced, radicale, tasks=False)
    add_people(synced, 1000)

    assert engine.sync(synced).sent == 1000
    assert len(listing(radicale, radicale.contacts)) == 1000
    again = engine.sync(synced)
    assert (again.sent, again.received) == (0, 0)

    with Store.open(tmp_path / "laptop.db") as laptop:
        set_up(laptop, radicale, tasks=False)
        assert engine.sync(laptop).received == 1000
        assert max(living_names(laptop).values()) == 1
        assert len(living_names(laptop)) == 1000


@pytest.fixture
def synced(store: Store) -> Store:  # this module sets up against Radicale only
    return store


@pytest.mark.slow
def test_a_sync_interrupted_half_way_completes_with_no_duplicate_and_nothing_lost(
    synced: Store, radicale: DavServer
) -> None:
    set_up(synced, radicale, tasks=False)
    add_people(synced, 150, "Local")
    with radicale.client() as http:
        for i in range(150):
            response = http.put(
                f"{radicale.contacts}phone-{i}.vcf",
                content=card(f"phone-{i}", f"Phone {i:04d}").encode(),
                headers={"Content-Type": "text/vcard"},
            )
            assert response.status_code == 201
    writes_seen = 0

    def kill_half_way(op: Any, *args: Any, **kwargs: Any) -> Any:
        """Kill the server at the 75th write (the phone's cards came in one batch, UIDs were
        given, then one link per upload), and lose that write as a crash would: the card is
        on the server but its link was never recorded."""
        nonlocal writes_seen
        writes_seen += 1
        if writes_seen == 75:
            radicale.kill()
            return None
        return op(synced, *args, **kwargs)

    with pytest.raises(NetdeskError) as stopped:
        engine.sync(synced, write=kill_half_way)
    assert stopped.value.code == "sync-unreachable"
    linked = synced.scalar("SELECT count(*) FROM sync_items")
    assert 150 < linked < 300  # really half-way

    radicale.start()  # the same port and storage
    engine.sync(synced)

    on_server = uids_on(radicale)
    assert len(on_server) == 300 and max(on_server.values()) == 1
    names = living_names(synced)
    assert len(names) == 300 and max(names.values()) == 1
    assert synced.scalar("SELECT count(*) FROM sync_items") == 300
    assert engine.sync(synced).sent == 0


class CancelAfter:
    """What the app's task runner hands a sync: progress out, a cancel request in."""

    def __init__(self, steps: int) -> None:
        self.steps = steps
        self.seen: list[tuple[int, int]] = []

    def progress(self, done: int, total: int) -> None:
        self.seen.append((done, total))

    @property
    def cancelled(self) -> bool:
        self.steps -= 1
        return self.steps < 0


def test_a_cancelled_sync_keeps_what_it_did_and_the_next_one_finishes(
    synced: Store, radicale: DavServer
) -> None:
    set_up(synced, radicale, tasks=False)
    add_people(synced, 40)
    control = CancelAfter(15)

    with pytest.raises(NetdeskError) as stopped:
        engine.sync(synced, control=control)

    assert stopped.value.code == "sync-cancelled"
    assert control.seen and control.seen[-1][1] == 40
    assert 0 < len(listing(radicale, radicale.contacts)) < 40
    assert "cancelled" in synced.scalar("SELECT last_error FROM sync_collections")
    engine.sync(synced)
    assert len(uids_on(radicale)) == 40 and max(uids_on(radicale).values()) == 1
