"""``netdesk export --format vcard|csv|json|ics --out FILE``.

The contents come from :func:`netdesk.core.transfer.exporting.export_to` (the app uses
the same function); an unknown format gives a clean error, not a traceback. The file
is written as it is read (100,000 people are never in memory at once) into a private
temporary file beside its target, then moved into place, so an export that fails never
leaves half a file (or a damaged older export) behind.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from netdesk.cli.context import Context
from netdesk.core.i18n import translate
from netdesk.core.transfer import EXPORT_FOLLOWUP_LISTS as FOLLOWUP_LISTS
from netdesk.core.transfer import EXPORT_FORMATS as FORMATS


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    export = commands.add_parser(
        "export",
        parents=[common],
        help=translate("cli", "write your data to a file other programs read"),
    )
    # Not argparse choices: an unknown format is an error of the command (exit 1), like
    # an unsupported one, with the list of formats in the sentence.
    export.add_argument("--format", required=True, metavar="|".join(FORMATS))
    export.add_argument("--out", required=True, metavar="FILE")
    export.add_argument(
        "--which",
        default="open",
        metavar="|".join(FOLLOWUP_LISTS),
        help=translate("cli", "ics: which follow-ups (default: open)"),
    )
    export.add_argument(
        "--timezone",
        metavar="ZONE",
        help=translate(
            "cli",
            "ics: time zone for times of day, like Europe/Amsterdam (default: this computer's)",
        ),
    )
    export.set_defaults(handler=export_data)


def export_data(ctx: Context) -> int:
    kind = ctx.args.format.strip().lower()
    target = Path(ctx.args.out).expanduser()
    from netdesk.core.transfer import exporting  # the writers: when exporting

    summary = exporting.export_to(
        ctx.store, kind, target, which=ctx.args.which, timezone=ctx.args.timezone
    )
    ctx.emit(
        {"format": kind, "out": target, **summary},
        translate("cli", "Wrote {out} ({format})").format(out=target, format=kind),
    )
    return 0
