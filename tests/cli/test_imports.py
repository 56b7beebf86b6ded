"""A command imports what it needs: no Qt, phone metadata or image libraries for a search.

Each check runs in a fresh interpreter, because this test process has imported
everything already. No timings here: benchmarks/bench_cli.py measures speed.
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from netdesk.cli import main as cli_main

HEAVY = (
    "PySide6", "phonenumbers", "icalendar", "zxingcpp", "qrcode", "PIL", "sqlite_utils",
    # Sync's network, XML and keyring packages: only a sync command loads them.
    "httpx", "defusedxml", "keyring",
)  # fmt: skip


def loaded_after(code: str, *args: str) -> list[str]:
    """The heavy top-level packages in sys.modules after ``code`` runs in a new process."""
    probe = code + (
        "\nimport sys, json\n"
        f"print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", probe, *args], capture_output=True, text=True, check=True
    )
    return json.loads(run.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("imports") / "n.db"
    assert cli_main.main(["--db", str(path), "demo", "--people", "30"]) == 0
    # A stored phone-region preference must not load phonenumbers either.
    assert (
        cli_main.main(
            ["--db", str(path), "person", "add", "Jan Smit", "--phone", "+31 6 1234 5678"]
        )
        == 0
    )
    return path


def test_importing_the_command_line_and_building_every_command_loads_nothing_heavy() -> None:
    assert loaded_after("import netdesk.cli.main as m\nm.build_parser()") == []


def test_a_search_loads_nothing_heavy(db: Path) -> None:
    code = (
        "import sys, io, contextlib\n"
        "import netdesk.cli.main as m\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        "    code = m.main(['person', 'list', '--search', 'jan', '--json', '--db', sys.argv[1]])\n"
        "assert code == 0 and 'Jan Smit' in out.getvalue(), out.getvalue()\n"
    )
    assert loaded_after(code, str(db)) == []


@pytest.mark.parametrize(
    "argv",
    [
        ["person", "show", "1"],
        ["event", "list"],
        ["followup", "list"],
        ["card", "list"],
        ["check"],
    ],
)
def test_other_lookups_load_nothing_heavy(db: Path, argv: list[str]) -> None:
    code = (
        "import sys, io, contextlib\n"
        "import netdesk.cli.main as m\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert m.main([*sys.argv[2:], '--db', sys.argv[1]]) == 0\n"
    )
    assert loaded_after(code, str(db), *argv) == []


def test_the_command_table_names_every_command_and_its_module() -> None:
    """COMMAND_OWNERS lets one command build only its own options; it must stay complete."""
    owners = {}
    for name in cli_main.COMMAND_MODULES:
        parser = argparse.ArgumentParser()
        commands = parser.add_subparsers(dest="command")
        importlib.import_module(f"netdesk.cli.{name}").register(commands, cli_main.common_options())
        owners.update(dict.fromkeys(commands.choices, name))
    assert owners == cli_main.COMMAND_OWNERS


@pytest.mark.parametrize(
    ("argv", "module"),
    [
        ([], "gui"),
        (["--db", "x.db"], "gui"),
        (["--db", "x.db", "--json", "person", "list"], "people"),
        (["--db=x.db", "trash"], "people"),
        (["scan", "a.png"], "scan"),
        (["--help"], None),
        (["--version"], None),
        (["nonsense"], None),
        (["-x"], None),
    ],
)
def test_the_command_is_found_where_argparse_finds_it(argv: list[str], module: str | None) -> None:
    assert cli_main.command_module(argv) == module


def test_help_still_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli_main.main(["--help"])
    listed = capsys.readouterr().out
    for command in cli_main.COMMAND_OWNERS:
        assert command in listed
