"""After-the-event figures at 100,000 people: reminder checks, review cards, .ics export.

Each figure is printed beside the reference it is compared with, measured on
the same file in the same run:

- ``cadence.count_due`` (people out of touch for longer than their cadence)
  beside ``followups.count_due`` (the open follow-ups due): the reminder check
  runs both on the GUI thread, on start, on every write and once a minute;
- ``review.items`` for the event with the most people beside
  ``encounters.for_event`` for that event (the plain encounter listing);
- the iCalendar export of every open follow-up beside listing them.

Works on a copy of the cached demo database (cadences are set on the copy).

    .venv/bin/python benchmarks/bench_followup.py [--people N] [--rounds R]
"""

from __future__ import annotations

import argparse
import statistics
import time
from zoneinfo import ZoneInfo

from common import OUT, machine, scratch_copy

from netdesk.core.events import review
from netdesk.core.followups import cadence
from netdesk.core.formats import ics
from netdesk.core.storage.store import Store


def timed(fn, rounds: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(rounds):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    path = scratch_copy(args.people, "followup")
    print(machine())
    with Store.open(path) as store:
        # A realistic set-up: two tags with a cadence, and a thousand people with their own.
        cadence.set_tag_cadence(store, "mentor", 30)
        cadence.set_tag_cadence(store, "peer", 91)
        with store.transaction() as conn:
            conn.execute("UPDATE people SET cadence_days = 365 WHERE id % 100 = 0")
        with_cadence = store.scalar(
            "SELECT count(*) FROM people p WHERE cadence_days IS NOT NULL OR EXISTS"
            " (SELECT 1 FROM person_tags pt JOIN tags t ON t.id = pt.tag_id"
            " WHERE pt.person_id = p.id AND t.cadence_days IS NOT NULL)"
        )
        print(f"{args.people:,} people, {with_cadence:,} with a cadence")

        ref, due = timed(store.followups.count_due, args.rounds)
        mine, people_due = timed(lambda: cadence.count_due(store), args.rounds)
        print(
            f"reminder check: followups.count_due {ref * 1000:.1f} ms ({due:,} due)"
            f" | cadence.count_due {mine * 1000:.1f} ms ({people_due:,} people due)"
        )

        events = store.events.list()
        biggest = max(events, key=lambda e: e.people_met)
        ref, encounters = timed(lambda: store.encounters.for_event(biggest.id), args.rounds)
        mine, cards = timed(lambda: review.items(store, biggest.id), args.rounds)
        print(
            f"review cards for '{biggest.name}': encounters.for_event {ref * 1000:.1f} ms"
            f" ({len(encounters)} encounters) | review.items {mine * 1000:.1f} ms"
            f" ({len(cards)} people)"
        )

        tz = ZoneInfo("Europe/Amsterdam")
        ref, followups = timed(lambda: store.followups.list("open"), args.rounds)
        mine, data = timed(lambda: ics.serialise(followups, tz=tz), max(1, args.rounds // 2))
        print(
            f"ics export: followups.list('open') {ref * 1000:.1f} ms ({len(followups):,})"
            f" | ics.serialise {mine * 1000:.0f} ms ({len(data) / 1e6:.1f} MB)"
        )
    for suffix in ("", "-wal", "-shm"):
        (OUT / f"{path.name}{suffix}").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
