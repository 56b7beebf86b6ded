"""Shared helpers for the benchmark scripts: the cached 100k database, machine, stats."""

from __future__ import annotations

import os
import platform
import shutil
import sqlite3
import statistics
import time
from pathlib import Path

from netdesk.core import demo
from netdesk.core.storage.store import Store

OUT = Path(__file__).resolve().parent / "out"


def demo_db(people: int = 100_000, *, fresh: bool = False) -> tuple[Path, float | None]:
    """A demo database of ``people`` (built once and cached); returns (path, build seconds)."""
    OUT.mkdir(exist_ok=True)
    path = OUT / f"demo-{people}.db"
    if path.exists() and not fresh:
        return path, None
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    start = time.perf_counter()
    with Store.open(path) as store:
        demo.fill(store, people)
    return path, time.perf_counter() - start


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, {platform.system()} {platform.release()}"
    )


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary_ms(values: list[float]) -> str:
    return (
        f"p50 {statistics.median(values) * 1000:.2f} ms, "
        f"p95 {percentile(values, 95) * 1000:.2f} ms, max {max(values) * 1000:.2f} ms"
    )


def scratch_copy(people: int, name: str) -> Path:
    """A fresh copy of the cached demo database, for a benchmark that writes to it."""
    source, _ = demo_db(people)
    path = OUT / f"{name}-{people}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, path)
    return path
