"""Importing: large vCards (issue 11), and address books of 10,000 cards and 100,000 rows
(issue 13), through the real ``netdesk import`` process beside vobject's parse alone.

Run: .venv/bin/python benchmarks/bench_import.py [large-cards|books|all]
Goal (issue 11, item 8): linear time. Before the fix 5,000 EMAIL lines in one card took
24.5 s and 10,000 took 99.5 s; 100,000, a 48 MB folded photo and 3 MB of
quoted-printable soft breaks did not finish in 10 minutes, with the write lock held.
Goal (issue 13): the whole ``netdesk import`` of 10,000 cards into a fresh database takes
less time than vobject's ``readComponents`` over the same file, measured in one run,
alternating, best of 3.
"""

from __future__ import annotations

import gc
import os
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from common import OUT, machine, scratch_copy

from netdesk.core import demo
from netdesk.core.formats.vcard import read_vcards
from netdesk.core.storage.store import Store
from netdesk.core.transfer.importing import import_files


def emails(count: int) -> str:
    lines = "".join(f"EMAIL;TYPE=work:person{i}@example.org\r\n" for i in range(count))
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Many Addresses\r\n{lines}END:VCARD\r\n"


def folded_photo(size: int) -> str:
    photo = "QUJD" * (size // 4)
    folded = "\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
    return f"BEGIN:VCARD\r\nFN:Photo Person\r\nPHOTO;ENCODING=b:{folded}\r\nEND:VCARD\r\n"


def soft_breaks(size: int) -> str:
    lines = "=\r\n".join("=41" * 25 for _ in range(size // 75))
    return f"BEGIN:VCARD\r\nFN:Long Note\r\nNOTE;ENCODING=QUOTED-PRINTABLE:{lines}\r\nEND:VCARD\r\n"


CASES: list[tuple[str, Callable[[], str]]] = [
    ("5,000 EMAIL lines in one card", lambda: emails(5_000)),
    ("10,000 EMAIL lines in one card", lambda: emails(10_000)),
    ("100,000 EMAIL lines in one card", lambda: emails(100_000)),
    ("48 MB photo folded at 75 characters", lambda: folded_photo(48_000_000)),
    ("3 MB of quoted-printable soft breaks", lambda: soft_breaks(3_000_000)),
]


def best(function: Callable[[], object], rounds: int = 3) -> float:
    times = []
    for _ in range(rounds):
        gc.collect()
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def import_once(path: Path) -> float:
    db = OUT / "bench-import.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    with Store.open(db) as store:
        start = time.perf_counter()
        summary = import_files(store, [path])
        elapsed = time.perf_counter() - start
    assert summary.items or summary.errors
    return elapsed


def people(count: int) -> list[tuple[str, str, str]]:
    """(given, family, organisation) as an address book has them: names from the demo's
    lists, a few hundred organisations (so look-alikes are as rare as in life)."""
    rng = random.Random(13)
    orgs = [f"{org} {place}" for org in demo.ORGANISATIONS for place in demo.PLACES][:300]
    return [
        (rng.choice(demo.GIVEN), rng.choice(demo.FAMILY), rng.choice(orgs)) for _ in range(count)
    ]


def address_book(count: int) -> str:
    """Cards as phones and address books write them: vCard 3.0 and 2.1 with
    quoted-printable names, a few without a name, Dutch and international numbers."""
    cards = []
    for i, (given, family, org) in enumerate(people(count)):
        if i % 10 == 9:  # Android 2.1: quoted-printable UTF-8 names
            cards.append(
                "BEGIN:VCARD\r\nVERSION:2.1\r\n"
                "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;\r\n"
                "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller\r\n"
                f"TEL;CELL:+49 151 {20000000 + i}\r\n"
                f"EMAIL;HOME:juergen{i}@example.de\r\nEND:VCARD\r\n"
            )
        elif i % 25 == 3:  # an address only, as Google and Evolution keep them
            cards.append(
                f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:\r\nEMAIL:info{i}@example.org\r\nEND:VCARD\r\n"
            )
        else:
            cards.append(
                f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:book-{i}\r\n"
                f"FN:{given} {family}\r\nN:{family};{given};;;\r\n"
                f"ORG:{org};Department {i % 7}\r\nTITLE:Engineer\r\n"
                f"EMAIL;TYPE=work:person{i}@example{i % 50}.org\r\n"
                f"TEL;TYPE=cell:+31 6 {10000000 + i}\r\n"
                f"URL:https://www.linkedin.com/in/person{i}\r\n"
                "NOTE:Met at the water board day\\, talked about pumping stations\r\n"
                "END:VCARD\r\n"
            )
    return "".join(cards)


def csv_book(count: int) -> str:
    rows = ["First Name,Last Name,Company,Job Title,E-mail Address,Mobile Phone,Notes"]
    rows += [
        f"{given},{family},{org},Advisor,row{i}@example{i % 50}.org,+31 6 {20000000 + i},imported"
        for i, (given, family, org) in enumerate(people(count))
    ]
    return "\r\n".join(rows) + "\r\n"


VOBJECT = "import sys, time, vobject\n" \
    "text = open(sys.argv[1], encoding='utf-8').read()\n" \
    "start, cpu = time.perf_counter(), time.process_time()\n" \
    "n = sum(1 for _ in vobject.readComponents(text))\n" \
    "print(time.perf_counter() - start, time.process_time() - cpu, n)\n"  # fmt: skip


def netdesk_import(path: Path, *extra: str) -> tuple[float, float]:
    """(wall, CPU) seconds of the whole ``netdesk import`` process into a fresh database."""
    db = OUT / "bench-book.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return run_netdesk(db, path, *extra)


def run_netdesk(db: Path, path: Path, *extra: str) -> tuple[float, float]:
    return run_command(db, "import", str(path), *extra)


def run_command(db: Path, *args: str) -> tuple[float, float]:
    """(wall, CPU) seconds of one ``netdesk`` process."""
    command = Path(sys.executable).with_name("netdesk")  # the installed command, as users run it
    argv = [str(command), "--db", str(db), *args]
    env = dict(os.environ, NETDESK_DB=str(db))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL, timeout=900)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def vobject_parse(path: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of vobject's parse alone (its start and file read not counted)."""
    done = subprocess.run(
        [sys.executable, "-c", VOBJECT, str(path)], check=True, capture_output=True, text=True
    )
    wall, cpu, _count = done.stdout.split()
    return float(wall), float(cpu)


def best_of(runs: list[tuple[float, float]]) -> tuple[float, float]:
    return min(w for w, _c in runs), min(c for _w, c in runs)


def row(label: str, seconds: tuple[float, float]) -> None:
    print(f"| {label} | {seconds[0]:.2f} s | {seconds[1]:.2f} s |")


def books() -> None:
    OUT.mkdir(exist_ok=True)
    print(machine())
    print(f"load average before: {os.getloadavg()[0]:.1f}")
    path = OUT / "bench-book.vcf"
    path.write_text(address_book(10_000), encoding="utf-8", newline="")
    ours, theirs = [], []
    for _ in range(5):  # alternating, so a busy moment of the machine hits both
        theirs.append(vobject_parse(path))
        ours.append(netdesk_import(path))
    with_json = netdesk_import(path, "--json")
    db = OUT / "bench-book.db"
    again = run_netdesk(db, path)  # everyone known: nothing written
    print("| 10,000 cards (2.6 MB) | wall, best of 5 | CPU, best of 5 |")
    print("|---|---|---|")
    row("vobject `readComponents` alone", best_of(theirs))
    row("`netdesk import` process, fresh database", best_of(ours))
    row("the same with `--json` (10,000 people printed)", with_json)
    row("the same file again (all unchanged)", again)
    print("all runs (wall/CPU): vobject", [(round(w, 2), round(c, 2)) for w, c in theirs])
    print("                     netdesk", [(round(w, 2), round(c, 2)) for w, c in ours])
    # Into the 100,000-person demo database, then undone as a whole.
    big = scratch_copy(100_000, "bench-import-into")
    into = run_netdesk(big, path)
    undo = run_command(big, "import", "--undo", "1")
    row("the 10,000 cards into the 100,000-person demo database", into)
    row("`netdesk import --undo` of those 10,000", undo)
    rows = OUT / "bench-book.csv"
    rows.write_text(csv_book(100_000), encoding="utf-8", newline="")
    first = netdesk_import(rows)
    second = run_netdesk(db, rows)
    row("100,000 CSV rows, fresh database", first)
    row("100,000 CSV rows again (all unchanged)", second)
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    path.unlink()
    rows.unlink()


def large_cards() -> None:
    OUT.mkdir(exist_ok=True)
    print(machine())
    print("| input | file | read (best of 3) | whole import (fresh database) |")
    print("|---|---|---|---|")
    for label, make in CASES:
        text = make()
        path = OUT / "bench-import.vcf"
        path.write_text(text, encoding="utf-8", newline="")
        read = best(lambda text=text: read_vcards(text))
        whole = import_once(path)
        size = path.stat().st_size / 1e6
        print(f"| {label} | {size:.1f} MB | {read:.2f} s | {whole:.2f} s |")
        path.unlink()


def main() -> None:
    which = sys.argv[1] if len(sys.argv) > 1 else "all"
    if which in ("large-cards", "all"):
        large_cards()
    if which in ("books", "all"):
        books()


if __name__ == "__main__":
    main()
