"""A thin WebDAV client for CardDAV (RFC 6352) and CalDAV (RFC 4791) over httpx.

Only what two-way sync needs: PROPFIND, REPORT (the multiget reports), GET, PUT with
``If-Match`` / ``If-None-Match: *`` and DELETE with ``If-Match``. Server XML is parsed
with defusedxml, because the server is a party we do not control: entity expansion
("billion laughs") and external entities are refused instead of eating memory or
reading local files.

Every failure becomes a :class:`NetdeskError` with a ``sync-…`` code, so the command
line and the window show one sentence and never a traceback. The password is held by
the httpx client only; it never appears in an error, a log or the database.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import quote, unquote, urljoin, urlsplit
from xml.etree.ElementTree import Element

import httpx
from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from netdesk import __version__
from netdesk.core.errors import NetdeskError

DAV = "DAV:"
CARDDAV = "urn:ietf:params:xml:ns:carddav"
CALDAV = "urn:ietf:params:xml:ns:caldav"
TIMEOUT_S = 30.0
# Waiting for an answer may take longer: a server lists or reads a big address book
# whole before it sends the first byte (Radicale: 40 s for 10,000 fresh cards).
READ_TIMEOUT_S = 300.0
# Hrefs per multiget: large enough to make 10,000 contacts a hundred requests, small enough
# that one response stays a few megabytes.
MULTIGET_CHUNK = 200
_SAFE = "/@:+!$&'()*,;=~"


def tag(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}"


def canonical_path(url: str, base: str = "") -> str:
    """The path of ``url`` (relative to ``base``), percent-encoded one way only, so an href
    from a PROPFIND and one from a sync report name the same resource the same way."""
    path = urlsplit(urljoin(base, url)).path or "/"
    return quote(unquote(path), safe=_SAFE)


@dataclass
class Response:
    """One ``<response>`` of a multistatus: its href, status and the properties found."""

    href: str
    status: int = 200
    props: dict[str, Element] = field(default_factory=dict)

    def text(self, name: str) -> str:
        element = self.props.get(name)
        return (element.text or "").strip() if element is not None else ""

    def hrefs(self, name: str) -> list[str]:
        element = self.props.get(name)
        if element is None:
            return []
        return [(h.text or "").strip() for h in element.iter(tag(DAV, "href")) if h.text]


@dataclass
class Multistatus:
    responses: list[Response]


def _status_code(text: str | None) -> int:
    # "HTTP/1.1 404 Not Found"
    parts = (text or "").split()
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 200


def parse_multistatus(body: bytes, base: str) -> Multistatus:
    """The responses of a 207 body; hrefs made canonical paths against ``base``."""
    try:
        root = ElementTree.fromstring(body)
    except (ElementTree.ParseError, DefusedXmlException, ValueError):
        raise NetdeskError("sync-not-dav", url=base) from None
    if root.tag != tag(DAV, "multistatus"):
        raise NetdeskError("sync-not-dav", url=base)
    responses = []
    for item in root.findall(tag(DAV, "response")):
        href = item.findtext(tag(DAV, "href"), "").strip()
        response = Response(
            canonical_path(href, base), _status_code(item.findtext(tag(DAV, "status")))
        )
        for propstat in item.findall(tag(DAV, "propstat")):
            if _status_code(propstat.findtext(tag(DAV, "status"))) // 100 != 2:
                continue
            prop = propstat.find(tag(DAV, "prop"))
            for child in prop if prop is not None else ():
                response.props[child.tag] = child
        responses.append(response)
    return Multistatus(responses)


def _xml(body: str) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + body).encode("utf-8")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass(frozen=True)
class Resource:
    """A card or a calendar object as the server has it."""

    href: str
    etag: str
    data: str


class DavClient:
    """One account on one server: ``base`` is any URL on it (the user's, or discovered)."""

    def __init__(
        self, base: str, username: str, password: str, *, timeout: float = TIMEOUT_S
    ) -> None:
        self.base = base
        self._http = httpx.Client(
            auth=httpx.BasicAuth(username, password) if username else None,
            timeout=httpx.Timeout(timeout, read=max(timeout, READ_TIMEOUT_S)),
            follow_redirects=True,
            headers={"User-Agent": f"netdesk/{__version__}"},
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> DavClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def url(self, href: str) -> str:
        return urljoin(self.base, href)

    # -- one request, every failure as one sentence ----------------------------------

    def request(
        self,
        method: str,
        href: str,
        *,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        ok: Iterable[int] = (),
    ) -> httpx.Response:
        """``method`` on ``href``; a status in ``ok`` (or 2xx) comes back, others raise."""
        url = self.url(href)
        try:
            response = self._http.request(method, url, content=body, headers=headers)
        except httpx.ConnectError as error:
            if _certificate_problem(error):
                raise NetdeskError("sync-certificate", host=urlsplit(url).netloc) from None
            raise NetdeskError("sync-unreachable", host=urlsplit(url).netloc) from None
        except httpx.ReadTimeout:
            raise NetdeskError("sync-timeout", host=urlsplit(url).netloc) from None
        except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError):
            raise NetdeskError("sync-unreachable", host=urlsplit(url).netloc) from None
        except httpx.InvalidURL:
            raise NetdeskError("sync-bad-url", url=url) from None
        except httpx.UnsupportedProtocol:
            raise NetdeskError("sync-bad-url", url=url) from None
        if response.status_code in ok or response.is_success:
            return response
        if response.status_code == 401:
            raise NetdeskError("sync-auth", host=urlsplit(url).netloc)
        if response.status_code == 403:
            raise NetdeskError("sync-forbidden", url=url)
        raise NetdeskError(
            "sync-http", method=method, url=url, status=response.status_code,
            reason=response.reason_phrase,
        )  # fmt: skip

    def propfind(self, href: str, props: str, *, depth: str = "0") -> Multistatus:
        body = _xml(
            f'<d:propfind xmlns:d="{DAV}" xmlns:c="{CARDDAV}" xmlns:cal="{CALDAV}">'
            f"<d:prop>{props}</d:prop></d:propfind>"
        )
        response = self.request(
            "PROPFIND", href, body=body,
            headers={"Depth": depth, "Content-Type": "application/xml; charset=utf-8"},
        )  # fmt: skip
        if response.status_code != 207:
            raise NetdeskError("sync-not-dav", url=self.url(href))
        return parse_multistatus(response.content, str(response.url))

    def report(self, href: str, body: str, *, depth: str = "1") -> Multistatus:
        response = self.request(
            "REPORT", href, body=_xml(body),
            headers={"Depth": depth, "Content-Type": "application/xml; charset=utf-8"},
        )  # fmt: skip
        return parse_multistatus(response.content, str(response.url))

    # -- what sync needs -------------------------------------------------------------

    def etags(self, collection: str) -> dict[str, str]:
        """Every member of ``collection`` with its ETag: the fallback for servers (or tokens)
        that sync-collection cannot serve."""
        listing = self.propfind(collection, "<d:getetag/><d:resourcetype/>", depth="1").responses
        own = canonical_path(self.url(collection))
        return {
            r.href: r.text(tag(DAV, "getetag"))
            for r in listing
            if r.href != own and r.status // 100 == 2 and r.text(tag(DAV, "getetag"))
        }

    def multiget(self, collection: str, hrefs: list[str], *, kind: str) -> Iterator[Resource]:
        """The data and ETags of ``hrefs`` (cards or calendar objects), in chunks."""
        namespace, report, data = (
            (CARDDAV, "addressbook-multiget", "address-data")
            if kind == "contacts"
            else (CALDAV, "calendar-multiget", "calendar-data")
        )
        for start in range(0, len(hrefs), MULTIGET_CHUNK):
            chunk = hrefs[start : start + MULTIGET_CHUNK]
            refs = "".join(f"<d:href>{_escape(h)}</d:href>" for h in chunk)
            body = (
                f'<x:{report} xmlns:d="{DAV}" xmlns:x="{namespace}">'
                f"<d:prop><d:getetag/><x:{data}/></d:prop>{refs}</x:{report}>"
            )
            for r in self.report(collection, body).responses:
                text = r.text(tag(namespace, data))
                if r.status // 100 == 2 and text:
                    yield Resource(r.href, r.text(tag(DAV, "getetag")), text)

    def get(self, href: str) -> Resource | None:
        """The resource at ``href``, or None when it is gone."""
        response = self.request("GET", href, ok=(404, 410))
        if response.status_code in (404, 410):
            return None
        return Resource(canonical_path(href), response.headers.get("ETag", ""), response.text)

    def put(self, href: str, data: str, *, content_type: str, etag: str | None) -> str | None:
        """Write ``data``: over version ``etag`` only (If-Match), or, with ``etag=None``, only
        where nothing is yet (If-None-Match: *). The new ETag, '' when the server gave none,
        or None when the precondition failed (someone else wrote first: re-fetch, merge)."""
        headers = {"Content-Type": f"{content_type}; charset=utf-8"}
        headers["If-Match" if etag is not None else "If-None-Match"] = etag or "*"
        response = self.request("PUT", href, body=data.encode("utf-8"), headers=headers, ok=(412,))
        if response.status_code == 412:
            return None
        return response.headers.get("ETag", "")

    def delete(self, href: str, *, etag: str) -> bool | None:
        """Delete version ``etag`` of ``href``: True, False when it was already gone, None
        when it changed on the server since (412: re-fetch, never delete blindly)."""
        headers = {"If-Match": etag} if etag else {}
        response = self.request("DELETE", href, headers=headers, ok=(404, 410, 412))
        if response.status_code == 412:
            return None
        return response.status_code not in (404, 410)

    def etag_of(self, href: str) -> str:
        """The ETag of one resource, for servers that answer a PUT without one."""
        found = self.propfind(href, "<d:getetag/>").responses
        return found[0].text(tag(DAV, "getetag")) if found else ""


def _certificate_problem(error: Exception) -> bool:
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(
            seen
        ):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
