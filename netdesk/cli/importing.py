"""``netdesk import FILE… [--event ID] [--format auto|vcard|mecard|csv|json]``: all or nothing."""

from __future__ import annotations

import argparse

from netdesk.cli.context import Context
from netdesk.core.i18n import translate
from netdesk.core.importing import FORMATS, import_files


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
        "--event", type=int, metavar="ID", help=translate("cli", "the event where you met")
    )
    command.add_argument("--format", choices=FORMATS, default="auto")
    command.set_defaults(handler=run_import)


def run_import(ctx: Context) -> int:
    a = ctx.args
    summary = import_files(ctx.store, a.files, event_id=a.event, fmt=a.format)
    lines = []
    outcome = {
        "created": translate("cli", "added"),
        "merged": translate("cli", "merged"),
        "unchanged": translate("cli", "unchanged"),
    }
    for item in summary.items:
        lines.append(f"{item.where}: {outcome[item.outcome]} {item.person_id} {item.name}")
        for row in item.differences:
            lines.append(
                "  "
                + translate("cli", "kept {field} '{current}' (file says '{scanned}')").format(
                    field=row.field, current=row.current, scanned=row.scanned
                )
            )
    for error in summary.errors:
        lines.append(f"{error['where']}: {error['reason']}")
    lines.append(
        translate(
            "cli", "{created} added, {merged} merged, {unchanged} unchanged, {errors} skipped"
        ).format(
            created=summary.count("created"),
            merged=summary.count("merged"),
            unchanged=summary.count("unchanged"),
            errors=len(summary.errors),
        )
    )
    ctx.emit(summary.to_json(), "\n".join(lines))
    return 0
