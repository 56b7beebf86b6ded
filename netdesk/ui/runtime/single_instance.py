"""One app per database: a second start hands over to the first, as Anki and Thunderbird do.

The first start takes a lock file beside the database and listens on a local
socket named after the database and the user. A later start on the same
database finds the lock held, asks the running app (over that socket) to come
to the front and open what it was given, and exits without touching the
database. The command line never looks at the lock: it keeps working while the
app is open.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QLockFile,
    QObject,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from netdesk.core.files.paths import ensure_private_dir

if TYPE_CHECKING:
    # QtNetwork loads when the app starts listening, after its first paint.
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

# Anything longer than a few thousand paths is not a message from netdesk.
MAX_MESSAGE = 64 * 1024
MAX_FILES = 1000
# A connection that has not finished its message by then is dropped: it must not
# keep the running app's socket busy for ever.
READ_LIMIT_MS = 5_000
# The running app may still be opening its database (a migration, a slow disk)
# when the second start knocks; it answers once its event loop runs.
CONNECT_MS = 2_000
ANSWER_MS = 10_000
ACK = b'{"ok": true}\n'
NAK = b'{"ok": false}\n'


def lock_path(db_path: Path) -> Path:
    """The lock beside the database: not ``<db>.lock``, which SQLite's dot-file locking uses."""
    return db_path.with_name(db_path.name + ".instance-lock")


def _user_id() -> str:
    if hasattr(os, "getuid"):
        return str(os.getuid())
    import getpass

    return getpass.getuser()


def _private_runtime_dir() -> Path | None:
    """$XDG_RUNTIME_DIR when it is really ours and private; else Qt's default (the temp dir)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if not runtime or not hasattr(os, "getuid"):
        return None
    try:
        info = os.stat(runtime)
    except OSError:
        return None
    private = stat.S_ISDIR(info.st_mode) and info.st_mode & 0o077 == 0
    return Path(runtime) if private and info.st_uid == os.getuid() else None


def server_name(db_path: Path) -> str:
    """One name per user and database file, however the path was written."""
    resolved = db_path.expanduser().resolve()
    digest = hashlib.sha256(f"{_user_id()}\0{resolved}".encode()).hexdigest()[:24]
    name = f"netdesk-{_user_id()}-{digest}"
    # In a private runtime folder nobody else can take the name before us; in the shared
    # temp folder the user id in the name keeps users apart.
    runtime = _private_runtime_dir()
    return str(runtime / name) if runtime else name


def encode_message(files: list[str]) -> bytes:
    return json.dumps({"action": "activate", "files": files}).encode() + b"\n"


def parse_message(data: bytes) -> list[str] | None:
    """The files of an ``activate`` message, or None for anything else.

    The socket is reachable by any program of the user: trust nothing in it.
    """
    if len(data) > MAX_MESSAGE:
        return None
    try:
        message = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(message, dict) or message.get("action") != "activate":
        return None
    files = message.get("files", [])
    if not isinstance(files, list):
        return None
    wanted = [f for f in files if isinstance(f, str) and f and "\0" not in f]
    return [f for f in wanted if os.path.isabs(f)][:MAX_FILES]


class InstanceGuard(QObject):
    """Holds the lock and answers later starts; ``activated`` carries the files they asked for.

    The socket opens in :meth:`open_for_messages`, once the window has painted (QtNetwork
    and the socket cost about 8 ms of start-up); a later start that comes earlier keeps
    knocking until then (:func:`send_to_running`), so nothing it asked for is lost.
    """

    activated = Signal(list)

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.name = server_name(db_path)
        self._lock = QLockFile(str(lock_path(db_path)))
        # Only a dead owner makes a lock stale: an app open for a week is still open.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process is now the one app on the database."""
        ensure_private_dir(self.db_path.parent)
        if self._lock.tryLock(0) or self._take_over_dead_owner():
            os.chmod(lock_path(self.db_path), 0o600)  # a side file of the database
            return True
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            # A folder we cannot write: the store will say so; no hand-over is possible.
            sys.stderr.write(f"netdesk: warning: cannot create {lock_path(self.db_path)}\n")
            return True
        return False

    def _take_over_dead_owner(self) -> bool:
        # tryLock already clears a dead owner's lock; this covers one that died meanwhile.
        pid = self.owner_pid()
        if pid <= 0 or _alive(pid) or not self._lock.removeStaleLockFile():
            return False
        return self._lock.tryLock(0)

    def _listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the lock, so a socket of that name is a crashed app's leftover.
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            sys.stderr.write(
                f"netdesk: warning: a second start cannot reach this one: {server.errorString()}\n"
            )
            return
        server.newConnection.connect(self._accept)
        self._server = server

    def owner_pid(self) -> int:
        """The process holding the lock; 0 when the lock file cannot be read."""
        # PySide returns (pid, host, app), with pid 0 when Qt's bool result was false.
        pid, _host, _app = self._lock.getLockInfo()
        return int(pid)

    def _accept(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is not None:
                self._serve(socket)

    def _serve(self, socket: QLocalSocket) -> None:
        buffer = bytearray()

        def read() -> None:
            if socket.state() != type(socket).LocalSocketState.ConnectedState:
                return  # answered already: one message a connection
            buffer.extend(socket.readAll().data())
            if len(buffer) > MAX_MESSAGE:
                socket.abort()
            elif b"\n" in buffer:
                files = parse_message(bytes(buffer.split(b"\n", 1)[0]))
                socket.write(NAK if files is None else ACK)
                socket.disconnectFromServer()
                if files is not None:
                    self.activated.emit(files)

        socket.readyRead.connect(read)
        socket.disconnected.connect(socket.deleteLater)
        QTimer.singleShot(READ_LIMIT_MS, socket, socket.abort)
        read()  # the message may have arrived with the connection

    def open_for_messages(self) -> None:
        """Answer later starts from now on: ``activated`` fires with what each asks for."""
        if self._server is None and self._lock.isLocked():
            self._listen()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive, and not ours to judge
    return True


def send_to_running(db_path: Path, files: list[str]) -> bool:
    """Ask the app running on ``db_path`` to come forward (and open ``files``); True if it did."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    deadline = QDeadlineTimer(CONNECT_MS)
    while True:
        socket.connectToServer(server_name(db_path))
        if socket.waitForConnected(max(deadline.remainingTime(), 0)):
            break
        # The running app may be between taking its lock and listening: knock again.
        if deadline.hasExpired():
            return False
        QThread.msleep(100)
    socket.write(encode_message(files))
    if not socket.waitForBytesWritten(ANSWER_MS):
        return False
    answer = bytearray()
    deadline = QDeadlineTimer(ANSWER_MS)
    while b"\n" not in answer and len(answer) < 1024:
        if not socket.waitForReadyRead(max(deadline.remainingTime(), 0)):
            break
        answer.extend(socket.readAll().data())
    socket.abort()
    return answer.split(b"\n", 1)[0].strip() == ACK.strip()


def hand_over(db_path: Path, files: list[str], pid: int) -> int:
    """Tell the running app and say what happened in one line; the exit code for ``run()``."""
    if send_to_running(db_path, files):
        print(
            QCoreApplication.translate(
                "SingleInstance", "netdesk is already open on {db}; brought it to the front"
            ).format(db=db_path)
        )
        return 0
    sys.stderr.write(
        "netdesk: error: "
        + QCoreApplication.translate(
            "SingleInstance",
            "netdesk is already open on {db} (process {pid}) but does not answer; wait for it"
            " or end that process, then start again",
        ).format(db=db_path, pid=pid or "?")
        + "\n"
    )
    return 1


def bring_to_front(window: QWidget) -> None:
    """Show the window where the user is looking, even from the tray or minimised."""
    if window.isMinimized() or not window.isVisible():
        window.showNormal()
    # Offscreen (tests, screenshots) there is no window stack to raise into.
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        window.raise_()
        window.activateWindow()


def show_and_import(window: QWidget, services, files: list[str]) -> None:
    """What a later start asked for: the window in front, and its files imported."""
    bring_to_front(window)
    if files:
        from netdesk.ui.transfer import import_paths

        import_paths(window, services, files)
