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

    # Absolute: an app that is already open runs in another working directory.
    files = [str(Path(f).expanduser().absolute()) for f in getattr(ctx.args, "files", [])]
    return run(ctx.db_path, files)
