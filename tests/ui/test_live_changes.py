"""The open window sees what other programs write, and writes only through its writer."""

from __future__ import annotations

import subprocess
import sys

import pytest

from netdesk.core.errors import NetdeskError
from netdesk.core.model import PersonFields
from netdesk.core.storage.changes import Changes
from netdesk.ui.main_window import MainWindow
from netdesk.ui.runtime.services import Services

NETDESK = [sys.executable, "-m", "netdesk.cli.main"]


def run_cli(db, *args: str) -> str:
    result = subprocess.run(
        [*NETDESK, "--db", str(db), *args, "--json"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_person_added_on_the_command_line_appears_in_people(
    qtbot, window: MainWindow, services: Services
) -> None:
    people = window.page("people")
    window.show_page("people")
    assert people.model.rowCount() == 0
    run_cli(services.path, "person", "add", "Fleur Visser", "--org", "Deltares")
    qtbot.waitUntil(lambda: people.model.rowCount() == 1, timeout=5_000)
    assert people.model.data(people.model.index(0, 0)) == "Fleur Visser"


def test_views_hear_exactly_what_another_process_changed(qtbot, services: Services) -> None:
    heard: list[Changes] = []
    services.changed.connect(heard.append)
    run_cli(services.path, "event", "add", "Away-day", "--date", "2026-12-01")
    qtbot.waitUntil(lambda: bool(heard), timeout=5_000)
    assert heard[0].kinds == {"events"}
    services.look_for_changes()
    assert len(heard) == 1  # heard once, not again on the next look


def test_the_apps_own_writes_are_heard_once(qtbot, services: Services) -> None:
    heard: list[Changes] = []
    services.changed.connect(heard.append)
    with qtbot.waitSignal(services.changed, timeout=5_000):
        services.writer.submit(lambda store: store.people.add(PersonFields(full_name="Ada")))
    services.look_for_changes()  # the poll sees the same commit: already told
    assert [c.kinds for c in heard] == [{"people"}]


def test_the_windows_connection_refuses_writes(services: Services) -> None:
    with pytest.raises(NetdeskError):
        services.store.people.add(PersonFields(full_name="Not through the writer"))
    assert services.store.people.count() == 0


def test_a_write_waits_for_another_programs_transaction(qtbot, services: Services) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(services.path)!r}, isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); time.sleep(1.0)\n"
            "c.execute('COMMIT')",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "locked"
    person_id = services.writer.call(lambda store: store.people.add(PersonFields(full_name="Ada")))
    holder.wait(10)
    assert services.store.people.get(person_id).full_name == "Ada"


def test_undo_after_the_trash_was_emptied_elsewhere_says_so(
    qtbot, window: MainWindow, services: Services, store
) -> None:
    from netdesk.ui.people.undo import DeletePeople, perform

    ada = store.people.add(PersonFields(full_name="Ada"))
    perform(services.undo, DeletePeople(services, [ada]))
    run_cli(services.path, "trash", "--empty")
    with qtbot.waitSignal(services.problem) as told:
        services.undo.undo()
    assert told.args[0] == str(NetdeskError("no-person", id=ada))  # a sentence, no traceback
    assert services.undo.count() == 0  # the command the data no longer allows is gone
    assert not services.store.people.exists(ada)
