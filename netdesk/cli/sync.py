"""``netdesk sync``: two-way sync with the user's own CardDAV/CalDAV server.

``sync setup URL --user NAME`` finds the account's address books and task lists and
keeps the chosen ones; ``sync`` runs both ways (``--dry-run`` only says what it would
do); ``sync status`` shows the last run; ``sync conflicts`` and ``sync resolve`` settle
fields changed on both sides; ``sync attach EVENT`` records that people added on the
phone during an event were met there. The network and keyring packages are imported
only here, when a sync command runs.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from netdesk.cli.argtypes import record_id
from netdesk.cli.context import Context
from netdesk.core.errors import NetdeskError
from netdesk.core.i18n import translate


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    sync = commands.add_parser(
        "sync",
        parents=[common],
        help=translate("cli", "sync people and follow-ups with your CardDAV/CalDAV server"),
    )
    sync.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "say what a sync would do, change nothing on either side"),
    )
    sync.set_defaults(handler=run_sync)
    actions = sync.add_subparsers(dest="action", metavar="ACTION", parser_class=type(sync))

    setup = actions.add_parser(
        "setup", parents=[common], help=translate("cli", "choose the server and collections")
    )
    setup.add_argument("url", metavar="URL")
    setup.add_argument("--user", required=True, metavar="NAME")
    setup.add_argument(
        "--addressbook",
        metavar="HREF",
        help=translate("cli", "the address book to sync (default: the first one found)"),
    )
    setup.add_argument(
        "--tasks", metavar="HREF", help=translate("cli", "the task list for follow-ups")
    )
    setup.set_defaults(handler=setup_sync)

    status = actions.add_parser(
        "status", parents=[common], help=translate("cli", "the last sync and its errors")
    )
    status.set_defaults(handler=sync_status)

    conflicts = actions.add_parser(
        "conflicts", parents=[common], help=translate("cli", "fields changed on both sides")
    )
    conflicts.set_defaults(handler=list_conflicts)

    resolve = actions.add_parser(
        "resolve", parents=[common], help=translate("cli", "keep one side of a conflict")
    )
    resolve.add_argument("id", type=record_id)
    resolve.add_argument("--keep", required=True, choices=("local", "remote"))
    resolve.set_defaults(handler=resolve_conflict)

    attach = actions.add_parser(
        "attach",
        parents=[common],
        help=translate("cli", "add the people added on your phone during an event to it"),
    )
    attach.add_argument("event_id", type=record_id, metavar="EVENT_ID")
    attach.set_defaults(handler=attach_additions)


def _password(url: str, user: str) -> str:
    """From the environment (this run only), the keyring, or typed once and kept there."""
    from netdesk.core.sync import account

    try:
        return account.password_for(url, user)
    except NetdeskError as error:
        if error.code != "sync-no-password" or not sys.stdin.isatty():
            raise
    typed = getpass.getpass(translate("cli", "Password for {user}: ").format(user=user))
    account.remember_password(url, user, typed)
    return typed


def _pick(found: list, kind: str, wanted: str | None, client: object) -> object | None:
    from netdesk.core.sync.dav import canonical_path

    of_kind = [c for c in found if c.kind == kind]
    if wanted is None:
        return of_kind[0] if of_kind and kind == "contacts" else None
    path = canonical_path(client.url(wanted))  # type: ignore[attr-defined]
    for collection in of_kind:
        if collection.href == path:
            return collection
    raise NetdeskError(
        "sync-unknown-collection", href=wanted, choices=", ".join(c.href for c in of_kind) or "-"
    )


def setup_sync(ctx: Context) -> int:
    from netdesk.core.sync import account
    from netdesk.core.sync.dav import DavClient
    from netdesk.core.sync.discovery import discover

    url, user = account.server_url(ctx.args.url), ctx.args.user.strip()
    with DavClient(url, user, _password(url, user)) as client:
        found = discover(client)
        book = _pick(found, "contacts", ctx.args.addressbook, client)
        tasks = _pick(found, "tasks", ctx.args.tasks, client)
        if book is None:
            raise NetdeskError("sync-no-addressbook", url=url)
        chosen = [(c.kind, client.url(c.href), c.display_name) for c in (book, tasks) if c]
    configured = account.configure(ctx.store, username=user, chosen=chosen)
    lines = [
        translate("cli", "Syncing {kind} with {url} ({name})").format(
            kind=c.kind, url=c.url, name=c.display_name
        )
        for c in configured
    ]
    ctx.emit(
        {"collections": configured, "found": found},
        "\n".join(lines),
    )
    return 0


def run_sync(ctx: Context) -> int:
    from netdesk.core.sync import engine
    from netdesk.core.sync.writes import phone_additions

    counts = engine.sync(ctx.store, dry_run=ctx.args.dry_run)
    additions = [] if ctx.args.dry_run else phone_additions(ctx.store)
    text = translate(
        "cli",
        "{verb}: {sent} sent, {received} received, {merged} merged, {deleted} deleted,"
        " {conflicts} in conflict",
    ).format(
        verb=translate("cli", "Would sync") if ctx.args.dry_run else translate("cli", "Synced"),
        **{k: v for k, v in counts.as_dict().items() if k != "errors"},
    )
    for found in additions:
        text += "\n" + translate(
            "cli",
            "{count} people added on your phone during {event}: 'netdesk sync attach {id}'"
            " adds them to the event",
        ).format(count=len(found.person_ids), event=found.event_name, id=found.event_id)
    if counts.conflicts:
        text += "\n" + translate("cli", "See them with 'netdesk sync conflicts'.")
    ctx.emit({**counts.as_dict(), "dry_run": ctx.args.dry_run, "phone_additions": additions}, text)
    return 0


def sync_status(ctx: Context) -> int:
    from netdesk.core.sync import account
    from netdesk.core.sync.writes import conflicts

    chosen = account.collections(ctx.store)
    if not chosen:
        raise NetdeskError("sync-not-set-up")
    linked = dict(
        ctx.store.conn.execute(
            "SELECT collection_id, count(*) FROM sync_items GROUP BY collection_id"
        ).fetchall()
    )
    open_conflicts = len(conflicts(ctx.store))
    rows = [
        [c.kind, c.url, str(linked.get(c.id, 0)), c.last_synced_at or "-", c.last_error or "-"]
        for c in chosen
    ]
    headers = [
        translate("cli", "kind"),
        translate("cli", "collection"),
        translate("cli", "items"),
        translate("cli", "last sync"),
        translate("cli", "error"),
    ]
    text = ctx.table(rows, headers)
    if os.environ.get(account.PASSWORD_ENV):
        text += "\n" + translate("cli", "The password comes from {variable} for this run.").format(
            variable=account.PASSWORD_ENV
        )
    text += "\n" + translate("cli", "{count} conflicts waiting").format(count=open_conflicts)
    ctx.emit(
        {
            "collections": [{**c.__dict__, "items": linked.get(c.id, 0)} for c in chosen],
            "conflicts": open_conflicts,
        },
        text,
    )
    return 0


def list_conflicts(ctx: Context) -> int:
    from netdesk.core.sync.writes import conflicts

    found = conflicts(ctx.store)
    lines = []
    for conflict in found:
        for name in conflict.local:
            lines.append(
                f"{conflict.id}  {conflict.name}  {name}: "
                + translate("cli", "here {local!r}, there {remote!r}").format(
                    local=conflict.local[name], remote=conflict.remote.get(name)
                )
            )
    ctx.emit(found, "\n".join(lines) or translate("cli", "No conflicts."))
    return 0


def resolve_conflict(ctx: Context) -> int:
    from netdesk.core.sync.writes import resolve_conflict as resolve

    resolve(ctx.store, ctx.args.id, keep=ctx.args.keep)
    kept = (
        translate("cli", "Kept the version here; the next sync sends it to the server.")
        if ctx.args.keep == "local"
        else translate("cli", "Took the server's version.")
    )
    ctx.emit({"resolved": ctx.args.id, "keep": ctx.args.keep}, kept)
    return 0


def attach_additions(ctx: Context) -> int:
    from netdesk.core.sync.writes import attach_phone_additions

    count = attach_phone_additions(ctx.store, ctx.args.event_id)
    ctx.emit(
        {"attached": count},
        translate("cli", "{count} people added to the event").format(count=count),
    )
    return 0
