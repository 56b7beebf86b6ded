"""Private writing: 0600 files in 0700 folders whatever the umask, temporaries that no
planted link can redirect, and nothing left behind by a failed or killed writer."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from netdesk.core.errors import NetdeskError
from netdesk.core.files.paths import (
    ensure_private_dir,
    private_temp,
    private_temp_for_sqlite,
    sweep_leftovers,
    tighten,
    write_atomically,
)
from netdesk.core.storage.store import Store


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The loosest umask a user can have: every mode the code asks for shows as is."""
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """A file a planted link points at; it must never change."""
    path = tmp_path / "elsewhere" / "victim.txt"
    path.parent.mkdir()
    path.write_text("precious\n")
    return path


def plant_links(folder: Path, names: list[str], victim: Path) -> list[Path]:
    links = [folder / name for name in names]
    for link in links:
        link.symlink_to(victim)
    return links


def assert_untouched(links: list[Path], victim: Path) -> None:
    for link in links:
        assert link.is_symlink() and os.readlink(link) == str(victim)
    assert victim.read_text() == "precious\n"


def dead_pid() -> int:
    """The pid of a process that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_missing_parents_are_made_0700_under_an_open_umask(tmp_path: Path, open_umask) -> None:
    folder = tmp_path / "a" / "b" / "c"
    os.chmod(tmp_path, 0o755)
    ensure_private_dir(folder)
    assert [mode(p) for p in (tmp_path / "a", tmp_path / "a" / "b", folder)] == [0o700] * 3
    assert mode(tmp_path) == 0o755  # an existing folder is not ours to change
    os.chmod(folder, 0o755)
    ensure_private_dir(folder)
    assert mode(folder) == 0o755


def test_new_file_is_0600_under_an_open_umask(tmp_path: Path, open_umask) -> None:
    target = tmp_path / "new" / "export.csv"
    write_atomically(target, b"name\nAda\n", make_parents=True)
    assert target.read_bytes() == b"name\nAda\n"
    assert (mode(target), mode(target.parent)) == (0o600, 0o700)


def test_a_missing_folder_is_an_error_unless_asked_for(tmp_path: Path) -> None:
    target = tmp_path / "typo" / "export.csv"
    with pytest.raises(NetdeskError) as refused:
        write_atomically(target, b"data")
    assert refused.value.code == "file-unwritable"
    assert not target.parent.exists()


def test_rewriting_keeps_0600_and_an_open_file_ends_0600(tmp_path: Path, open_umask) -> None:
    kept, opened = tmp_path / "kept.vcf", tmp_path / "opened.vcf"
    write_atomically(kept, b"one")
    write_atomically(kept, b"two")
    opened.write_bytes(b"old")
    os.chmod(opened, 0o644)
    write_atomically(opened, b"new")
    assert (kept.read_bytes(), mode(kept)) == (b"two", 0o600)
    assert (opened.read_bytes(), mode(opened)) == (b"new", 0o600)


def test_planted_links_at_old_temp_names_are_left_alone(tmp_path: Path, victim: Path) -> None:
    target = tmp_path / "people.json"
    links = plant_links(tmp_path, [".people.json.part", "people.json.part"], victim)
    write_atomically(target, b"{}")
    assert target.read_bytes() == b"{}" and not target.is_symlink()
    assert_untouched(links, victim)


def test_a_link_as_the_target_is_replaced_not_written_through(tmp_path: Path, victim: Path) -> None:
    target = tmp_path / "people.json"
    target.symlink_to(victim)
    write_atomically(target, b"{}")
    assert not target.is_symlink() and target.read_bytes() == b"{}"
    assert victim.read_text() == "precious\n"


def test_a_folder_as_target_is_named_a_folder_and_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(NetdeskError) as refused:
        write_atomically(folder, b"data")
    assert refused.value.code == "path-is-folder"
    assert str(refused.value) == f"{folder} is a folder; give the name of a file to write"
    assert list(folder.iterdir()) == []


def test_a_failed_block_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), private_temp(target) as temp:
        os.write(temp.fd, b"half")
        raise RuntimeError("drawing failed")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_a_discarded_temporary_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    with private_temp(target) as temp:
        os.write(temp.fd, b"cancelled")
        temp.discard()
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf"]


def test_the_temporary_is_private_random_and_names_its_writer(tmp_path: Path, open_umask) -> None:
    target = tmp_path / "x.csv"
    with private_temp(target) as first, private_temp(target) as second:
        assert first.path != second.path
        assert first.path.parent == tmp_path
        assert f".x.csv.{os.getpid()}." in first.path.name
        assert mode(first.path) == 0o600


def test_sqlite_temporary_lives_in_a_private_folder(tmp_path: Path, open_umask) -> None:
    target = tmp_path / "copy.db"
    with private_temp_for_sqlite(target) as inside:
        assert (mode(inside), mode(inside.parent)) == (0o600, 0o700)
        assert inside.parent.parent == tmp_path
        conn = sqlite3.connect(inside)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    assert mode(target) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.db"]


def test_store_copy_is_private_and_ignores_planted_links(
    tmp_path: Path, victim: Path, open_umask
) -> None:
    target = tmp_path / "copies" / "copy.db"
    target.parent.mkdir()
    names = ["copy.db.part", ".copy.db.part", "copy.db-journal", "copy.db-wal", "copy.db-shm"]
    links = plant_links(target.parent, names, victim)
    with Store.open(tmp_path / "live.db") as store:
        store.copy_to(target)
    assert mode(target) == 0o600
    assert_untouched(links, victim)
    assert sorted(p.name for p in target.parent.iterdir()) == sorted([*names, "copy.db"])


def test_sweep_removes_a_dead_writers_files_only(tmp_path: Path, victim: Path) -> None:
    gone, alive = dead_pid(), os.getpid()
    stale_file = tmp_path / f".a.csv.{gone}.0123456789abcdef.tmp"
    stale_folder = tmp_path / f".b.db.{gone}.0123456789abcdef.tmp"
    stale_file.write_bytes(b"half")
    stale_folder.mkdir()
    (stale_folder / "b.db").write_bytes(b"half")
    running = tmp_path / f".c.csv.{alive}.0123456789abcdef.tmp"
    running.write_bytes(b"being written")
    unrelated = tmp_path / f"d.csv.{gone}.tmp"
    unrelated.write_bytes(b"user's")
    (link,) = plant_links(tmp_path, [f".e.db.{gone}.0123456789abcdef.tmp"], victim)
    sweep_leftovers(tmp_path)
    assert not stale_file.exists() and not stale_folder.exists()
    assert running.exists() and unrelated.exists()
    assert_untouched([link], victim)


def test_tighten_closes_a_database_and_its_side_files(tmp_path: Path) -> None:
    db = tmp_path / "copied.db"
    Store.open(db).close()
    side = [Path(f"{db}-wal"), Path(f"{db}-shm")]
    for path in [db, *side]:
        path.touch()
        os.chmod(path, 0o644)
    assert tighten(db) == [db, *side]
    assert [mode(p) for p in (db, *side)] == [0o600] * 3
    assert tighten(db) == []


def test_opening_an_open_database_tightens_it_with_one_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = tmp_path / "netdesk.db"
    Store.open(original).close()
    copied = tmp_path / "copied.db"
    shutil.copyfile(original, copied)
    os.chmod(copied, 0o644)
    capsys.readouterr()
    Store.open(copied).close()
    err = capsys.readouterr().err
    assert err.startswith(f"netdesk: note: {copied} ") and err.count("\n") == 1
    assert mode(copied) == 0o600
    Store.open(copied).close()
    assert capsys.readouterr().err == ""
