"""Two-way sync of people with one CardDAV address book.

1. *What changed there*: every member's ETag from one PROPFIND against the ETags last
   agreed (see :func:`remote_changes` for why not sync-collection), then the changed
   cards in multiget batches.
2. *Each changed card*: a card we know is merged field by field with the person against
   the last agreed version; a card we do not know is matched to someone already here (by
   UID, email, phone or name, as imports are) before anyone new is added. A card gone
   from the server sends its person to netdesk's trash.
3. *What changed here*: people whose fingerprint moved are compared with the last
   agreed version and uploaded with ``If-Match``; people never uploaded go up with
   ``If-None-Match: *`` under their UID, so a retried upload finds its own card instead
   of making a second one. People trashed or erased here are deleted there, with
   ``If-Match``: a card changed on the phone in the meantime is merged, never deleted.

A 412 (the card changed since we read it) always means: read it again and merge.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from netdesk.core.errors import NetdeskError
from netdesk.core.people.resolve import resolve
from netdesk.core.sync import writes
from netdesk.core.sync.cards import Record, canonical, parse_card, serialise
from netdesk.core.sync.dav import Resource, canonical_path
from netdesk.core.sync.local import Local, read_people
from netdesk.core.sync.merge import merge

if TYPE_CHECKING:
    from netdesk.core.sync.account import SyncCollection
    from netdesk.core.sync.engine import Run

VCARD_TYPE = "text/vcard"
MAX_RETRIES = 3
_PLAIN_UID = re.compile(r"[A-Za-z0-9@._\-]{1,200}")


def resource_name(uid: str) -> str:
    """The file name of a card: its UID when that is a plain name, so a retried upload
    writes the same card."""
    if _PLAIN_UID.fullmatch(uid):
        return quote(uid, safe="@") + ".vcf"
    import hashlib

    return hashlib.sha256(uid.encode("utf-8")).hexdigest()[:32] + ".vcf"


def _links(run: Run, collection_id: int) -> dict[str, dict[str, Any]]:
    rows = run.store.rows(
        "SELECT href, uid, etag, person_id, base, stamp FROM sync_items WHERE collection_id = ?",
        (collection_id,),
    )
    for row in rows:
        row["base"] = json.loads(row["base"])
    return {row["href"]: row for row in rows}


def _in_conflict(run: Run, collection_id: int) -> set[str]:
    return {
        href
        for (href,) in run.store.conn.execute(
            "SELECT href FROM sync_conflicts WHERE collection_id = ?", (collection_id,)
        )
    }


def remote_changes(
    run: Run, collection: SyncCollection, links: dict[str, dict[str, Any]]
) -> tuple[dict[str, str], set[str], str | None]:
    """(href → ETag of everything there, hrefs removed there, None).

    Every member's ETag from one PROPFIND, compared with what was last agreed, as
    vdirsyncer does, rather than RFC 6578 sync-collection: Xandikos 0.4.10 leaves deleted
    cards out of its sync-collection answers (tests/sync shows it), and a sync that
    misses a deletion brings the card back from the other side. The listing costs one
    request with no card data; only cards whose ETag moved are fetched.
    """
    listing = run.client.etags(collection.url)
    return listing, set(links) - set(listing), None


def sync_addressbook(run: Run, collection: SyncCollection) -> str | None:
    """One pass both ways; returns the token to keep once everything is done."""
    links = _links(run, collection.id)
    changed, removed, token = remote_changes(run, collection, links)
    fetch = [href for href, etag in changed.items() if links.get(href, {}).get("etag") != etag]
    people = read_people(run.store)
    claimed = {row["person_id"] for row in links.values() if row["person_id"] is not None}
    by_uid = {person.uid: pid for pid, person in people.items() if person.uid}
    event = run.store.events.happening_on()
    run.batch_to(collection.id, event.id if event else None)
    try:
        for done, resource in enumerate(
            run.client.multiget(collection.url, fetch, kind="contacts"), start=1
        ):
            _take_remote(run, collection, resource, links, people, by_uid, claimed)
            run.check(done, len(fetch))
    finally:
        run.flush()  # what was merged before a failure or a cancel is kept
    for href in removed:
        row = links.pop(href)
        run.write(writes.trash_for_remote, collection.id, href, row["person_id"])
        if row["person_id"] is not None and not people[row["person_id"]].trashed:
            run.counts.deleted += 1
    try:
        _send_local(run, collection)
    finally:
        run.flush()
    return token


# -- from the server -----------------------------------------------------------------


def _take_remote(
    run: Run,
    collection: SyncCollection,
    resource: Resource,
    links: dict[str, dict[str, Any]],
    people: dict[int, Local],
    by_uid: dict[str, int],
    claimed: set[int],
) -> None:
    link = links.get(resource.href)
    if link is not None and link["person_id"] is None:
        # Erased here, changed there since: nothing is lost, it comes back as new.
        links.pop(resource.href)
        run.write(writes.remove_link, collection.id, resource.href)
        link = None
    base = link["base"] if link else None
    context = (base or {}).get("context", "")
    record, uid, contact = parse_card(resource.data, context=context)
    if contact is None:
        return  # not a card we can read: left alone there, nothing here
    uid = uid or (link["uid"] if link else resource.href)
    local: Local | None = people.get(link["person_id"]) if link else None
    if local is None:
        local = _match(run, uid, contact, people, by_uid, claimed)
    if local is None:
        run.later(
            writes.Incoming(resource.href, uid, resource.etag, record, _base(record, ""), None)
        )
        run.counts.received += 1
        return
    claimed.add(local.person_id)
    if link is None and local.context:
        # A first meeting: the card may carry the context line netdesk wrote from another
        # database of the same user; it is not part of the notes.
        record = parse_card(resource.data, context=local.context)[0]
    _merge_and_store(run, collection, resource, record, uid, local, base)


def _match(
    run: Run,
    uid: str,
    contact: Any,
    people: dict[int, Local],
    by_uid: dict[str, int],
    claimed: set[int],
) -> Local | None:
    """Someone already here that a new card describes: same UID first, then what an
    import trusts (email, phone, profile link, a bare name); never someone linked."""
    same = people.get(by_uid.get(uid, -1))
    if same is not None and same.person_id not in claimed:
        return same
    match = resolve(run.store, contact).match
    if match is None or match.person_id in claimed or match.person_id not in people:
        return None
    return people[match.person_id]


def _base(record: Record, context: str) -> dict[str, Any]:
    return {**record, "context": context}


def _merge_and_store(
    run: Run,
    collection: SyncCollection,
    resource: Resource,
    remote: Record,
    uid: str,
    local: Local,
    base: dict[str, Any] | None,
) -> None:
    """Merge a card with its person (``base`` None: first meeting), upload what the server
    lacks, write what this side lacks; a same-field change on both sides is a conflict."""
    for _attempt in range(MAX_RETRIES):
        ours = canonical(local.record)
        merged = merge(base, ours, remote)
        if merged.conflicts:
            # The server keeps its version of everything for now; fields only the server
            # changed are taken here, the conflicting ones wait for the user.
            agreed = dict(remote)
            for name in merged.conflicts:
                agreed[name] = (base or {}).get(name, ours[name])
            item = writes.Incoming(
                resource.href, uid, resource.etag,
                merged.record if merged.record != ours else None,
                _base(agreed, (base or {}).get("context", "")), local.person_id,
                tuple(merged.conflicts), ours, remote,
            )  # fmt: skip
            run.write(writes.apply_incoming, collection.id, item)
            run.counts.conflicts += 1
            return
        etag = resource.etag
        context = local.context
        sent_context = (base or {}).get("context", "")
        if base is None and context and parse_card(resource.data)[0]["notes"] != remote["notes"]:
            sent_context = context  # the card already shows this context line
        if merged.record != remote or context != sent_context:
            text = serialise(merged.record, uid, context=context, server_card=resource.data)
            new = run.put(resource.href, text, content_type=VCARD_TYPE, etag=resource.etag)
            if new is None:
                again = run.client.get(resource.href)
                if again is None:
                    return  # deleted there meanwhile: the next run sees it gone
                resource = again
                remote = parse_card(again.data, context=sent_context)[0]
                continue
            etag = new
            run.counts.sent += 1
        if merged.record != ours:
            run.counts.received += 1
        if base is None or (merged.record != ours and merged.record != remote):
            run.counts.merged += 1
        item = writes.Incoming(
            resource.href, uid, etag, merged.record if merged.record != ours else None,
            _base(merged.record, context), local.person_id,
        )  # fmt: skip
        if etag == resource.etag:
            run.later(item)  # nothing uploaded: may wait for its batch
        else:
            run.write(writes.apply_incoming, collection.id, item)  # linked right after the PUT
        return
    raise NetdeskError("sync-busy-card", href=resource.href)


# -- to the server -----------------------------------------------------------------


def _send_local(run: Run, collection: SyncCollection) -> None:
    links = _links(run, collection.id)
    conflicted = _in_conflict(run, collection.id)
    people = read_people(run.store)
    linked = {row["person_id"] for row in links.values() if row["person_id"] is not None}
    todo: list[tuple[str, Any]] = []
    for href, row in links.items():
        person = people.get(row["person_id"]) if row["person_id"] is not None else None
        if person is None or person.trashed:
            todo.append(("delete", (href, row, person)))
        elif href not in conflicted and person.fingerprint != row["stamp"]:
            todo.append(("update", (href, row, person)))
    new = [p for pid, p in people.items() if pid not in linked and not p.trashed]
    missing = [p.person_id for p in new if not p.uid]
    if missing:
        uids = run.write(writes.assign_uids, missing) or {}
        new = [
            Local(p.person_id, uids.get(p.person_id, p.uid), p.record, p.context, p.trashed)
            for p in new
        ]
    todo += [("new", person) for person in new]
    home = canonical_path(run.client.url(collection.url))
    for done, (action, payload) in enumerate(todo, start=1):
        if action == "delete":
            _send_delete(run, collection, *payload)
        elif action == "update":
            _send_update(run, collection, *payload)
        else:
            _send_new(run, collection, payload, home)
        run.check(done, len(todo))


def _send_new(run: Run, collection: SyncCollection, person: Local, home: str) -> None:
    uid = person.uid or f"netdesk-dry-run-{person.person_id}"
    href = home.rstrip("/") + "/" + resource_name(uid)
    text = serialise(person.record, uid, context=person.context)
    etag = run.put(href, text, content_type=VCARD_TYPE, etag=None)
    if etag is None:
        # There already: an upload of an interrupted run, or the same UID from elsewhere.
        found = run.client.get(href)
        if found is not None:
            record = parse_card(found.data, context=person.context)[0]
            _merge_and_store(run, collection, found, record, uid, person, None)
        return
    run.counts.sent += 1
    agreed = parse_card(text, context=person.context)[0]
    run.write(
        writes.save_link, collection.id, href, uid=uid, etag=etag, person_id=person.person_id,
        base=_base(agreed, person.context), stamp=person.fingerprint,
    )  # fmt: skip


def _send_update(run: Run, collection: SyncCollection, href: str, row: dict, person: Local) -> None:
    base = row["base"]
    ours = canonical(person.record)
    if ours == {k: base.get(k) for k in ours} and person.context == base.get("context", ""):
        # Only what the round trip cannot carry changed: remember the new fingerprint.
        run.write(
            writes.save_link, collection.id, href, uid=row["uid"], etag=row["etag"],
            person_id=person.person_id, base=base, stamp=person.fingerprint,
        )  # fmt: skip
        return
    found = run.client.get(href)
    if found is None:
        # Gone there (and the listing had not said so yet): trash here, as for any deletion.
        run.write(writes.trash_for_remote, collection.id, href, person.person_id)
        run.counts.deleted += 1
        return
    remote = parse_card(found.data, context=base.get("context", ""))[0]
    _merge_and_store(run, collection, found, remote, row["uid"], person, base)


def _send_delete(
    run: Run, collection: SyncCollection, href: str, row: dict, person: Local | None
) -> None:
    deleted = run.delete(href, row["etag"])
    if deleted is None:
        # Changed there since we last agreed: merge it back instead of deleting it.
        found = run.client.get(href)
        if found is None:
            run.write(writes.remove_link, collection.id, href)
            return
        record, uid, _contact = parse_card(found.data, context=row["base"].get("context", ""))
        if person is None:
            run.write(writes.remove_link, collection.id, href)
            item = writes.Incoming(
                href, uid or row["uid"], found.etag, record, _base(record, ""), None
            )
            run.write(writes.apply_incoming, collection.id, item)
            run.counts.received += 1
        else:
            _merge_and_store(run, collection, found, record, uid or row["uid"], person, row["base"])
        return
    run.write(writes.remove_link, collection.id, href)
    if deleted:
        run.counts.deleted += 1
