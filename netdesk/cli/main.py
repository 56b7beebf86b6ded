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
)


class Parser(argparse.ArgumentParser):
    """argparse that keeps to one error line and exit code 2 for usage errors."""

    def error(self, message: str) -> None:  # type: ignore[override]
        hint = translate("cli", "try '{prog} --help'").format(prog=self.prog)
        sys.stderr.write(f"netdesk: error: {message} ({hint})\n")
        sys.exit(2)


def common_options() -> argparse.ArgumentParser:
    """--db and --json, accepted before or after the command name."""
    common = argparse.ArgumentParser(add_help=False)
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


def build_parser() -> Parser:
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
    for name in COMMAND_MODULES:
        importlib.import_module(f"netdesk.cli.{name}").register(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
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
