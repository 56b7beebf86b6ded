"""QR codes out of images: files, bytes, or Pillow images (camera frames too).

zxing-cpp does the decoding; this module makes images safe and fit for it:
EXIF orientation honoured, palette images converted, oversized images
downscaled, and decompression bombs, huge headers, truncated files and
non-images refused with a clear :class:`NetdeskError` before any pixel is read.

Images come from strangers. Pillow would pick any of its decoders by content,
EPS among them, which hands the file to Ghostscript: only the photo and
screenshot formats below are ever tried. The memory an image needs is
bounded by its decoded size, not by its pixel count alone.
"""

from __future__ import annotations

import contextlib
import io
import warnings
from dataclasses import dataclass
from pathlib import Path

import zxingcpp
from PIL import Image, ImageOps, UnidentifiedImageError

from netdesk.core.errors import NetdeskError
from netdesk.core.files.inputfiles import MB, read_input

# Larger than any phone photo (a 200 MP sensor), far below what would exhaust memory.
MAX_PIXELS = 120_000_000
MAX_FILE_BYTES = 200 * MB
# Pixels as Pillow holds them (RGB padded to four bytes): 64 Mpx of colour; grey meets
# MAX_PIXELS first. Decoding adds three single-byte planes at most, so a scan stays well
# under a gigabyte (a 466 KB PNG of 120 Mpx RGBA took 1.9 GB before this bound).
MAX_DECODED_BYTES = 256 * MB
# Chosen by content; HEIF is listed for when a plugin (pillow-heif) registers it.
IMAGE_FORMATS = ("PNG", "JPEG", "WEBP", "BMP", "GIF", "TIFF", "AVIF", "HEIF")
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
    image = _grey_on_white(image)
    if max(image.size) > DECODE_SIDE:
        # resize, not thumbnail: a new small image instead of a full-size copy to shrink.
        scale = DECODE_SIDE / max(image.size)
        size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        image = image.resize(size, Image.Resampling.BILINEAR, reducing_gap=2.0)
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


def _grey_on_white(image: Image.Image) -> Image.Image:
    """Grey pixels for zxing, transparent parts made white (codes are dark on light).

    Works in single-byte images only: compositing in RGBA took four full-size copies.
    """
    clear = _transparency(image)
    grey = image if image.mode == "L" else image.convert("L")
    if clear is not None:
        if grey is image:
            grey = image.copy()  # never paint into the caller's image
        grey.paste(255, mask=clear)
    return grey


def _transparency(image: Image.Image) -> Image.Image | None:
    """How transparent each pixel is (255 = fully), or None for an opaque image."""
    if image.mode in ("RGBA", "LA", "PA"):
        return image.getchannel("A").point(lambda alpha: 255 - alpha)
    transparency = image.info.get("transparency")
    if image.mode == "P" and transparency is not None:
        if isinstance(transparency, int):
            lut = [255 if index == transparency else 0 for index in range(256)]
        else:  # one alpha byte per palette entry (PNG tRNS)
            alphas = bytes(transparency)[:256]
            lut = [255 - alpha for alpha in alphas] + [0] * (256 - len(alphas))
        return image.point(lut, "L")
    return None


def _decoded_bytes(image: Image.Image) -> int:
    """Bytes Pillow allocates for the pixels: 1 a pixel for 1/L/P, 2 for I;16, else 4."""
    if image.mode in ("1", "L", "P"):
        per_pixel = 1
    elif image.mode.startswith("I;16"):
        per_pixel = 2
    else:
        per_pixel = 4  # RGB is stored padded to four bytes, like RGBA, CMYK, I and F
    return image.width * image.height * per_pixel


def _allowed_formats() -> list[str]:
    Image.init()
    return [name for name in IMAGE_FORMATS if name in Image.OPEN]


def open_image(data: bytes, name: str = "image") -> Image.Image:
    """A safe, loaded, upright Pillow image from file bytes, or a clear refusal."""
    if len(data) > MAX_FILE_BYTES:
        raise NetdeskError("image-file-too-big", name=name, size=len(data) // MB)
    try:
        with warnings.catch_warnings():
            # We check the size ourselves just below, with a clearer message.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            # By content, and only these: never EPS (Ghostscript) or other exotic decoders.
            image = Image.open(io.BytesIO(data), formats=_allowed_formats())
            # The header alone says how big the pixels would be: refuse before reading them.
            if image.width * image.height > MAX_PIXELS:
                raise NetdeskError(
                    "image-too-large", name=name, width=image.width, height=image.height
                )
            if max(image.size) > DECODE_SIDE * 2 and image.format in ("JPEG", "MPO"):
                # JPEG can decode at 1/2, 1/4 or 1/8 scale: far less memory and time.
                image.draft("L", (DECODE_SIDE, DECODE_SIDE))
            _require_decodable_size(image, name)
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
    # A broken EXIF block must not lose a readable picture.
    with contextlib.suppress(OSError, ValueError, SyntaxError, KeyError, TypeError):
        # In place: otherwise an image without rotation comes back as a full-size copy.
        ImageOps.exif_transpose(image, in_place=True)
    return image


def _require_decodable_size(image: Image.Image, name: str) -> None:
    """Refuse what would take too much memory to decode, judged after any JPEG draft."""
    size = _decoded_bytes(image)
    if size > MAX_DECODED_BYTES:
        raise NetdeskError(
            "image-memory", name=name, size=size // MB, limit=MAX_DECODED_BYTES // MB
        )


def decode_bytes(data: bytes, name: str = "image") -> list[Decoded]:
    return decode_image(open_image(data, name), name)


def decode_file(path: Path | str) -> list[Decoded]:
    """Every QR code in the image file at ``path``."""
    path = Path(path)
    data = read_input(path, MAX_FILE_BYTES, too_big="image-file-too-big")
    return decode_bytes(data, path.name)
