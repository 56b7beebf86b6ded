"""Insights at 100,000 people: each core function beside its bare SQL, and the view.

For every function in ``netdesk.core.insights.insights`` the script times, on the same
file in the same run:

- the bare statements it runs (the module's SQL constants with the same
  parameters, on a plain ``sqlite3`` connection, every row fetched): what
  SQLite itself needs;
- the function: the same queries plus building the frozen dataclasses.

Then ``gather()`` (all of them), the view's worker function (opening its own
connection first), and the Insights view: refresh → figures on screen, and the
part of that spent on the GUI thread (filling the cards and charts).

Works on a copy of the cached demo database, with a realistic set-up added:
2,000 introductions (half with an outcome), two tags with a cadence and a
thousand people with their own.

    .venv/bin/python benchmarks/bench_insights.py [--people N] [--rounds R]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import statistics
import time

from common import machine, scratch_copy

from netdesk.core.dates import iso_date
from netdesk.core.followups import cadence
from netdesk.core.insights import insights
from netdesk.core.storage.store import Store


def timed(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bare(conn: sqlite3.Connection, *statements: tuple[str, dict]):
    def run() -> None:
        for sql, params in statements:
            conn.execute(sql, params).fetchall()

    return run


def prepare(store: Store) -> None:
    cadence.set_tag_cadence(store, "mentor", 30)
    cadence.set_tag_cadence(store, "peer", 91)
    with store.transaction() as conn:
        conn.execute("UPDATE people SET cadence_days = 365 WHERE id % 100 = 0")
        conn.executemany(
            "INSERT INTO introductions (person_a, person_b, why, outcome, made_on)"
            " VALUES (?, ?, 'same problem', ?, ?)",
            [
                (n * 37 % 99_000 + 1, n * 53 % 99_000 + 2, "met" if n % 2 else "",
                 (dt.date.today() - dt.timedelta(days=n % 365)).isoformat())
                for n in range(2_000)
                if n * 37 % 99_000 + 1 != n * 53 % 99_000 + 2
            ],
        )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    path = scratch_copy(args.people, "insights")
    print(machine())
    today = dt.date.today()
    since = iso_date(today - dt.timedelta(days=insights.RECENT_DAYS))
    months = insights._months_back(today, 12)
    with Store.open(path) as store:
        prepare(store)
        conn = sqlite3.connect(path)
        t = {"today": iso_date(today), "since": since, "limit": 6}
        cases = [
            ("internal_coverage", lambda: insights.internal_coverage(store, today=today),
             bare(conn, (insights.SQL_DEPARTMENTS, t), (insights.SQL_CONNECTOR, t))),
            ("external_reach", lambda: insights.external_reach(store, today=today),
             bare(conn, (insights.SQL_ORGANISATIONS, t))),
            ("reciprocity", lambda: insights.reciprocity(store, today=today),
             bare(conn, (insights.SQL_EXCHANGE_MONTHS, {"since": months[0]}),
                  (insights.SQL_EXCHANGE_KINDS, {}), (insights.SQL_BALANCES, {}))),
            ("introductions", lambda: insights.introductions(store),
             bare(conn, (insights.SQL_INTRODUCTIONS, {}),
                  (insights.SQL_INTRODUCED_MOST, {"limit": 5}),
                  (insights.SQL_INTRODUCED_ME, {"limit": 5}))),
            ("follow_through", lambda: insights.follow_through(store, today=today),
             bare(conn, (insights.SQL_FOLLOWUP_STATES, t),
                  (insights.SQL_EVENT_FOLLOW_THROUGH, t))),
            ("keep_in_touch", lambda: insights.keep_in_touch(store, today=today),
             bare(conn, (cadence._CANDIDATES + "SELECT count(*) FROM due", t),
                  (cadence._CANDIDATES + "SELECT * FROM due ORDER BY due_on LIMIT 6", t))),
            # The bare reference lists the goals; the function also counts each one's progress.
            ("goals_across_events", lambda: insights.goals_across_events(store),
             bare(conn, (insights.SQL_GOAL_EVENTS, {}), ("SELECT * FROM goals", {}))),
        ]  # fmt: skip
        goals = store.scalar("SELECT count(*) FROM goals")
        intros = store.scalar("SELECT count(*) FROM introductions")
        print(f"{args.people:,} people, {goals:,} goals, {intros:,} introductions; "
              f"median of {args.rounds} rounds")  # fmt: skip
        print(f"{'function':<22} {'bare SQL':>10} {'function':>10} {'ratio':>6}")
        rows = []
        for name, fn, reference in cases:
            fn()  # warm the page cache for both
            b, f = timed(reference, args.rounds), timed(fn, args.rounds)
            rows.append((name, b, f))
            print(f"{name:<22} {b * 1000:>8.1f}ms {f * 1000:>8.1f}ms {f / b:>6.2f}")
        total_bare = sum(b for _, b, _ in rows)
        gather = timed(lambda: insights.gather(store, today=today), args.rounds)
        print(f"{'gather (all)':<22} {total_bare * 1000:>8.1f}ms {gather * 1000:>8.1f}ms "
              f"{gather / total_bare:>6.2f}")  # fmt: skip
        conn.close()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from netdesk.ui.insights import insights_view
    from netdesk.ui.runtime.services import Services

    worker = timed(lambda: insights_view.compute(str(path), today), args.rounds)
    print(f"view worker (own connection + gather): {worker * 1000:.1f} ms")
    app = QApplication.instance() or QApplication([])
    with Store.open(path) as store:
        services = Services(store)
        view = insights_view.InsightsView(services, debounce_ms=0)
        view.resize(1280, 800)
        view.show()
        services.tasks.wait()
        app.processEvents()
        data = insights_view.compute(str(path), today)
        fill, total, done = [], [], []
        view.refreshed.connect(lambda: done.append(time.perf_counter()))
        for _ in range(args.rounds):
            start = time.perf_counter()
            view.show_data(data)
            app.processEvents()
            view.repaint()
            fill.append(time.perf_counter() - start)
            done.clear()
            start = time.perf_counter()
            view.refresh()
            while not done:
                app.processEvents()
            view.repaint()
            total.append(time.perf_counter() - start)
        print(f"view GUI thread (fill cards and charts, paint): "
              f"{statistics.median(fill) * 1000:.1f} ms")  # fmt: skip
        print(f"view refresh → figures painted: {statistics.median(total) * 1000:.1f} ms")
        services.tasks.wait()
        services.close()


if __name__ == "__main__":
    main()
