"""One sync run over every configured collection, and what it did.

Network calls happen here, outside any transaction; every database write is a core
operation from :mod:`netdesk.core.sync.writes` handed to ``write`` (the store itself on
the command line, the app's single writer in the window). Reads use ``store``, which
may be a read-only connection.

A run that fails half-way (the server went away, the user cancelled) has already
recorded each item it finished, with the ETag both sides agreed on; the next run
compares ETags again, and an upload whose link was not yet recorded finds its own card
under its UID (``If-None-Match: *`` fails, the card is read and linked) instead of
making a second one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from netdesk.core.errors import NetdeskError
from netdesk.core.sync import account

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store
    from netdesk.core.sync.dav import DavClient

# ``write(op, *args, **kwargs)`` runs ``op(store, *args, **kwargs)`` where writes go.
Write = Callable[..., Any]
# Cards that needed no upload are written this many per transaction (and per trip to the
# app's writer): a first sync of 10,000 cards took 2.5 times as long one by one.
BATCH = 200


class Control(Protocol):
    """What a background runner hands in: progress out, cancel in."""

    def progress(self, done: int, total: int) -> None: ...

    @property
    def cancelled(self) -> bool: ...


@dataclass
class Counts:
    """What one run did (or, with --dry-run, would do)."""

    sent: int = 0  # cards and tasks written to the server
    received: int = 0  # people and follow-ups added or changed here
    merged: int = 0  # both sides contributed (or a first sync matched someone known)
    deleted: int = 0  # deletions carried over, either way
    conflicts: int = 0  # same field changed on both sides: kept for the user
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "sent": self.sent, "received": self.received, "merged": self.merged,
            "deleted": self.deleted, "conflicts": self.conflicts, "errors": self.errors,
        }  # fmt: skip


class Cancelled(NetdeskError):
    def __init__(self) -> None:
        super().__init__("sync-cancelled")


class Run:
    """State shared by one run's passes: the client, where writes go, the counts."""

    def __init__(
        self,
        store: Store,
        client: DavClient,
        *,
        write: Write | None = None,
        dry_run: bool = False,
        control: Control | None = None,
    ) -> None:
        self.store = store
        self.client = client
        self._write = write or (lambda op, *a, **k: op(store, *a, **k))
        self.dry_run = dry_run
        self.control = control
        self.counts = Counts()
        self._pending: list[Any] = []
        self._batch_target: tuple[int, int | None] = (0, None)

    def write(self, op: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if self.dry_run:
            return None
        return self._write(op, *args, **kwargs)

    def batch_to(self, collection_id: int, event_id: int | None) -> None:
        """Where :meth:`later` items go: the collection, and the event people added on the
        phone are offered for."""
        self._batch_target = (collection_id, event_id)

    def later(self, item: Any) -> None:
        """Write a card that needed no upload with the next batch of :data:`BATCH`."""
        self._pending.append(item)
        if len(self._pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        pending, self._pending = self._pending, []
        if pending:
            from netdesk.core.sync.writes import apply_incoming_many

            collection_id, event_id = self._batch_target
            self.write(apply_incoming_many, collection_id, pending, event_id=event_id)

    def check(self, done: int = 0, total: int = 0) -> None:
        if self.control is None:
            return
        if self.control.cancelled:
            raise Cancelled()
        if total:
            self.control.progress(done, total)

    def put(self, href: str, data: str, *, content_type: str, etag: str | None) -> str | None:
        """Upload (not with --dry-run); the new ETag, asked for when the server gave none."""
        if self.dry_run:
            return etag or "dry-run"
        new = self.client.put(href, data, content_type=content_type, etag=etag)
        if new == "":
            new = self.client.etag_of(href)
        return new

    def delete(self, href: str, etag: str) -> bool | None:
        if self.dry_run:
            return True
        return self.client.delete(href, etag=etag)


def client_for(collection: account.SyncCollection, password: str | None = None) -> DavClient:
    from netdesk.core.sync.dav import DavClient

    secret = password if password is not None else account.password_for(
        collection.url, collection.username
    )  # fmt: skip
    return DavClient(collection.url, collection.username, secret)


def sync(
    store: Store,
    *,
    write: Write | None = None,
    dry_run: bool = False,
    control: Control | None = None,
    password: str | None = None,
) -> Counts:
    """Sync every configured collection: the address book first, so tasks find their people.

    A collection that fails records its sentence (``sync status`` shows it) and the
    error is raised after the rest had their turn.
    """
    from netdesk.core.sync.addressbook import sync_addressbook
    from netdesk.core.sync.todos import sync_tasks

    chosen = account.collections(store)
    if not chosen:
        raise NetdeskError("sync-not-set-up")
    direct: Write = write or (lambda op, *a, **k: op(store, *a, **k))
    counts = Counts()
    failure: NetdeskError | None = None
    for collection in sorted(chosen, key=lambda c: c.kind != "contacts"):
        with client_for(collection, password) as client:
            run = Run(store, client, write=write, dry_run=dry_run, control=control)
            run.counts = counts
            try:
                passes = sync_addressbook if collection.kind == "contacts" else sync_tasks
                token = passes(run, collection)
            except NetdeskError as error:
                counts.errors.append(str(error))
                failure = failure or error
                if not dry_run:
                    direct(account.record_outcome, collection.id, token=None, error=str(error))
                if isinstance(error, Cancelled) or error.code in (
                    "sync-auth", "sync-unreachable", "sync-certificate", "sync-timeout",
                ):  # fmt: skip
                    break
                continue
            if not dry_run:
                direct(account.record_outcome, collection.id, token=token, error="")
    if failure is not None:
        raise failure
    return counts
