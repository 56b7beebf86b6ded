"""``netdesk``: parse the command line, run one command, keep the error contract.

Errors are one line, ``netdesk: error: …``, on stderr with exit code 1 (2 for
usage); never a traceback (set NETDESK_DEBUG=1 to see one).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from collections.abc import Sequence
from typing import Any

from netdesk import __version__
from netdesk.cli.argtypes import check_text, file_name_problem
from netdesk.cli.context import Context
from netdesk.core.errors import NetdeskError
from netdesk.core.i18n import translate

# Each module adds its commands with register(subparsers, common).
COMMAND_MODULES = (
    "gui",
    "events",
    "people",
    "followups",
    "maintenance",
    "card",
    "scan",
    "importing",
    "export",
    "screenshot",
    "desktop",
    "topics",
    "briefing",
    "sync",
)

# Which module registers each command, so one command builds only its own options
# (and imports only its own module). A command missing here still works: the whole
# tree is built (tests/cli/test_imports.py keeps this table complete).
COMMAND_OWNERS = {
    "gui": "gui",
    "event": "events",
    "person": "people",
    "trash": "people",
    "followup": "followups",
    "demo": "maintenance",
    "backup": "maintenance",
    "restore": "maintenance",
    "check": "maintenance",
    "card": "card",
    "scan": "scan",
    "import": "importing",
    "export": "export",
    "screenshot": "screenshot",
    "install-desktop": "desktop",
    "topic": "topics",
    "intro": "topics",
    "brief": "briefing",
    "report": "briefing",
    "sync": "sync",
}


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, told the width so it need not import shutil to ask (~5 ms).

    argparse makes one for every option it adds; the width is only used for --help.
    """

    def __init__(self, prog: str, *args: object, **kwargs: object) -> None:
        if kwargs.get("width") is None and len(args) < 3:
            kwargs["width"] = terminal_columns() - 2
        super().__init__(prog, *args, **kwargs)  # type: ignore[arg-type]


def terminal_columns() -> int:
    """What shutil.get_terminal_size() says: $COLUMNS, else the terminal, else 80."""
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):
        return 80


class Parser(argparse.ArgumentParser):
    """argparse that keeps to one error line and exit code 2 for usage errors."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        hint = translate("cli", "try '{prog} --help'").format(prog=self.prog)
        sys.stderr.write(f"netdesk: error: {message} ({hint})\n")
        sys.exit(2)


def common_options() -> argparse.ArgumentParser:
    """--db and --json, accepted before or after the command name."""
    common = Parser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=translate(
            "cli", "the database file (default: $NETDESK_DB or the per-user data folder)"
        ),
    )
    common.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help=translate("cli", "machine-readable output"),
    )
    return common


def command_module(argv: Sequence[str]) -> str | None:
    """The one module the command line ``argv`` needs, or None (help, version, unknown)."""
    words = iter(argv)
    for word in words:
        if word in ("-h", "--help", "--version"):
            return None
        if word == "--db":
            next(words, None)
            continue
        if word == "--json" or word.startswith("--db="):
            continue
        if word.startswith("-"):
            return None  # an option argparse will explain: build everything
        return COMMAND_OWNERS.get(word) if word in COMMAND_OWNERS else None
    return COMMAND_OWNERS["gui"]  # no command: the window (see main)


def build_parser(argv: Sequence[str] | None = None) -> Parser:
    """The parser for every command, or with ``argv`` only for the command it names."""
    common = common_options()
    parser = Parser(
        prog="netdesk",
        description=translate(
            "cli", "Capture who you meet at events, swap QR cards, and follow up."
        ),
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"netdesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    only = command_module(argv) if argv is not None else None
    for name in COMMAND_MODULES if only is None else (only,):
        importlib.import_module(f"netdesk.cli.{name}").register(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv or ["gui"])
    if not getattr(args, "handler", None):
        args = parser.parse_args([*argv, "gui"]) if args.command is None else args
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    context = Context(args)
    try:
        check_text(args)
        return args.handler(context) or 0
    except NetdeskError as error:
        return fail(str(error))
    except sqlite3.Error as error:
        from netdesk.core.storage.store import translate_sqlite_error

        return fail(str(translate_sqlite_error(error, context.db_path)))
    except BrokenPipeError:
        # The reader (| head) left: stop quietly, like any Unix tool.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        sys.stderr.write("netdesk: " + translate("cli", "interrupted") + "\n")
        return 130
    except OSError as error:
        return fail(f"{error.filename or ''}: {error.strerror or error}".lstrip(": "))
    except Exception as error:  # the contract: no traceback in front of a user
        if (named := file_name_problem(error)) is not None:
            return fail(str(named))
        if os.environ.get("NETDESK_DEBUG"):
            raise
        return fail(
            translate(
                "cli",
                "unexpected problem ({kind}: {detail}); rerun with NETDESK_DEBUG=1 and report it",
            ).format(kind=type(error).__name__, detail=error)
        )
    finally:
        context.close()


def fail(message: str) -> int:
    sys.stderr.write(f"netdesk: error: {message}\n")
    return 1


if __name__ == "__main__":
    sys.exit(main())
