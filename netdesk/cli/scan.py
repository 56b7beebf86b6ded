"""``netdesk scan IMAGE… [--event ID]``: QR cards in image files become people met."""

from __future__ import annotations

import argparse
import sys

from netdesk.cli.argtypes import record_id
from netdesk.cli.context import Context
from netdesk.cli.summary import summary_lines
from netdesk.core.i18n import translate


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    scan = commands.add_parser(
        "scan",
        parents=[common],
        help=translate("cli", "decode QR codes in images, add or merge people"),
        description=translate(
            "cli",
            "Decode the QR contact cards in each image and add the people to the database,"
            " met at --event. A card that matches someone known (UID, email, phone, or name"
            " at the same organisation) only fills their empty fields; differences are"
            " reported, never overwritten.",
        ),
    )
    scan.add_argument("images", nargs="+", metavar="IMAGE")
    scan.add_argument(
        "--event", type=record_id, metavar="ID", help=translate("cli", "the event where you met")
    )
    scan.set_defaults(handler=run_scan)


def run_scan(ctx: Context) -> int:
    store = ctx.store
    store.events.require(ctx.args.event)
    from netdesk.core.transfer.scanning import scan_files

    summary = scan_files(store, ctx.args.images, event_id=ctx.args.event)
    lines = summary_lines(
        summary,
        kept=translate("cli", "kept {field} '{current}' (card says '{scanned}')"),
        total=translate(
            "cli", "{created} added, {merged} merged, {unchanged} unchanged, {errors} not imported"
        ),
    )
    ctx.emit(summary.to_json(), "\n".join(lines))
    if summary.errors and not summary.items:
        # Nothing usable in any image is a failure a script should see, in the usual shape.
        first = summary.errors[0]
        where, reason = first["where"], first["reason"]
        message = reason if reason.startswith(where) else f"{where}: {reason}"
        sys.stderr.write(f"netdesk: error: {message}\n")
        return 1
    return 0
