"""Finding the user's address books and task lists from one URL (RFC 6764, RFC 5397).

The user types what their provider tells them: a bare host, a principal URL or a
collection URL. We ask that URL for the current user principal; a server that does not
answer there is asked at ``/.well-known/carddav`` and ``/.well-known/caldav``. The
principal names its address-book and calendar homes, and a Depth 1 PROPFIND on each
home lists the collections, with what each calendar may hold (tasks or only events).
"""

from __future__ import annotations

from dataclasses import dataclass

from netdesk.core.errors import NetdeskError
from netdesk.core.sync.dav import CALDAV, CARDDAV, DAV, DavClient, Response, tag

_COLLECTION_PROPS = "<d:resourcetype/><d:displayname/><cal:supported-calendar-component-set/>"


@dataclass(frozen=True)
class Collection:
    """An address book (kind ``contacts``) or a calendar that holds tasks (``tasks``)."""

    kind: str
    href: str
    display_name: str


def _principal(client: DavClient) -> str:
    """The current user's principal href, looking first where the user pointed, then at
    the well-known addresses."""
    tried: NetdeskError | None = None
    for start in (client.base, "/.well-known/carddav", "/.well-known/caldav"):
        try:
            found = client.propfind(start, "<d:current-user-principal/>").responses
        except NetdeskError as error:
            if error.code in ("sync-auth", "sync-unreachable", "sync-certificate", "sync-bad-url"):
                raise
            tried = error
            continue
        for response in found:
            hrefs = response.hrefs(tag(DAV, "current-user-principal"))
            if hrefs:
                return hrefs[0]
    raise NetdeskError("sync-not-dav", url=client.base) from tried


def _homes(client: DavClient, principal: str) -> list[str]:
    props = "<c:addressbook-home-set/><cal:calendar-home-set/>"
    homes: list[str] = []
    for response in client.propfind(principal, props).responses:
        for name in (tag(CARDDAV, "addressbook-home-set"), tag(CALDAV, "calendar-home-set")):
            homes += [h for h in response.hrefs(name) if h not in homes]
    return homes or [principal]


def _kind(response: Response) -> str | None:
    types = response.props.get(tag(DAV, "resourcetype"))
    if types is None:
        return None
    names = {child.tag for child in types}
    if tag(CARDDAV, "addressbook") in names:
        return "contacts"
    if tag(CALDAV, "calendar") not in names:
        return None
    components = response.props.get(tag(CALDAV, "supported-calendar-component-set"))
    if components is None or len(components) == 0:
        return "tasks"  # no restriction said: a calendar may hold anything
    allowed = {c.get("name", "").upper() for c in components}
    return "tasks" if "VTODO" in allowed else None


def discover(client: DavClient) -> list[Collection]:
    """Every address book and task-capable calendar of the account, address books first."""
    found: dict[str, Collection] = {}
    for home in _homes(client, _principal(client)):
        for response in client.propfind(home, _COLLECTION_PROPS, depth="1").responses:
            kind = _kind(response)
            if kind and response.href not in found:
                name = (
                    response.text(tag(DAV, "displayname"))
                    or response.href.rstrip("/").rsplit("/", 1)[-1]
                )
                found[response.href] = Collection(kind, response.href, name)
    return sorted(found.values(), key=lambda c: (c.kind != "contacts", c.href))
