"""``netdesk demo|backup|restore|check``: sample data and looking after the file."""

from __future__ import annotations

import argparse
import sys

from netdesk.cli.context import Context
from netdesk.core.i18n import translate


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    sample = commands.add_parser(
        "demo", parents=[common], help=translate("cli", "fill a database with sample data")
    )
    sample.add_argument("--people", type=int, default=500, metavar="N")
    sample.add_argument("--seed", type=int, default=2026)
    sample.set_defaults(handler=run_demo)

    copy = commands.add_parser(
        "backup", parents=[common], help=translate("cli", "copy the database safely")
    )
    copy.add_argument(
        "--out", metavar="FILE", help=translate("cli", "where to write (default: backups folder)")
    )
    copy.set_defaults(handler=run_backup)

    back = commands.add_parser(
        "restore", parents=[common], help=translate("cli", "replace the database with a backup")
    )
    back.add_argument("file", metavar="FILE")
    back.set_defaults(handler=run_restore)

    check = commands.add_parser(
        "check", parents=[common], help=translate("cli", "check the database for damage")
    )
    check.set_defaults(handler=run_check)


def run_demo(ctx: Context) -> int:
    count = ctx.args.people
    if count < 0:
        raise SystemExit(ctx_usage(translate("cli", "--people must be 0 or more")))

    def report(done: int, total: int) -> None:
        if not ctx.json and sys.stderr.isatty():
            sys.stderr.write(f"\r{done:,} / {total:,}")

    from netdesk.core import demo

    summary = demo.fill(ctx.store, count, seed=ctx.args.seed, progress=report)
    if not ctx.json and sys.stderr.isatty():
        sys.stderr.write("\n")
    ctx.emit(
        summary,
        translate(
            "cli",
            "Added {people} people, {events} events, {encounters} encounters and "
            "{followups} follow-ups.",
        ).format(**vars(summary)),
    )
    return 0


def ctx_usage(message: str) -> int:
    sys.stderr.write(f"netdesk: error: {message}\n")
    return 2


def run_backup(ctx: Context) -> int:
    from netdesk.core.storage import backup

    target = backup.backup(ctx.store, ctx.args.out)
    ctx.emit({"path": target}, translate("cli", "Backed up to {path}").format(path=target))
    return 0


def run_restore(ctx: Context) -> int:
    from netdesk.core.storage import backup

    kept = backup.restore(ctx.db_path, ctx.args.file)
    ctx.emit(
        {"restored": ctx.args.file, "previous": kept},
        translate("cli", "Restored {file}; the previous database is kept as {kept}").format(
            file=ctx.args.file, kept=kept
        ),
    )
    return 0


def run_check(ctx: Context) -> int:
    from netdesk.core.storage import backup

    report = backup.check_file(ctx.db_path)
    problems = report.schema + report.integrity + report.foreign_keys + report.search_index
    text = (
        translate("cli", "{path}: OK (schema {version})").format(
            path=report.path, version=report.schema_version
        )
        if report.ok
        else translate("cli", "{path}: {count} problem(s)").format(
            path=report.path, count=len(problems)
        )
        + "".join(f"\n  {p}" for p in problems)
    )
    ctx.emit({"ok": report.ok, **vars(report)}, text)
    return 0 if report.ok else 1
