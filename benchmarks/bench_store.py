"""Foundation figures at 100,000 people: build time, search-as-you-type, file size.

Search goes through the core API (``store.people.search``: ranked, rows
hydrated) and, on the same file in the same run, through the bare FTS5
statements it is compared with: an unranked ``LIMIT 50`` (the floor) and a
full ``ORDER BY rank`` (what a naive implementation would pay).

    .venv/bin/python benchmarks/bench_store.py [--people N] [--fresh]
"""

from __future__ import annotations

import argparse
import sqlite3
import time

from common import demo_db, machine, percentile, summary_ms

from netdesk.core.people.search import match_expression
from netdesk.core.storage.store import Store

# What people type, keystroke by keystroke, for names, organisations and topics.
TYPED = ["jan", "jose", "ørsted", "wis", "van den", "rabo", "pump", "commercial bank",
         "delft", "søren", "mül", "o'brien", "data", "water", "kim", "li", "m", "z"]  # fmt: skip
PREFIXES = [word[:n] for word in TYPED for n in range(1, len(word) + 1)]
ROUNDS = 10


def time_calls(fn, queries: list[str]) -> list[float]:
    times = []
    for _ in range(ROUNDS):
        for query in queries:
            start = time.perf_counter()
            fn(query)
            times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--fresh", action="store_true", help="rebuild the database")
    args = parser.parse_args()

    path, build = demo_db(args.people, fresh=args.fresh)
    print(f"machine: {machine()}")
    if build is not None:
        print(f"demo --people {args.people}: {build:.1f} s")
    wal = path.with_name(path.name + "-wal")
    wal_mb = wal.stat().st_size / 1e6 if wal.exists() else 0.0
    print(f"database: {path.stat().st_size / 1e6:.1f} MB (+ WAL {wal_mb:.1f} MB)")

    store = Store.open(path)
    bare = sqlite3.connect(path)
    queries = [q for q in PREFIXES if match_expression(q)]

    def bare_unranked(q: str) -> list:
        return bare.execute("SELECT rowid FROM people_fts WHERE people_fts MATCH ? LIMIT 50",
                            (match_expression(q),)).fetchall()  # fmt: skip

    def bare_ranked(q: str) -> list:
        return bare.execute(
            "SELECT rowid FROM people_fts WHERE people_fts MATCH ? ORDER BY rank LIMIT 50",
            (match_expression(q),),
        ).fetchall()

    for fn in (store.people.search, bare_unranked, bare_ranked):  # warm the page cache
        for q in queries:
            fn(q)
    api = time_calls(lambda q: store.people.search(q, limit=50), queries)
    floor = time_calls(bare_unranked, queries)
    naive = time_calls(bare_ranked, queries)
    print(f"{len(queries)} prefixes x {ROUNDS} rounds, 50 results each")
    print(f"  core API  people.search      {summary_ms(api)}")
    print(f"  bare FTS5 unranked LIMIT 50  {summary_ms(floor)}")
    print(f"  bare FTS5 ORDER BY rank      {summary_ms(naive)}")
    print(f"  p95 ratio API / bare unranked: {percentile(api, 95) / percentile(floor, 95):.2f}")
    print(f"  p95 ratio API / bare ranked:   {percentile(api, 95) / percentile(naive, 95):.2f}")
    store.close()


if __name__ == "__main__":
    main()
