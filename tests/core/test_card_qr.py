"""QR symbols: version and level chosen to fit, quiet zone, PNG and SVG files, badge sheets."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
import zxingcpp
from PIL import Image

from netdesk.core.errors import NetdeskError
from netdesk.core.qr import image as qrimage
from netdesk.core.qr.badges import PAPERS, attendee_cards, geometry, read_attendees


def test_smallest_version_at_level_m_then_boosted_for_free():
    fit = qrimage.fit("hello")
    assert fit.version == 1 and fit.level == "H"  # 5 bytes leave room for the most redundancy
    fit = qrimage.fit("x" * 200)
    assert fit.level in ("M", "Q", "H")
    smaller = [v for v in range(1, fit.version) if qrimage._capacity(v, "M", False) >= 200]
    assert smaller == []


def test_never_below_level_m_nor_above_the_comfortable_version():
    limit = qrimage.max_payload_bytes()
    fit = qrimage.fit("x" * limit)
    assert (fit.version, fit.level) == (qrimage.COMFORT_VERSION, "M")
    assert fit.fill == pytest.approx(1.0)
    assert qrimage.fit("x" * (limit + 1)) is None
    with pytest.raises(NetdeskError) as refused:
        qrimage.encode("x" * (limit + 1))
    assert refused.value.code == "qr-too-long"


def test_density_meter_grows_with_the_payload():
    light, dense = qrimage.fit("x" * 40), qrimage.fit("x" * 380)
    assert light.density == "light" and dense.density == "dense"
    assert light.fill < dense.fill <= 1


def test_png_is_exactly_the_size_asked_with_a_quiet_zone_of_four_modules(tmp_path):
    code = qrimage.encode("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sam\r\nEND:VCARD\r\n")
    path = qrimage.write(code, tmp_path / "card.png", size=333)
    image = Image.open(path).convert("L")
    assert image.size == (333, 333)
    scale = 333 // (code.modules + 2 * qrimage.QUIET_ZONE)
    margin = (333 - code.modules * scale) // 2
    assert margin >= 4 * scale
    border = [image.getpixel((x, y)) for x in range(333) for y in range(margin)]
    assert min(border) == 255  # nothing dark in the quiet zone
    assert image.getpixel((margin, margin)) == 0  # the finder pattern's corner
    assert zxingcpp.read_barcodes(image)[0].text == code.payload
    assert not (tmp_path / "card.png.part").exists()


def test_png_smaller_than_the_symbol_is_refused():
    code = qrimage.encode("x" * 300)
    with pytest.raises(NetdeskError) as refused:
        qrimage.png_bytes(code, 40)
    assert refused.value.code == "qr-too-small"


def test_svg_is_vector_with_the_quiet_zone(tmp_path):
    code = qrimage.encode("MECARD:N:Lee,Sam;;")
    path = qrimage.write(code, tmp_path / "card.svg")
    root = ET.parse(path).getroot()
    total = code.modules + 2 * qrimage.QUIET_ZONE
    assert root.get("viewBox") == f"0 0 {total} {total}"
    assert (
        root.find("{http://www.w3.org/2000/svg}path")
        .get("d")
        .startswith(f"M{qrimage.QUIET_ZONE} {qrimage.QUIET_ZONE}")
    )


def test_unknown_image_type_is_refused_and_nothing_written(tmp_path):
    with pytest.raises(NetdeskError):
        qrimage.write(qrimage.encode("x"), tmp_path / "card.gif")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("layout", ["cards", "badges"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_sheet_cells_tile_inside_the_printable_area(layout, paper):
    grid = geometry(layout, paper)
    width, height = PAPERS[paper]
    assert grid.per_page >= 6
    first, last = grid.cell(0), grid.cell(grid.per_page - 1)
    assert first.x >= 6 and first.y >= 6
    assert last.x + last.width <= width - 6 and last.y + last.height <= height - 6
    # No gutter: each cut line is shared by two neighbours.
    assert grid.cell(1).x == pytest.approx(first.x + first.width)
    assert grid.cell(grid.columns).y == pytest.approx(first.y + first.height)
    assert len(grid.cut_lines_x()) == grid.columns + 1


def test_attendee_csv_semicolons_bom_and_header_spellings(tmp_path):
    path = tmp_path / "attendees.csv"
    path.write_bytes(
        "\ufeffFull name;Company;E-mail;Job title\n"
        "José Ørsted;Ørsted A/S;jose@example.org;Engineer\n"
        "王小明;Tencent;wang@example.cn;\n"
        ";;;\n".encode()
    )
    people = read_attendees(path)
    assert [p["name"] for p in people] == ["José Ørsted", "王小明"]
    assert people[1] == {"name": "王小明", "organisation": "Tencent", "emails": ["wang@example.cn"]}
    cards = attendee_cards(path)
    assert zxingcpp.read_barcodes(qrimage.image(cards[1][1], 400))[0].text == cards[1][1].payload


def test_attendee_csv_without_a_name_column_is_refused(tmp_path):
    path = tmp_path / "attendees.csv"
    path.write_text("email,company\na@example.org,Acme\n")
    with pytest.raises(NetdeskError) as refused:
        read_attendees(path)
    assert refused.value.code == "csv-no-name"
