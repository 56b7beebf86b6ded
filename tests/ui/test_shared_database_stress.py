"""Many hands on one database file: every acknowledged write survives, the WAL is never lost.

The app runs in this process (a real main window over real services over a real
store in tmp_path) and writes through its own paths: quick captures typed into the
Quick capture dialog and saved with Enter, follow-ups marked done and snoozed in the
Follow-ups view, contact files imported with ``import_paths``. Meanwhile two
command-line processes add people and follow-ups in loops and print each id the
moment it is acknowledged; ``netdesk backup`` copies the file, Insights are worked
out on connections of their own (a thread, and the Insights page), and one of the
command-line processes is killed with SIGKILL at a seeded random moment. The second
case also starts a second ``netdesk gui`` on the same file (it must hand over to
this app and exit 0), opens and closes a second store in this process and runs the
daily backup, as the app does.

Then the books: every acknowledged write is in the file, seen by another process
while the app is still open and again after it closed; ``netdesk check`` passes;
no database side file was ever unlinked while this process held it open, and the
``-wal`` kept its inode for as long as the app's connections were open (the failure
PLATFORM-NOTES.md describes: a process closing its connection deletes the log that
the app is still writing into).

Everything is bounded by a count and by time; nothing asserts a duration.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from urllib.parse import quote

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from netdesk.core.insights import insights
from netdesk.core.model import PersonFields
from netdesk.core.storage import backup
from netdesk.core.storage.store import Store
from netdesk.ui.app import start_daily_backup
from netdesk.ui.main_window import MainWindow
from netdesk.ui.runtime.services import Services
from netdesk.ui.runtime.settings import Settings
from netdesk.ui.runtime.single_instance import InstanceGuard, show_and_import
from netdesk.ui.transfer import import_paths
from tests.core.test_file_safety import deleted_side_files
from tests.ui.app_fixtures import close_window

pytestmark = pytest.mark.slow

NETDESK = [sys.executable, "-m", "netdesk.cli.main"]
SEED = 20261130
TODAY = dt.date.today()
# How long the writers keep at it. Each loop also has a count, so a fast machine stops early.
STORM_S = 8.0
APP_STEPS = 200
# Steps every run reaches whatever the clock says: the import, the page visit, the second start.
MUST_STEPS = 14
CLI_ROUNDS = 400
INSIGHT_ROUNDS = 100
SEEDED_FOLLOWUPS = APP_STEPS  # more than the view steps can use up
# Only for waiting on a condition, never a measurement: a loaded CI machine gets its time.
PATIENCE_MS = 60_000
SAMPLE_MS = 50

# One command-line writer: the real `main()` called again and again (each call opens and
# closes its own store, as separate `netdesk` runs do); an id is printed only once the
# command has returned 0, so a printed line is an acknowledged write.
CLI_LOOP = r"""
import contextlib, io, json, sys, time
from netdesk.cli.main import main

db, tag, rounds, seconds, due = sys.argv[1:6]
stop = time.monotonic() + float(seconds)

def run(*args):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["--db", db, *args, "--json"])
    return code, out.getvalue()

for i in range(int(rounds)):
    if time.monotonic() > stop:
        break
    name = f"{tag} {i}"
    code, out = run("person", "add", name, "--org", "Stress Works")
    if code != 0:
        continue
    person = json.loads(out)["id"]
    print("person", person, name, flush=True)
    code, out = run("followup", "add", str(person), f"call {name}", "--due", due)
    if code == 0:
        print("followup", json.loads(out)["id"], person, flush=True)
print("end", flush=True)
"""

# Another process's view of the file: plain SQLite, a fresh read-only connection.
DUMP = r"""
import json, sqlite3, sys
from urllib.parse import quote
conn = sqlite3.connect(f"file:{quote(sys.argv[1])}?mode=ro", uri=True)
people = {i: [n, d] for i, n, d in conn.execute("SELECT id, full_name, deleted_at FROM people")}
followups = {
    i: [p, t, s, u]
    for i, p, t, s, u in conn.execute(
        "SELECT id, person_id, text, status, snoozed_until FROM followups"
    )
}
print(json.dumps({"people": people, "followups": followups}))
"""


def child_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("NETDESK_DB", None)
    return env


def assert_check_passes(db: Path, folder: Path) -> None:
    """`netdesk check` in its own process: integrity, foreign keys, schema, search index."""
    check = subprocess.run(
        [*NETDESK, "--db", str(db), "check"],
        cwd=folder,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=PATIENCE_MS / 1000,
    )
    assert check.returncode == 0, check.stdout + check.stderr


class Child:
    """A subprocess whose stdout lines are collected as they arrive (its acknowledgements)."""

    def __init__(self, args: list[str], cwd: Path, name: str) -> None:
        self.name = name
        self._err_path = cwd / f"{name}.stderr"
        # stderr to a file: a pipe nobody reads would stall a chatty child.
        self._err: IO[str] = open(self._err_path, "w")  # noqa: SIM115
        self.process = subprocess.Popen(
            args,
            cwd=cwd,
            env=child_env(),
            stdout=subprocess.PIPE,
            stderr=self._err,
            text=True,
        )
        self.lines: list[str] = []
        self.first_line_at: float | None = None
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if not line.endswith("\n"):
                break  # cut short by the kill: never acknowledged
            if self.first_line_at is None:
                self.first_line_at = time.monotonic()
            self.lines.append(line.rstrip("\n"))

    def exited(self) -> bool:
        return self.process.poll() is not None

    def stop(self) -> None:
        """After a failed run: no child outlives the test."""
        if not self.exited():
            self.process.kill()
        self.process.wait(PATIENCE_MS / 1000)
        self._err.close()

    def finish(self) -> tuple[int, str]:
        """Exit code and stderr, once the process has ended and its output is read."""
        code = self.process.wait(PATIENCE_MS / 1000)
        self._reader.join(PATIENCE_MS / 1000)
        self._err.close()
        return code, self._err_path.read_text()


@dataclass
class Books:
    """What was acknowledged, and what the samplers saw go wrong."""

    people: dict[int, str] = field(default_factory=dict)  # id -> name
    followups: dict[int, int] = field(default_factory=dict)  # id -> person id
    captured_followups: dict[int, str] = field(default_factory=dict)  # person id -> text
    done: set[int] = field(default_factory=set)
    snoozed: dict[int, str] = field(default_factory=dict)  # id -> until (ISO)
    imported: set[str] = field(default_factory=set)  # names
    refused: list[str] = field(default_factory=list)  # the app's sentences for failed writes
    deleted: list[str] = field(default_factory=list)  # side files unlinked while held open
    wal_changes: list[str] = field(default_factory=list)
    samples: int = 0

    def take_cli(self, lines: list[str]) -> None:
        for line in lines:
            kind, *rest = line.split(" ", 2)
            if kind == "person":
                self.people[int(rest[0])] = rest[1]
            elif kind == "followup":
                self.followups[int(rest[0])] = int(rest[1])

    def missing(self, dump: dict) -> list[str]:
        """Every acknowledged write that the file does not hold, in words."""
        people = {int(k): v for k, v in dump["people"].items()}
        followups = {int(k): v for k, v in dump["followups"].items()}
        names = {name for name, deleted in people.values() if deleted is None}
        wrong = [
            f"person {pid} {name!r}"
            for pid, name in self.people.items()
            if people.get(pid) != [name, None]
        ]
        wrong += [
            f"follow-up {fid} of person {pid}"
            for fid, pid in self.followups.items()
            if fid not in followups or followups[fid][0] != pid
        ]
        captured = {(f[0], f[1]) for f in followups.values()}
        wrong += [
            f"captured follow-up {text!r} of person {pid}"
            for pid, text in self.captured_followups.items()
            if (pid, text) not in captured
        ]
        wrong += [f"follow-up {fid} done" for fid in self.done if followups[fid][2] != "done"]
        wrong += [
            f"follow-up {fid} snoozed until {until}"
            for fid, until in self.snoozed.items()
            if followups[fid][2:] != ["snoozed", until]
        ]
        wrong += [f"imported {name!r}" for name in sorted(self.imported - names)]
        return wrong


def dump_from_another_process(db: Path, cwd: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", DUMP, str(db)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=PATIENCE_MS / 1000,
        check=True,
    )
    return json.loads(out.stdout)


def dump_here(db: Path) -> dict:
    conn = sqlite3.connect(f"file:{quote(str(db))}?mode=ro", uri=True)
    try:
        return {
            "people": {
                i: [n, d]
                for i, n, d in conn.execute("SELECT id, full_name, deleted_at FROM people")
            },
            "followups": {
                i: [p, t, s, u]
                for i, p, t, s, u in conn.execute(
                    "SELECT id, person_id, text, status, snoozed_until FROM followups"
                )
            },
        }
    finally:
        conn.close()


def write_contacts(folder: Path, tag: str, cards: int, rows: int) -> tuple[list[str], set[str]]:
    """A vCard file and a CSV file of people nobody has met yet; returns paths and names."""
    names: set[str] = set()
    vcards = []
    for i in range(cards):
        name = f"Vcard {tag} {i}"
        names.add(name)
        vcards.append(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nN:{tag} {i};Vcard;;;\r\n"
            f"EMAIL:vcard.{tag}.{i}@example.org\r\nORG:Import Works\r\nEND:VCARD\r\n"
        )
    vcf = folder / f"{tag}.vcf"
    vcf.write_text("".join(vcards))
    csv_lines = ["Name,Email,Organization"]
    for i in range(rows):
        name = f"Csv {tag} {i}"
        names.add(name)
        csv_lines.append(f"{name},csv.{tag}.{i}@example.org,Import Works")
    csv = folder / f"{tag}.csv"
    csv.write_text("\n".join(csv_lines) + "\n")
    return [str(vcf), str(csv)], names


def seed(db: Path) -> list[int]:
    """An event today (captures attach to it) and open follow-ups for the app to work through."""
    with Store.open(db) as store:
        store.events.add("Water board away-day", TODAY, kind="away-day")
        ids = []
        for i in range(SEEDED_FOLLOWUPS):
            person = store.people.add(PersonFields(full_name=f"Seeded Person {i}"))
            ids.append(store.followups.add(person, f"send the report {i}", TODAY))
        return ids


@pytest.fixture
def on_teardown() -> Iterator[list[Callable[[], object]]]:
    """Steps that undo what a failed run left behind, run last first."""
    steps: list[Callable[[], object]] = []
    yield steps
    for step in reversed(steps):
        step()


@pytest.mark.parametrize("second_start", [False, True], ids=["app-and-cli", "second-start"])
def test_every_acknowledged_write_survives_many_writers(
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    on_teardown: list[Callable[[], object]],
    second_start: bool,
) -> None:
    db = tmp_path / "netdesk.db"
    wal, shm = Path(f"{db}-wal"), Path(f"{db}-shm")
    seeded_followups = seed(db)
    rng = random.Random(SEED + second_start)
    books = Books()

    # What the import says goes to a list: a message box would wait for a click.
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text, *_a: said.append(text))
    )
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *_a: said.append(text))
    )

    # -- the app, as app.run() builds it -------------------------------------------------
    guard = InstanceGuard(db)
    assert guard.acquire()
    store = Store.open(db)
    services = Services(store)
    settings = Settings(tmp_path / "settings.ini")
    window = MainWindow(services, settings, restore=False)
    guard.activated.connect(lambda asked: show_and_import(window, services, asked))
    guard.open_for_messages()
    closed: list[bool] = []

    def close_app() -> None:
        # As run() closes: the window, the background work, the writer, the stores, the lock.
        if closed:
            return
        closed.append(True)
        close_window(window)
        services.tasks.wait(PATIENCE_MS)
        services.close()
        store.close()
        guard.release()

    on_teardown.append(close_app)
    window.show()
    qtbot.waitExposed(window)
    assert services.current_event_id is not None
    people_page, followups_page = window.page("people"), window.page("followups")
    view_said: list[str] = []
    followups_page.status_message.connect(view_said.append)

    def inodes() -> tuple[int | None, int | None]:
        # stat() opens nothing: it cannot disturb the locks (PLATFORM-NOTES.md).
        found = []
        for side in (wal, shm):
            try:
                found.append(side.stat().st_ino)
            except FileNotFoundError:
                found.append(None)
        return found[0], found[1]

    wal_inode, shm_inode = inodes()
    assert wal_inode is not None and shm_inode is not None

    # -- the other writers ---------------------------------------------------------------
    due = (TODAY + dt.timedelta(days=2)).isoformat()
    writers = [
        Child(
            [
                sys.executable,
                "-c",
                CLI_LOOP,
                str(db),
                f"Cli {tag}",
                str(CLI_ROUNDS),
                str(STORM_S),
                due,
            ],
            tmp_path,
            f"cli-{tag}",
        )
        for tag in ("a", "b")
    ]
    victim = writers[rng.randrange(2)]
    kill_after = rng.uniform(0.5, 3.0)  # seconds after the victim's first acknowledgement
    killed_at: list[float] = []

    def sample() -> None:
        books.samples += 1
        for lost in deleted_side_files():
            if str(tmp_path) in lost and lost not in books.deleted:
                books.deleted.append(lost)
        now = inodes()
        if now != (wal_inode, shm_inode):
            books.wal_changes.append(f"-wal/-shm inodes {now}, were {(wal_inode, shm_inode)}")
        first = victim.first_line_at
        if not killed_at and first is not None and time.monotonic() >= first + kill_after:
            if not victim.exited():
                os.kill(victim.process.pid, signal.SIGKILL)
            killed_at.append(time.monotonic())

    sampler = QTimer(interval=SAMPLE_MS)
    sampler.timeout.connect(sample)
    sampler.start()
    on_teardown.append(sampler.stop)
    on_teardown.extend(w.stop for w in writers)

    def lost_log() -> bool:
        return bool(books.deleted or books.wal_changes)

    def wait_for(condition: Callable[[], object], timeout: int = PATIENCE_MS) -> None:
        # A lost log shows first as the app's own writes missing from its views: stop there
        # and say what the sampler saw, rather than waiting out the timeout.
        qtbot.waitUntil(lambda: lost_log() or bool(condition()), timeout=timeout)
        assert not lost_log(), f"the log was lost: {books.deleted} {books.wal_changes}"

    # The storm starts once both command-line writers are writing.
    wait_for(lambda: all(w.first_line_at is not None or w.exited() for w in writers))
    deadline = time.monotonic() + STORM_S

    insight_rounds: list[int] = []
    insight_errors: list[str] = []

    def work_out_insights() -> None:
        # Its own connection each round, opened and closed in this process beside the app's.
        for _ in range(INSIGHT_ROUNDS):
            if time.monotonic() > deadline:
                break
            try:
                with Store.open(db, read_only=True) as reader:
                    insights.gather(reader)
                insight_rounds.append(1)
            except Exception as error:  # reported by the assertion below
                insight_errors.append(repr(error))

    thinker = threading.Thread(target=work_out_insights)
    thinker.start()

    # -- the app's own writes --------------------------------------------------------------
    to_do = iter(seeded_followups)
    imports: list[tuple[str, set[str]]] = []  # (what the import must say, names in it)
    second: Child | None = None
    cli_backup: Child | None = None

    def capture(step: int) -> None:
        window.show_page("people")
        dialog = window.quick_capture()
        wait_for(dialog.name.hasFocus)
        name = f"Captured {int(second_start)} {step}"
        qtbot.keyClicks(dialog.name, name)
        promise = f"coffee with {name}" if step % 2 else ""
        if promise:
            dialog.followup.setText(promise)
        saved: list[int] = []
        dialog.saved.connect(saved.append)
        finished: list[int] = []
        dialog.finished.connect(finished.append)
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        wait_for(lambda: bool(saved) or dialog.error.isVisible())
        if saved:
            books.people[saved[0]] = name
            if promise:
                books.captured_followups[saved[0]] = promise
            wait_for(lambda: bool(finished))  # Enter saved and closed it
            # The People table hears its own writer's commit among everyone else's.
            wait_for(lambda: people_page.model.row_of(saved[0]) is not None)
        else:  # a refusal (a busy file): nothing was acknowledged; close without asking
            books.refused.append(dialog.error.text())
            dialog.unsaved.mark_clean()
            dialog.reject()

    def in_followups_view(action: str) -> None:
        followup_id = next(to_do)
        window.show_page("followups")
        wait_for(lambda: followups_page.select(followup_id))
        before = len(view_said)
        if action == "done":
            followups_page.mark_done()
        else:
            followups_page.snooze(days=7)
        wait_for(lambda: len(view_said) > before)
        answer = view_said[before]
        if action == "done" and answer.startswith("Done: 1."):
            books.done.add(followup_id)
        elif action == "snooze" and answer.startswith("Snoozed 1 "):
            books.snoozed[followup_id] = (TODAY + dt.timedelta(days=7)).isoformat()
        else:
            books.refused.append(answer)

    def import_files(tag: str) -> None:
        paths, names = write_contacts(tmp_path, tag, cards=6, rows=6)
        imports.append((f"{len(names)} added,", names))
        import_paths(window, services, paths)

    step = 0
    while step < APP_STEPS and (time.monotonic() < deadline or step < MUST_STEPS):
        if step == 2:
            cli_backup = Child(
                [*NETDESK, "--db", str(db), "backup", "--out", str(tmp_path / "cli-backup.db")],
                tmp_path,
                "backup",
            )
            on_teardown.append(cli_backup.stop)
        if step == 4:
            import_files("first")
        if step == 8:
            window.show_page("insights")  # the page works out its figures on its own connection
            qtbot.wait(200)
        if second_start and step == 10:
            # A second start of the app on the same file: it must hand over and exit.
            vcf_paths, names = write_contacts(tmp_path, "handed", cards=5, rows=0)
            imports.append((f"{len(names)} added,", names))
            second = Child([*NETDESK, "--db", str(db), "gui", vcf_paths[0]], tmp_path, "second-gui")
            on_teardown.append(second.stop)
            # What the daily backup does: another store on the file in this process, closed.
            Store.open(db).close()
            Store.open(db, read_only=True).close()
            start_daily_backup(services)
        kind = step % 5
        if kind in (0, 1, 3):
            capture(step)
        elif kind == 2:
            in_followups_view("done")
        else:
            in_followups_view("snooze")
        step += 1
    window.show_page("people")

    # -- the storm settles ------------------------------------------------------------------
    wait_for(lambda: all(w.exited() for w in writers))
    wait_for(lambda: len(said) >= len(imports))
    for child in (cli_backup, second):
        if child is not None:
            wait_for(child.exited)
    thinker.join(PATIENCE_MS / 1000)
    services.writer.wait()
    assert services.tasks.wait(PATIENCE_MS)
    sample()
    sampler.stop()

    for writer in writers:
        code, err = writer.finish()
        books.take_cli(writer.lines)
        if writer is victim:
            assert code == -signal.SIGKILL, f"{writer.name} was not killed: {code} {err}"
        else:
            assert code == 0, err
            assert writer.lines[-1] == "end"
    for text, names in imports:
        assert any(s.startswith(text) for s in said), f"import not acknowledged: {said}"
        books.imported |= names
    assert cli_backup is not None
    code, err = cli_backup.finish()
    assert code == 0, err
    assert backup.check_file(tmp_path / "cli-backup.db").ok
    if second is not None:
        code, err = second.finish()
        assert code == 0, err
        assert "already open" in "\n".join(second.lines)
        assert (backup.backup_dir(db) / f"auto-{TODAY.isoformat()}.db").exists()

    # Something of every kind was acknowledged: the storm really happened.
    assert sum(1 for n in books.people.values() if n.startswith("Captured")) >= 5
    assert sum(1 for n in books.people.values() if n.startswith("Cli a")) >= 1
    assert sum(1 for n in books.people.values() if n.startswith("Cli b")) >= 1
    assert books.done and books.snoozed and books.imported
    assert insight_rounds and not insight_errors, insight_errors

    # -- the books, from another process while the app is still open ---------------------------
    assert books.missing(dump_from_another_process(db, tmp_path)) == []
    assert_check_passes(db, tmp_path)
    assert books.samples > 0
    assert books.deleted == []
    assert books.wal_changes == []

    # -- and after the app closed, as run() closes it -------------------------------------------
    close_app()
    assert books.missing(dump_here(db)) == []
    assert_check_passes(db, tmp_path)
    # What the run did, for `pytest -s`; refusals owe nothing (nothing was acknowledged).
    by_kind = Counter(name.rsplit(" ", 1)[0] for name in books.people.values())
    print(
        f"\n{step} app steps; people acknowledged {dict(by_kind)};"
        f" CLI follow-ups {len(books.followups)};"
        f" done {len(books.done)}, snoozed {len(books.snoozed)}, imported {len(books.imported)};"
        f" {victim.name} killed {killed_at[0] - victim.first_line_at:.1f} s after its first write;"
        f" insights rounds {len(insight_rounds)}; {books.samples} samples; refused {books.refused}"
    )
