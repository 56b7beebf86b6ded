"""The store: migrations, file safety, transactions and change notification."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from netdesk.core.errors import NetdeskError
from netdesk.core.model import PersonFields
from netdesk.core.storage import migrations
from netdesk.core.storage.store import Store


def schema_dump(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return sorted(
            (name, sql)
            for name, sql in conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL"
            )
        )
    finally:
        conn.close()


def test_schema_version_is_pinned() -> None:
    # A new migration step must bump this on purpose (and come with an upgrade test).
    assert migrations.SCHEMA_VERSION == len(migrations.STEPS) == 5


def test_new_database_is_at_head_with_wal_and_foreign_keys(store: Store) -> None:
    assert store.schema_version == migrations.SCHEMA_VERSION
    assert store.scalar("PRAGMA journal_mode") == "wal"
    assert store.scalar("PRAGMA foreign_keys") == 1
    assert store.scalar("PRAGMA application_id") == migrations.APPLICATION_ID


def test_file_and_new_folder_are_private(tmp_path: Path) -> None:
    path = tmp_path / "new" / "deeper" / "netdesk.db"
    Store.open(path).close()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700


def test_upgrade_from_every_old_version_matches_fresh_schema(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.db"
    Store.open(fresh).close()
    for start in range(migrations.SCHEMA_VERSION):
        old = tmp_path / f"old{start}.db"
        conn = sqlite3.connect(old, isolation_level=None)
        for number in range(1, start + 1):
            migrations.apply_step(conn, number)
        conn.close()
        Store.open(old).close()
        assert schema_dump(old) == schema_dump(fresh)


def test_upgrade_takes_a_copy_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Pretend the code knows one more step, so a head database needs migrating.
    path = tmp_path / "netdesk.db"
    Store.open(path).close()
    head = migrations.SCHEMA_VERSION
    extra = "CREATE TABLE later_feature (id INTEGER PRIMARY KEY);"
    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, extra))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.STEPS))
    with Store.open(path) as store:
        assert store.schema_version == len(migrations.STEPS)
    copies = list(tmp_path.glob(f"netdesk.db.schema{head}-*.bak"))
    assert len(copies) == 1
    assert "later_feature" not in {name for name, _ in schema_dump(copies[0])}
    assert stat.S_IMODE(os.stat(copies[0]).st_mode) == 0o600


def test_failed_step_leaves_database_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "netdesk.db"
    Store.open(path).close()
    broken = "CREATE TABLE half_done (id INTEGER); INSERT INTO no_such_table VALUES (1);"
    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, broken))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(migrations.STEPS))
    with pytest.raises(NetdeskError):
        Store.open(path)
    monkeypatch.undo()
    with Store.open(path) as store:
        assert store.schema_version == migrations.SCHEMA_VERSION
        assert store.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'") == 0


def test_refuses_newer_database(tmp_path: Path) -> None:
    path = tmp_path / "netdesk.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(NetdeskError) as error:
        Store.open(path)
    assert error.value.code == "db-too-new"
    assert "newer netdesk" in str(error.value)


@pytest.mark.parametrize(
    ("content", "code"),
    [(b"this is not a database at all" * 10, "db-not-sqlite"), (None, "db-not-netdesk")],
)
def test_refuses_foreign_files_and_leaves_them_alone(tmp_path: Path, content, code) -> None:
    path = tmp_path / "other.db"
    if content is None:
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE somebody_elses (x)")
        conn.commit()
        conn.close()
    else:
        path.write_bytes(content)
    before = path.read_bytes()
    with pytest.raises(NetdeskError) as error:
        Store.open(path)
    assert error.value.code == code
    assert path.read_bytes() == before


def test_transaction_is_all_or_nothing(store: Store) -> None:
    with pytest.raises(NetdeskError), store.transaction():
        store.people.add(PersonFields("Ada"))
        store.people.add(PersonFields("Bob", contacts=()), event_id=999)
    assert store.people.count() == 0


def test_nested_failure_rolls_back_only_the_inner_part(store: Store) -> None:
    with store.transaction():
        store.people.add(PersonFields("Ada"))
        with pytest.raises(NetdeskError), store.transaction():
            store.people.add(PersonFields("Bob"))
            store.events.require(12345)
    assert [row.full_name for row in store.people.rows(store.people.ids())] == ["Ada"]


def test_listeners_hear_once_per_commit(store: Store) -> None:
    heard = []
    store.add_listener(heard.append)
    with store.transaction():
        event = store.events.add("Meetup", "2026-01-01", kind="meetup")
        store.people.add(PersonFields("Ada"), event_id=event)
    assert len(heard) == 1
    assert heard[0].touches("people") and "events" in heard[0]
    with pytest.raises(NetdeskError):
        store.people.add(PersonFields(""))
    assert len(heard) == 1


def test_upgrade_keeps_people_findable(tmp_path: Path) -> None:
    """Step 3 rebuilds the search index: the people of an older file must be found after."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for number in (1, 2):
        migrations.apply_step(conn, number)
    conn.execute(
        "INSERT INTO people (full_name, organisation, created_at, updated_at)"
        " VALUES ('José Ørsted', 'Waterschap', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"
    )
    conn.close()
    with Store.open(path) as store:
        assert store.schema_version == migrations.SCHEMA_VERSION
        assert [row.full_name for row in store.people.search("o")] == ["José Ørsted"]
        assert [row.full_name for row in store.people.search("orst")] == ["José Ørsted"]
        assert [row.full_name for row in store.people.search("water")] == ["José Ørsted"]
