"""QR codes out of images: files, bytes, or Pillow images (camera frames too).

zxing-cpp does the decoding; this module makes images safe and fit for it:
EXIF orientation honoured, palette images converted, oversized images
downscaled, and decompression bombs, huge headers, truncated files and
non-images refused with a clear :class:`NetdeskError` before any pixel is read.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path

import zxingcpp
from PIL import Image, ImageOps, UnidentifiedImageError

from netdesk.core.errors import NetdeskError

# Larger than any phone photo (a 200 MP sensor), far below what would exhaust memory.
MAX_PIXELS = 120_000_000
MAX_FILE_BYTES = 200 * 1024 * 1024
# zxing-cpp finds cards well at this size; a bigger image is only slower to decode.
DECODE_SIDE = 4000
_FORMATS = [zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.MicroQRCode]


@dataclass(frozen=True)
class Decoded:
    """One code found in an image."""

    text: str
    format: str
    # Corner points (x, y) in the decoded image, clockwise from top left.
    corners: tuple[tuple[int, int], ...] = ()


def _text_of(barcode: zxingcpp.Barcode) -> str:
    # Cards carry UTF-8 with or without an ECI designator; when the raw bytes are valid
    # UTF-8 trust them over zxing's guess (which may pick Shift-JIS or Latin-1).
    try:
        return bytes(barcode.bytes).decode("utf-8")
    except (UnicodeDecodeError, TypeError):
        return barcode.text


def decode_image(image: Image.Image, name: str = "image") -> list[Decoded]:
    """Every QR code in an already-loaded Pillow image, each text once, in reading order."""
    if image.width * image.height > MAX_PIXELS:
        raise NetdeskError("image-too-large", name=name, width=image.width, height=image.height)
    if image.mode not in ("L", "RGB"):
        # Palette, 16-bit, CMYK and alpha images: zxing wants grey or RGB.
        if image.mode in ("RGBA", "LA", "PA") or (
            image.mode == "P" and "transparency" in image.info
        ):
            background = Image.new("RGBA", image.size, "white")
            background.alpha_composite(image.convert("RGBA"))
            image = background
        image = image.convert("L")
    elif image.mode == "RGB":
        image = image.convert("L")
    if max(image.size) > DECODE_SIDE:
        image = image.copy()
        image.thumbnail((DECODE_SIDE, DECODE_SIDE), Image.Resampling.BILINEAR)
    found = zxingcpp.read_barcodes(image, formats=_FORMATS)
    results: list[Decoded] = []
    seen: set[str] = set()
    for barcode in found:
        text = _text_of(barcode)
        key = text.replace("\r\n", "\n").replace("\r", "\n")
        if not text or key in seen:
            continue
        seen.add(key)
        position = barcode.position
        corners = tuple(
            (point.x, point.y)
            for point in (
                position.top_left,
                position.top_right,
                position.bottom_right,
                position.bottom_left,
            )
        )
        results.append(Decoded(text, str(barcode.format), corners))
    return results


def open_image(data: bytes, name: str = "image") -> Image.Image:
    """A safe, loaded, upright Pillow image from file bytes, or a clear refusal."""
    if len(data) > MAX_FILE_BYTES:
        raise NetdeskError("image-file-too-big", name=name, size=len(data) // (1024 * 1024))
    try:
        with warnings.catch_warnings():
            # We check the size ourselves just below, with a clearer message.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            # The header alone says how big the pixels would be: refuse before reading them.
            if image.width * image.height > MAX_PIXELS:
                raise NetdeskError(
                    "image-too-large", name=name, width=image.width, height=image.height
                )
            if max(image.size) > DECODE_SIDE * 2 and image.format == "JPEG":
                # JPEG can decode at 1/2, 1/4 or 1/8 scale: far less memory and time.
                image.draft("L", (DECODE_SIDE, DECODE_SIDE))
            image.load()
    except NetdeskError:
        raise
    except UnidentifiedImageError:
        raise NetdeskError("not-an-image", name=name) from None
    except Image.DecompressionBombError as error:
        raise NetdeskError("image-bomb", name=name, detail=str(error).split(",")[0]) from None
    except (OSError, SyntaxError, ValueError, EOFError) as error:
        # Truncated and damaged files: Pillow reports them as OSError or SyntaxError.
        raise NetdeskError("image-damaged", name=name, detail=str(error)) from None
    if getattr(image, "n_frames", 1) > 1:
        image.seek(0)
    try:
        upright = ImageOps.exif_transpose(image)
    except (OSError, ValueError, SyntaxError, KeyError, TypeError):
        upright = image  # a broken EXIF block must not lose a readable picture
    return upright if upright is not None else image


def decode_bytes(data: bytes, name: str = "image") -> list[Decoded]:
    return decode_image(open_image(data, name), name)


def decode_file(path: Path | str) -> list[Decoded]:
    """Every QR code in the image file at ``path``."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise NetdeskError("image-file-too-big", name=path.name, size=size // (1024 * 1024))
        data = path.read_bytes()
    except FileNotFoundError:
        raise NetdeskError("file-missing", path=path) from None
    except IsADirectoryError:
        raise NetdeskError("not-an-image", name=path.name) from None
    except PermissionError:
        raise NetdeskError("file-unreadable", path=path) from None
    return decode_bytes(data, path.name)
