"""``netdesk export`` of 100,000 people, every format, as whole processes beside bare scripts.

Each round runs, as fresh processes and alternating:

- ``netdesk export --format vcard|csv|json|ics --out FILE`` on the 100,000-person demo;
- the reference for the people formats: a bare Python process (sqlite3 + csv) that
  SELECTs the same living people with their contact points and tags, by name, and
  writes them with the csv module;
- the reference for the archive: a bare Python process that SELECTs every table the
  archive holds and writes each row with json.dumps;
- with ``--before DIR`` (a checkout of an older netdesk), the same export commands from
  that code, for the memory it needed when it built each file whole.

Wall time (exec → exit) and peak memory (the child's maximum resident set, from wait4)
are the medians of the rounds.

    .venv/bin/python benchmarks/bench_export.py [--rounds 3] [--people 100000] [--before DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import demo_db, machine

PYTHON = sys.executable
NETDESK = str(Path(PYTHON).with_name("netdesk"))

BARE_CSV = r"""
import csv, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
points = [
    f"(SELECT group_concat(value, ' ::: ') FROM contact_points"
    f" WHERE person_id = p.id AND kind = '{kind}')"
    for kind in ("email", "phone", "url")
]
rows = conn.execute(
    "SELECT p.full_name, p.given_name, p.family_name, p.organisation, p.department, p.title, "
    + ", ".join(points)
    + ", (SELECT group_concat(t.name, ', ') FROM person_tags pt JOIN tags t ON t.id = pt.tag_id"
    "  WHERE pt.person_id = p.id), p.internal, p.notes"
    " FROM people p WHERE p.deleted_at IS NULL ORDER BY p.full_name COLLATE NOCASE, p.id"
)
with open(sys.argv[2], "w", encoding="utf-8", newline="") as out:
    writer = csv.writer(out)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
"""

BARE_JSON = r"""
import json, sqlite3, sys
tables = sys.argv[3].split(",")
conn = sqlite3.connect(sys.argv[1])
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for table in tables:
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1"):
            out.write(json.dumps([v.hex() if isinstance(v, bytes) else v for v in row]) + "\n")
"""


def run(command: list[str], cwd: Path | None = None) -> tuple[float, float]:
    """Seconds from exec to exit, and the peak resident memory in MB."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, cwd=cwd)
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"failed ({process.returncode}): {' '.join(command)}")
    return seconds, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--before", type=Path, help="a checkout of an older netdesk")
    args = parser.parse_args()
    db, built = demo_db(args.people)
    print(machine())
    if built:
        print(f"demo database of {args.people:,} people built in {built:.1f} s")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from netdesk.core.transfer.archive import TABLES

    work = Path(tempfile.mkdtemp(prefix="bench-export-"))
    # (command, folder it runs in): the older code runs from its own checkout.
    cases: dict[str, tuple[list[str], Path | None]] = {}
    for fmt in ("vcard", "csv", "json", "ics"):
        out = str(work / f"out.{fmt}")
        command = [NETDESK, "--db", str(db), "export", "--format", fmt, "--out", out]
        cases[f"netdesk export --format {fmt}"] = (command, None)
        if args.before:
            old = [PYTHON, "-m", "netdesk.cli.main", *command[1:-1], out + ".before"]
            cases[f"before: export --format {fmt}"] = (old, args.before.resolve())
    cases["bare csv (sqlite3 + csv)"] = (
        [PYTHON, "-c", BARE_CSV, str(db), str(work / "b.csv")],
        None,
    )
    cases["bare json (sqlite3 + json)"] = (
        [PYTHON, "-c", BARE_JSON, str(db), str(work / "b.json"), ",".join(TABLES)],
        None,
    )
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in cases}
    for _ in range(args.rounds):
        for name, (command, cwd) in cases.items():
            results[name].append(run(command, cwd))
    sizes = {p.name: p.stat().st_size for p in work.iterdir()}
    print(f"{'what':40} {'seconds':>8} {'peak MB':>8}")
    for name, values in results.items():
        seconds = statistics.median(v[0] for v in values)
        peak = statistics.median(v[1] for v in values)
        print(f"{name:40} {seconds:8.2f} {peak:8.0f}")
    print("files:", ", ".join(f"{n} {s / 1e6:.1f} MB" for n, s in sorted(sizes.items())))


if __name__ == "__main__":
    main()
