"""Decoding QR codes from images, and refusing images that are not safe to decode."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageOps

from netdesk.core.errors import NetdeskError
from netdesk.core.qr.decode import (
    MAX_DECODED_BYTES,
    MAX_PIXELS,
    decode_bytes,
    decode_file,
    decode_image,
    open_image,
)
from tests.scanimages import MECARD, VCARD30, phone_photo, png_bytes, qr_image


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def huge_png_header(width: int, height: int) -> bytes:
    """A tiny file whose header claims width × height pixels."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(b"\x00" * 1024))
        + _png_chunk(b"IEND", b"")
    )


def test_clean_code_round_trips_with_non_ascii() -> None:
    (found,) = decode_image(qr_image(VCARD30))
    assert found.text == VCARD30
    assert len(found.corners) == 4


def test_several_codes_in_one_image_each_once() -> None:
    a, b = qr_image(VCARD30), qr_image(MECARD)
    sheet = Image.new("L", (a.width + b.width + a.width + 60, max(a.height, b.height)), 255)
    sheet.paste(a, (0, 0))
    sheet.paste(b, (a.width + 30, 0))
    sheet.paste(a, (a.width + b.width + 60, 0))  # the same card twice: one result
    texts = sorted(d.text for d in decode_image(sheet))
    assert texts == sorted([VCARD30, MECARD])


def test_exif_orientation_is_honoured(tmp_path: Path) -> None:
    photo = phone_photo(qr_image(MECARD), seed=4)
    # Stored sideways with an EXIF tag saying "rotate 90° to show": the way phones save.
    exif = Image.Exif()
    exif[0x0112] = 6
    path = tmp_path / "sideways.jpg"
    photo.rotate(90, expand=True).save(path, "JPEG", quality=90, exif=exif)
    assert open_image(path.read_bytes()).size == photo.size  # upright again
    (found,) = decode_file(path)
    assert found.text == MECARD


def test_palette_and_transparent_images() -> None:
    code = qr_image(MECARD)
    assert decode_bytes(png_bytes(code.convert("P"), "GIF"))[0].text == MECARD
    # Transparent background, black modules: composited on white before decoding.
    rgba = Image.new("RGBA", code.size, (255, 255, 255, 0))
    rgba.paste((0, 0, 0, 255), mask=ImageOps.invert(code))
    assert decode_bytes(png_bytes(rgba))[0].text == MECARD


def test_oversized_photo_is_downscaled_and_still_read() -> None:
    # 54 MP: decoded by JPEG draft at a quarter of the pixels, then downscaled for zxing.
    photo = Image.new("L", (9000, 6000), 200)
    photo.paste(qr_image(MECARD, box=40).rotate(20, expand=True, fillcolor=200), (3000, 1500))
    (found,) = decode_bytes(png_bytes(photo, "JPEG", quality=85), "big.jpg")
    assert found.text == MECARD


def test_inverted_code_is_read() -> None:
    (found,) = decode_image(ImageOps.invert(qr_image(MECARD)))
    assert found.text == MECARD


def test_no_code_is_an_empty_list() -> None:
    assert decode_image(Image.new("RGB", (640, 480), "white")) == []


def test_huge_png_header_is_refused_before_reading_pixels() -> None:
    with pytest.raises(NetdeskError) as raised:
        decode_bytes(huge_png_header(50_000, 50_000), "bomb.png")
    assert raised.value.code in ("image-bomb", "image-too-large")
    assert "bomb.png is too large to decode safely" in str(raised.value)


def test_header_just_over_our_limit_is_refused_too() -> None:
    with pytest.raises(NetdeskError) as raised:
        decode_bytes(huge_png_header(11_000, 11_000), "wide.png")
    assert raised.value.code == "image-too-large"
    assert "11000 × 11000" in str(raised.value)


def test_truncated_jpeg_is_refused_as_damaged() -> None:
    data = png_bytes(phone_photo(qr_image(MECARD)), "JPEG", quality=90)
    with pytest.raises(NetdeskError) as raised:
        decode_bytes(data[: len(data) // 2], "cut.jpg")
    assert raised.value.code == "image-damaged"
    assert str(raised.value).startswith("cut.jpg is damaged or incomplete")


@pytest.mark.parametrize(
    "data", [b"", b"not an image at all", b"BEGIN:VCARD\nFN:x\nEND:VCARD", b"%PDF-1.4\n"]
)
def test_non_images_are_refused(data: bytes) -> None:
    with pytest.raises(NetdeskError) as raised:
        decode_bytes(data, "notes.txt")
    assert raised.value.code == "not-an-image"


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(NetdeskError, match="does not exist"):
        decode_file(tmp_path / "nope.png")
    with pytest.raises(NetdeskError, match="is not an ordinary file"):
        decode_file(tmp_path)


def rgba_png_of_zeros(width: int, height: int) -> bytes:
    """A real, complete PNG of transparent pixels: tiny on disk, huge once decoded."""
    squeeze = zlib.compressobj(9)
    row = b"\x00" * (1 + width * 4)  # filter byte, then RGBA
    idat = b"".join(squeeze.compress(row) for _ in range(height)) + squeeze.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )


def test_small_file_of_120_megapixels_rgba_is_refused_by_decoded_size(tmp_path: Path) -> None:
    # Under the pixel cap, under 1 MB on disk, but 458 MB of pixels (1.9 GB to convert).
    width = height = 10_954
    assert width * height <= MAX_PIXELS
    path = tmp_path / "poster.png"
    path.write_bytes(rgba_png_of_zeros(width, height))
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(NetdeskError) as raised:
        decode_file(path)
    assert raised.value.code == "image-memory"
    assert str(raised.value) == (
        "poster.png is too large to decode safely: its pixels would take 457 MB of memory"
        " (at most 256 MB)"
    )


def test_image_just_under_the_decoded_size_bound_is_read() -> None:
    # 8000 × 7000 RGBA is 214 MB of pixels: allowed, and the code in it is found.
    width, height = 8000, 7000
    assert width * height * 4 <= MAX_DECODED_BYTES
    big = Image.new("RGBA", (width, height), (0, 0, 0, 0))  # transparent black
    code = qr_image(MECARD, box=40)
    big.paste((0, 0, 0, 255), (100, 100), mask=ImageOps.invert(code))
    (found,) = decode_bytes(png_bytes(big), "big.png")
    assert found.text == MECARD


def test_palette_image_with_a_transparent_index_is_read_on_white() -> None:
    code = qr_image(MECARD)
    # Index 0 black (the modules), index 1 also black but transparent (the background).
    palette = Image.new("P", code.size, 1)
    palette.putpalette([0, 0, 0] * 2 + [255, 255, 255] * 254)
    palette.paste(0, mask=ImageOps.invert(code))
    (found,) = decode_bytes(png_bytes(palette, "GIF", transparency=1))
    assert found.text == MECARD


EPS = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n0 0 moveto showpage\n"


@pytest.mark.parametrize(
    "data",
    [
        EPS,
        b"\xc5\xd0\xd3\xc6" + b"\x00" * 28 + EPS,  # DOS EPS binary header
        b"%PDF-1.4\n",
        b"P5\n4 4\n255\n" + b"\x00" * 16,  # PGM: a real image, but not on the list
    ],
)
def test_formats_off_the_list_are_refused_by_content(data: bytes) -> None:
    with pytest.raises(NetdeskError) as raised:
        decode_bytes(data, "photo.png")
    assert raised.value.code == "not-an-image"


@pytest.mark.parametrize("kind", ["PNG", "JPEG", "WEBP", "BMP", "GIF", "TIFF", "AVIF"])
def test_every_listed_format_is_read_whatever_the_name(kind: str) -> None:
    data = png_bytes(qr_image(MECARD).convert("RGB"), kind)
    (found,) = decode_bytes(data, "card.txt")
    assert found.text == MECARD
