"""My QR card: time to make the card PNG against segno in the same run, and a 100-badge PDF.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_card.py
Goal (issue 5): the card PNG within 1.5× of segno's time, or faster.
"""

from __future__ import annotations

import csv
import io
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qrcode
import segno

from netdesk.core.qr import image as qrimage
from netdesk.core.qr.payload import card_code, payload

PROFILES = {
    "short ASCII (150 B)": {
        "name": "Sam Lee",
        "organisation": "Example Inc",
        "emails": ["sam@example.com"],
        "phones": ["+44 20 7946 0958"],
    },
    "typical accented (300 B)": {
        "name": "José Ørsted",
        "organisation": "Waterschap Rijn en IJssel",
        "department": "Pumping stations",
        "title": "Asset engineer",
        "emails": ["jose.orsted@wrij.example.org"],
        "phones": ["+31 6 1234 5678"],
        "linkedin": "https://www.linkedin.com/in/jose-orsted",
    },
    "near the limit (394 B)": {
        "name": "Zoë O'Brien-Smith",
        "organisation": "Acme; Partners",
        "title": "Director",
        "emails": ["zoe@example.org", "zoe.obrien-smith@acme.example.com"],
        "phones": ["+44 20 7946 0958", "+44 7700 900123"],
        "website": "https://acme.example.com",
        "note": "Happy to compare notes on ageing pumping stations.",
    },
}
SIZE = 600  # pixels, the default of `netdesk card qr`


def median_ms(fn: Callable[[], object], repeat: int = 30) -> float:
    fn()  # warm-up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def ours(fields: dict) -> bytes:
    return qrimage.png_bytes(card_code(fields), SIZE)


def with_segno(text: str) -> bytes:
    # Same payload, same rules: byte mode, ECI only when non-ASCII, level ≥ M, 4-module border.
    code = segno.make(text, error="m", micro=False, eci=not text.isascii(), encoding="utf-8")
    out = io.BytesIO()
    code.save(out, kind="png", scale=max(1, SIZE // code.symbol_size(scale=1)[0]), border=4)
    return out.getvalue()


def with_qrcode_defaults(text: str) -> bytes:
    out = io.BytesIO()
    qrcode.make(text.encode("utf-8"), border=4).save(out)
    return out.getvalue()


def bench_png() -> None:
    print("Card PNG (600 px), median of 30 runs, same process:")
    print(f"  {'profile':28} {'netdesk':>9} {'segno':>9} {'ratio':>7} {'qrcode default':>15}")
    for label, fields in PROFILES.items():
        text = payload(fields)
        a = median_ms(lambda f=fields: ours(f))
        b = median_ms(lambda t=text: with_segno(t))
        c = median_ms(lambda t=text: with_qrcode_defaults(t), repeat=10)
        print(f"  {label:28} {a:8.1f}ms {b:8.1f}ms {a / b:6.2f}× {c:13.1f}ms")


def bench_sheet() -> None:
    from PySide6.QtGui import QGuiApplication

    from netdesk.core.qr.badges import attendee_cards
    from netdesk.ui.card.card_sheet import SheetOptions, render_sheet

    app = QGuiApplication.instance() or QGuiApplication([])
    names = ["José Ørsted", "王小明", "Zoë O'Brien-Smith", "Anna Kowalska", "Jan van der Berg"]
    with tempfile.TemporaryDirectory() as tmp:
        attendees = Path(tmp) / "attendees.csv"
        with attendees.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["name", "organisation", "email"])
            for i in range(100):
                org = f"Waterschap {i % 7}"
                writer.writerow([f"{names[i % 5]} {i}", org, f"person{i}@example.org"])
        out = Path(tmp) / "badges.pdf"
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            entries = attendee_cards(attendees)
            codes_done = time.perf_counter()
            pages = render_sheet(entries, out, SheetOptions(layout="badges", paper="a4"))
            runs.append((codes_done - start, time.perf_counter() - codes_done))
        codes, draw = min(runs, key=lambda r: r[0] + r[1])
        size = out.stat().st_size
    print("Badge sheet PDF, 100 attendees from CSV (best of 3):")
    print(
        f"  {codes + draw:.2f} s total = {codes:.2f} s reading CSV + 100 QR codes, "
        f"{draw:.2f} s drawing {pages} A4 pages; {size / 1e6:.1f} MB"
    )
    del app


if __name__ == "__main__":
    bench_png()
    bench_sheet()
