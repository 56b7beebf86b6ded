"""``netdesk screenshot VIEW --out FILE.png [--size WxH] [--person ID]``: works with no display."""

from __future__ import annotations

import argparse
from pathlib import Path

from netdesk.cli.context import Context
from netdesk.core.i18n import translate

# Kept here (not imported from netdesk.ui) so that building the parser never loads Qt.
# Kept here, not imported from netdesk.ui.screenshot, so that parsing needs no Qt;
# tests/ui/test_screenshot.py checks the two lists agree.
VIEWS = (
    "home",
    "events",
    "people",
    "followups",
    "person",
    "scan",
    "card",
    "review",
    "insights",
    "trash",
    "brief",
    "report",
)


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    shot = commands.add_parser(
        "screenshot", parents=[common], help=translate("cli", "render a view offscreen to a PNG")
    )
    shot.add_argument("view", choices=VIEWS, metavar="VIEW", help=" | ".join(VIEWS))
    shot.add_argument("--out", required=True, metavar="FILE.png")
    shot.add_argument("--size", default="1280x800", metavar="WxH")
    shot.add_argument(
        "--person", type=int, metavar="ID", help=translate("cli", "whose detail to show")
    )
    shot.add_argument(
        "--dark",
        action="store_true",
        help=translate("cli", "with a dark palette, as a dark desktop theme gives"),
    )
    shot.set_defaults(handler=take_screenshot)


def take_screenshot(ctx: Context) -> int:
    from netdesk.ui.screenshot import ensure_offscreen, parse_size

    a = ctx.args
    try:
        size = parse_size(a.size)
    except ValueError:
        raise SystemExit(
            _usage(
                translate(
                    "cli", "--size must look like 1280x800 (320x240 to 8192x8192), not '{size}'"
                ),
                size=a.size,
            )
        ) from None
    out = Path(a.out).expanduser()
    store = ctx.store
    if a.person is not None:
        store.people.require(a.person)
    ensure_offscreen()
    from netdesk.ui.runtime.qt_output import quiet_qt_messages

    with quiet_qt_messages():
        path = _render(ctx, out, size)
    ctx.emit(
        {"view": a.view, "path": path, "size": list(size)},
        translate("cli", "Saved {view} to {path}").format(view=a.view, path=path),
    )
    return 0


def _render(ctx: Context, out: Path, size: tuple[int, int]) -> Path:
    """Build the view in a (possibly new) QApplication and save it."""
    from PySide6.QtWidgets import QApplication

    from netdesk.ui.app import install_translators
    from netdesk.ui.runtime.services import Services
    from netdesk.ui.screenshot import render

    a = ctx.args
    app = QApplication.instance() or QApplication(["netdesk"])
    # In the language of the environment (LANGUAGE=nl gives Dutch), never the one chosen in
    # the user's Preferences: a screenshot depends on its command line only.
    translators = install_translators(app, language="")
    if a.dark:
        from netdesk.ui.screenshot import use_dark_palette

        use_dark_palette(app)
    services = Services(ctx.store)
    try:
        path = render(services, a.view, out, size=size, person_id=a.person)
    finally:
        services.close()
        services.deleteLater()
        app.processEvents()
        for translator in translators:
            app.removeTranslator(translator)
    return path


def _usage(message: str, **values: str) -> int:
    import sys

    sys.stderr.write("netdesk: error: " + message.format(**values) + "\n")
    return 2
