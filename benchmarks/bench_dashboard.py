"""The Home page at 100,000 people: its core function, and its first paint.

- ``home.gather()`` on a read-only connection (what the worker runs), and its parts;
- the page's worker function (opening its own connection first);
- the Home page built and shown: construction → first paint of the (empty) cards, on the
  window's thread; and construction → figures painted (the worker's read included).

Target: the figures painted in under 300 ms.

    .venv/bin/python benchmarks/bench_dashboard.py [--people N] [--rounds R]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import time

from common import demo_db, machine

from netdesk.core.followups import cadence
from netdesk.core.insights import home
from netdesk.core.storage.store import Store
from netdesk.core.topics import peers


def timed(fn, rounds: int) -> float:
    fn()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    path, _ = demo_db(args.people)
    print(machine())
    today = dt.date.today()
    with Store.open(path, read_only=True) as store:
        parts = [
            ("event_glance", lambda: home.event_glance(store, today=today)),
            ("follow-ups due", lambda: store.followups.count_due(today)),
            ("all_matches", lambda: peers.all_matches(store, limit=5)),
            (
                "givers to thank",
                lambda: store.conn.execute(
                    home.SQL_GIVERS,
                    {
                        "since": (today - dt.timedelta(days=home.GIVERS_DAYS)).isoformat(),
                        "limit": 5,
                    },
                ).fetchall(),
            ),
            ("going cold (cadence)", lambda: cadence.due(store, today=today)),
            ("for_my_challenges", lambda: peers.for_my_challenges(store, per_challenge=3)),
        ]
        for name, fn in parts:
            print(f"  {name:<24} {timed(fn, args.rounds) * 1000:7.1f} ms")
        gathered = timed(lambda: home.gather(store, today=today), args.rounds)
        print(f"gather()                   {gathered * 1000:7.1f} ms")
    from netdesk.ui.home.home_view import compute

    worker = timed(lambda: compute(str(path), 0), args.rounds)
    print(f"worker (own connection + gather) {worker * 1000:7.1f} ms")

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from netdesk.ui.home.home_view import HomeView
    from netdesk.ui.runtime.services import Services

    app = QApplication.instance() or QApplication([])
    with Store.open(path) as writer_store:
        services = Services(writer_store)
        first, filled = [], []
        for _ in range(args.rounds):
            start = time.perf_counter()
            view = HomeView(services)
            view.resize(1280, 800)
            view.show()
            app.processEvents()
            view.repaint()
            first.append(time.perf_counter() - start)
            while view.data is None:
                # Wait as the app's event loop does, without holding the GIL the worker needs.
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
                time.sleep(0.001)
            view.repaint()
            filled.append(time.perf_counter() - start)
            view.close()
            view.deleteLater()
            app.processEvents()
        print(f"Home page: built → first paint {statistics.median(first) * 1000:7.1f} ms; "
              f"built → figures painted {statistics.median(filled) * 1000:7.1f} ms "
              f"(median of {args.rounds})")  # fmt: skip
        services.tasks.wait()
        services.close()


if __name__ == "__main__":
    main()
