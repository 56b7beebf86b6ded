"""Shared fixtures: a real SQLite store in tmp_path, and the CLI run in-process."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false")

from netdesk.cli.main import main
from netdesk.core.storage.store import Store


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use qtbot are GUI tests: `pytest -m "not gui"` runs the fast core suite."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "netdesk.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(db_path) as opened:
        yield opened


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    @property
    def json(self) -> object:
        return json.loads(self.out)


@pytest.fixture
def cli(db_path: Path, capsys: pytest.CaptureFixture[str]):
    """Run ``netdesk --db <tmp> ARGS…`` in-process; returns code, stdout and stderr."""

    def run(*args: str, db: Path | None = None) -> CliResult:
        capsys.readouterr()
        try:
            code = main(["--db", str(db or db_path), *args])
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    """A FIFO with a writer waiting to feed it: a reader that opens it gets data instead of
    hanging, so a read that should have been refused fails the test rather than stalling it."""
    path = tmp_path / "attendees.csv"
    os.mkfifo(path)

    def feed() -> None:
        with open(path, "wb") as writer:
            writer.write(b"Name\nAda Lovelace\n")

    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    yield path
    # Let the feeder finish if nothing opened the FIFO for reading.
    reader = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    feeder.join()
    os.close(reader)
