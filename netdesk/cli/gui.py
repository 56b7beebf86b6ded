"""``netdesk`` / ``netdesk gui``: open the desktop app (Qt is imported only here)."""

from __future__ import annotations

import argparse

from netdesk.cli.context import Context
from netdesk.core.i18n import translate


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    gui = commands.add_parser(
        "gui", parents=[common], help=translate("cli", "open the app (the default)")
    )
    gui.set_defaults(handler=run_gui)


def run_gui(ctx: Context) -> int:
    from netdesk.ui.app import run

    return run(ctx.db_path)
