"""One app per database: real lock files, real local sockets, real second processes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QMessageBox

from netdesk.ui.main_window import MainWindow
from netdesk.ui.runtime.single_instance import (
    MAX_MESSAGE,
    InstanceGuard,
    lock_path,
    parse_message,
    server_name,
    show_and_import,
)

HOLD_LOCK = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(0), lock.error()
print("locked", flush=True)
time.sleep(120)
"""


def child_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("NETDESK_DB", None)
    return env


def start_netdesk(db: Path, *args: str, cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "netdesk.cli.main", "--db", str(db), *args],
        cwd=cwd,
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(qtbot, process: subprocess.Popen[str]) -> tuple[int, str, str]:
    """Wait for the child with this process's event loop running, so our guard can answer."""
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=60_000)
    out, err = process.communicate()
    return process.returncode, out, err


@pytest.fixture
def lock_holder(tmp_path: Path) -> Iterator[callable]:
    """Start a process that takes a database's lock and keeps it until killed."""
    started: list[subprocess.Popen[str]] = []

    def start(db: Path) -> subprocess.Popen[str]:
        db.parent.mkdir(parents=True, exist_ok=True)
        child = subprocess.Popen(
            [sys.executable, "-c", HOLD_LOCK, str(lock_path(db))],
            env=child_env(),
            stdout=subprocess.PIPE,
            text=True,
        )
        started.append(child)
        assert child.stdout.readline().strip() == "locked"
        return child

    yield start
    for child in started:
        if child.poll() is None:
            child.kill()
        child.wait()
        child.stdout.close()


@pytest.fixture
def guard_for(qtbot) -> Iterator[callable]:
    made: list[InstanceGuard] = []

    def make(db: Path) -> InstanceGuard:
        guard = InstanceGuard(db)
        made.append(guard)
        return guard

    yield make
    for guard in made:
        guard.release()


def test_a_second_start_brings_the_first_forward_and_hands_over_its_files(
    qtbot, window: MainWindow, db_path: Path, tmp_path: Path, guard_for, monkeypatch
) -> None:
    said: list[str] = []
    # A message box would wait for a click: record what the import says instead.
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text: said.append(text))
    )
    guard = guard_for(db_path)
    assert guard.acquire()
    received: list[list[str]] = []
    guard.activated.connect(received.append)
    guard.activated.connect(lambda files: show_and_import(window, window.services, files))
    guard.open_for_messages()
    window.showMinimized()
    (tmp_path / "met.csv").write_text("Name,Email\nAda Lovelace,ada@example.org\n")

    code, out, err = finish(qtbot, start_netdesk(db_path, "gui", "met.csv", cwd=tmp_path))

    assert code == 0, err
    assert out.strip() == f"netdesk is already open on {db_path}; brought it to the front"
    assert received == [[str(tmp_path / "met.csv")]]
    assert window.isVisible() and not window.isMinimized()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert "1 added" in said[0]
    people = window.services.store.people
    assert [p.full_name for p in people.rows(people.ids())] == ["Ada Lovelace"]


def test_a_second_start_does_not_touch_the_database(qtbot, tmp_path: Path, guard_for) -> None:
    db = tmp_path / "data" / "netdesk.db"
    guard = guard_for(db)
    assert guard.acquire()
    guard.open_for_messages()

    code, _out, err = finish(qtbot, start_netdesk(db, "gui", cwd=tmp_path))

    assert code == 0, err
    assert not db.exists()  # neither created nor opened: only the running app owns it


def test_the_lock_file_is_the_owners_alone(tmp_path: Path, guard_for) -> None:
    db = tmp_path / "netdesk.db"
    assert guard_for(db).acquire()
    assert lock_path(db).stat().st_mode & 0o777 == 0o600
    assert lock_path(db) not in (db, Path(f"{db}-wal"), Path(f"{db}-shm"))


def test_a_lock_left_by_a_killed_app_is_taken_over(tmp_path: Path, lock_holder, guard_for) -> None:
    db = tmp_path / "netdesk.db"
    crashed = lock_holder(db)
    assert not guard_for(db).acquire()  # its owner is alive: the lock holds

    crashed.send_signal(signal.SIGKILL)
    crashed.wait()
    assert lock_path(db).exists()  # a crash leaves the lock file behind

    guard = guard_for(db)
    assert guard.acquire()
    assert guard.owner_pid() == os.getpid()


def test_a_first_app_that_does_not_answer_is_reported_not_doubled(
    qtbot, tmp_path: Path, lock_holder
) -> None:
    db = tmp_path / "netdesk.db"
    hung = lock_holder(db)  # holds the lock, never listens

    code, out, err = finish(qtbot, start_netdesk(db, "gui", cwd=tmp_path))

    assert code == 1
    assert out == ""
    assert err.startswith(f"netdesk: error: netdesk is already open on {db} (process {hung.pid})")
    assert "does not answer" in err
    assert len(err.strip().splitlines()) == 1
    assert not db.exists()


def test_two_databases_have_two_independent_apps(qtbot, tmp_path: Path, guard_for) -> None:
    work, home = tmp_path / "work.db", tmp_path / "home.db"
    work_guard, home_guard = guard_for(work), guard_for(home)
    assert work_guard.acquire() and home_guard.acquire()
    assert work_guard.name != home_guard.name
    assert not guard_for(work).acquire()  # while the work app runs, a second one may not
    heard: dict[str, list[list[str]]] = {"work": [], "home": []}
    work_guard.activated.connect(heard["work"].append)
    home_guard.activated.connect(heard["home"].append)
    work_guard.open_for_messages()
    home_guard.open_for_messages()

    code, _out, err = finish(qtbot, start_netdesk(home, "gui", cwd=tmp_path))

    assert code == 0, err
    assert heard == {"work": [], "home": [[]]}


def test_the_server_name_depends_on_the_file_not_on_how_it_is_written(tmp_path: Path) -> None:
    db = tmp_path / "netdesk.db"
    assert server_name(db) == server_name(tmp_path / "." / "sub" / ".." / "netdesk.db")
    assert server_name(db) != server_name(tmp_path / "other.db")


def test_the_command_line_works_while_the_app_is_open(
    qtbot, tmp_path: Path, guard_for, cli
) -> None:
    db = tmp_path / "netdesk.db"
    assert cli("event", "add", "Water boards breakfast", "--date", "2025-03-04", db=db).code == 0
    assert guard_for(db).acquire()

    code, out, err = finish(qtbot, start_netdesk(db, "event", "list", cwd=tmp_path))

    assert code == 0, err
    assert "Water boards breakfast" in out


def send_raw(qtbot, guard: InstanceGuard, data: bytes) -> bytes:
    """Talk to the guard from this very process, without blocking its event loop."""
    socket = QLocalSocket()
    answer = bytearray()
    socket.readyRead.connect(lambda: answer.extend(socket.readAll().data()))
    socket.connectToServer(guard.name)
    qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.ConnectedState)
    socket.write(data)
    qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.UnconnectedState)
    return bytes(answer)


def test_a_start_before_the_window_is_ready_gets_through_once_it_is(
    qtbot, tmp_path: Path, guard_for
) -> None:
    # The socket opens after the first paint; a second start that comes earlier knocks
    # until then, and what it asked for arrives.
    db = tmp_path / "netdesk.db"
    guard = guard_for(db)
    assert guard.acquire()
    received: list[list[str]] = []
    guard.activated.connect(received.append)
    (tmp_path / "a.vcf").write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ada\nEND:VCARD\n")
    second = start_netdesk(db, "gui", "a.vcf", cwd=tmp_path)
    qtbot.wait(700)  # the second start is knocking by now
    assert received == []

    guard.open_for_messages()
    code, _out, err = finish(qtbot, second)
    assert (code, err) == (0, "")
    assert received == [[str(tmp_path / "a.vcf")]]


@pytest.mark.parametrize(
    "data",
    [
        b'{"action": "delete-everything"}\n',
        b"not json\n",
        b"\xff\xfe\n",
        b'["activate"]\n',
        b'{"action": "activate", "files": "/etc/passwd"}\n',
    ],
)
def test_anything_but_an_activate_message_is_refused(
    qtbot, tmp_path: Path, guard_for, data: bytes
) -> None:
    guard = guard_for(tmp_path / "netdesk.db")
    assert guard.acquire()
    guard.open_for_messages()
    received: list[list[str]] = []
    guard.activated.connect(received.append)

    assert send_raw(qtbot, guard, data) == b'{"ok": false}\n'
    assert received == []


def test_an_endless_message_is_cut_off(qtbot, tmp_path: Path, guard_for) -> None:
    guard = guard_for(tmp_path / "netdesk.db")
    assert guard.acquire()
    guard.open_for_messages()
    received: list[list[str]] = []
    guard.activated.connect(received.append)

    assert send_raw(qtbot, guard, b"x" * (MAX_MESSAGE + 10)) == b""
    assert received == []


def test_only_absolute_string_paths_are_passed_on() -> None:
    message = {"action": "activate", "files": ["/a.vcf", 7, None, "relative.vcf", "", "/b\0"]}
    assert parse_message(json.dumps(message).encode()) == ["/a.vcf"]
    assert parse_message(b'{"action": "activate"}') == []
