"""`netdesk screenshot` renders every view with no display, and keeps the CLI error contract."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from netdesk.core import demo
from netdesk.core.people.query import PersonQuery
from netdesk.core.storage.store import Store
from netdesk.ui.screenshot import REGISTRY


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("shots") / "demo.db"
    with Store.open(path) as store:
        demo.fill(store, 60)
    return path


def _netdesk(*args: str) -> subprocess.CompletedProcess[str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    return subprocess.run(
        [sys.executable, "-m", "netdesk.cli.main", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_every_view_renders_offscreen_with_no_display(demo_db: Path, tmp_path: Path) -> None:
    for view in REGISTRY:
        out = tmp_path / f"{view}.png"
        result = _netdesk(
            "--db", str(demo_db), "screenshot", view, "--out", str(out), "--size", "1024x640"
        )
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        with Image.open(out) as image:
            assert image.size == (1024, 640)
            colours = image.convert("L").getcolors(maxcolors=1_000_000)
            assert colours is not None and len(colours) > 20  # text was drawn: there is ink


def test_every_view_renders_on_an_empty_database(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    Store.open(empty).close()
    for view in REGISTRY:
        out = tmp_path / f"{view}.png"
        result = _netdesk("--db", str(empty), "screenshot", view, "--out", str(out))
        if view in ("person", "brief", "review"):  # about one person or event: none yet
            assert result.returncode == 1 and not out.exists()
            assert result.stderr.count("\n") == 1 and "holds no" in result.stderr
            continue
        assert result.returncode == 0, (view, result.stderr)
        assert "Traceback" not in result.stderr
        assert out.stat().st_size > 0


def test_the_dark_palette_reaches_every_colour(demo_db: Path, tmp_path: Path) -> None:
    shots = {}
    for dark in (False, True):
        out = tmp_path / f"people-{dark}.png"
        args = ["--db", str(demo_db), "screenshot", "people", "--out", str(out)]
        assert _netdesk(*args, *(["--dark"] if dark else [])).returncode == 0
        with Image.open(out) as image:
            histogram = image.convert("L").histogram()
            shots[dark] = sum(i * n for i, n in enumerate(histogram)) / sum(histogram)
    assert shots[True] < 80 < 170 < shots[False]  # mostly dark, against mostly light


def test_bad_size_and_unknown_person_are_one_line_errors(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.png"
    bad = _netdesk(
        "--db", str(demo_db), "screenshot", "people", "--out", str(out), "--size", "huge"
    )
    assert bad.returncode == 2
    assert bad.stderr.startswith("netdesk: error: --size") and bad.stderr.count("\n") == 1
    missing = _netdesk(
        "--db", str(demo_db), "screenshot", "person", "--person", "999999", "--out", str(out)
    )
    assert missing.returncode == 1
    assert missing.stderr == "netdesk: error: there is no person with id 999999\n"
    assert not out.exists()


def test_netdesk_with_no_display_says_what_to_do(db_path: Path) -> None:
    result = _netdesk("--db", str(db_path))
    assert result.returncode == 1
    assert result.stderr.startswith("netdesk: error: there is no display")
    assert "netdesk screenshot" in result.stderr and "QT_QPA_PLATFORM=offscreen" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_command_offers_exactly_the_registered_views() -> None:
    from netdesk.cli.screenshot import VIEWS

    assert set(VIEWS) == set(REGISTRY)


def test_the_trash_view_shows_what_was_deleted(tmp_path: Path) -> None:
    db = tmp_path / "trash.db"
    with Store.open(db) as store:
        demo.fill(store, 10)
        with store.transaction():
            store.people.delete(store.people.ids(PersonQuery())[:3])
    out = tmp_path / "trash.png"
    result = _netdesk("--db", str(db), "screenshot", "trash", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Saved trash to" in result.stdout
    with Image.open(out) as image:
        assert image.size == (1280, 800)
        colours = image.convert("L").getcolors(maxcolors=1_000_000)
        assert colours is not None and len(colours) > 20
