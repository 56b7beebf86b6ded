"""Reading a file the user named: ordinary files only, and never more than a limit.

Every command that takes a user's file (scan, import, the attendee list of a
card sheet) reads it here. ``st_size`` cannot be trusted: ``/dev/zero`` and a
FIFO report 0 and then never end (or never start), so the file is refused
unless it is a regular file, and reading stops one byte past the limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from netdesk.core.errors import NetdeskError

MB = 1024 * 1024


def read_input(path: Path | str, limit: int, *, too_big: str = "file-too-big") -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them.

    Raises :class:`NetdeskError`: ``file-missing``, ``file-unreadable``,
    ``not-a-file`` (folder, device, FIFO, socket), or ``too_big`` with the
    params ``path``, ``name``, ``limit`` and ``size`` (both in MB).
    """
    path = Path(path)
    try:
        # Refuse devices before opening them: opening one can itself have effects.
        _require_regular(path, os.stat(path).st_mode)
        # O_NONBLOCK: if the path turned into a FIFO since the stat, open must not wait
        # for a writer. It changes nothing for a regular file.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except (FileNotFoundError, NotADirectoryError):
        raise NetdeskError("file-missing", path=path) from None
    except PermissionError:
        raise NetdeskError("file-unreadable", path=path) from None
    except OSError as error:
        raise _read_failed(path, error) from None
    with os.fdopen(fd, "rb") as stream:
        # What is open now is what gets read: check that, not the name.
        status = os.fstat(stream.fileno())
        _require_regular(path, status.st_mode)
        _require_within(path, status.st_size, limit, too_big)
        try:
            data = stream.read(limit + 1)
        except OSError as error:
            raise _read_failed(path, error) from None
    # The file may have grown since fstat: what was read is what counts.
    _require_within(path, len(data), limit, too_big)
    return data


def _read_failed(path: Path, error: OSError) -> NetdeskError:
    return NetdeskError("file-read-failed", path=path, detail=error.strerror or str(error))


def _require_regular(path: Path, mode: int) -> None:
    if not stat.S_ISREG(mode):
        raise NetdeskError("not-a-file", path=path)


def _require_within(path: Path, size: int, limit: int, code: str) -> None:
    if size > limit:
        raise NetdeskError(
            code,
            path=path.name,
            name=path.name,
            limit=max(1, limit // MB),
            size=max(1, size // MB),
        )
