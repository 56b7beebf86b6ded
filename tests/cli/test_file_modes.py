"""What the commands write is private: 0600 files in 0700 folders even under umask 000,
written through temporaries no planted link can redirect, with one error line when the
target is a folder, and nothing left behind by a killed backup."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from netdesk.core.storage.backup import backup_dir

FOLDER_ERROR = "netdesk: error: {path} is a folder; give the name of a file to write\n"


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def netdesk(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real command in its own process, under the loosest umask there is."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_LOGGING_RULES", "NETDESK_DEBUG")
    }
    return subprocess.run(
        [sys.executable, "-m", "netdesk.cli.main", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        preexec_fn=lambda: os.umask(0),
        timeout=180,
    )


@pytest.fixture
def seeded(cli, db_path: Path) -> Path:
    assert cli("person", "add", "Ada Peters", "--email", "ada@example.org").code == 0
    assert cli("followup", "add", "1", "Send the report", "--due", "2026-11-21").code == 0
    assert cli("card", "set", "--name", "Sam Jansen", "--email", "sam@example.org").code == 0
    return db_path


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    path = tmp_path / "victim.txt"
    path.write_text("precious\n")
    return path


# (arguments before --out, file name, SQLite's side files of that name)
WRITERS = {
    "export vcard": (["export", "--format", "vcard"], "people.vcf", []),
    "export csv": (["export", "--format", "csv"], "people.csv", []),
    "export json": (["export", "--format", "json"], "people.json", []),
    "export ics": (["export", "--format", "ics"], "followups.ics", []),
    "card qr png": (["card", "qr"], "card.png", []),
    "card qr svg": (["card", "qr"], "card.svg", []),
    "card sheet": (["card", "sheet"], "cards.pdf", []),
    "screenshot": (["screenshot", "people", "--size", "640x400"], "shot.png", []),
    "backup": (["backup"], "copy.db", ["-journal", "-wal", "-shm"]),
}


@pytest.mark.parametrize("name", WRITERS)
def test_writes_0600_and_leaves_planted_links_alone(
    seeded: Path, tmp_path: Path, victim: Path, name: str
) -> None:
    args, filename, side = WRITERS[name]
    folder = tmp_path / "shared"
    folder.mkdir()
    out = folder / filename
    predictable = [f".{filename}.part", f"{filename}.part", *(filename + s for s in side)]
    links = [folder / p for p in predictable]
    for link in links:
        link.symlink_to(victim)

    result = netdesk(seeded, *args, "--out", str(out))

    assert (result.returncode, result.stderr) == (0, "")
    assert mode(out) == 0o600 and out.stat().st_size > 0
    assert victim.read_text() == "precious\n"
    assert all(link.is_symlink() and os.readlink(link) == str(victim) for link in links)
    assert sorted(folder.iterdir()) == sorted([out, *links])


@pytest.mark.parametrize("name", ["backup", "screenshot"])
def test_folders_made_for_a_copy_or_a_screenshot_are_0700(
    seeded: Path, tmp_path: Path, name: str
) -> None:
    args, filename, _ = WRITERS[name]
    out = tmp_path / "new" / "deeper" / filename
    result = netdesk(seeded, *args, "--out", str(out))
    assert (result.returncode, result.stderr) == (0, "")
    assert [mode(out.parent.parent), mode(out.parent), mode(out)] == [0o700, 0o700, 0o600]


def test_a_new_database_and_its_folders_are_private(tmp_path: Path) -> None:
    db = tmp_path / "deep" / "new" / "x.db"
    result = netdesk(db, "person", "add", "Ada Peters")
    assert (result.returncode, result.stderr) == (0, "")
    assert [mode(db.parent.parent), mode(db.parent), mode(db)] == [0o700, 0o700, 0o600]


def test_reexport_stays_0600_and_an_open_target_ends_0600(seeded: Path, tmp_path: Path) -> None:
    out = tmp_path / "people.csv"
    out.write_text("older export\n")
    os.chmod(out, 0o644)
    for _ in range(2):
        result = netdesk(seeded, "export", "--format", "csv", "--out", str(out))
        assert (result.returncode, result.stderr) == (0, "")
        assert mode(out) == 0o600 and "Ada Peters" in out.read_text(encoding="utf-8-sig")


def test_a_copied_database_found_open_is_tightened_with_one_note(
    seeded: Path, tmp_path: Path
) -> None:
    copied = tmp_path / "copied.db"
    shutil.copyfile(seeded, copied)
    os.chmod(copied, 0o644)
    result = netdesk(copied, "person", "list")
    assert result.returncode == 0 and "Ada Peters" in result.stdout
    assert result.stderr.startswith(f"netdesk: note: {copied} ")
    assert result.stderr.count("\n") == 1
    assert mode(copied) == 0o600
    assert netdesk(copied, "person", "list").stderr == ""


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--format", "csv"],
        ["card", "qr"],
        ["backup"],
    ],
)
def test_a_folder_as_out_is_named_a_folder(cli, seeded: Path, tmp_path: Path, args) -> None:
    folder = tmp_path / "out.png"
    folder.mkdir()
    result = cli(*args, "--out", str(folder))
    assert (result.code, result.out, result.err) == (1, "", FOLDER_ERROR.format(path=folder))
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("args", [["card", "sheet"], ["screenshot", "people"]])
def test_qt_commands_say_it_is_a_folder_in_exactly_one_line(
    seeded: Path, tmp_path: Path, args
) -> None:
    folder = tmp_path / "out.pdf"
    folder.mkdir()
    result = netdesk(seeded, *args, "--out", str(folder))
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == FOLDER_ERROR.format(path=folder)
    assert list(folder.iterdir()) == []


# Copies the database into a private temporary one page at a time, and stops for good
# after the first page: what a backup killed half-way leaves behind.
_HALF_A_BACKUP = """
import sqlite3, sys
from pathlib import Path
from netdesk.core.files.paths import private_temp_for_sqlite

def stop(status, remaining, total):
    print("copying", flush=True)
    sys.stdin.read()

source = sqlite3.connect(sys.argv[1])
with private_temp_for_sqlite(Path(sys.argv[2])) as tmp:
    dest = sqlite3.connect(tmp)
    source.backup(dest, pages=1, progress=stop)
"""


def test_a_killed_backup_leaves_nothing_after_the_next_one(cli, seeded: Path) -> None:
    folder = backup_dir(seeded)
    writer = subprocess.Popen(
        [sys.executable, "-c", _HALF_A_BACKUP, str(seeded), str(folder / "netdesk-killed.db")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline() == "copying\n"
        # While its writer runs, the temporary is not anyone else's to remove.
        assert cli("backup").code == 0
        (running,) = [p for p in folder.iterdir() if p.name.startswith(".")]
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.communicate()
    assert running.exists()  # the kill left it behind
    assert cli("backup").code == 0
    left = list(folder.iterdir())
    assert left and all(p.name.startswith("netdesk-") and p.suffix == ".db" for p in left)
    copy = sqlite3.connect(left[0])
    try:
        assert copy.execute("SELECT full_name FROM people").fetchall() == [("Ada Peters",)]
    finally:
        copy.close()
