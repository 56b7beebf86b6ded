"""The write lane at 100,000 people: a quick capture from Enter to the new row on screen.

The main window (People shown, offscreen at 1280×800) over a copy of the cached demo
database. For each of N captures the Quick capture dialog is opened and filled (not
timed), then from Enter pressed in the name field the script records:

- **saved**: the write committed on the app's writer thread and the dialog heard
  it (``QuickCapture.saved``);
- **in the model**: the People model's id list holds the new person (the window
  heard its own commit and the view ran its query again);
- **painted**: the People table's viewport has painted after that.

The new people are named so that they sort first ("Aad Aalbers 99", "… 98", …): the
row painted is on screen, which the script checks.

Beside it, from the same run on the same file in the same process (after the
captures, so that no refresh of the window falls into them):

- a bare ``INSERT`` of one person row on a plain ``sqlite3`` connection in its own
  transaction (``synchronous = NORMAL``, as the store sets it; the search-index
  triggers fire as for any insert);
- ``store.people.add`` on the app's writing store (its transaction, the search row,
  the change counters);
- ``capture_person``, the operation the dialog runs, called directly.

    .venv/bin/python benchmarks/bench_capture.py [--people N] [--captures N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import statistics
import time

from common import OUT, machine, scratch_copy, summary_ms

SIZE = (1280, 800)
WARM_UP = 3


def capture_once(app, window, people, name: str) -> dict[str, float]:
    """One capture through the dialog; seconds from Enter to each stage."""
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest

    opened = time.perf_counter()
    dialog = window.quick_capture()
    while not dialog.name.hasFocus():
        app.processEvents()
    shown = time.perf_counter() - opened
    dialog.name.setText(name)
    dialog.context.setText("benchmark: met at the coffee table")

    class Paints(QObject):
        """When the table's viewport last began to paint."""

        last = 0.0

        def eventFilter(self, _obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.last = time.perf_counter()
            return False

    paints = Paints()
    viewport = people.table.viewport()
    viewport.installEventFilter(paints)
    saved: list[tuple[int, float]] = []
    dialog.saved.connect(lambda person_id: saved.append((person_id, time.perf_counter())))

    start = time.perf_counter()
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)
    while not saved:
        app.processEvents()
    person_id, saved_at = saved[0]
    while people.model.row_of(person_id) is None:
        app.processEvents()
    in_model = time.perf_counter()
    # The paint event is delivered inside processEvents: once it returns, the row is drawn.
    while paints.last <= in_model:
        app.processEvents()
    painted = time.perf_counter()
    viewport.removeEventFilter(paints)
    row = people.model.row_of(person_id)
    first, last = people.table.rowAt(0), people.table.rowAt(viewport.height() - 1)
    on_screen = first <= row and (last == -1 or row <= last)
    return {
        "shown": shown,
        "saved": saved_at - start,
        "in_model": in_model - start,
        "painted": painted - start,
        "on_screen": float(on_screen),
    }


def bare_inserts(db, count: int) -> list[float]:
    """One person row a transaction on a plain connection: what SQLite itself needs."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA synchronous = NORMAL")  # as Store sets it
    now = dt.datetime.now().isoformat(timespec="seconds")
    times = []
    try:
        for i in range(count):
            start = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "INSERT INTO people(full_name, created_at, updated_at) VALUES (?, ?, ?)",
                (f"Bare Insert {i}", now, now),
            )
            conn.execute("COMMIT")
            times.append(time.perf_counter() - start)
    finally:
        conn.close()
    return times


def timed_calls(fn, count: int) -> list[float]:
    times = []
    for i in range(count):
        start = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--captures", type=int, default=50)
    args = parser.parse_args()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported
    from PySide6.QtWidgets import QApplication

    from netdesk.core.model import PersonFields
    from netdesk.core.operations.capture import capture_person
    from netdesk.core.storage.store import Store
    from netdesk.ui.main_window import MainWindow
    from netdesk.ui.runtime.services import Services
    from netdesk.ui.runtime.settings import Settings

    db = scratch_copy(args.people, "bench-capture")
    print(f"# {machine()}")
    print(f"# database: copy of demo-{args.people}.db ({db.stat().st_size / 1e6:.1f} MB)")

    app = QApplication(["netdesk"])
    store = Store.open(db, create=False)
    services = Services(store)
    settings = Settings(OUT / "bench-capture.ini")
    window = MainWindow(services, settings, restore=False)
    window.resize(*SIZE)
    window.show()
    people = window.show_page("people")
    while people.model.rowCount() == 0:
        app.processEvents()
    app.processEvents()

    total = WARM_UP + args.captures
    stages: dict[str, list[float]] = {}
    for i in range(total):
        # Decreasing numbers: each new person sorts first, so its row is the top one.
        result = capture_once(app, window, people, f"Aad Aalbers {total - i:03d}")
        if i >= WARM_UP:
            for key, value in result.items():
                stages.setdefault(key, []).append(value)

    # The references, after the captures: a refresh of the window must not fall into them.
    bare = bare_inserts(db, args.captures)
    added = timed_calls(
        lambda i: store.people.add(PersonFields(full_name=f"People Add {i}")), args.captures
    )
    operation = timed_calls(
        lambda i: capture_person(
            store,
            PersonFields(full_name=f"Capture Person {i}"),
            event_id=services.current_event_id,
            context="benchmark: met at the coffee table",
        ),
        args.captures,
    )

    n = args.captures
    print(f"references, {n} each, one transaction a person, same file, same process:")
    print(f"  bare INSERT of one person row (plain sqlite3):  {summary_ms(bare)}")
    print(f"  store.people.add:                               {summary_ms(added)}")
    print(f"  capture_person (the dialog's operation):        {summary_ms(operation)}")
    print(f"quick capture through the window, {n} captures after {WARM_UP} warm-up:")
    print(f"  Ctrl+N → dialog ready (not in the figures below): {summary_ms(stages['shown'])}")
    print(f"  Enter → committed (dialog.saved):               {summary_ms(stages['saved'])}")
    print(f"  Enter → new person in the People model:         {summary_ms(stages['in_model'])}")
    print(f"  Enter → People table painted:                   {summary_ms(stages['painted'])}")
    print(f"  new row on screen when painted: {int(sum(stages['on_screen']))}/{n}")
    ratio = statistics.median(stages["painted"]) / statistics.median(bare)
    print(f"# median Enter → painted / median bare INSERT: {ratio:.1f}")

    window.close()
    services.close()
    store.close()


if __name__ == "__main__":
    main()
