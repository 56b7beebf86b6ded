"""``netdesk import FILE… [--event ID] [--format auto|vcard|mecard|csv|json]``: all or nothing."""

from __future__ import annotations

import argparse

from netdesk.cli.argtypes import record_id
from netdesk.cli.context import Context
from netdesk.cli.summary import summary_lines
from netdesk.core.i18n import translate
from netdesk.core.transfer import IMPORT_FORMATS


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    command = commands.add_parser(
        "import",
        parents=[common],
        help=translate("cli", "add people from vCard, MECARD or CSV files"),
        description=translate(
            "cli",
            "Read every file first, then add everyone in one go (all or nothing). Someone who"
            " is already known (UID, email, phone, or name at the same organisation) only has"
            " empty fields filled; differences are reported, never overwritten. Lines that"
            " cannot be used are reported with their place.",
        ),
    )
    command.add_argument("files", nargs="+", metavar="FILE")
    command.add_argument(
        "--event", type=record_id, metavar="ID", help=translate("cli", "the event where you met")
    )
    command.add_argument("--format", choices=IMPORT_FORMATS, default="auto")
    command.set_defaults(handler=run_import)


def run_import(ctx: Context) -> int:
    from netdesk.core.transfer.importing import import_files  # the readers: when importing

    a = ctx.args
    summary = import_files(ctx.store, a.files, event_id=a.event, fmt=a.format)
    lines = summary_lines(
        summary,
        kept=translate("cli", "kept {field} '{current}' (file says '{scanned}')"),
        total=translate(
            "cli", "{created} added, {merged} merged, {unchanged} unchanged, {errors} skipped"
        ),
    )
    ctx.emit(summary.to_json(), "\n".join(lines))
    return 0
