"""``netdesk sync``: set-up, counts, status, and one clear line for every way it fails."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from netdesk.core.sync import account
from tests.sync.servers import USER, DavServer, card, free_port, put, texts


def test_setup_sync_and_status_on_the_command_line(cli, server: DavServer) -> None:
    setup = cli("sync", "setup", server.url, "--user", USER, "--tasks", server.tasks, "--json")
    assert setup.code == 0, setup.err
    kinds = {c["kind"]: c["url"] for c in setup.json["collections"]}
    assert kinds == {
        "contacts": server.url.rstrip("/") + server.contacts,
        "tasks": server.url.rstrip("/") + server.tasks,
    }
    assert cli("person", "add", "Jan Smit", "--email", "jan@acme.nl").code == 0
    put(server, server.contacts + "p.vcf", card("p", "Eva Bos"))

    dry = cli("sync", "--dry-run", "--json")
    assert dry.code == 0, dry.err
    assert (dry.json["sent"], dry.json["received"]) == (1, 1)
    assert len(texts(server, server.contacts)) == 1  # a dry run changes nothing there…
    assert "Eva Bos" not in cli("person", "list").out  # …nor here

    done = cli("sync", "--json")
    assert done.code == 0, done.err
    assert {k: done.json[k] for k in ("sent", "received", "merged", "deleted", "conflicts")} == {
        "sent": 1, "received": 1, "merged": 0, "deleted": 0, "conflicts": 0,
    }  # fmt: skip
    text = cli("sync")
    assert text.out.startswith("Synced: 0 sent, 0 received, 0 merged, 0 deleted, 0 in conflict")
    status = cli("sync", "status", "--json")
    assert [c["items"] for c in status.json["collections"]] == [2, 0]
    assert all(c["last_error"] == "" and c["last_synced_at"] for c in status.json["collections"])


def test_a_wrong_password_is_one_line(cli, radicale: DavServer, monkeypatch) -> None:
    monkeypatch.setenv(account.PASSWORD_ENV, "not-the-password")
    result = cli("sync", "setup", radicale.url, "--user", USER)
    assert result.code == 1
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert "refused the user name or password" in result.err
    assert "not-the-password" not in result.err


def test_a_wrong_password_at_sync_time_is_recorded_for_status(
    cli, radicale: DavServer, monkeypatch
) -> None:
    assert cli("sync", "setup", radicale.url, "--user", USER).code == 0
    monkeypatch.setenv(account.PASSWORD_ENV, "changed-since")
    result = cli("sync")
    assert result.code == 1 and result.err.count("\n") == 1
    status = cli("sync", "status", "--json").json
    assert "refused" in status["collections"][0]["last_error"]
    assert "changed-since" not in str(status)


def test_an_unreachable_server_is_one_line(cli) -> None:
    result = cli("sync", "setup", f"http://127.0.0.1:{free_port()}/", "--user", USER)
    assert result.code == 1
    assert result.err.startswith("netdesk: error: cannot reach the sync server 127.0.0.1:")
    assert result.err.count("\n") == 1


@pytest.fixture
def plain_web_server() -> Iterator[str]:
    """A web server that is not DAV: it answers every request with a page."""

    class Page(http.server.BaseHTTPRequestHandler):
        def _page(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><body>Welcome</body></html>")

        do_GET = do_PROPFIND = _page

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


def test_a_server_that_is_not_dav_is_one_line(cli, plain_web_server: str) -> None:
    result = cli("sync", "setup", plain_web_server, "--user", USER)
    assert result.code == 1
    assert "is not a CardDAV or CalDAV server" in result.err
    assert result.err.count("\n") == 1


def test_a_self_signed_certificate_is_one_line(cli, tmp_path: Path) -> None:
    server = DavServer("xandikos", tmp_path / "tls")
    server.root.mkdir()
    server.tls = True
    server.start()
    try:
        result = cli("sync", "setup", server.url, "--user", USER)
    finally:
        server.stop()
    assert result.code == 1
    assert "is not trusted (self-signed or expired)" in result.err
    assert result.err.count("\n") == 1


def test_with_no_keyring_the_message_names_the_environment_variable(
    cli, radicale: DavServer, monkeypatch
) -> None:
    monkeypatch.delenv(account.PASSWORD_ENV)
    result = cli("sync", "setup", radicale.url, "--user", USER)
    assert result.code == 1
    assert "NETDESK_DAV_PASSWORD" in result.err and result.err.count("\n") == 1


def test_sync_before_setup_says_how(cli) -> None:
    result = cli("sync")
    assert result.code == 1 and "netdesk sync setup URL --user NAME" in result.err


def test_a_password_in_the_address_is_never_kept(cli, radicale: DavServer) -> None:
    with_password = radicale.url.replace("http://", "http://alice:secret-pw@")
    result = cli("sync", "setup", with_password, "--user", USER, "--json")
    assert result.code == 0, result.err
    assert all("secret-pw" not in c["url"] for c in result.json["collections"])
    assert "secret-pw" not in cli("sync", "status").out


def test_an_address_book_that_is_not_there_lists_the_ones_that_are(
    cli, radicale: DavServer
) -> None:
    result = cli("sync", "setup", radicale.url, "--user", USER, "--addressbook", "/alice/nope/")
    assert result.code == 1
    assert "/alice/nope/ is not one of this account's collections" in result.err
    assert radicale.contacts in result.err
