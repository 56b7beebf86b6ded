"""Where netdesk keeps the user's database, and how files are kept private."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

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
