"""``netdesk event add|list``."""

from __future__ import annotations

import argparse

from netdesk.cli.context import Context
from netdesk.core.i18n import translate
from netdesk.core.model import EVENT_KINDS


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    event = commands.add_parser(
        "event", parents=[common], help=translate("cli", "create and list events")
    )
    actions = event.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(event)
    )

    add = actions.add_parser("add", parents=[common], help=translate("cli", "create an event"))
    add.add_argument("name")
    add.add_argument(
        "--date", required=True, metavar="YYYY-MM-DD", help=translate("cli", "first day")
    )
    add.add_argument(
        "--end", metavar="YYYY-MM-DD", help=translate("cli", "last day, for events of several days")
    )
    add.add_argument("--kind", default="other", choices=EVENT_KINDS)
    add.add_argument("--location", default="")
    add.add_argument("--organiser", default="")
    add.add_argument("--notes", default="")
    add.add_argument(
        "--goal",
        action="append",
        default=[],
        metavar="G",
        help=translate("cli", "a goal for this event; repeat for several"),
    )
    add.set_defaults(handler=add_event)

    listing = actions.add_parser(
        "list", parents=[common], help=translate("cli", "list events, newest first")
    )
    listing.add_argument("--search", default="", metavar="Q")
    listing.add_argument(
        "--trash", action="store_true", help=translate("cli", "list deleted events")
    )
    listing.set_defaults(handler=list_events)


def add_event(ctx: Context) -> int:
    a = ctx.args
    event_id = ctx.store.events.add(
        a.name,
        a.date,
        kind=a.kind,
        ends_on=a.end,
        location=a.location,
        organiser=a.organiser,
        notes=a.notes,
        goals=tuple(a.goal),
    )
    event = ctx.store.events.get(event_id)
    ctx.emit(
        {"id": event_id, "event": event},
        translate("cli", "Added event {id}: {name}").format(id=event_id, name=event.name),
    )
    return 0


def list_events(ctx: Context) -> int:
    events = ctx.store.events.list(search=ctx.args.search, deleted=ctx.args.trash)
    rows = [
        [
            str(e.id),
            e.starts_on.isoformat(),
            e.kind,
            e.name,
            e.location,
            str(e.people_met),
            str(e.open_followups),
        ]
        for e in events
    ]
    headers = [
        translate("cli", "id"),
        translate("cli", "date"),
        translate("cli", "kind"),
        translate("cli", "name"),
        translate("cli", "location"),
        translate("cli", "met"),
        translate("cli", "open"),
    ]
    ctx.emit(events, ctx.table(rows, headers) or translate("cli", "No events yet."))
    return 0
