"""The vCard reader in linear time: ten times the input should take about ten times as long.

Hostile files are the reason: a reader that re-joins folded lines or re-scans a card per
property turns a 5 MB file into minutes (quadratic reading measured ~100x for 10x input).

    .venv/bin/python benchmarks/bench_vcard_scaling.py
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from netdesk.core.formats.vcard import read_vcards


def best_time(function: Callable[[], object], rounds: int = 3) -> float:
    """The fastest of a few runs, the garbage collector paused (its passes grow with every
    object alive, not with the reader's work)."""
    times = []
    gc.collect()
    gc.disable()
    try:
        for _ in range(rounds):
            start = time.perf_counter()
            function()
            times.append(time.perf_counter() - start)
    finally:
        gc.enable()
    return min(times)


def many_emails(count: int) -> str:
    emails = "".join(f"EMAIL;TYPE=work:person{i}@example.org\r\n" for i in range(count))
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Many Addresses\r\n{emails}END:VCARD\r\n"


def folded_photo(size: int) -> str:
    photo = "QUJD" * (size // 4)
    folded = "\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
    return f"BEGIN:VCARD\r\nFN:Photo Person\r\nPHOTO;ENCODING=b:{folded}\r\nEND:VCARD\r\n"


def soft_broken_note(size: int) -> str:
    lines = "=\r\n".join("=41" * 25 for _ in range(size // 75))
    return f"BEGIN:VCARD\r\nFN:Long Note\r\nNOTE;ENCODING=QUOTED-PRINTABLE:{lines}\r\nEND:VCARD\r\n"


CASES = {
    "one card, 10,000 -> 100,000 emails": (many_emails, 10_000, 100_000),
    "folded photo, 0.5 -> 5 MB": (folded_photo, 500_000, 5_000_000),
    "soft line breaks, 0.5 -> 5 MB": (soft_broken_note, 500_000, 5_000_000),
}


def main() -> None:
    for name, (make, small, large) in CASES.items():
        a, b = make(small), make(large)
        t_small = best_time(lambda a=a: read_vcards(a))
        t_large = best_time(lambda b=b: read_vcards(b))
        print(f"{name:38} {t_small:7.3f} s -> {t_large:7.3f} s   x{t_large / t_small:5.1f}")


if __name__ == "__main__":
    main()
