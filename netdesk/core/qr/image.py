"""QR codes for contact cards: fit, encode, and draw as PNG or SVG.

The ``qrcode`` package lays out the symbol (Reed-Solomon, function patterns,
masks); the segment stream is built here because it needs an ECI designator
that the package cannot write. Rules, from the phone-camera field reports in
PLATFORM-NOTES.md:

* Byte mode. A payload with any non-ASCII character starts with ECI 26 (UTF-8)
  so readers do not have to guess between UTF-8, Shift-JIS and Latin-1 (the
  Xiaomi and older ZXing failures); a pure-ASCII payload has no ECI, the plainest
  code every reader handles.
* Error correction never below M (15 % recoverable: a phone at an angle, a
  glare on a screen, a crease on a badge), raised to Q or H for free when the
  payload leaves room in the same version.
* Never larger than version 15 (77×77 modules). Beyond that a card-sized print
  or a phone held at arm's length stops detecting the code, so we refuse and
  let the caller say which fields to drop instead of drawing a code nobody reads.
* A quiet zone of four modules at least, no logo.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from qrcode import constants, util
from qrcode.base import rs_blocks
from qrcode.main import QRCode as _Layout

from netdesk.core.errors import NetdeskError
from netdesk.core.files.paths import write_atomically

QUIET_ZONE = 4
COMFORT_VERSION = 15
ECI_UTF8 = 26

# qrcode's constants, from least to most redundancy; "L" is never chosen.
LEVELS = {
    "M": constants.ERROR_CORRECT_M,
    "Q": constants.ERROR_CORRECT_Q,
    "H": constants.ERROR_CORRECT_H,
}
_LEVEL_ORDER = ("M", "Q", "H")


@dataclass(frozen=True)
class Fit:
    """Where a payload lands: the smallest version at level M, then the best level there."""

    version: int
    level: str
    eci: bool
    payload_bytes: int
    capacity_bytes: int  # what this version and level could hold

    @property
    def modules(self) -> int:
        return self.version * 4 + 17

    @property
    def fill(self) -> float:
        """Share of the largest comfortable code used: the size meter's needle (0–1)."""
        return self.payload_bytes / max_payload_bytes(eci=self.eci)

    @property
    def density(self) -> str:
        """'light' (reads from across a room), 'moderate', or 'dense' (hold the phone close)."""
        if self.version <= 9:
            return "light"
        return "moderate" if self.version <= 12 else "dense"


@dataclass(frozen=True)
class QrCode:
    payload: str
    fit: Fit
    rows: tuple[bytes, ...]  # one byte per module, 1 = dark; no quiet zone

    @property
    def modules(self) -> int:
        return len(self.rows)

    def dark(self, x: int, y: int) -> bool:
        return bool(self.rows[y][x])


def _header_bits(version: int, eci: bool) -> int:
    return (12 if eci else 0) + 4 + (8 if version <= 9 else 16)


def _capacity(version: int, level: str, eci: bool) -> int:
    bits = util.BIT_LIMIT_TABLE[LEVELS[level]][version]
    return (bits - _header_bits(version, eci)) // 8


def max_payload_bytes(*, eci: bool = False) -> int:
    """The longest payload (UTF-8 bytes) this module accepts."""
    return _capacity(COMFORT_VERSION, "M", eci)


def fit(payload: str) -> Fit | None:
    """The version and level for ``payload``, or None if it is too long to scan comfortably."""
    data = payload.encode("utf-8")
    eci = not payload.isascii()
    for version in range(1, COMFORT_VERSION + 1):
        if len(data) <= _capacity(version, "M", eci):
            level = "M"
            for better in _LEVEL_ORDER[1:]:
                if len(data) <= _capacity(version, better, eci):
                    level = better
            return Fit(version, level, eci, len(data), _capacity(version, level, eci))
    return None


def encode(payload: str) -> QrCode:
    """The QR symbol for ``payload``; refuses (``qr-too-long``) rather than draw a dense code."""
    where = fit(payload)
    if where is None:
        raise NetdeskError(
            "qr-too-long",
            size=len(payload.encode("utf-8")),
            limit=max_payload_bytes(eci=not payload.isascii()),
        )
    layout = _Layout(version=where.version, error_correction=LEVELS[where.level], border=0)
    layout.data_cache = _codewords(payload.encode("utf-8"), where)
    layout.makeImpl(False, _best_mask(layout))
    rows = tuple(bytes(bool(m) for m in row) for row in layout.modules)
    return QrCode(payload, where, rows)


def _codewords(data: bytes, where: Fit) -> list[int]:
    """ECI (optional) + one byte-mode segment + terminator and padding, then Reed-Solomon."""
    value, length = 0, 0

    def put(number: int, bits: int) -> None:
        nonlocal value, length
        value = (value << bits) | number
        length += bits

    if where.eci:
        put(0b0111, 4)
        put(ECI_UTF8, 8)
    put(util.MODE_8BIT_BYTE, 4)
    put(len(data), 8 if where.version <= 9 else 16)
    put(int.from_bytes(data, "big") if data else 0, 8 * len(data))
    blocks = rs_blocks(where.version, LEVELS[where.level])
    limit = sum(block.data_count * 8 for block in blocks)
    put(0, min(4, limit - length))
    put(0, -length % 8)
    stream = bytearray(value.to_bytes(length // 8, "big"))
    pads = (util.PAD0, util.PAD1)
    stream += bytes(pads[i % 2] for i in range(limit // 8 - len(stream)))
    buffer = util.BitBuffer()
    buffer.buffer, buffer.length = list(stream), len(stream) * 8
    return util.create_bytes(buffer, blocks)


def _best_mask(layout: _Layout) -> int:
    # The standard's penalty score over all eight masks: a fixed mask is faster
    # but can leave large blocks or finder-like runs that slow detection.
    best, best_score = 0, None
    for mask in range(8):
        layout.makeImpl(True, mask)
        score = util.lost_point(layout.modules)
        if best_score is None or score < best_score:
            best, best_score = mask, score
    return best


# -- drawing --------------------------------------------------------------------


def image(code: QrCode, size: int) -> Image.Image:
    """A ``size``×``size`` greyscale image: whole pixels per module, quiet zone ≥ 4 modules."""
    total = code.modules + 2 * QUIET_ZONE
    if size < total:
        raise NetdeskError("qr-too-small", size=size, minimum=total)
    scale = size // total
    n = code.modules
    raw = b"".join(row.translate(_INK) for row in code.rows)
    symbol = Image.frombytes("L", (n, n), raw).resize((n * scale, n * scale), Image.NEAREST)
    # The leftover pixels widen the quiet zone, so the image is exactly the size asked for.
    canvas = Image.new("L", (size, size), 255)
    offset = (size - n * scale) // 2
    canvas.paste(symbol, (offset, offset))
    return canvas


_INK = bytes([255, 0] + [0] * 254)  # module byte → grey level: 0 light → white, 1 dark → black


def png_bytes(code: QrCode, size: int = 600) -> bytes:
    out = io.BytesIO()
    image(code, size).convert("1").save(out, format="PNG", optimize=False)
    return out.getvalue()


def dark_runs(code: QrCode) -> Iterator[tuple[int, int, int]]:
    """(row, first column, length) of each horizontal run of dark modules, quiet zone included
    in the coordinates: what vector output draws as one rectangle."""
    for y, row in enumerate(code.rows):
        x = 0
        while x < len(row):
            if row[x]:
                start = x
                while x < len(row) and row[x]:
                    x += 1
                yield y + QUIET_ZONE, start + QUIET_ZONE, x - start
            else:
                x += 1


def svg(code: QrCode, *, size_mm: float | None = None) -> str:
    """A vector SVG: one path of dark runs in module units, crisp at any scale."""
    total = code.modules + 2 * QUIET_ZONE
    runs = [f"M{x} {y}h{length}v1h-{length}z" for y, x, length in dark_runs(code)]
    dims = f' width="{size_mm}mm" height="{size_mm}mm"' if size_mm else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {total} {total}"{dims}'
        ' shape-rendering="crispEdges">\n'
        f'<rect width="{total}" height="{total}" fill="#fff"/>\n'
        f'<path fill="#000" d="{"".join(runs)}"/>\n'
        "</svg>\n"
    )


def write(code: QrCode, path: Path | str, *, size: int = 600) -> Path:
    """Save as PNG or SVG by the file's extension, all or nothing."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".png":
        content = png_bytes(code, size)
    elif suffix == ".svg":
        content = svg(code).encode("utf-8")
    else:
        raise NetdeskError(
            "bad-kind", value=suffix or path.name, what="image type", choices=".png, .svg"
        )
    write_atomically(path, content)
    return path
