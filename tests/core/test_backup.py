"""Backups, automatic rotation, restore and check."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from netdesk.core.errors import NetdeskError
from netdesk.core.model import PersonFields
from netdesk.core.storage import backup
from netdesk.core.storage.store import Store


def names(path: Path) -> list[str]:
    with Store.open(path) as store:
        return [row.full_name for row in store.people.rows(store.people.ids())]


def test_backup_is_a_consistent_private_copy(store: Store, tmp_path: Path) -> None:
    store.people.add(PersonFields("Ada"))
    target = backup.backup(store, tmp_path / "copies" / "b.db")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert backup.check_file(target).ok
    assert names(target) == ["Ada"]


def test_auto_backup_once_a_day_keeps_the_last_seven(store: Store) -> None:
    start = dt.date(2026, 1, 1)
    made = [backup.auto_backup(store, today=start + dt.timedelta(days=n)) for n in range(10)]
    assert all(made)
    assert backup.auto_backup(store, today=start + dt.timedelta(days=9)) is None
    kept = sorted(p.name for p in backup.backup_dir(store.path).glob("auto-*.db"))
    assert kept == [f"auto-2026-01-{d:02d}.db" for d in range(4, 11)]


def test_restore_replaces_and_keeps_the_previous(tmp_path: Path) -> None:
    live, saved = tmp_path / "live.db", tmp_path / "saved.db"
    with Store.open(live) as store:
        store.people.add(PersonFields("Ada"))
        backup.backup(store, saved)
        store.people.add(PersonFields("Bob"))
    kept = backup.restore(live, saved)
    assert names(live) == ["Ada"]
    assert names(kept) == ["Ada", "Bob"]


def test_restore_refuses_a_bad_file_and_changes_nothing(tmp_path: Path) -> None:
    live, junk = tmp_path / "live.db", tmp_path / "junk.db"
    with Store.open(live) as store:
        store.people.add(PersonFields("Ada"))
    junk.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(NetdeskError):
        backup.restore(live, junk)
    assert names(live) == ["Ada"]
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_restore_over_a_damaged_database_keeps_the_damaged_file(tmp_path: Path) -> None:
    live, saved = tmp_path / "live.db", tmp_path / "saved.db"
    with Store.open(saved) as store:
        store.people.add(PersonFields("Ada"))
    live.write_bytes(b"garbage, not a database")
    kept = backup.restore(live, saved)
    assert names(live) == ["Ada"]
    assert kept.read_bytes() == b"garbage, not a database"


def test_check_reports_a_broken_reference(store: Store) -> None:
    pid = store.people.add(PersonFields("Ada"))
    store.followups.add(pid, "Call", "2026-01-01")
    # Damage the kind of thing check exists for: a row pointing at nobody.
    conn = sqlite3.connect(store.path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE followups SET person_id = 999")
    conn.commit()
    conn.close()
    report = backup.check_file(store.path)
    assert not report.ok and report.foreign_keys


def test_check_refuses_a_non_database(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    path.write_text("hello")
    with pytest.raises(NetdeskError) as error:
        backup.check_file(path)
    assert error.value.code == "db-not-sqlite"
