"""Decoding QR codes from images, and refusing images that are not safe to decode."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageOps

from netdesk.core.errors import NetdeskError
from netdesk.core.qrdecode import decode_bytes, decode_file, decode_image, open_image
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
    with pytest.raises(NetdeskError, match="not an image"):
        decode_file(tmp_path)
