"""``netdesk topic add|list|peers|matches`` and ``netdesk intro list|outcome``."""

from __future__ import annotations

import argparse

from netdesk.cli.argtypes import record_id
from netdesk.cli.context import Context
from netdesk.core.errors import NetdeskError
from netdesk.core.i18n import translate
from netdesk.core.topics import peers, topics
from netdesk.core.topics.keys import ROLES


def person_or_me(text: str) -> int | str:
    """A person's id, or ``me`` for the user's own topics."""
    return "me" if text.strip().casefold() == "me" else record_id(text)


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    topic = commands.add_parser(
        "topic", parents=[common], help=translate("cli", "challenges, offers and interests")
    )
    actions = topic.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(topic)
    )
    add = actions.add_parser(
        "add", parents=[common], help=translate("cli", "give a person (or yourself) a topic")
    )
    add.add_argument("person_id", type=person_or_me, metavar="PERSON_ID|me")
    add.add_argument("label", metavar="TOPIC")
    add.add_argument("--role", default="challenge", choices=ROLES)
    add.add_argument("--event", type=record_id, metavar="ID")
    add.set_defaults(handler=add_topic)
    listing = actions.add_parser(
        "list", parents=[common], help=translate("cli", "a person's topics, or your own")
    )
    listing.add_argument("person_id", type=person_or_me, metavar="PERSON_ID|me")
    listing.set_defaults(handler=list_topics)
    for name, text, handler in (
        ("peers", translate("cli", "everyone who shares a topic"), list_peers),
        ("matches", translate("cli", "needs on a topic paired with offers"), list_matches),
    ):
        sub = actions.add_parser(name, parents=[common], help=text)
        sub.add_argument("label", metavar="TOPIC")
        sub.set_defaults(handler=handler)

    intro = commands.add_parser(
        "intro", parents=[common], help=translate("cli", "introductions you made")
    )
    intro_actions = intro.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(intro)
    )
    intro_actions.add_parser(
        "list", parents=[common], help=translate("cli", "the latest introductions")
    ).set_defaults(handler=list_intros)
    outcome = intro_actions.add_parser(
        "outcome", parents=[common], help=translate("cli", "record what came of an introduction")
    )
    outcome.add_argument("id", type=record_id)
    outcome.add_argument("text")
    outcome.set_defaults(handler=set_outcome)


def _found(ctx: Context, label: str) -> topics.Topic:
    topic = topics.find(ctx.store, label)
    if topic is None:
        raise NetdeskError("no-topic-named", name=label)
    return topic


def add_topic(ctx: Context) -> int:
    a = ctx.args
    if a.person_id == "me":
        topic_id = topics.add_mine(ctx.store, a.label, a.role)
    else:
        topic_id = topics.add_to_person(ctx.store, a.person_id, a.label, a.role, event_id=a.event)
    topic = topics.get(ctx.store, topic_id)
    ctx.emit(
        {"topic_id": topic_id, "label": topic.label, "key": topic.key, "role": a.role},
        translate("cli", "Added {role}: {label}").format(role=a.role, label=topic.label),
    )
    return 0


def list_topics(ctx: Context) -> int:
    pid = ctx.args.person_id
    held = topics.mine(ctx.store) if pid == "me" else topics.for_person(ctx.store, pid)
    if pid != "me":
        ctx.store.people.require(pid)
    rows = [[str(t.topic_id), t.role, t.label] for t in held]
    headers = [translate("cli", "id"), translate("cli", "role"), translate("cli", "topic")]
    ctx.emit(held, ctx.table(rows, headers) or translate("cli", "No topics yet."))
    return 0


def list_peers(ctx: Context) -> int:
    topic = _found(ctx, ctx.args.label)
    found = peers.peers(ctx.store, topic.id, limit=500)
    rows = [
        [str(p.person_id), p.role, p.full_name, p.organisation, p.last_event,
         p.last_met.isoformat() if p.last_met else ""]
        for p in found
    ]  # fmt: skip
    headers = [translate("cli", "id"), translate("cli", "role"), translate("cli", "name"),
               translate("cli", "organisation"), translate("cli", "last met at"),
               translate("cli", "on")]  # fmt: skip
    ctx.emit(
        {"topic": topic, "peers": found},
        ctx.table(rows, headers) or translate("cli", "Nobody shares this topic yet."),
    )
    return 0


def list_matches(ctx: Context) -> int:
    topic = _found(ctx, ctx.args.label)
    found = peers.matches(ctx.store, topic.id, limit=50)
    lines = [
        translate("cli", "{offer} offers what {need} needs ({topic}): introduce them?").format(
            offer=m.offer.full_name, need=m.need.full_name, topic=m.topic
        )
        for m in found
    ]
    ctx.emit(found, "\n".join(lines) or translate("cli", "No needs and offers to pair yet."))
    return 0


def list_intros(ctx: Context) -> int:
    items = ctx.store.introductions.recent()
    names = {}
    for item in items:
        for pid in (item.person_a, item.person_b):
            if pid not in names:
                names[pid] = ctx.store.people.get(pid, include_deleted=True).full_name
    rows = [
        [str(i.id), i.made_on.isoformat(), names[i.person_a], names[i.person_b], i.outcome]
        for i in items
    ]
    headers = [translate("cli", "id"), translate("cli", "made"), "A", "B",
               translate("cli", "outcome")]  # fmt: skip
    ctx.emit(items, ctx.table(rows, headers) or translate("cli", "No introductions yet."))
    return 0


def set_outcome(ctx: Context) -> int:
    item = ctx.store.introductions.set_outcome(ctx.args.id, ctx.args.text)
    ctx.emit(
        {"id": item.id, "introduction": item},
        translate("cli", "Outcome of introduction {id}: {text}").format(
            id=item.id, text=item.outcome
        ),
    )
    return 0
