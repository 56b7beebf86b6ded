"""Follow-ups as CalDAV tasks: two-way for done and due, against real servers."""

from __future__ import annotations

import datetime as dt

from netdesk.core.model import PersonFields
from netdesk.core.storage.store import Store
from netdesk.core.sync import engine
from tests.sync.servers import DavServer, delete, put, texts


def one_task(server: DavServer) -> tuple[str, str]:
    [(href, text)] = texts(server, server.tasks).items()
    return href, text


def test_done_and_due_travel_both_ways(synced: Store, server: DavServer) -> None:
    jan = synced.people.add(PersonFields(full_name="Jan Smit"))
    followup = synced.followups.add(jan, "send the pump report", "2026-12-05")
    engine.sync(synced)
    href, text = one_task(server)
    assert "SUMMARY:Jan Smit: send the pump report" in text
    assert "DUE;VALUE=DATE:20261205" in text and "STATUS:NEEDS-ACTION" in text

    # The phone moves the due date: it arrives here.
    moved = text.replace("DUE;VALUE=DATE:20261205", "DUE;VALUE=DATE:20261209")
    assert put(server, href, moved) in (201, 204)
    assert engine.sync(synced).received == 1
    assert synced.followups.get(followup).due_on == dt.date(2026, 12, 9)

    # Here the due date moves again: the phone sees it.
    synced.followups.update(followup, due_on="2026-12-12")
    assert engine.sync(synced).sent == 1
    href, text = one_task(server)
    assert "DUE;VALUE=DATE:20261212" in text

    # Ticked off on the phone: done here, on the day it was completed.
    done = text.replace("STATUS:NEEDS-ACTION", "STATUS:COMPLETED\r\nCOMPLETED:20261210T090000Z")
    assert put(server, href, done) in (201, 204)
    engine.sync(synced)
    after = synced.followups.get(followup)
    assert (after.status, after.done_on) == ("done", "2026-12-10")
    assert engine.sync(synced).sent == 0  # nothing bounces back


def test_done_here_completes_the_task_there(synced: Store, server: DavServer) -> None:
    jan = synced.people.add(PersonFields(full_name="Jan Smit"))
    followup = synced.followups.add(jan, "call back", "2026-12-05")
    engine.sync(synced)
    synced.followups.done(followup, on=dt.date(2026, 12, 4))
    engine.sync(synced)
    _href, text = one_task(server)
    assert "STATUS:COMPLETED" in text and "COMPLETED:20261204T120000Z" in text


def test_a_task_deleted_on_the_phone_is_not_sent_again(synced: Store, server: DavServer) -> None:
    jan = synced.people.add(PersonFields(full_name="Jan Smit"))
    synced.followups.add(jan, "call back", "2026-12-05")
    engine.sync(synced)
    href, _text = one_task(server)
    assert delete(server, href) in (200, 204)
    engine.sync(synced)
    engine.sync(synced)
    assert texts(server, server.tasks) == {}
    assert len(synced.followups.list("open")) == 1  # the follow-up itself stays


def test_a_follow_up_deleted_here_deletes_its_task(synced: Store, server: DavServer) -> None:
    jan = synced.people.add(PersonFields(full_name="Jan Smit"))
    followup = synced.followups.add(jan, "call back", "2026-12-05")
    engine.sync(synced)
    synced.followups.delete(followup)
    assert engine.sync(synced).deleted == 1
    assert texts(server, server.tasks) == {}


def test_a_due_date_moved_differently_on_both_sides_waits_for_the_user(
    synced: Store, server: DavServer
) -> None:
    from netdesk.core.sync import writes

    jan = synced.people.add(PersonFields(full_name="Jan Smit"))
    followup = synced.followups.add(jan, "call back", "2026-12-05")
    engine.sync(synced)
    href, text = one_task(server)
    put(server, href, text.replace("DUE;VALUE=DATE:20261205", "DUE;VALUE=DATE:20261220"))
    synced.followups.update(followup, due_on="2026-12-10")

    assert engine.sync(synced).conflicts == 1
    assert synced.followups.get(followup).due_on == dt.date(2026, 12, 10)  # ours kept here
    assert "DUE;VALUE=DATE:20261220" in one_task(server)[1]  # theirs kept there
    [conflict] = writes.conflicts(synced)
    assert (conflict.name, conflict.local, conflict.remote) == (
        "call back", {"due": "2026-12-10"}, {"due": "2026-12-20"},
    )  # fmt: skip

    writes.resolve_conflict(synced, conflict.id, keep="remote")
    assert synced.followups.get(followup).due_on == dt.date(2026, 12, 20)
    engine.sync(synced)
    assert "DUE;VALUE=DATE:20261220" in one_task(server)[1]
    assert writes.conflicts(synced) == []
