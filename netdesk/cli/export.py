"""``netdesk export --format vcard|csv|json|ics --out FILE``.

Each format is one writer in :data:`WRITERS` (people: netdesk.core.exporting;
follow-ups: netdesk.core.formats.ics); an unknown format, or one named but
without a writer, gives a clean error, not a traceback. The file
is written next to its target and moved into place, so an export that fails
never leaves half a file (or a damaged older export) behind.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path

from netdesk.cli.context import Context
from netdesk.core.errors import NetdeskError
from netdesk.core.i18n import translate

# Formats the command knows; one without a writer would be refused cleanly.
FORMATS = ("vcard", "csv", "json", "ics")
WHICH = ("open", "due", "overdue", "done", "all")


def _t(text: str) -> str:
    return translate("cli", text)


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    export = commands.add_parser(
        "export", parents=[common], help=_t("write your data to a file other programs read")
    )
    # Not argparse choices: an unknown format is an error of the command (exit 1), like
    # an unsupported one, with the list of formats in the sentence.
    export.add_argument("--format", required=True, metavar="|".join(FORMATS))
    export.add_argument("--out", required=True, metavar="FILE")
    export.add_argument(
        "--which",
        default="open",
        metavar="|".join(WHICH),
        help=_t("ics: which follow-ups (default: open)"),
    )
    export.add_argument(
        "--timezone",
        metavar="ZONE",
        help=_t(
            "ics: time zone for times of day, like Europe/Amsterdam (default: this computer's)"
        ),
    )
    export.set_defaults(handler=export_data)


def export_ics(ctx: Context) -> tuple[bytes, dict]:
    from netdesk.core.formats import ics

    which = ctx.args.which
    if which not in WHICH:
        raise NetdeskError("bad-kind", value=which, what="follow-up list", choices=", ".join(WHICH))
    tz = ics.zone(ctx.args.timezone) if ctx.args.timezone else ics.local_zone()
    store = ctx.store
    followups = store.followups.list(which)
    names = {e.id: e.name for e in store.events.list()}
    data = ics.serialise(followups, tz=tz, event_names=names)
    timed = sum(1 for f in followups if f.due_time and f.status != "done")
    return data, {"todos": len(followups), "events": timed, "timezone": tz.key}


def _people(writer: str) -> Callable[[Context], tuple[bytes, dict]]:
    """Export everyone with ``netdesk.core.exporting.<writer>`` (imported when used)."""

    def export_people(ctx: Context) -> tuple[bytes, dict]:
        from netdesk.core import exporting

        data, count = getattr(exporting, writer)(ctx.store)
        return data, {"people": count}

    return export_people


WRITERS: dict[str, Callable[[Context], tuple[bytes, dict]]] = {
    "vcard": _people("vcards"),
    "csv": _people("csv_bytes"),
    "json": _people("json_bytes"),
    "ics": export_ics,
}


def export_data(ctx: Context) -> int:
    kind = ctx.args.format.strip().lower()
    if kind not in FORMATS:
        raise NetdeskError("export-format", value=ctx.args.format, choices=", ".join(FORMATS))
    writer = WRITERS.get(kind)
    if writer is None:
        raise NetdeskError("export-unavailable", value=kind)
    target = Path(ctx.args.out).expanduser()
    data, summary = writer(ctx)
    write_atomically(target, data)
    ctx.emit(
        {"format": kind, "out": target, **summary},
        _t("Wrote {out} ({format})").format(out=target, format=kind),
    )
    return 0


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``target``, then move it into place."""
    if target.is_dir():
        raise NetdeskError("file-unwritable", path=target, detail=_t("it is a folder"))
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
