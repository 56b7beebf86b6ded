"""Sync against a local Radicale: first syncs of 10,000 contacts, then 10 changes.

Each netdesk figure sits beside a reference doing the least any client must do for
the same result, against the same server in the same run:

1. first sync *down*: the address book holds 10,000 cards, netdesk's database is
   empty (listing, multiget, one transaction per new person), beside plain httpx
   doing the same PROPFIND and multiget REPORTs and nothing else;
2. first sync *matching*: the database already holds the same 10,000 people (same
   UIDs), so every card is recognised and linked, none uploaded or duplicated;
3. a sync with nothing changed, beside one PROPFIND of the ETags;
4. 10 people changed here: listing, 10 GETs and 10 ``PUT If-Match``, beside one
   PROPFIND plus 10 plain ``PUT If-Match``;
5. first sync *up* of ``--upload`` people into an empty address book, beside a plain
   httpx loop of the same number of ``PUT If-None-Match: *``.

The 10,000 cards of (1) are written into Radicale's storage folder before the run, not
PUT one by one: Radicale checks a new card's UID against every card of the collection
(``has_uid`` reads them all), so 10,000 single PUTs take over an hour whoever sends
them; (5) measures uploading at a size that finishes.

    .venv/bin/python benchmarks/bench_sync.py [--people 10000] [--upload 1000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common import OUT, machine

from netdesk.core import demo
from netdesk.core.people.resolve import editable_fields
from netdesk.core.storage.store import Store
from netdesk.core.sync import account, engine, writes
from netdesk.core.sync.cards import serialise
from netdesk.core.sync.dav import DavClient
from netdesk.core.sync.local import read_people
from tests.sync.servers import PASSWORD, USER, DavServer, listing

_BOOK = (
    '<?xml version="1.0"?><d:mkcol xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav">'
    "<d:set><d:prop><d:resourcetype><d:collection/><c:addressbook/></d:resourcetype>"
    "</d:prop></d:set></d:mkcol>"
)


def timed(fn, *args, **kwargs) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


def set_up(store: Store, server: DavServer, book: str) -> None:
    url = server.url.rstrip("/") + book
    account.configure(store, username=USER, chosen=[("contacts", url, "Contacts")])


def cards_of(store: Store) -> list[tuple[str, str]]:
    """(UID, vCard) of every living person, UIDs given to those without one."""
    people = read_people(store)
    writes.assign_uids(store, [pid for pid, p in people.items() if not p.uid])
    people = read_people(store)
    return [
        (p.uid or "", serialise(p.record, p.uid or "", context=p.context))
        for p in people.values()
        if not p.trashed
    ]


def reference_download(server: DavServer, book: str) -> int:
    with DavClient(server.url, USER, PASSWORD) as client:
        hrefs = list(client.etags(book))
        return sum(1 for _ in client.multiget(book, hrefs, kind="contacts"))


def reference_upload(server: DavServer, book: str, cards: list[tuple[str, str]]) -> None:
    with server.client() as http:
        for uid, text in cards:
            response = http.put(
                f"{book}{uid}.vcf", content=text.encode(),
                headers={"Content-Type": "text/vcard", "If-None-Match": "*"},
            )  # fmt: skip
            assert response.status_code == 201


def reference_incremental(server: DavServer, book: str, cards: list[tuple[str, str]]) -> None:
    found = listing(server, book)
    with server.client() as http:
        for uid, text in cards:
            href = f"{book}{uid}.vcf"
            response = http.put(
                href, content=text.replace("END:VCARD", "TITLE:Changed\r\nEND:VCARD").encode(),
                headers={"Content-Type": "text/vcard", "If-Match": found[href]},
            )  # fmt: skip
            assert response.status_code in (201, 204)


def line(label: str, seconds: float, note: str = "") -> None:
    print(f"{label:<48} {seconds:8.2f} s  {note}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--upload", type=int, default=1_000)
    args = parser.parse_args()
    os.environ[account.PASSWORD_ENV] = PASSWORD
    OUT.mkdir(exist_ok=True)
    print(machine())
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        root = Path(tmp)
        (root / "radicale").mkdir()
        server = DavServer("radicale", root / "radicale").start()
        try:
            laptop = Store.open(root / "laptop.db")
            demo.fill(laptop, args.people)
            cards = cards_of(laptop)
            folder = root / "radicale" / "data" / "collection-root" / USER / "contacts"
            for uid, text in cards:
                (folder / f"{uid}.vcf").write_bytes(text.encode("utf-8"))
            size = sum(len(t) for _u, t in cards) / 1e6
            print(f"{len(cards)} cards ({size:.1f} MB) in {server.contacts}")
            book = server.contacts

            reference_download(server, book)  # not counted: Radicale fills its item cache
            seconds, count = timed(reference_download, server, book)
            line("reference: PROPFIND + multiget of every card", seconds, f"({count} cards)")
            phone = Store.open(root / "empty.db")
            set_up(phone, server, book)
            seconds, counts = timed(engine.sync, phone)
            line("netdesk first sync down, empty database", seconds, f"({counts.received} added)")

            set_up(laptop, server, book)
            seconds, counts = timed(engine.sync, laptop)
            note = f"({counts.merged} matched, {counts.sent} sent, {counts.received} changed)"
            line("netdesk first sync, same people here", seconds, note)
            alive = laptop.scalar("SELECT count(*) FROM people WHERE deleted_at IS NULL")
            assert alive == len(cards), "a first sync must not duplicate anyone"

            seconds, _ = timed(listing, server, book)
            line("reference: one PROPFIND of the ETags", seconds)
            seconds, counts = timed(engine.sync, laptop)
            line("netdesk sync, nothing changed", seconds, f"({counts.sent} sent)")

            changed = sorted(read_people(laptop))[:10]
            for pid in changed:
                person = laptop.people.get(pid)
                laptop.people.update(pid, replace(editable_fields(person), title="Changed here"))
            by_uid = dict(cards)
            uids = [laptop.people.get(pid).vcard_uid or "" for pid in changed]
            seconds, _ = timed(reference_incremental, server, book, [(u, by_uid[u]) for u in uids])
            line("reference: PROPFIND + 10 PUT If-Match", seconds)
            seconds, counts = timed(engine.sync, laptop)
            line("netdesk sync, 10 changed here", seconds, f"({counts.sent} sent)")

            with server.client() as http:
                for name in ("/alice/upload/", "/alice/reference/"):
                    assert http.request("MKCOL", name, content=_BOOK).status_code == 201
            uploader = Store.open(root / "upload.db")
            demo.fill(uploader, args.upload)
            upload_cards = cards_of(uploader)
            seconds, _ = timed(reference_upload, server, "/alice/reference/", upload_cards)
            line(f"reference: {len(upload_cards)} plain PUT If-None-Match", seconds)
            set_up(uploader, server, "/alice/upload/")
            seconds, counts = timed(engine.sync, uploader)
            line(f"netdesk first sync up, {len(upload_cards)} people", seconds,
                 f"({counts.sent} sent)")  # fmt: skip
        finally:
            server.stop()


if __name__ == "__main__":
    main()
