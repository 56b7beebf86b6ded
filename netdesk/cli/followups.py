"""``netdesk followup add|list|done|snooze``."""

from __future__ import annotations

import argparse

from netdesk.cli.argtypes import record_id
from netdesk.cli.context import Context
from netdesk.core.i18n import translate
from netdesk.core.model import FOLLOWUP_ACTIONS


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    followup = commands.add_parser(
        "followup", parents=[common], help=translate("cli", "what you owe people")
    )
    actions = followup.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(followup)
    )

    add = actions.add_parser(
        "add", parents=[common], help=translate("cli", "add a follow-up for a person")
    )
    add.add_argument("person_id", type=record_id, metavar="PERSON_ID")
    add.add_argument("text")
    add.add_argument("--due", required=True, metavar="YYYY-MM-DD")
    add.add_argument(
        "--time", metavar="HH:MM", help=translate("cli", "a time of day, for a calendar alarm")
    )
    add.add_argument("--action", default="other", choices=FOLLOWUP_ACTIONS)
    add.add_argument("--event", type=record_id, metavar="ID")
    add.set_defaults(handler=add_followup)

    listing = actions.add_parser("list", parents=[common], help=translate("cli", "list follow-ups"))
    which = listing.add_mutually_exclusive_group()
    for name, text in (
        ("open", translate("cli", "not done yet (default)")),
        ("due", translate("cli", "due today or earlier")),
        ("overdue", translate("cli", "due before today")),
        ("done", translate("cli", "done")),
        ("all", translate("cli", "everything")),
    ):
        which.add_argument(f"--{name}", dest="which", action="store_const", const=name, help=text)
    listing.set_defaults(which="open", handler=list_followups)

    done = actions.add_parser(
        "done", parents=[common], help=translate("cli", "mark a follow-up done")
    )
    done.add_argument("id", type=record_id)
    done.add_argument(
        "--outcome", default="", help=translate("cli", "what came of it (logged as interaction)")
    )
    done.set_defaults(handler=done_followup)

    snooze = actions.add_parser(
        "snooze", parents=[common], help=translate("cli", "put a follow-up off")
    )
    snooze.add_argument("id", type=record_id)
    snooze.add_argument("--until", required=True, metavar="YYYY-MM-DD")
    snooze.set_defaults(handler=snooze_followup)


def add_followup(ctx: Context) -> int:
    a = ctx.args
    new_id = ctx.store.followups.add(
        a.person_id, a.text, a.due, action=a.action, event_id=a.event, due_time=a.time
    )
    item = ctx.store.followups.get(new_id)
    ctx.emit(
        {"id": new_id, "followup": item},
        translate("cli", "Added follow-up {id}: {text} (due {due})").format(
            id=new_id, text=item.text, due=item.due_on
        ),
    )
    return 0


def list_followups(ctx: Context) -> int:
    items = ctx.store.followups.list(ctx.args.which)
    rows = [
        [str(f.id), f.effective_due.isoformat(), f.status, f.person_name, f.text] for f in items
    ]
    headers = [
        translate("cli", "id"),
        translate("cli", "due"),
        translate("cli", "status"),
        translate("cli", "person"),
        translate("cli", "what"),
    ]
    ctx.emit(items, ctx.table(rows, headers) or translate("cli", "Nothing to follow up."))
    return 0


def done_followup(ctx: Context) -> int:
    item = ctx.store.followups.done(ctx.args.id, outcome=ctx.args.outcome)
    ctx.emit(
        {"id": item.id, "followup": item}, translate("cli", "Done: {text}").format(text=item.text)
    )
    return 0


def snooze_followup(ctx: Context) -> int:
    item = ctx.store.followups.snooze(ctx.args.id, ctx.args.until)
    ctx.emit(
        {"id": item.id, "followup": item},
        translate("cli", "Snoozed until {day}: {text}").format(
            day=item.snoozed_until, text=item.text
        ),
    )
    return 0
