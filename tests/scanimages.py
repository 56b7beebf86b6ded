"""QR card images for the scan tests: clean, and degraded like a phone photo."""

from __future__ import annotations

import io
import random

import qrcode
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter

VCARD21 = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller\r\n"
    "ORG:Stadtwerke K=C3=B6ln\r\n"
    "TEL;WORK;VOICE:+49 221 1234567\r\n"
    "EMAIL;INTERNET:juergen.mueller@example.de\r\n"
    "END:VCARD\r\n"
)
VCARD30 = (
    "BEGIN:VCARD\nVERSION:3.0\nN:Ångström;Zoë;;;\nFN:Zoë Ångström\n"
    "ORG:Vattenfall;Pumping stations\nTITLE:Engineer\n"
    "EMAIL;TYPE=INTERNET,WORK:zoe@example.se\nTEL;TYPE=CELL:+46 70 123 45 67\n"
    "UID:urn:uuid:7f1c-zoe\nEND:VCARD\n"
)
VCARD40 = (
    "BEGIN:VCARD\nVERSION:4.0\nFN:Dvořák Čestmír\nN:Čestmír;Dvořák;;;\n"
    "ORG:Povodí Vltavy\nEMAIL;TYPE=work:dvorak@example.cz\n"
    "item1.URL:https://www.linkedin.com/in/dvorak-cestmir\nitem1.X-ABLabel:LinkedIn\n"
    "END:VCARD\n"
)
MECARD = "MECARD:N:Tanaka,Hiroshi;ORG:Tokyo Water;TEL:+81 3 1234 5678;EMAIL:tanaka@example.jp;;"
BIZCARD = "BIZCARD:N:Sean;X:Owen;T:Software Engineer;C:Google;B:+12125551212;E:srowen@example.com;;"
LINKEDIN = "https://www.linkedin.com/in/jane-de-vries-4a1b2c"


def qr_image(text: str, *, box: int = 6, border: int = 4) -> Image.Image:
    code = qrcode.QRCode(
        box_size=box, border=border, error_correction=qrcode.constants.ERROR_CORRECT_M
    )
    code.add_data(text.encode("utf-8"))
    code.make(fit=True)
    return code.make_image().get_image().convert("L")


def png_bytes(image: Image.Image, fmt: str = "PNG", **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def phone_photo(
    code: Image.Image, *, seed: int = 1, size: tuple[int, int] = (1600, 1200)
) -> Image.Image:
    """The code on a grey desk, small in the frame, rotated, skewed, blurred, noisy and dim."""
    rng = random.Random(seed)
    card = Image.new("L", (code.width + 80, code.height + 80), 235)
    card.paste(code, (40, 40))
    card = card.rotate(rng.uniform(10, 35), expand=True, fillcolor=110, resample=Image.BICUBIC)
    # Perspective: the right edge a little further from the camera than the left.
    w, h = card.size
    d = w * 0.07
    target = [(0, 0), (w, d), (w, h - d), (0, h)]
    source = [(0, 0), (w, 0), (w, h), (0, h)]
    card = card.transform(
        (w, h),
        Image.Transform.PERSPECTIVE,
        perspective_coefficients(target, source),
        resample=Image.BICUBIC,
        fillcolor=110,
    )
    photo = Image.new("L", size, 110)
    scale = min(size) * 0.6 / max(card.size)
    card = card.resize((int(card.width * scale), int(card.height * scale)), Image.BICUBIC)
    photo.paste(card, ((size[0] - card.width) // 2, (size[1] - card.height) // 2))
    photo = photo.filter(ImageFilter.GaussianBlur(1.2))
    draw = ImageDraw.Draw(photo)
    for _ in range(size[0] * size[1] // 40):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        draw.point((x, y), fill=rng.randrange(60, 200))
    photo = ImageEnhance.Contrast(photo).enhance(0.55)
    return photo.convert("RGB")


def perspective_coefficients(
    target: list[tuple[float, float]], source: list[tuple[float, float]]
) -> tuple[float, ...]:
    """Pillow's 8 PERSPECTIVE coefficients mapping ``target`` corners to ``source`` corners."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(target, source, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    return tuple(_solve(rows, rhs))


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]
