"""Sync against a local Radicale: a first sync of 10,000 contacts, then 10 changes.

Each netdesk figure sits beside a reference doing the least any client must do for
the same result, against the same server in the same run:

- first sync (netdesk uploads every person of a demo database: UIDs assigned, one
  ``PUT If-None-Match: *`` per card, one link recorded per card) beside a plain httpx
  loop PUTting the same number of ready-made vCards into another address book;
- incremental sync with 10 people changed here (one ETag listing, 10 GETs, 10
  ``PUT If-Match``) beside one PROPFIND of the same address book's ETags plus 10 plain
  PUTs;
- a sync with nothing changed beside the PROPFIND alone;
- a first sync of the same 10,000 cards into an empty second database (download:
  listing, multiget, matching, one transaction per new person).

    .venv/bin/python benchmarks/bench_sync.py [--people 10000]
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
from netdesk.core.sync import account, engine
from netdesk.core.sync.cards import serialise
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


def set_up(store: Store, server: DavServer) -> None:
    url = server.url.rstrip("/") + server.contacts
    account.configure(store, username=USER, chosen=[("contacts", url, "Contacts")])


def reference_upload(server: DavServer, cards: list[tuple[str, str]]) -> None:
    with server.client() as http:
        assert http.request("MKCOL", "/alice/reference/", content=_BOOK).status_code == 201
        for uid, text in cards:
            response = http.put(
                f"/alice/reference/{uid}.vcf", content=text.encode(),
                headers={"Content-Type": "text/vcard", "If-None-Match": "*"},
            )  # fmt: skip
            assert response.status_code == 201


def reference_incremental(server: DavServer, cards: list[tuple[str, str]]) -> None:
    found = listing(server, "/alice/reference/")
    with server.client() as http:
        for uid, text in cards:
            href = f"/alice/reference/{uid}.vcf"
            response = http.put(
                href, content=text.replace("END:VCARD", "TITLE:Changed\r\nEND:VCARD").encode(),
                headers={"Content-Type": "text/vcard", "If-Match": found[href]},
            )  # fmt: skip
            assert response.status_code in (201, 204)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=10_000)
    args = parser.parse_args()
    os.environ[account.PASSWORD_ENV] = PASSWORD
    OUT.mkdir(exist_ok=True)
    print(machine())
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        root = Path(tmp)
        (root / "radicale").mkdir()
        server = DavServer("radicale", root / "radicale").start()
        try:
            store = Store.open(root / "netdesk.db")
            demo.fill(store, args.people)
            set_up(store, server)
            people = read_people(store)
            cards = [
                (f"ref-{pid}", serialise(p.record, f"ref-{pid}", context=p.context))
                for pid, p in people.items()
                if not p.trashed
            ]
            print(f"{len(cards)} living people, {sum(map(len, (t for _u, t in cards))) >> 20} MB")

            ref_first, _ = timed(reference_upload, server, cards)
            print(f"reference: {len(cards)} plain PUTs        {ref_first:8.1f} s")
            first, counts = timed(engine.sync, store)
            print(f"netdesk first sync (up): {counts.sent} sent  {first:8.1f} s")

            ref_list, _ = timed(listing, server, "/alice/reference/")
            print(f"reference: one PROPFIND of the ETags  {ref_list:8.2f} s")
            idle, counts = timed(engine.sync, store)
            print(f"netdesk sync, nothing changed          {idle:8.2f} s  ({counts.sent} sent)")

            changed = sorted(people)[:10]
            for pid in changed:
                person = store.people.get(pid)
                store.people.update(pid, replace(editable_fields(person), title="Changed"))
            ref_inc, _ = timed(reference_incremental, server, cards[:10])
            print(f"reference: PROPFIND + 10 PUT If-Match  {ref_inc:8.2f} s")
            inc, counts = timed(engine.sync, store)
            print(f"netdesk sync, 10 changed here          {inc:8.2f} s  ({counts.sent} sent)")

            second = Store.open(root / "laptop.db")
            set_up(second, server)
            down, counts = timed(engine.sync, second)
            print(f"netdesk first sync (down): {counts.received} received {down:8.1f} s")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
