"""Real CardDAV/CalDAV servers on 127.0.0.1 for the sync tests and benchmark.

Radicale runs with htpasswd plain authentication (so a wrong password can be tried)
and an address book and a task list made by extended MKCOL; Xandikos runs with its
default address book and calendar. Each gets a free port and a temporary storage
folder, is waited for until it answers, and is stopped (or killed, to interrupt a sync)
by the test.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

USER, PASSWORD = "alice", "secret-pw"
_BOOK = (
    '<?xml version="1.0"?><d:mkcol xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav">'
    "<d:set><d:prop><d:resourcetype><d:collection/><c:addressbook/></d:resourcetype>"
    "<d:displayname>Contacts</d:displayname></d:prop></d:set></d:mkcol>"
)
_TASKS = (
    '<?xml version="1.0"?><d:mkcol xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">'
    "<d:set><d:prop><d:resourcetype><d:collection/><c:calendar/></d:resourcetype>"
    "<d:displayname>Tasks</d:displayname><c:supported-calendar-component-set>"
    '<c:comp name="VTODO"/></c:supported-calendar-component-set></d:prop></d:set></d:mkcol>'
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped at start-up ({process.returncode})")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listens on port {port} after {timeout} s")


@dataclass
class DavServer:
    kind: str  # radicale or xandikos
    root: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None
    tls: bool = False  # Xandikos with a self-signed certificate

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}/"

    @property
    def contacts(self) -> str:
        return "/alice/contacts/" if self.kind == "radicale" else "/user/contacts/addressbook/"

    @property
    def tasks(self) -> str:
        return "/alice/tasks/" if self.kind == "radicale" else "/user/calendars/calendar/"

    def command(self) -> list[str]:
        if self.kind == "radicale":
            users = self.root / "users"
            users.write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
            config = self.root / "radicale.conf"
            config.write_text(
                f"[server]\nhosts = 127.0.0.1:{self.port}\n"
                f"[auth]\ntype = htpasswd\nhtpasswd_filename = {users}\n"
                "htpasswd_encryption = plain\ndelay = 0\n"
                f"[storage]\nfilesystem_folder = {self.root / 'data'}\n"
                "[rights]\ntype = owner_only\n[logging]\nlevel = error\n",
                encoding="utf-8",
            )
            return [sys.executable, "-m", "radicale", "--config", str(config)]
        xandikos = Path(sys.executable).with_name("xandikos")
        return [
            str(xandikos), "serve", "-d", str(self.root / "data"), "-p", str(self.port),
            "-l", "127.0.0.1", "--defaults", "--state-dir", str(self.root / "state"),
            *(["--autocert"] if self.tls else []),
        ]  # fmt: skip

    def start(self) -> DavServer:
        self.process = subprocess.Popen(
            self.command(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        wait_for_port(self.port, self.process)
        if self.kind == "radicale" and not (self.root / "data" / "collection-root" / USER).exists():
            with self.client() as http:
                assert http.request("MKCOL", self.contacts, content=_BOOK).status_code == 201
                assert http.request("MKCOL", self.tasks, content=_TASKS).status_code == 201
        return self

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()

    def client(self) -> httpx.Client:
        """A second, independent client: plain HTTP, nothing of netdesk's."""
        return httpx.Client(base_url=self.url, auth=(USER, PASSWORD), timeout=30)


# -- the phone: another client writing plain vCards and tasks over HTTP ---------------


def card(uid: str, name: str, *extra: str) -> str:
    given, _, family = name.partition(" ")
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"UID:{uid}", f"FN:{name}", f"N:{family};{given};;;"]
    return "\r\n".join([*lines, *extra, "END:VCARD", ""])


def listing(server: DavServer, collection: str) -> dict[str, str]:
    """href → ETag of every resource in ``collection``, by PROPFIND."""
    import xml.etree.ElementTree as ET

    with server.client() as http:
        response = http.request(
            "PROPFIND", collection, headers={"Depth": "1", "Content-Type": "application/xml"},
            content='<propfind xmlns="DAV:"><prop><getetag/></prop></propfind>',
        )  # fmt: skip
    assert response.status_code == 207
    found = {}
    for item in ET.fromstring(response.content).iter("{DAV:}response"):
        href = item.findtext("{DAV:}href")
        etag = item.findtext(".//{DAV:}getetag")
        if href and etag and not href.endswith("/"):
            found[href] = etag
    return found


def texts(server: DavServer, collection: str) -> dict[str, str]:
    """href → text of every resource in ``collection``, by GET."""
    with server.client() as http:
        return {href: http.get(href).text for href in listing(server, collection)}


def put(server: DavServer, href: str, text: str, etag: str | None = None) -> int:
    content_type = "text/vcard" if href.endswith(".vcf") else "text/calendar"
    headers = {"Content-Type": content_type}
    if etag:
        headers["If-Match"] = etag
    with server.client() as http:
        return http.put(href, content=text.encode("utf-8"), headers=headers).status_code


def delete(server: DavServer, href: str) -> int:
    with server.client() as http:
        return http.delete(href).status_code
