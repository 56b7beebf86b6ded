"""The sync account: which collections, as whom, and where the password is.

The collections chosen (one address book, at most one task list) are rows of
``sync_collections`` with the user name. The password never touches the database, a
settings file, a log or an error message: it lives in the operating system's keyring
(the ``keyring`` package), or, on a machine with no keyring service (a server, CI), in
``NETDESK_DAV_PASSWORD`` for one run.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from netdesk.core.dates import now_utc
from netdesk.core.errors import NetdeskError
from netdesk.core.storage.changes import Kind

if TYPE_CHECKING:
    from netdesk.core.storage.store import Store

PASSWORD_ENV = "NETDESK_DAV_PASSWORD"
KEYRING_SERVICE = "netdesk-dav"
# A random name for this database, so the task UIDs it writes are its own on a server
# that more than one netdesk database syncs with.
CLIENT_ID_KEY = "sync_client_id"


@dataclass(frozen=True)
class SyncCollection:
    id: int
    kind: str  # contacts or tasks
    url: str
    username: str
    display_name: str
    sync_token: str | None
    last_synced_at: str | None
    last_error: str


def server_url(text: str) -> str:
    """The address the user typed, as netdesk keeps it: https:// when no scheme is given,
    and never a ``user:password@`` part (it would land in the database)."""
    text = text.strip()
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise NetdeskError("sync-bad-url", url=parts._replace(netloc=parts.hostname or "").geturl())
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    if parts.port is not None:
        host += f":{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path or "/", parts.query, ""))


def _keyring_user(url: str, username: str) -> str:
    return f"{username}@{urlsplit(url).netloc}"


def _no_keyring(error: Exception) -> bool:
    from keyring.errors import KeyringError, NoKeyringError

    return isinstance(error, NoKeyringError | KeyringError)


def password_for(url: str, username: str) -> str:
    """The password for ``username`` on the server of ``url``: the environment for this
    run, else the keyring; one clear sentence when neither has it."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    import keyring

    try:
        found = keyring.get_password(KEYRING_SERVICE, _keyring_user(url, username))
    except Exception as error:
        if _no_keyring(error):
            raise NetdeskError("sync-no-keyring", variable=PASSWORD_ENV) from None
        raise
    if not found:
        raise NetdeskError("sync-no-password", user=username, variable=PASSWORD_ENV)
    return found


def remember_password(url: str, username: str, password: str) -> None:
    """Keep ``password`` in the keyring; with no keyring, say to use the environment."""
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, _keyring_user(url, username), password)
    except Exception as error:
        if _no_keyring(error):
            raise NetdeskError("sync-no-keyring", variable=PASSWORD_ENV) from None
        raise


def collections(store: Store) -> list[SyncCollection]:
    rows = store.rows(
        "SELECT id, kind, url, username, display_name, sync_token, last_synced_at, last_error"
        " FROM sync_collections ORDER BY kind, id"
    )
    return [SyncCollection(**row) for row in rows]


def client_id(store: Store) -> str:
    return store.meta.get(CLIENT_ID_KEY) or ""


def configure(
    store: Store, *, username: str, chosen: list[tuple[str, str, str]]
) -> list[SyncCollection]:
    """Sync with ``chosen`` (kind, absolute URL, display name) as ``username``, in one
    transaction. A collection no longer chosen is forgotten with its links; one still
    chosen keeps its links and token, so nothing is sent twice."""
    with store.transaction() as conn:
        urls = [url for _kind, url, _name in chosen]
        marks = ",".join("?" * len(urls))
        conn.execute(f"DELETE FROM sync_collections WHERE url NOT IN ({marks})", urls)
        for kind, url, name in chosen:
            conn.execute(
                "INSERT INTO sync_collections (kind, url, username, display_name)"
                " VALUES (?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET kind = excluded.kind,"
                " username = excluded.username, display_name = excluded.display_name",
                (kind, url, username, name),
            )
        if not client_id(store):
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                (CLIENT_ID_KEY, uuid.uuid4().hex[:12]),
            )
        store.touched(Kind.SYNC)
    return collections(store)


def record_outcome(store: Store, collection_id: int, *, token: str | None, error: str) -> None:
    """After a pass over one collection: its new token (None: keep), when, what failed."""
    with store.transaction() as conn:
        if error:
            conn.execute(
                "UPDATE sync_collections SET last_error = ? WHERE id = ?", (error, collection_id)
            )
        else:
            conn.execute(
                "UPDATE sync_collections SET sync_token = coalesce(?, sync_token),"
                " last_synced_at = ?, last_error = '' WHERE id = ?",
                (token, now_utc(), collection_id),
            )
        store.touched(Kind.SYNC)
