"""Importing large vCards: reading alone, and the whole import into a fresh database.

Run: .venv/bin/python benchmarks/bench_import.py
Goal (issue 11, item 8): linear time. Before the fix 5,000 EMAIL lines in one card took
24.5 s and 10,000 took 99.5 s; 100,000, a 48 MB folded photo and 3 MB of
quoted-printable soft breaks did not finish in 10 minutes, with the write lock held.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from pathlib import Path

from common import OUT, machine

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


def main() -> None:
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


if __name__ == "__main__":
    main()
