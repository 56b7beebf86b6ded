"""Sample data: realistic, repeatable, and safe to interrupt."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from netdesk.core import demo
from netdesk.core.model import EVENT_KINDS
from netdesk.core.storage import backup
from netdesk.core.storage.store import Store


def test_demo_is_deterministic_and_varied(tmp_path: Path) -> None:
    snapshots = []
    for n in range(2):
        with Store.open(tmp_path / f"{n}.db") as store:
            demo.fill(store, 600, seed=7)
            snapshots.append(store.rows("SELECT full_name, organisation FROM people ORDER BY id"))
            kinds = {e.kind for e in store.events.list()}
            statuses = {f.status for f in store.followups.list("all")}
            overdue = store.followups.list("overdue")
            internal = store.scalar("SELECT count(*) FROM people WHERE internal = 1")
            exchanges = store.scalar("SELECT count(*) FROM exchanges")
    assert snapshots[0] == snapshots[1]
    assert kinds == set(EVENT_KINDS)
    assert statuses == {"open", "done"} and overdue
    assert 0 < internal < 600 and exchanges > 0
    assert any(not name.isascii() for name, _ in ((r["full_name"], 0) for r in snapshots[0]))


def test_demo_people_are_searchable(store: Store) -> None:
    demo.fill(store, 300)
    living = store.scalar("SELECT count(*) FROM people")
    assert store.scalar("SELECT count(*) FROM people_fts") == living == 300
    assert backup.check_file(store.path).ok


def test_killed_demo_leaves_a_sound_database_with_whole_batches(tmp_path: Path) -> None:
    path = tmp_path / "killed.db"
    process = subprocess.Popen(
        [sys.executable, "-m", "netdesk.cli.main", "--db", str(path), "demo", "--people", "100000"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        # Kill once at least one batch has landed, while later ones are being written.
        while time.monotonic() < deadline:
            time.sleep(0.2)
            if path.exists() and _people(path) >= demo.BATCH:
                break
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait()
    assert process.returncode == -signal.SIGKILL
    report = backup.check_file(path)
    assert report.ok, report
    count = _people(path)
    assert 0 < count < 100_000 and count % demo.BATCH == 0
    with Store.open(path) as store:
        assert store.scalar("SELECT value FROM meta WHERE key = 'fts_paused'") is None


def _people(path: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM people").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_demo_contact_points_are_normalised_as_the_app_normalises_them(tmp_path: Path) -> None:
    """The demo writes the matching keys itself (faster than parsing every number)."""
    from netdesk.core.people.contacts import normalize

    with Store.open(tmp_path / "n.db") as store:
        demo.fill(store, 300, seed=3)
        rows = store.conn.execute("SELECT kind, value, normalized FROM contact_points").fetchall()
    assert {kind for kind, _, _ in rows} == {"email", "phone"}
    for kind, value, normalized in rows:
        assert normalize(kind, value) == normalized, value
