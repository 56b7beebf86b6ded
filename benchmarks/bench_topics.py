"""Topics at 100,000 people: the match list for one challenge, peers, suggestions.

For the demo's busiest challenge (and every other topic) the script times, on the cached
demo database (``netdesk demo --people 100000``: about 12,500 challenges, 8,000 offers
and 5,000 interests over 18 topics):

- ``peers.matches(topic)``: the match list for one challenge (target: under 50 ms);
- ``peers.all_matches()``: the Home page's introductions across topics;
- ``peers.peers(topic)`` and ``peers.for_my_challenges()``;
- ``topics.suggest()`` for a few typed prefixes; ``topics.proposed_for_person()``.

    .venv/bin/python benchmarks/bench_topics.py [--people N] [--rounds R]
"""

from __future__ import annotations

import argparse
import statistics
import time

from common import demo_db, machine

from netdesk.core.storage.store import Store
from netdesk.core.topics import peers, topics


def timed(fn, rounds: int) -> list[float]:
    fn()  # warm the page cache
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def ms(times: list[float]) -> str:
    return f"median {statistics.median(times) * 1000:6.2f} ms, max {max(times) * 1000:6.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    path, built = demo_db(args.people)
    print(machine())
    if built:
        print(f"built the demo database in {built:.1f} s")
    with Store.open(path, read_only=True) as store:
        counts = dict(store.conn.execute("SELECT role, count(*) FROM person_topics GROUP BY role"))
        print(f"{args.people:,} people; topics held: {counts}; rounds: {args.rounds}")
        busiest = store.scalar(
            "SELECT topic_id FROM person_topics WHERE role = 'challenge'"
            " GROUP BY topic_id ORDER BY count(*) DESC LIMIT 1"
        )
        label = topics.get(store, busiest).label
        needs = peers.count(store, busiest, role="challenge")
        offers = peers.count(store, busiest, role="offer")
        print(f"busiest challenge: {label!r}, {needs:,} needs and {offers:,} offers")
        found = peers.matches(store, busiest)

        def line(name: str, fn) -> None:
            print(f"{name:<28}{ms(timed(fn, args.rounds))}")

        line("matches(busiest)", lambda: peers.matches(store, busiest))
        print(f"  ({len(found)} pairs)")
        every = [t for (t,) in store.conn.execute("SELECT DISTINCT topic_id FROM person_topics")]
        worst = max(statistics.median(timed(lambda t=t: peers.matches(store, t), 5)) for t in every)
        print(f"matches(each of {len(every)} topics) worst median {worst * 1000:6.2f} ms")
        line("all_matches()", lambda: peers.all_matches(store))
        line("peers(busiest, 50)", lambda: peers.peers(store, busiest))
        line("for_my_challenges()", lambda: peers.for_my_challenges(store))
        for typed in ("p", "pump", "data lit", "station"):
            line(f"suggest({typed!r})", lambda t=typed: topics.suggest(store, t))
        person = store.scalar("SELECT max(person_id) FROM person_topics")
        line("proposed_for_person()", lambda: topics.proposed_for_person(store, person))


if __name__ == "__main__":
    main()
