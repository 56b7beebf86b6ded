"""``netdesk install-desktop [--remove]``: menu entry, AppStream metadata and icon for this user.

The desktop entry opens ``.vcf`` files and ``netdesk:`` links with ``netdesk gui``, which hands
them to a running app. Its ``Exec`` names the program that ran this command (the packaged
``netdesk``, or the one in a virtual environment), so the entry works without a PATH change.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from netdesk.cli.context import Context
from netdesk.core.errors import NetdeskError
from netdesk.core.i18n import translate

# Beside the netdesk package: the source tree, or the packaged program's bundle folder.
RESOURCES = Path(__file__).resolve().parents[2] / "resources"
DESKTOP_FILE = "netdesk.desktop"
METAINFO_FILE = "io.github.netdesk.metainfo.xml"
ICON_FILE = "netdesk.svg"

# Characters that make a desktop-entry Exec argument need quotes (Desktop Entry spec, "Exec").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    install = commands.add_parser(
        "install-desktop",
        parents=[common],
        help=translate(
            "cli", "add netdesk to this user's application menu (opens .vcf files and links)"
        ),
    )
    install.add_argument(
        "--remove",
        action="store_true",
        help=translate("cli", "take the menu entry, metadata and icon away again"),
    )
    install.set_defaults(handler=install_desktop)


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset or not absolute (XDG spec)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def targets(home: Path) -> dict[str, Path]:
    return {
        DESKTOP_FILE: home / "applications" / DESKTOP_FILE,
        METAINFO_FILE: home / "metainfo" / METAINFO_FILE,
        ICON_FILE: home / "icons" / "hicolor" / "scalable" / "apps" / ICON_FILE,
    }


def program_command() -> list[str]:
    """How to start this netdesk again from a menu, with an absolute path."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    script = Path(sys.argv[0]).absolute() if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "netdesk" and script.is_file():
        return [str(script)]
    found = shutil.which("netdesk")
    if found:
        return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "netdesk.cli.main"]


def exec_quote(argument: str) -> str:
    if not argument or any(c in _RESERVED for c in argument):
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
        argument = f'"{escaped}"'
    # The desktop file's own string escaping doubles each backslash once more.
    return argument.replace("\\", "\\\\")


def desktop_entry(shipped: str, command: list[str]) -> str:
    """The shipped entry with Exec (and TryExec) naming this program."""
    program = " ".join(exec_quote(part) for part in command)
    lines = []
    for line in shipped.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={program} gui %U"
        elif line.startswith("TryExec="):
            continue
        lines.append(line)
    return "\n".join(lines) + "\n"


def install_desktop(ctx: Context) -> int:
    home = data_home()
    paths = targets(home)
    if ctx.args.remove:
        removed = [path for path in paths.values() if path.is_file()]
        for path in removed:
            path.unlink()
        _refresh(home)
        text = (
            translate("cli", "Removed netdesk's menu entry, metadata and icon from {folder}")
            if removed
            else translate("cli", "netdesk's menu entry was not installed in {folder}")
        )
        ctx.emit({"removed": removed}, text.format(folder=home))
        return 0
    sources = {
        DESKTOP_FILE: RESOURCES / DESKTOP_FILE,
        METAINFO_FILE: RESOURCES / METAINFO_FILE,
        ICON_FILE: RESOURCES / "icons" / ICON_FILE,
    }
    missing = [str(path) for path in sources.values() if not path.is_file()]
    if missing:
        raise NetdeskError(
            translate("cli", "netdesk's desktop files are missing: {files}").format(
                files=", ".join(missing)
            )
        )
    for name, target in paths.items():
        data = sources[name].read_bytes()
        if name == DESKTOP_FILE:
            data = desktop_entry(data.decode("utf-8"), program_command()).encode("utf-8")
        _write(target, data)
    _refresh(home)
    ctx.emit(
        {"installed": list(paths.values())},
        translate("cli", "Installed netdesk's menu entry, metadata and icon in {folder}").format(
            folder=home
        ),
    )
    return 0


def _write(target: Path, data: bytes) -> None:
    """Written beside the target and renamed into place: never half a file, never via a link."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _refresh(home: Path) -> None:
    """Tell the desktop's caches (MIME handlers, icons) when their tools are installed.

    An icon cache is only refreshed where one exists: a new one would go stale when another
    program adds an icon without refreshing it.
    """
    icons = home / "icons" / "hicolor"
    for tool, folder, wanted in (
        ("update-desktop-database", home / "applications", True),
        ("gtk-update-icon-cache", icons, (icons / "icon-theme.cache").is_file()),
    ):
        found = shutil.which(tool)
        if found and wanted and folder.is_dir():
            extra = ["-f", "-t"] if tool == "gtk-update-icon-cache" else []
            subprocess.run(
                [found, "-q", *extra, str(folder)],
                check=False,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
