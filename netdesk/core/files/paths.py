"""Where netdesk keeps the user's database, and how files are kept private.

Everything holding personal data is written 0600 in 0700 folders, whatever the
umask. A file is first written under a random name beside its target, created
exclusively and never through a link (in a folder others can write to, a link
planted at a predictable name would redirect the write), then renamed over the
target: readers see the old file or the whole new one. Temporaries carry the
writer's pid, so a later write in the same folder removes what a killed writer
left behind, and nothing else.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from netdesk.core.errors import NetdeskError
from netdesk.core.i18n import QT_TRANSLATE_NOOP, translate

APP_NAME = "netdesk"
DB_ENV = "NETDESK_DB"
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
# ".<target name>.<pid>.<random>.tmp": the pid says whether its writer still runs.
TEMP_NAME = re.compile(r"^\..+\.(?P<pid>[0-9]+)\.[0-9a-f]{16}\.tmp$")
_NEW_FILE = os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
TIGHTENED_NOTE = QT_TRANSLATE_NOOP(
    "paths", "{path} could be read by other users; it is now readable by you only"
)


def default_db_path() -> Path:
    """``$NETDESK_DB`` if set, else ``netdesk.db`` in the per-user data directory."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path  # only when no path is given

    return user_data_path(APP_NAME, appauthor=False) / "netdesk.db"


def ensure_private_dir(folder: Path) -> None:
    """Create ``folder`` and every missing parent 0700; never change a folder we did not make."""
    missing: list[Path] = []
    probe = Path(folder)
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for each in reversed(missing):
        try:
            os.mkdir(each, PRIVATE_DIR)
        except FileExistsError:
            continue  # made meanwhile by someone else: not ours to change
        _make_private(each, PRIVATE_DIR)


def create_private_file(path: Path) -> None:
    """Create an empty file with mode 0600 if it does not exist yet (never through a link)."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_NOFOLLOW | os.O_CLOEXEC, PRIVATE_FILE)
    try:
        os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)


@dataclass
class PrivateTemp:
    """A fresh 0600 file beside the target. Write through ``fd``: the name is for display."""

    path: Path
    fd: int
    discarded: bool = False

    def discard(self) -> None:
        """Keep the target as it was; the temporary is removed."""
        self.discarded = True


@contextmanager
def private_temp(target: Path, *, make_parents: bool = False) -> Iterator[PrivateTemp]:
    """A temporary file that replaces ``target`` when the block succeeds, and vanishes if not.

    A missing folder is an error unless ``make_parents`` (a mistyped path should not
    grow a tree of folders); made folders are 0700.
    """
    target = _writable_target(target, make_parents=make_parents)
    try:
        temp = _new_temp(target)
    except OSError as error:
        raise _unwritable(target, error) from None
    try:
        yield temp
        if not temp.discarded:
            os.fsync(temp.fd)
            _rename_if_ours(temp, target)
    except OSError as error:
        raise _unwritable(target, error) from None
    finally:
        _remove_if_ours(temp)
        os.close(temp.fd)


@contextmanager
def private_temp_for_sqlite(target: Path) -> Iterator[Path]:
    """An empty 0600 file in a fresh 0700 folder beside ``target``, renamed over it on success.

    SQLite opens files by name and adds its own side files (-journal, -wal, -shm) at
    names anyone can predict; inside a folder only we can enter, no link can be planted.
    """
    target = _writable_target(target, make_parents=True)
    try:
        folder = target.parent / _temp_name(target)
        os.mkdir(folder, PRIVATE_DIR)  # fails on anything already there, a link included
    except OSError as error:
        raise _unwritable(target, error) from None
    try:
        _make_private(folder, PRIVATE_DIR)
        inside = folder / target.name
        create_private_file(inside)
        yield inside
        os.replace(inside, target)
    except OSError as error:
        raise _unwritable(target, error) from None
    finally:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


def write_atomically(target: Path, data: bytes, *, make_parents: bool = False) -> None:
    """Write ``data`` to ``target``, 0600: all of it, or nothing and the older file kept."""
    with (
        private_temp(target, make_parents=make_parents) as temp,
        open(temp.fd, "wb", closefd=False) as handle,
    ):
        handle.write(data)


def sweep_leftovers(folder: Path) -> None:
    """Remove temporaries that killed netdesk processes left in ``folder``.

    Only our own regular files and real folders named like our temporaries, from a
    pid that no longer runs; a link is never followed nor removed.
    """
    try:
        with os.scandir(folder) as entries:
            stale = [e for e in entries if _is_stale(e)]
    except OSError:
        return  # tidying is a courtesy; the write itself does not depend on it
    for entry in stale:
        if entry.is_dir(follow_symlinks=False):
            import shutil

            shutil.rmtree(entry.path, ignore_errors=True)
        else:
            Path(entry.path).unlink(missing_ok=True)


def tighten(path: Path) -> list[Path]:
    """Make a database and its -wal/-shm 0600 when others could read them; those changed.

    chmod only: opening the file beside a live connection would drop SQLite's locks.
    """
    tightened: list[Path] = []
    for each in (Path(path), Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if stat.S_IMODE(os.stat(each).st_mode) & 0o077:
                os.chmod(each, PRIVATE_FILE)
                tightened.append(each)
        except OSError:
            continue  # missing, or someone else's file: nothing we may change
    return tightened


def tighten_database(path: Path) -> None:
    """:func:`tighten`, and one note line on stderr when something was too open."""
    if tighten(path):
        note = translate("paths", TIGHTENED_NOTE).format(path=path)
        sys.stderr.write(f"netdesk: note: {note}\n")


def _writable_target(target: Path, *, make_parents: bool) -> Path:
    target = Path(target)
    if target.is_dir():
        raise NetdeskError("path-is-folder", path=target)
    if make_parents:
        try:
            ensure_private_dir(target.parent)
        except OSError as error:
            raise _unwritable(target, error) from None
    sweep_leftovers(target.parent)
    return target


def _temp_name(target: Path) -> str:
    return f".{target.name}.{os.getpid()}.{os.urandom(8).hex()}.tmp"


def _new_temp(target: Path) -> PrivateTemp:
    while True:
        path = target.parent / _temp_name(target)
        try:
            fd = os.open(path, _NEW_FILE | os.O_WRONLY, PRIVATE_FILE)
        except FileExistsError:
            continue  # 64 random bits taken: someone planted it; pick another
        os.fchmod(fd, PRIVATE_FILE)  # a stricter umask would leave it unwritable for Qt
        return PrivateTemp(path, fd)


def _is_ours(temp: PrivateTemp) -> bool:
    """The name still leads to the file we created (nobody swapped it for a link)."""
    try:
        named, held = os.lstat(temp.path), os.fstat(temp.fd)
    except OSError:
        return False
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


def _rename_if_ours(temp: PrivateTemp, target: Path) -> None:
    if not _is_ours(temp):
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(temp.path))
    os.replace(temp.path, target)


def _remove_if_ours(temp: PrivateTemp) -> None:
    if _is_ours(temp):
        temp.path.unlink(missing_ok=True)


def _is_stale(entry: os.DirEntry[str]) -> bool:
    match = TEMP_NAME.match(entry.name)
    if not match or _running(int(match["pid"])):
        return False
    info = entry.stat(follow_symlinks=False)
    kind = stat.S_IFMT(info.st_mode)
    return info.st_uid == os.getuid() and kind in (stat.S_IFREG, stat.S_IFDIR)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    except (OverflowError, ValueError):
        return False  # not a pid at all
    return True


def _make_private(path: Path, mode: int) -> None:
    # mkdir's and open's modes pass through the umask, which may be stricter still.
    if stat.S_IMODE(os.lstat(path).st_mode) != mode:
        os.chmod(path, mode)


def _unwritable(target: Path, error: OSError) -> NetdeskError:
    if isinstance(error, IsADirectoryError):
        return NetdeskError("path-is-folder", path=target)
    return NetdeskError("file-unwritable", path=target, detail=error.strerror or str(error))
