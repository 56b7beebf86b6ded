"""The database file stays the user's: locks kept, code refused, races and full disks survived."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from netdesk.core.errors import NetdeskError
from netdesk.core.model import PersonFields
from netdesk.core.storage import backup, migrations
from netdesk.core.storage.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schema"
NETDESK = [sys.executable, "-m", "netdesk.cli.main"]
DELETE_EVERYONE = (
    "CREATE TRIGGER zz AFTER INSERT ON people BEGIN DELETE FROM people WHERE id <> new.id; END"
)


def names(store: Store) -> set[str]:
    return {row.full_name for row in store.people.rows(store.people.ids())}


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*NETDESK, *args], capture_output=True, text=True, timeout=60)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def deleted_side_files() -> list[str]:
    """Files this process still holds open although they were unlinked (the lost WAL)."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.endswith(" (deleted)") and ".db" in target:
            found.append(target)
    return found


def tamper(path: Path, sql: str) -> None:
    """What an attacker does to a backup: plain SQLite, no netdesk involved."""
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


# -- locks -------------------------------------------------------------------------------


def test_a_second_store_and_another_process_leave_the_log_in_place(tmp_path: Path) -> None:
    path = tmp_path / "netdesk.db"
    with Store.open(path) as app:
        app.people.add(PersonFields(full_name="Before"))
        # What the daily backup, Insights and an import do: a second store in this process.
        Store.open(path).close()
        backup.check_file(path)
        result = run_cli("--db", str(path), "event", "list")
        assert result.returncode == 0, result.stderr
        assert deleted_side_files() == []
        assert Path(f"{path}-wal").exists()
        app.people.add(PersonFields(full_name="After"))
    with Store.open(path) as reopened:
        found = names(reopened)
    assert found == {"Before", "After"}


def test_processes_creating_one_new_file_at_once_all_succeed(tmp_path: Path) -> None:
    path = tmp_path / "new" / "netdesk.db"
    starts = [
        subprocess.Popen(
            [*NETDESK, "--db", str(path), "person", "add", f"Person {n}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(4)
    ]
    results = [(p.wait(60), p.stderr.read()) for p in starts]
    assert all(code == 0 for code, _ in results), results
    with Store.open(path) as store:
        assert store.people.count() == 4
        assert store.schema_version == migrations.SCHEMA_VERSION


# -- schema: released versions, and files that carry code ------------------------------------


@pytest.mark.parametrize("version", range(1, migrations.SCHEMA_VERSION))
def test_released_database_upgrades_to_the_fresh_schema(tmp_path: Path, version: int) -> None:
    old = tmp_path / "old.db"
    shutil.copyfile(FIXTURES / f"netdesk-v{version}.db", old)
    with Store.open(old) as store:
        assert store.schema_version == migrations.SCHEMA_VERSION
        assert [p.full_name for p in store.people.search("orsted")] == ["José Ørsted"]
        upgraded = migrations.schema_objects(store.conn)
    assert upgraded == migrations.expected_objects(migrations.SCHEMA_VERSION)


def test_every_released_version_has_a_fixture() -> None:
    # Releasing step N means checking in the database it made: copy a fresh one here.
    for version in range(1, migrations.SCHEMA_VERSION):
        assert (FIXTURES / f"netdesk-v{version}.db").is_file()


@pytest.mark.parametrize(
    "extra, named",
    [
        (DELETE_EVERYONE, "trigger zz"),
        ("CREATE VIEW leak AS SELECT * FROM contact_points", "view leak"),
        ("CREATE INDEX sneaky ON people(notes)", "index sneaky"),
        ("CREATE TABLE stash (x)", "table stash"),
    ],
)
def test_a_file_with_anything_extra_is_refused_everywhere(
    tmp_path: Path, extra: str, named: str
) -> None:
    live, bad = tmp_path / "netdesk.db", tmp_path / "backup.db"
    with Store.open(live) as store:
        store.people.add(PersonFields(full_name="Ada"))
    with Store.open(bad) as other:
        other.people.add(PersonFields(full_name="Bob"))
        other.copy_to(tmp_path / "clean.db")
    shutil.copyfile(tmp_path / "clean.db", bad)
    tamper(bad, extra)
    before = digest(live)

    result = run_cli("--db", str(live), "restore", str(bad))
    assert result.returncode == 1 and named in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert digest(live) == before

    opened = run_cli("--db", str(bad), "person", "add", "Carol")
    assert opened.returncode == 1 and named in opened.stderr

    checked = run_cli("--db", str(bad), "check")
    assert checked.returncode == 1 and named in checked.stdout


def test_a_changed_trigger_of_our_own_name_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "netdesk.db"
    Store.open(path).close()
    tamper(path, "DROP TRIGGER people_fts_delete")
    tamper(path, DELETE_EVERYONE.replace("zz", "people_fts_delete"))
    with pytest.raises(NetdeskError) as raised:
        Store.open(path)
    assert "trigger people_fts_delete" in str(raised.value)


# -- failures say what happened ----------------------------------------------------------------


def test_a_full_disk_is_named_and_nothing_is_half_written(store: Store) -> None:
    store.people.add(PersonFields(full_name="Ada"))
    pages = store.scalar("PRAGMA page_count")
    store.conn.execute(f"PRAGMA max_page_count = {pages}")  # what a full disk looks like
    with pytest.raises(NetdeskError) as raised:
        store.people.add(PersonFields(full_name="B" * 20_000, notes="x" * 200_000))
    assert raised.value.code == "db-full"
    assert not store.conn.in_transaction
    assert names(store) == {"Ada"}


def test_a_folder_given_as_the_database_is_called_a_folder(tmp_path: Path) -> None:
    with pytest.raises(NetdeskError) as raised:
        Store.open(tmp_path)
    assert raised.value.code == "db-is-folder"


def test_check_of_a_healthy_read_only_file_is_ok(tmp_path: Path) -> None:
    path = tmp_path / "netdesk.db"
    with Store.open(path) as store:
        store.people.add(PersonFields(full_name="Ada"))
        store.copy_to(tmp_path / "ro.db")
    ro = tmp_path / "ro.db"
    os.chmod(ro, 0o400)
    before = digest(ro)
    assert backup.check_file(ro).ok
    assert digest(ro) == before
    assert not Path(f"{ro}-wal").exists()


# -- restore -----------------------------------------------------------------------------------


def test_restore_reads_a_wal_source_without_changing_it(tmp_path: Path) -> None:
    live, source = tmp_path / "netdesk.db", tmp_path / "other.db"
    Store.open(live).close()
    writer = Store.open(source)
    writer.conn.execute("PRAGMA wal_autocheckpoint = 0")  # keep the rows in the -wal
    writer.people.add(PersonFields(full_name="Only in the log"))
    # A copy of a live WAL database as a user might take one: file and log together.
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{source}{suffix}", tmp_path / f"copy.db{suffix}")
    writer.close()
    copy = tmp_path / "copy.db"
    before = (digest(copy), digest(Path(f"{copy}-wal")))
    backup.restore(live, copy)
    assert (digest(copy), digest(Path(f"{copy}-wal"))) == before
    with Store.open(live) as store:
        assert names(store) == {"Only in the log"}


def test_restore_of_a_backup_with_large_pages(tmp_path: Path) -> None:
    live, made = tmp_path / "netdesk.db", tmp_path / "made.db"
    with Store.open(made) as store:
        store.people.add(PersonFields(full_name="Ada"))
        store.copy_to(tmp_path / "plain.db")
    big = tmp_path / "big-pages.db"
    conn = sqlite3.connect(tmp_path / "plain.db")
    conn.execute(f"VACUUM INTO '{big}'")
    conn.close()
    conn = sqlite3.connect(big)
    conn.execute("PRAGMA page_size = 16384")
    conn.execute("VACUUM")
    assert conn.execute("PRAGMA page_size").fetchone()[0] == 16384
    conn.close()
    Store.open(live).close()
    backup.restore(live, big)
    with Store.open(live) as store:
        assert names(store) == {"Ada"}


def test_restore_while_another_program_writes_says_busy(tmp_path: Path) -> None:
    live, source = tmp_path / "netdesk.db", tmp_path / "backup.db"
    with Store.open(live) as store:
        store.people.add(PersonFields(full_name="Ada"))
        store.copy_to(source)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(live)!r}, isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        result = run_cli("--db", str(live), "restore", str(source))
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 1
    assert "busy" in result.stderr and result.stderr.count("\n") == 1
