"""``netdesk`` / ``netdesk gui [FILE…]``: open the desktop app (Qt is imported only here)."""

from __future__ import annotations

import argparse
from pathlib import Path

from netdesk.cli.context import Context
from netdesk.core.i18n import translate


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    gui = commands.add_parser(
        "gui", parents=[common], help=translate("cli", "open the app (the default)")
    )
    gui.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help=translate(
            "cli", "contact files to import (handed to the app when it is already open)"
        ),
    )
    gui.set_defaults(handler=run_gui)


def run_gui(ctx: Context) -> int:
    from netdesk.ui.app import run

    files = [f for f in map(as_file, getattr(ctx.args, "files", [])) if f is not None]
    return run(ctx.db_path, files)


def as_file(argument: str) -> str | None:
    """A file the desktop entry (``Exec=… gui %U``) or a user gave, as an absolute path.

    A desktop hands over ``file://`` URLs; a ``netdesk:`` link only brings the app to the
    front (None): no link carries anything for it to open yet.
    """
    from urllib.parse import unquote, urlsplit

    if argument.lower().startswith("netdesk:"):
        return None
    if argument.lower().startswith("file://"):
        parts = urlsplit(argument)
        if parts.netloc not in ("", "localhost"):
            return argument  # another machine's file: left for the import to refuse by name
        return unquote(parts.path)
    # Absolute: an app that is already open runs in another working directory.
    return str(Path(argument).expanduser().absolute())
