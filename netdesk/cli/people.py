"""``netdesk person add|list|show|delete|restore|duplicates|distinct|export|erase`` and
``netdesk trash``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from netdesk.cli.argtypes import MAX_LIMIT, record_id, whole_number
from netdesk.cli.context import Context
from netdesk.core.errors import NetdeskError, escape_controls
from netdesk.core.i18n import translate
from netdesk.core.model import ContactPoint, PersonFields
from netdesk.core.people.query import SORTS, PersonQuery


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    person = commands.add_parser(
        "person", parents=[common], help=translate("cli", "add and find people")
    )
    actions = person.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(person)
    )

    add = actions.add_parser("add", parents=[common], help=translate("cli", "add a person you met"))
    add.add_argument("name")
    add.add_argument("--org", default="", help=translate("cli", "organisation"))
    add.add_argument("--department", default="")
    add.add_argument("--title", default="")
    add.add_argument("--email", action="append", default=[], metavar="E")
    add.add_argument("--phone", action="append", default=[], metavar="P")
    add.add_argument("--url", action="append", default=[], metavar="U")
    add.add_argument(
        "--internal", action="store_true", help=translate("cli", "a colleague in your organisation")
    )
    add.add_argument("--tag", action="append", default=[], metavar="T")
    add.add_argument(
        "--event", type=record_id, metavar="ID", help=translate("cli", "the event where you met")
    )
    add.add_argument(
        "--context",
        default="",
        metavar="TEXT",
        help=translate("cli", "one line to remember them by"),
    )
    add.add_argument("--note", default="", metavar="N")
    add.set_defaults(handler=add_person)

    listing = actions.add_parser(
        "list", parents=[common], help=translate("cli", "list or search people")
    )
    listing.add_argument(
        "--search", default="", metavar="Q", help=translate("cli", "words or prefixes")
    )
    listing.add_argument("--event", type=record_id, metavar="ID")
    listing.add_argument("--tag", metavar="T")
    listing.add_argument("--org", metavar="O")
    listing.add_argument("--internal", action="store_true", default=None)
    listing.add_argument("--external", dest="internal", action="store_false")
    listing.add_argument("--sort", choices=sorted(SORTS), default="name")
    listing.add_argument(
        "--limit",
        type=whole_number(0, MAX_LIMIT),
        default=0,
        help=translate("cli", "at most this many (0: all)"),
    )
    listing.add_argument(
        "--trash", action="store_true", help=translate("cli", "list deleted people")
    )
    listing.set_defaults(handler=list_people)

    show = actions.add_parser(
        "show", parents=[common], help=translate("cli", "everything about one person")
    )
    show.add_argument("id", type=record_id)
    show.set_defaults(handler=show_person)

    delete = actions.add_parser(
        "delete", parents=[common], help=translate("cli", "move people to the trash")
    )
    delete.add_argument("ids", type=record_id, nargs="+", metavar="ID")
    delete.set_defaults(handler=delete_people)

    restore = actions.add_parser(
        "restore", parents=[common], help=translate("cli", "bring people back from the trash")
    )
    restore.add_argument("ids", type=record_id, nargs="+", metavar="ID")
    restore.set_defaults(handler=restore_people)

    duplicates = actions.add_parser(
        "duplicates",
        parents=[common],
        help=translate("cli", "people who may be the same person, for you to decide"),
    )
    duplicates.set_defaults(handler=list_duplicates)

    distinct = actions.add_parser(
        "distinct",
        parents=[common],
        help=translate("cli", "two people are different: never suggest them as duplicates"),
    )
    distinct.add_argument("ids", type=int, nargs=2, metavar="ID")
    distinct.set_defaults(handler=mark_distinct)

    export = actions.add_parser(
        "export",
        parents=[common],
        help=translate("cli", "write everything about one person to a JSON file (their data)"),
    )
    export.add_argument("id", type=record_id)
    export.add_argument("--out", required=True, metavar="FILE")
    export.set_defaults(handler=export_person)

    erase = actions.add_parser(
        "erase",
        parents=[common],
        help=translate(
            "cli", "erase one person and everything about them for good (not the trash)"
        ),
    )
    erase.add_argument("id", type=record_id)
    erase.add_argument(
        "--yes", action="store_true", help=translate("cli", "do not ask for confirmation")
    )
    erase.set_defaults(handler=erase_person)

    trash = commands.add_parser(
        "trash", parents=[common], help=translate("cli", "what is in the trash; empty it")
    )
    trash.add_argument(
        "--empty", action="store_true", help=translate("cli", "delete its contents for good")
    )
    trash.set_defaults(handler=run_trash)


def add_person(ctx: Context) -> int:
    a = ctx.args
    contacts = tuple(
        [ContactPoint("email", v) for v in a.email]
        + [ContactPoint("phone", v) for v in a.phone]
        + [ContactPoint("url", v) for v in a.url]
    )
    fields = PersonFields(
        full_name=a.name,
        organisation=a.org,
        department=a.department,
        title=a.title,
        notes=a.note,
        internal=a.internal,
        contacts=contacts,
        tags=tuple(a.tag),
    )
    person_id = ctx.store.people.add(fields, event_id=a.event, context=a.context)
    person = ctx.store.people.get(person_id)
    ctx.emit(
        {"id": person_id, "person": person},
        translate("cli", "Added person {id}: {name}").format(id=person_id, name=person.full_name),
    )
    return 0


def list_people(ctx: Context) -> int:
    a = ctx.args
    people = ctx.store.people
    limit = a.limit if a.limit > 0 else None
    plain_search = (
        a.search.strip() and not any((a.event, a.tag, a.org, a.trash)) and (a.internal is None)
    )
    if plain_search and a.sort == "name":
        # A bare search is ranked by relevance then recency, like the search box.
        rows = people.search(a.search, limit=limit or 1_000_000)
    else:
        query = PersonQuery(
            search=a.search,
            event_id=a.event,
            tag=a.tag,
            organisation=a.org,
            internal=a.internal,
            deleted=a.trash,
            sort=a.sort,
        )
        if a.event is not None:
            ctx.store.events.require(a.event)
        ids = people.ids(query)
        rows = people.rows(ids[:limit] if limit else ids)
    table = ctx.table(
        [[str(r.id), r.full_name, r.organisation, r.department, r.email] for r in rows],
        [
            translate("cli", "id"),
            translate("cli", "name"),
            translate("cli", "organisation"),
            translate("cli", "department"),
            translate("cli", "email"),
        ],
    )
    ctx.emit(rows, table or translate("cli", "Nobody found."))
    return 0


def show_person(ctx: Context) -> int:
    store = ctx.store
    person = store.people.get(ctx.args.id)
    detail = {
        "person": person,
        "encounters": store.encounters.for_person(person.id),
        "followups": store.followups.list("all", person_id=person.id),
        "interactions": store.interactions.for_person(person.id),
        "exchanges": store.exchanges.for_person(person.id),
        "introductions": store.introductions.for_person(person.id),
        "provenance": store.people.provenance(person.id),
    }
    lines = [person.full_name]
    lines += [f"  {v}" for v in (person.title, person.department, person.organisation) if v]
    lines += [f"  {c.kind}: {c.value}" for c in person.contacts]
    if person.tags:
        lines.append("  " + translate("cli", "tags") + ": " + ", ".join(person.tags))
    for encounter in detail["encounters"]:
        where = encounter.event_name or translate("cli", "no event")
        lines.append(
            f"  {translate('cli', 'met')} {encounter.met_at[:10]} @ {where}: {encounter.context}"
        )
    for item in detail["followups"]:
        lines.append(f"  [{item.status}] {item.effective_due} {item.text}")
    ctx.emit(detail, "\n".join(lines))
    return 0


def delete_people(ctx: Context) -> int:
    ctx.store.people.delete(ctx.args.ids)
    ctx.emit(
        {"ids": ctx.args.ids},
        translate("cli", "Moved {count} to the trash ('netdesk person restore' undoes it)").format(
            count=len(ctx.args.ids)
        ),
    )
    return 0


def restore_people(ctx: Context) -> int:
    ctx.store.people.restore(ctx.args.ids)
    ctx.emit(
        {"ids": ctx.args.ids},
        translate("cli", "Restored {count} from the trash").format(count=len(ctx.args.ids)),
    )
    return 0


def run_trash(ctx: Context) -> int:
    trash = ctx.store.trash
    contents = trash.empty() if ctx.args.empty else trash.contents()
    template = (
        translate("cli", "Deleted for good: {people} people and {events} events")
        if ctx.args.empty
        else translate("cli", "In the trash: {people} people and {events} events")
    )
    ctx.emit(
        {"emptied": ctx.args.empty, **vars(contents)},
        template.format(people=contents.people, events=contents.events),
    )
    return 0


def list_duplicates(ctx: Context) -> int:
    pairs = ctx.store.duplicates.open_pairs()
    table = ctx.table(
        [
            [
                str(d.person_id),
                d.person_name,
                str(d.other_id),
                d.other_name,
                d.person_organisation or d.other_organisation,
                reason_text(d.reason),
            ]
            for d in pairs
        ],
        [
            translate("cli", "id"),
            translate("cli", "name"),
            translate("cli", "id"),
            translate("cli", "may be"),
            translate("cli", "organisation"),
            translate("cli", "because"),
        ],
    )
    ctx.emit(pairs, table or translate("cli", "No possible duplicates."))
    return 0


def reason_text(reason: str) -> str:
    """Why a pair was set aside, in words ("name": a close name at the same organisation)."""
    texts = {
        "uid": translate("cli", "same card ID"),
        "email": translate("cli", "same email, but something differs"),
        "phone": translate("cli", "same phone, but something differs"),
        "url": translate("cli", "same profile link, but something differs"),
        "name": translate("cli", "close name, same organisation"),
        "user": translate("cli", "named by you"),
    }
    return texts.get(reason, reason)


def mark_distinct(ctx: Context) -> int:
    first, second = ctx.args.ids
    ctx.store.duplicates.dismiss(first, second)
    ctx.emit(
        {"ids": [first, second], "status": "distinct"},
        translate(
            "cli", "{a} and {b} are different people: they will not be suggested again"
        ).format(a=first, b=second),
    )
    return 0


def export_person(ctx: Context) -> int:
    from netdesk.core.people.personal_data import export_person as write_person

    target = Path(ctx.args.out).expanduser()
    done = write_person(ctx.store, ctx.args.id, target)
    ctx.emit(
        {**done, "out": target},
        translate("cli", "Wrote everything about {name} (person {id}) to {out}").format(
            name=done["name"], id=done["id"], out=target
        ),
    )
    return 0


def erase_person(ctx: Context) -> int:
    from netdesk.core.people.erase import erase_person as erase

    store, person_id = ctx.store, ctx.args.id
    name = store.scalar("SELECT full_name FROM people WHERE id = ?", (person_id,))
    if name is None:
        raise NetdeskError("no-person", id=person_id)
    if not ctx.args.yes:
        # A script must say --yes; only a person at a terminal is asked.
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            raise NetdeskError("erase-not-confirmed", name=name, id=person_id)
        question = translate(
            "cli", "Erase {name} (person {id}) and everything about them? This cannot be undone."
        ).format(name=escape_controls(name), id=person_id)
        # On stderr: stdout stays the command's output (--json).
        sys.stderr.write(f"{question} [y/N] ")
        sys.stderr.flush()
        answer = sys.stdin.readline().strip().lower()
        if answer not in ("y", "yes", translate("cli", "y"), translate("cli", "yes")):
            raise NetdeskError("erase-not-confirmed", name=name, id=person_id)
    erased = erase(store, person_id)
    ctx.emit(
        {"id": erased.id, "name": erased.name, "erased": True},
        translate("cli", "Erased {name} (person {id}) for good").format(
            name=escape_controls(erased.name), id=erased.id
        ),
    )
    return 0
