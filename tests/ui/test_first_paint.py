"""Start-up order: what the first paint does not need waits until the window has painted.

No timings here (benchmarks/bench_startup.py measures start-up through the command).
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableView, QWidget

from netdesk.core.storage.store import Store
from netdesk.ui.people import people_model
from netdesk.ui.people.people_model import PeopleModel
from netdesk.ui.runtime.first_paint import after_first_paint
from tests.ui.app_fixtures import add_people


def test_work_waits_for_the_first_paint_of_a_shown_widget(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    done: list[str] = []
    widget.show()
    after_first_paint(widget, lambda: done.append("after"))
    assert done == []  # not inside the call
    qtbot.waitUntil(lambda: done == ["after"])
    widget.repaint()
    qtbot.wait(20)
    assert done == ["after"]  # once


def test_work_for_a_widget_that_is_not_shown_runs_from_the_event_loop(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    done: list[str] = []
    after_first_paint(widget, lambda: done.append("after"))
    assert done == []
    qtbot.waitUntil(lambda: done == ["after"])


def test_the_first_reload_reads_the_first_ids_and_counts_the_rest(qtbot, store: Store, monkeypatch):
    monkeypatch.setattr(people_model, "WINDOW", 4)
    monkeypatch.setattr(people_model, "FIRST_IDS", 6)
    names = [f"Person {n:02d}" for n in range(15)]
    ids = add_people(store, *names)
    model = PeopleModel(store, first_only=True)
    assert model.rowCount() == 15  # the view's scroll bar is right from the start
    assert len(model._ids) == 6  # only the first ids were read
    assert model.data(model.index(0, 0)) == "Person 00"
    assert len(model._ids) == 6
    # A row further down, or anything that needs every id, loads the rest.
    assert model.data(model.index(14, 0)) == "Person 14"
    assert list(model.ids()) == ids
    assert model.rowCount() == 15


def test_ids_asked_for_before_the_rest_is_loaded_are_all_there(qtbot, store, monkeypatch):
    monkeypatch.setattr(people_model, "FIRST_IDS", 3)
    ids = add_people(store, *(f"P {n:02d}" for n in range(8)))
    model = PeopleModel(store, first_only=True)
    assert model.row_of(ids[-1]) == 7
    model = PeopleModel(store, first_only=True)
    assert model.person_id(7) == ids[7]
    model = PeopleModel(store, first_only=True)
    assert model.rows_of({ids[0], ids[6]}) == [0, 6]


def test_a_change_before_the_rest_is_loaded_resets_the_model(qtbot, store, monkeypatch):
    monkeypatch.setattr(people_model, "FIRST_IDS", 3)
    add_people(store, *(f"P {n:02d}" for n in range(8)))
    model = PeopleModel(store, first_only=True)
    add_people(store, "P 99")
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.load_rest()
    assert model.rowCount() == 9


def test_a_shown_people_table_loads_the_rest_after_it_painted(qtbot, store, monkeypatch):
    monkeypatch.setattr(people_model, "FIRST_IDS", 3)
    ids = add_people(store, *(f"P {n:02d}" for n in range(8)))
    model = PeopleModel(store, first_only=True)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    after_first_paint(table, model.load_rest)
    table.show()
    assert len(model._ids) == 3
    qtbot.waitUntil(lambda: len(model._ids) == 8)
    assert list(model.ids()) == ids


def test_the_real_command_paints_its_window_and_says_when(tmp_path) -> None:
    """What benchmarks/bench_startup.py relies on: ``netdesk`` marks its first paint."""
    import os
    import subprocess
    import sys

    db, mark = tmp_path / "n.db", tmp_path / "mark"
    Store.open(db).close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "NETDESK_FIRST_PAINT_MARK": str(mark),
    }
    run = subprocess.run(
        [sys.executable, "-m", "netdesk.cli.main", "--db", str(db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert float(mark.read_text()) > 0


BUILD_THE_WINDOW = r"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from netdesk.core.storage.store import Store
from netdesk.ui.main_window import MainWindow
from netdesk.ui.runtime.services import Services
from netdesk.ui.runtime.settings import Settings
services = Services(Store.open(sys.argv[1]))
window = MainWindow(services, Settings(sys.argv[2]))  # built, not yet painted
heavy = ("rapidfuzz", "netdesk.core.sync.writes", "netdesk.core.insights.home", "httpx")
print(",".join(name for name in heavy if name in sys.modules))
"""


def test_building_the_window_loads_nothing_the_first_paint_does_not_need(tmp_path) -> None:
    # Sync, matching and Home's queries load after the paint (benchmarks/bench_startup.py).
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    found = subprocess.run(
        [sys.executable, "-c", BUILD_THE_WINDOW, str(tmp_path / "n.db"), str(tmp_path / "s.ini")],
        capture_output=True, text=True, env=env, timeout=120, check=True,
    ).stdout.strip()  # fmt: skip
    assert found == ""
