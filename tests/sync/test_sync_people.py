"""Two-way people sync against real Radicale and Xandikos servers on 127.0.0.1.

"The phone" is a plain HTTP client writing vCards, independent of netdesk's code; a
second netdesk database on the same account is the user's other computer.
"""

from __future__ import annotations

import datetime as dt

from netdesk.core.model import ContactPoint, PersonFields
from netdesk.core.storage.store import Store
from netdesk.core.sync import engine, writes
from tests.sync.servers import DavServer, card, delete, put, texts


def add(store: Store, name: str, **values: object) -> int:
    points = tuple(values.pop("contacts", ()))  # type: ignore[arg-type]
    return store.people.add(PersonFields(full_name=name, contacts=points, **values))  # type: ignore[arg-type]


def cards_named(server: DavServer, name: str) -> list[str]:
    return [t for t in texts(server, server.contacts).values() if f"FN:{name}\r\n" in t]


def living(store: Store) -> dict[str, int]:
    rows = store.conn.execute(
        "SELECT full_name, count(*) FROM people WHERE deleted_at IS NULL GROUP BY full_name"
    )
    return dict(rows.fetchall())


def test_first_sync_goes_both_ways_and_a_second_client_sees_it(
    synced: Store, server: DavServer, other: Store
) -> None:
    add(synced, "Jan Smit", organisation="Acme", tags=("water",),
        contacts=[ContactPoint("email", "jan@acme.nl")])  # fmt: skip
    eva = card("phone-1", "Eva Bos", "TEL:+31 6 1234 5678")
    assert put(server, server.contacts + "phone-1.vcf", eva) == 201

    counts = engine.sync(synced)

    assert (counts.sent, counts.received, counts.conflicts) == (1, 1, 0)
    [jan] = cards_named(server, "Jan Smit")  # the plain HTTP client sees what netdesk wrote
    assert "EMAIL:jan@acme.nl" in jan and "CATEGORIES:water" in jan and "ORG:Acme" in jan
    assert living(synced) == {"Jan Smit": 1, "Eva Bos": 1}
    # The other computer gets both, and a sync with nothing new does nothing.
    engine.sync(other)
    assert living(other) == {"Jan Smit": 1, "Eva Bos": 1}
    again = engine.sync(synced)
    assert (again.sent, again.received, again.deleted) == (0, 0, 0)


def test_the_first_sync_matches_people_already_here_instead_of_duplicating(
    synced: Store, server: DavServer
) -> None:
    jan = add(synced, "Jan Smit", contacts=[ContactPoint("email", "jan@acme.nl")])
    add(synced, "Piet Kok")  # only a name: matched by that exact name
    put(server, server.contacts + "a.vcf",
        card("a", "Jan Smit", "EMAIL:jan@acme.nl", "TEL:+31 6 5555 0000"))  # fmt: skip
    put(server, server.contacts + "b.vcf", card("b", "Piet Kok"))

    counts = engine.sync(synced)

    assert living(synced) == {"Jan Smit": 1, "Piet Kok": 1}
    person = synced.people.get(jan)
    assert {c.value for c in person.contacts} >= {"jan@acme.nl"}
    assert any(c.kind == "phone" for c in person.contacts)  # the phone's number came in
    assert person.vcard_uid == "a"
    assert len(texts(server, server.contacts)) == 2  # nothing uploaded twice
    assert counts.merged == 2


def test_edits_on_either_side_arrive_and_different_fields_merge(
    synced: Store, server: DavServer, other: Store
) -> None:
    jan = add(synced, "Jan Smit", organisation="Acme", title="Engineer")
    engine.sync(synced)
    engine.sync(other)
    # Here: the title. On the other computer: the organisation. Both survive.
    before = synced.people.get(jan)
    synced.people.update(jan, _with(before, title="Lead engineer"))
    other_id = other.people.find_by_uid(before.vcard_uid or "")[0]
    other.people.update(other_id, _with(other.people.get(other_id), organisation="Waterschap"))
    engine.sync(other)

    counts = engine.sync(synced)

    assert counts.conflicts == 0
    person = synced.people.get(jan)
    assert (person.title, person.organisation) == ("Lead engineer", "Waterschap")
    [text] = cards_named(server, "Jan Smit")
    assert "TITLE:Lead engineer" in text and "ORG:Waterschap" in text
    engine.sync(other)
    assert other.people.get(other_id).title == "Lead engineer"


def test_the_same_field_changed_on_both_sides_is_a_conflict_nothing_is_overwritten(
    synced: Store, server: DavServer
) -> None:
    jan = add(synced, "Jan Smit", title="Engineer")
    engine.sync(synced)
    [href] = texts(server, server.contacts)
    phone = texts(server, server.contacts)[href].replace("TITLE:Engineer", "TITLE:Director")
    phone = phone.replace("END:VCARD", "BDAY:1980-02-03\r\nEND:VCARD")
    assert put(server, href, phone) in (201, 204)
    synced.people.update(jan, _with(synced.people.get(jan), title="Manager"))

    counts = engine.sync(synced)

    assert counts.conflicts == 1
    assert synced.people.get(jan).title == "Manager"  # ours kept here
    assert "TITLE:Director" in texts(server, server.contacts)[href]  # theirs kept there
    [conflict] = writes.conflicts(synced)
    assert conflict.local == {"title": "Manager"} and conflict.remote == {"title": "Director"}
    # A second sync neither repeats nor loses it.
    assert engine.sync(synced).conflicts == 0
    assert len(writes.conflicts(synced)) == 1

    writes.resolve_conflict(synced, conflict.id, keep="local")
    engine.sync(synced)

    text = texts(server, server.contacts)[href]
    assert "TITLE:Manager" in text and "BDAY:1980-02-03" in text  # the phone's birthday stays
    assert writes.conflicts(synced) == []


def test_deletions_go_both_ways_with_the_trash_as_safety_net(
    synced: Store, server: DavServer
) -> None:
    jan = add(synced, "Jan Smit")
    eva = add(synced, "Eva Bos")
    engine.sync(synced)
    [jan_href] = [h for h, t in texts(server, server.contacts).items() if "Jan Smit" in t]
    assert delete(server, jan_href) in (200, 204)
    synced.people.delete([eva])

    counts = engine.sync(synced)

    assert counts.deleted == 2
    assert {p.id for p in synced.trash.people()} == {jan, eva}  # in the trash, not gone
    assert texts(server, server.contacts) == {}
    assert engine.sync(synced).deleted == 0


def test_people_added_on_the_phone_during_an_event_can_join_it(
    synced: Store, server: DavServer
) -> None:
    event = synced.events.add("Breakfast Club", dt.date.today())
    put(server, server.contacts + "p1.vcf", card("p1", "Eva Bos"))
    put(server, server.contacts + "p2.vcf", card("p2", "Piet Kok"))

    engine.sync(synced)

    [found] = writes.phone_additions(synced)
    assert (found.event_id, found.event_name, len(found.person_ids)) == (event, "Breakfast Club", 2)
    assert writes.attach_phone_additions(synced, event) == 2
    assert writes.phone_additions(synced) == []
    assert len(synced.encounters.for_event(event)) == 1


def test_the_last_context_line_travels_in_note_and_comes_back_off(
    synced: Store, server: DavServer
) -> None:
    event = synced.events.add("Breakfast Club", dt.date.today())
    jan = synced.people.add(
        PersonFields(full_name="Jan Smit", notes="likes pumps"), event_id=event,
        context="rants about the facilities team",
    )  # fmt: skip
    engine.sync(synced)
    [text] = texts(server, server.contacts).values()
    assert "NOTE:Breakfast Club: rants about the facilities team\\n\\nlikes pumps" in text
    assert engine.sync(synced).sent == 0
    assert synced.people.get(jan).notes == "likes pumps"


def _with(person: object, **changes: object) -> PersonFields:
    from dataclasses import fields, replace

    from netdesk.core.people.resolve import editable_fields

    base = editable_fields(person)  # type: ignore[arg-type]
    assert set(changes) <= {f.name for f in fields(PersonFields)}
    return replace(base, **changes)  # type: ignore[arg-type]


def test_emptying_the_trash_deletes_there_and_a_trashed_card_changed_there_comes_back(
    synced: Store, server: DavServer
) -> None:
    jan = add(synced, "Jan Smit", title="Engineer")
    eva = add(synced, "Eva Bos")
    engine.sync(synced)
    # Eva: trashed and the trash emptied, for good. Jan: trashed here, edited on the phone.
    synced.people.delete([eva])
    synced.trash.empty()
    synced.people.delete([jan])
    [jan_href] = [h for h, t in texts(server, server.contacts).items() if "Jan Smit" in t]
    phone = texts(server, server.contacts)[jan_href].replace("TITLE:Engineer", "TITLE:Director")
    assert put(server, jan_href, phone) in (201, 204)

    engine.sync(synced)

    assert list(texts(server, server.contacts)) == [jan_href]  # Eva gone there too
    person = synced.people.get(jan)  # back from the trash, with the phone's edit
    assert person.title == "Director" and person.deleted_at is None


def test_an_upload_over_a_version_that_changed_meanwhile_is_refused(server: DavServer) -> None:
    from netdesk.core.sync.dav import DavClient
    from tests.sync.servers import PASSWORD, USER, listing

    href = server.contacts + "x.vcf"
    assert put(server, href, card("x", "Jan Smit")) == 201
    stale = listing(server, server.contacts)[href]
    assert put(server, href, card("x", "Jan Smit", "TITLE:Director"), etag=stale) in (201, 204)
    with DavClient(server.url, USER, PASSWORD) as client:
        assert client.put(href, card("x", "Jan Smit", "TITLE:Manager"),
                          content_type="text/vcard", etag=stale) is None  # fmt: skip
        assert client.delete(href, etag=stale) is None
        assert client.put(href, card("x", "Other"), content_type="text/vcard", etag=None) is None
    assert "TITLE:Director" in texts(server, server.contacts)[href]


def test_a_copy_of_the_database_elsewhere_matches_everyone_and_sends_nothing(
    synced: Store, server: DavServer, tmp_path
) -> None:
    event = synced.events.add("Breakfast Club", dt.date.today())
    synced.people.add(
        PersonFields(full_name="Jan Smit", notes="likes pumps"), event_id=event,
        context="same pumping station",
    )  # fmt: skip
    writes.assign_uids(synced, [p.id for p in synced.people.rows(synced.people.ids())])
    synced.copy_to(tmp_path / "copy.db")  # the laptop restored from a backup, say
    engine.sync(synced)

    with Store.open(tmp_path / "copy.db") as copy:
        counts = engine.sync(copy)
        assert (counts.merged, counts.sent, counts.received) == (1, 0, 0)
        assert copy.scalar("SELECT count(*) FROM people") == 1
