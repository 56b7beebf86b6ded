"""The vCard reader in linear time: ten times the input should take about ten times as long.

Hostile files are the reason: a reader that re-joins folded lines or re-scans a card per
property turns a 5 MB file into minutes (quadratic reading measured ~100x for 10x input).

    .venv/bin/python benchmarks/bench_vcard_scaling.py
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from bench_import import emails, folded_photo, soft_breaks

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


CASES = {
    "one card, 10,000 -> 100,000 emails": (emails, 10_000, 100_000),
    "folded photo, 0.5 -> 5 MB": (folded_photo, 500_000, 5_000_000),
    "soft line breaks, 0.5 -> 5 MB": (soft_breaks, 500_000, 5_000_000),
}


def main() -> None:
    for name, (make, small, large) in CASES.items():
        a, b = make(small), make(large)
        t_small = best_time(lambda a=a: read_vcards(a))
        t_large = best_time(lambda b=b: read_vcards(b))
        print(f"{name:38} {t_small:7.3f} s -> {t_large:7.3f} s   x{t_large / t_small:5.1f}")


if __name__ == "__main__":
    main()
