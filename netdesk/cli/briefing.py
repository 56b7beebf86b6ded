"""``netdesk brief EVENT --out F.pdf`` and ``netdesk report --month YYYY-MM --out F.pdf``.

Only these two commands load Qt (its PDF writer draws the pages), and only when they run.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from netdesk.cli.argtypes import record_id
from netdesk.cli.context import Context
from netdesk.core.i18n import translate


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    brief = commands.add_parser(
        "brief",
        parents=[common],
        help=translate("cli", "before an event: goals, who you know there, open items (PDF)"),
    )
    brief.add_argument("event", type=record_id, metavar="EVENT")
    brief.add_argument("--out", required=True, metavar="FILE.pdf")
    brief.set_defaults(handler=write_brief)

    report = commands.add_parser(
        "report",
        parents=[common],
        help=translate("cli", "a month of networking, with charts (PDF)"),
    )
    report.add_argument("--month", required=True, metavar="YYYY-MM")
    report.add_argument("--out", required=True, metavar="FILE.pdf")
    report.set_defaults(handler=write_report)


def write_brief(ctx: Context) -> int:
    from netdesk.core.briefing.brief import brief

    data = brief(ctx.store, ctx.args.event)
    from netdesk.ui.reports.brief_pdf import draw_brief

    pages = _write(ctx, lambda paper: draw_brief(paper, data), f"netdesk brief: {data.event.name}")
    ctx.emit(
        {"out": Path(ctx.args.out).expanduser(), "pages": pages, "event": data.event.id,
         "known": len(data.known), "owed": data.owed},
        translate("cli", "Saved {path}: the brief for {event}, {pages} page(s).").format(
            path=Path(ctx.args.out).expanduser(), event=data.event.name, pages=pages
        ),
    )  # fmt: skip
    return 0


def write_report(ctx: Context) -> int:
    from netdesk.core.briefing.report import report

    data = report(ctx.store, ctx.args.month)
    from netdesk.ui.reports.report_pdf import draw_report

    pages = _write(ctx, lambda paper: draw_report(paper, data), f"netdesk report {data.month}")
    ctx.emit(
        {"out": Path(ctx.args.out).expanduser(), "pages": pages, "month": data.month,
         "people_met": data.people_met},
        translate("cli", "Saved {path}: the report for {month}, {pages} page(s).").format(
            path=Path(ctx.args.out).expanduser(), month=data.month, pages=pages
        ),
    )  # fmt: skip
    return 0


def _write(ctx: Context, draw, title: str) -> int:
    from netdesk.ui.reports.paper import write_pdf
    from netdesk.ui.runtime.qt_output import quiet_qt_messages

    with quiet_qt_messages():
        return write_pdf(Path(ctx.args.out).expanduser(), draw, title=title)
