"""Where netdesk keeps the user's database, and how files are kept private."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from netdesk.core.errors import NetdeskError

APP_NAME = "netdesk"
DB_ENV = "NETDESK_DB"


def default_db_path() -> Path:
    """``$NETDESK_DB`` if set, else ``netdesk.db`` in the per-user data directory."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    return user_data_path(APP_NAME, appauthor=False) / "netdesk.db"


def ensure_private_dir(folder: Path) -> None:
    """Create ``folder`` readable by its owner only; never tighten a folder we did not make."""
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
        os.chmod(folder, 0o700)  # mkdir's mode is filtered by the umask


def create_private_file(path: Path) -> None:
    """Create an empty file with mode 0600 if it does not exist yet."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` beside ``target`` first, then move it into place.

    A failed write never leaves half a file, nor damages an older file of that name.
    """
    target = Path(target)
    if target.is_dir():
        raise NetdeskError("file-unwritable", path=target, detail="it is a folder")
    part = target.with_name(f".{target.name}.part")
    try:
        with open(part, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        part.replace(target)
    except OSError as error:
        part.unlink(missing_ok=True)
        raise NetdeskError("file-unwritable", path=target, detail=error.strerror) from None
