"""Decode time per image for a 12-megapixel phone photo and a screenshot, beside zxing-cpp.

netdesk's path (``qrdecode.decode_file``: safety checks, EXIF orientation, grey
conversion, downscale, de-duplication) is timed on the same files, in the same
run, as calling zxing-cpp directly (Pillow opens the file, zxing-cpp reads it):
the difference is netdesk's overhead. The full scan (decode, parse, match, write
the person and encounter) is timed too, into a fresh database.

    .venv/bin/python benchmarks/bench_scan.py [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

import zxingcpp
from common import machine
from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from netdesk.core.qr.decode import decode_file  # noqa: E402
from netdesk.core.storage.store import Store  # noqa: E402
from netdesk.core.transfer.scanning import scan_files  # noqa: E402
from tests.scanimages import VCARD30, phone_photo, qr_image  # noqa: E402


def make_images(folder: Path) -> dict[str, Path]:
    """A 4000×3000 JPEG phone photo of a card and a 1920×1080 PNG screenshot showing one."""
    photo = phone_photo(qr_image(VCARD30, box=16), seed=3, size=(4000, 3000))
    photo_path = folder / "phone-12mp.jpg"
    photo.save(photo_path, "JPEG", quality=90)

    shot = Image.new("RGB", (1920, 1080), (246, 246, 248))
    draw = ImageDraw.Draw(shot)
    draw.rectangle((0, 0, 1920, 56), fill=(32, 33, 36))
    draw.rectangle((0, 56, 300, 1080), fill=(236, 236, 240))
    for row in range(12):
        draw.rectangle((340, 120 + row * 70, 1100, 150 + row * 70), fill=(225, 225, 230))
    shot.paste(qr_image(VCARD30, box=5).convert("RGB"), (1300, 300))
    shot_path = folder / "screenshot-1080p.png"
    shot.save(shot_path)
    return {
        "12 MP phone photo (JPEG 4000×3000)": photo_path,
        "screenshot (PNG 1920×1080)": shot_path,
    }


def direct(path: Path) -> list[str]:
    with Image.open(path) as image:
        return [b.text for b in zxingcpp.read_barcodes(image)]


def direct_tuned(path: Path) -> list[str]:
    """What a careful caller would do by hand: grey image, QR formats only."""
    with Image.open(path) as image:
        grey = image.convert("L")
    formats = [zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.MicroQRCode]
    return [b.text for b in zxingcpp.read_barcodes(grey, formats=formats)]


def ours(path: Path) -> list[str]:
    return [d.text for d in decode_file(path)]


def median_ms(fn, path: Path, rounds: int) -> tuple[float, list[str]]:
    result = fn(path)  # warm-up (and the answer, to check both read the same)
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn(path)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    print(machine())
    print(f"zxing-cpp {version('zxing-cpp')}, Pillow {version('Pillow')}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        images = make_images(folder)
        print(
            "| image | zxing-cpp direct (defaults) | zxing-cpp direct (grey, QR only) "
            "| netdesk decode_file | overhead vs tuned | full scan into a db |"
        )
        print("|---|---|---|---|---|---|")
        for label, path in images.items():
            plain, plain_found = median_ms(direct, path, args.rounds)
            base, base_found = median_ms(direct_tuned, path, args.rounds)
            mine, mine_found = median_ms(ours, path, args.rounds)
            assert mine_found, f"netdesk read nothing in {label}"
            same = base_found == mine_found == plain_found
            with Store.open(folder / f"{path.stem}.db") as store:
                scan_ms, _ = median_ms(lambda p: scan_files(store, [p]), path, args.rounds)
            print(
                f"| {label} | {plain:.1f} ms | {base:.1f} ms "
                f"| {mine:.1f} ms | {mine - base:+.1f} ms ({mine / base:.2f}×) "
                f"| {scan_ms:.1f} ms |" + ("" if same else " (answers differ)")
            )


if __name__ == "__main__":
    main()
