"""The main window at 100,000 people: start-up, search keystrokes, scrolling, memory.

Each figure is printed beside its reference, measured in the same run:

- process start → main window painted with the People table filled, beside
  process start → a bare PySide6 window painted with an empty QTableView
  (fresh subprocesses, alternating, so both pay the same interpreter and Qt
  start-up; the median of several rounds);
- a search keystroke → the table updated and repainted (query, model reset,
  rows of the visible window fetched, viewport painted), beside the bare id
  query the model runs (``people.search_window``);
- scrolling from the first row to the last a page at a time (Page Down, each
  step painted), beside the same over a bare in-memory 100,000-row model;
- resident memory of the app process after start-up and after scrolling.

Offscreen, 1280×800, on the cached demo database (``benchmarks/out/``).

    .venv/bin/python benchmarks/bench_gui.py [--people N] [--rounds R]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import demo_db, machine, percentile, summary_ms

HERE = Path(__file__).resolve().parent
SIZE = (1280, 800)
# Every keystroke of queries a user types into the search field.
QUERIES = (
    "jan",
    "sanne de",
    "de vries",
    "ørsted",
    "müller",
    "o'brien",
    "pumping",
    "commercial bank",
    "deltares",
    "facilities",
    "rabobank",
    "water quality",
    "engineer",
    "zoë",
    "utrecht",
    "kim",
)


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident memory of this process in MB."""
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            key, value = line.split(":", 1)
            values[key] = int(value.split()[0]) / 1024
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)


# -- children -------------------------------------------------------------------------


def _wait_painted(app, widget) -> None:
    """Process events until ``widget`` has painted once."""
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        painted = False

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    watch = Watch()
    widget.installEventFilter(watch)
    while not watch.painted:
        app.processEvents()
    app.processEvents()  # let the paint finish
    widget.removeEventFilter(watch)


def child_bare(spawned: float, scroll: bool) -> dict:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(["bare"])
    window = QMainWindow()
    table = QTableView()
    table.setModel(QStandardItemModel(0, 6))
    window.setCentralWidget(table)
    window.resize(*SIZE)
    window.show()
    _wait_painted(app, table.viewport())
    result = {"startup": time.time() - spawned, "rss": rss_mb()[0]}
    if scroll:

        class Rows(QAbstractTableModel):
            def rowCount(self, parent=QModelIndex()):  # noqa: B008
                return 0 if parent.isValid() else 100_000

            def columnCount(self, parent=QModelIndex()):  # noqa: B008
                return 0 if parent.isValid() else 6

            def data(self, index, role=Qt.ItemDataRole.DisplayRole):
                if role == Qt.ItemDataRole.DisplayRole:
                    return f"row {index.row()} column {index.column()}"
                return None

        table.setModel(Rows(table))
        table.verticalHeader().hide()
        result["scroll"] = _scroll(app, table)
    return result


def _scroll(app, table) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    bar = table.verticalScrollBar()
    steps = []
    while bar.value() < bar.maximum():
        start = time.perf_counter()
        QTest.keyClick(table, Qt.Key.Key_PageDown)
        table.viewport().repaint()
        steps.append(time.perf_counter() - start)
    return steps


def child_app(spawned: float, db: str, measure: bool) -> dict:
    from PySide6.QtWidgets import QApplication

    from netdesk.core.storage.store import Store
    from netdesk.ui.main_window import MainWindow
    from netdesk.ui.runtime.services import Services
    from netdesk.ui.runtime.settings import Settings

    app = QApplication(["netdesk"])
    services = Services(Store.open(db, create=False))
    settings = Settings(Path(os.environ["BENCH_SETTINGS"]))
    window = MainWindow(services, settings, restore=False)
    window.resize(*SIZE)
    window.show()
    people = window.page("people")
    _wait_painted(app, people.table.viewport())
    startup = time.time() - spawned
    assert people.model.rowCount() > 0 and people.model.data(people.model.index(0, 0))
    result = {"startup": startup, "rss": rss_mb()[0], "rows": people.model.rowCount()}
    if not measure:
        return result
    people.set_search_delay(0)
    keystrokes, floor = [], []
    store = services.store
    for _round in range(3):
        for query in QUERIES:
            for end in range(1, len(query) + 1):
                text = query[:end]
                start = time.perf_counter()
                people.set_search(text)
                people.table.viewport().repaint()
                keystrokes.append(time.perf_counter() - start)
                start = time.perf_counter()
                store.people.search_window(text)
                floor.append(time.perf_counter() - start)
            people.set_search("")
    result["keystrokes"] = keystrokes
    result["floor"] = floor
    result["scroll"] = _scroll(app, people.table)
    result["rss_after"], result["rss_peak"] = rss_mb()
    return result


# -- parent -----------------------------------------------------------------------------


def spawn(kind: str, *args: str) -> dict:
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", BENCH_SETTINGS=str(HERE / "out" / "bench.ini")
    )
    spawned = time.time()
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(spawned), *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, spawned, *rest = args.child
        if kind == "bare":
            result = child_bare(float(spawned), rest == ["scroll"])
        else:
            result = child_app(float(spawned), rest[0], rest[1:] == ["measure"])
        print(json.dumps(result))
        return

    db, built = demo_db(args.people)
    print(f"# {machine()}")
    print(f"# database: {db.name}" + (f" (built in {built:.1f} s)" if built else " (cached)"))
    spawn("app", str(db))  # warm the file cache once
    bare, app = [], []
    for _ in range(args.rounds):
        bare.append(spawn("bare")["startup"])
        app.append(spawn("app", str(db))["startup"])
    print(f"start-up → painted, median of {args.rounds}:")
    print(f"  bare PySide6 window, empty QTableView:  {statistics.median(bare):.3f} s")
    print(
        f"  netdesk, People filled ({args.people:,}):   {statistics.median(app):.3f} s"
        f"  (ratio {statistics.median(app) / statistics.median(bare):.2f})"
    )

    measured = spawn("app", str(db), "measure")
    reference = spawn("bare", "scroll")
    keys, floor = measured["keystrokes"], measured["floor"]
    print(f"search keystroke → table repainted ({len(keys)} keystrokes):")
    print(f"  the id query alone (people.search_window):  {summary_ms(floor)}")
    print(f"  table updated and repainted:                {summary_ms(keys)}")
    print("scrolling first row → last, Page Down, each step painted:")
    for name, steps in (
        ("bare in-memory model", reference["scroll"]),
        ("netdesk People", measured["scroll"]),
    ):
        print(f"  {name:22} {len(steps):5} steps, total {sum(steps):.2f} s, {summary_ms(steps)}")
    print("resident memory:")
    print(f"  bare window: {reference['rss']:.0f} MB (after its scroll run)")
    print(
        f"  netdesk: {measured['rss']:.0f} MB after start-up, {measured['rss_after']:.0f} MB "
        f"after search and scrolling, peak {measured['rss_peak']:.0f} MB"
    )
    p95 = percentile(keys, 95) * 1000
    print(
        f"# goals: start-up < 1.5 s and ≤ 2× bare; keystroke p95 < 16 ms (is {p95:.1f}); "
        "RSS < 300 MB"
    )


if __name__ == "__main__":
    main()
