"""``netdesk card set|show|list|qr|sheet``: my own contact card and its QR code."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netdesk.cli.argtypes import whole_number
from netdesk.cli.context import Context
from netdesk.core.errors import NetdeskError
from netdesk.core.i18n import translate
from netdesk.core.qr.payload import FORMATS, card_code
from netdesk.core.qr.profiles import CARD_FIELDS, DEFAULT_PROFILE

if TYPE_CHECKING:
    from netdesk.core.qr import image as qrimage

# Option → card field; list fields take the option several times.
_SINGLE = {
    "name": "name",
    "org": "organisation",
    "department": "department",
    "title": "title",
    "website": "website",
    "linkedin": "linkedin",
    "address": "address",
    "note": "note",
}
_MULTI = {"email": "emails", "phone": "phones", "url": "urls"}
# A PNG this wide is a poster already; a larger one is a typo that would exhaust memory.
MAX_QR_PIXELS = 8192


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    card = commands.add_parser(
        "card", parents=[common], help=translate("cli", "my own QR contact card")
    )
    actions = card.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(card)
    )

    profile = type(common)(add_help=False)  # the command line's own parser class
    profile.add_argument(
        "--profile",
        default=DEFAULT_PROFILE,
        metavar="NAME",
        help=translate("cli", "which card profile (default: work)"),
    )

    put = actions.add_parser(
        "set",
        parents=[common, profile],
        help=translate("cli", "create or change a card profile; unnamed fields are kept"),
    )
    for option in _SINGLE:
        put.add_argument(f"--{option}", metavar=option[0].upper())
    for option in _MULTI:
        put.add_argument(
            f"--{option}",
            action="append",
            metavar=option[0].upper(),
            help=translate("cli", "repeat for several; replaces the list"),
        )
    put.add_argument(
        "--hide",
        action="append",
        default=[],
        choices=CARD_FIELDS,
        metavar="FIELD",
        help=translate("cli", "keep this field on file but out of the QR code"),
    )
    put.add_argument(
        "--share",
        action="append",
        default=[],
        choices=CARD_FIELDS,
        metavar="FIELD",
        help=translate("cli", "put a hidden field back into the QR code"),
    )
    put.set_defaults(handler=set_card)

    show = actions.add_parser(
        "show",
        parents=[common, profile],
        help=translate("cli", "a profile's fields and its QR text"),
    )
    show.add_argument("--format", choices=FORMATS, default="vcard")
    show.set_defaults(handler=show_card)

    listing = actions.add_parser(
        "list", parents=[common], help=translate("cli", "list card profiles")
    )
    listing.set_defaults(handler=list_cards)

    qr = actions.add_parser(
        "qr",
        parents=[common, profile],
        help=translate("cli", "save the card's QR code as PNG or SVG"),
    )
    qr.add_argument(
        "--out", required=True, metavar="FILE", help=translate("cli", "FILE.png or FILE.svg")
    )
    qr.add_argument("--format", choices=FORMATS, default="vcard")
    qr.add_argument(
        "--size",
        type=whole_number(1, MAX_QR_PIXELS),
        default=600,
        metavar="PX",
        help=translate("cli", "PNG width in pixels"),
    )
    qr.set_defaults(handler=save_qr)

    sheet = actions.add_parser(
        "sheet",
        parents=[common, profile],
        help=translate("cli", "a printable PDF of business cards or name badges"),
    )
    sheet.add_argument("--out", required=True, metavar="FILE.pdf")
    sheet.add_argument(
        "--attendees",
        metavar="FILE.csv",
        help=translate(
            "cli", "one badge per row (name, organisation, email…) with each person's own code"
        ),
    )
    sheet.add_argument("--layout", choices=("cards", "badges"), default=None)
    sheet.add_argument("--paper", choices=("a4", "letter"), default="a4")
    sheet.add_argument("--format", choices=FORMATS, default="vcard")
    sheet.set_defaults(handler=save_sheet)


def set_card(ctx: Context) -> int:
    a = ctx.args
    cards = ctx.store.cards
    existing = {p.name: p for p in cards.list()}.get(a.profile.strip())
    fields: dict[str, Any] = dict(existing.fields) if existing else {}
    given: list[str] = []
    for option, key in {**_SINGLE, **_MULTI}.items():
        value = getattr(a, option)
        if value is not None:
            fields[key] = (
                [v.strip() for v in value if v.strip()] if key in _MULTI.values() else value
            )
            given.append(key)
    if existing is None:
        shared = {key for key in CARD_FIELDS if fields.get(key)}
    else:
        # A field filled for the first time is shared; one the user hid stays hidden when
        # its value changes (a new private number must not slip into the code).
        shared = set(existing.shared) | {k for k in given if not existing.fields.get(k)}
    shared = (shared | set(a.share)) - set(a.hide)
    saved = cards.save(a.profile, fields, shared=tuple(k for k in CARD_FIELDS if k in shared))
    ctx.emit(saved, translate("cli", "Saved card profile '{name}'.").format(name=saved.name))
    return 0


def show_card(ctx: Context) -> int:
    profile = ctx.store.cards.get(ctx.args.profile)
    code = card_code(profile, ctx.args.format)
    lines = [f"{profile.name}:"]
    for key in CARD_FIELDS:
        value = profile.fields.get(key)
        if value:
            mark = "" if key in profile.shared else "  (" + translate("cli", "hidden") + ")"
            shown = ", ".join(value) if isinstance(value, list) else value
            lines.append(f"  {key}: {shown}{mark}")
    lines.append(_meter_line(code.fit))
    lines.append("")
    lines.append(code.payload.replace("\r\n", "\n").rstrip("\n"))
    ctx.emit(
        {"profile": profile, "payload": code.payload, "qr": _fit_json(code.fit)}, "\n".join(lines)
    )
    return 0


def list_cards(ctx: Context) -> int:
    profiles = ctx.store.cards.list()
    table = ctx.table(
        [[p.name, str(p.fields.get("name", "")), ", ".join(p.shared)] for p in profiles],
        [translate("cli", "profile"), translate("cli", "name"), translate("cli", "shares")],
    )
    ctx.emit(
        profiles, table or translate("cli", "No card yet: netdesk card set --name 'Your Name' …")
    )
    return 0


def save_qr(ctx: Context) -> int:
    a = ctx.args
    out = Path(a.out).expanduser()
    if out.suffix.lower() not in (".png", ".svg"):
        raise NetdeskError(
            "bad-kind", value=out.suffix or out.name, what="image type", choices=".png, .svg"
        )
    from netdesk.core.qr import image as qrimage  # qrcode and Pillow: only to draw

    code = card_code(ctx.store.cards.get(a.profile), a.format)
    qrimage.write(code, out, size=a.size)
    ctx.emit(
        {"out": out, "qr": _fit_json(code.fit)},
        translate("cli", "Saved {path}.").format(path=out) + "\n" + _meter_line(code.fit),
    )
    return 0


def save_sheet(ctx: Context) -> int:
    # Drawing a PDF needs Qt's PDF writer; only this command loads it.
    from netdesk.core.qr.badges import attendee_cards
    from netdesk.ui.card.card_sheet import SheetOptions, render_sheet
    from netdesk.ui.runtime.qt_output import quiet_qt_messages

    a = ctx.args
    out = Path(a.out).expanduser()
    if a.attendees:
        entries = attendee_cards(Path(a.attendees).expanduser(), fmt=a.format)
        layout = a.layout or "badges"
    else:
        profile = ctx.store.cards.get(a.profile)
        entries = [(profile.fields, card_code(profile, a.format))]
        layout = a.layout or "cards"
    options = SheetOptions(layout=layout, paper=a.paper)
    with quiet_qt_messages():
        pages = render_sheet(entries, out, options)
    ctx.emit(
        {"out": out, "pages": pages, "items": len(entries), "layout": layout},
        translate("cli", "Saved {path}: {pages} page(s) of {layout}.").format(
            path=out,
            layout={"cards": translate("cli", "cards"), "badges": translate("cli", "badges")}[
                layout
            ],
            pages=pages,
        ),
    )
    return 0


def _fit_json(fit: qrimage.Fit) -> dict[str, Any]:
    return {
        "version": fit.version,
        "modules": fit.modules,
        "error_correction": fit.level,
        "eci_utf8": fit.eci,
        "bytes": fit.payload_bytes,
        "fill": round(fit.fill, 3),
        "density": fit.density,
    }


def _meter_line(fit: qrimage.Fit) -> str:
    return translate(
        "cli",
        "QR: {modules}×{modules} modules (version {version}, correction {level}), "
        "{bytes} bytes, {percent}% of the comfortable maximum: {density}",
    ).format(
        modules=fit.modules,
        version=fit.version,
        level=fit.level,
        bytes=fit.payload_bytes,
        percent=round(fit.fill * 100),
        density={
            "light": translate("cli", "light"),
            "moderate": translate("cli", "moderate"),
            "dense": translate("cli", "dense"),
        }[fit.density],
    )
