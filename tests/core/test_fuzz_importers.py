"""Fuzz every importer: vCard, MECARD, BIZCARD, CSV and netdesk JSON, as text and as bytes.

A file from elsewhere may hold anything. Each parser salvages what it can and reports
the rest; the only exception it may raise is a :class:`NetdeskError` saying why the
whole file cannot be read. Nothing else, whatever the input.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netdesk.core.errors import NetdeskError
from netdesk.core.formats import csvfile
from netdesk.core.formats.bizcard import parse_bizcard
from netdesk.core.formats.mecard import parse_matmsg, parse_mecard
from netdesk.core.formats.payloads import classify
from netdesk.core.formats.vcard import decode_bytes, read_vcards
from netdesk.core.transfer.importing import read_file

FUZZ = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Pieces real files are made of, so that the fuzzer reaches past the first check.
VCARD_NAMES = (
    "BEGIN END VERSION FN N ORG TITLE EMAIL TEL URL NOTE UID PHOTO item1.X-ABLabel"
    " item1.URL X-SOCIALPROFILE"
).split()
VCARD_PARAMS = ["", ";TYPE=work", ";CHARSET=UTF-8", ";CHARSET=x-bogus", ";ENCODING=b",
                ";ENCODING=QUOTED-PRINTABLE", ";QUOTED-PRINTABLE", ';TYPE="a,b"', ";WORK;VOICE",
                ";BASE64"]  # fmt: skip
VCARD_VALUES = ["VCARD", "Jane Doe", "Doe;Jane;;;", "jane@example.org", "+31 6 1234 5678",
                "=C3=A9=", "=", "\\n", "https://linkedin.com/in/x", "Acme;Sales",
                "http://[x"]  # fmt: skip


@st.composite
def vcard_texts(draw: st.DrawFn) -> str:
    lines = []
    for _ in range(draw(st.integers(0, 25))):
        if draw(st.booleans()):
            name = draw(st.sampled_from(VCARD_NAMES))
            param = draw(st.sampled_from(VCARD_PARAMS))
            value = draw(st.one_of(st.sampled_from(VCARD_VALUES), st.text(max_size=30)))
            lines.append(f"{name}{param}:{value}")
        else:
            lines.append(draw(st.text(max_size=40)))
    ending = draw(st.sampled_from(["\n", "\r\n", "\r", "\n "]))
    return ending.join(lines)


@st.composite
def qr_lines(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from(["MECARD:", "BIZCARD:", "MATMSG:", "mailto:", "tel:", ""]))
    keys = ["N", "X", "T", "C", "E", "B", "M", "TEL", "EMAIL", "URL", "ORG", "NOTE", "TO"]
    fields = draw(
        st.lists(
            st.tuples(st.sampled_from(keys), st.text(max_size=20)).map(lambda p: f"{p[0]}:{p[1]}"),
            max_size=8,
        )
    )
    return prefix + ";".join(fields) + draw(st.sampled_from([";;", ";", "", "\\"]))


@st.composite
def csv_bytes(draw: st.DrawFn) -> bytes:
    delimiter = draw(st.sampled_from(list(",;\t|")))
    header = draw(
        st.lists(st.sampled_from(["Name", "Email", "Phone", "Company", "Notes", "x"]), max_size=5)
    )
    cells = st.one_of(st.text(max_size=20), st.sampled_from(['"', '""', "a@b.org", "=1+1"]))
    rows = draw(st.lists(st.lists(cells, max_size=6), max_size=8))
    text = "\n".join(delimiter.join(row) for row in [header, *rows])
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "cp1252"]))
    return text.encode(encoding, errors="replace")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
person_rows = st.fixed_dictionaries(
    {},
    optional={
        key: json_values
        for key in ("id", "full_name", "organisation", "notes", "vcard_uid", "deleted_at")
    },
)
point_rows = st.fixed_dictionaries(
    {},
    optional={
        "person_id": json_values,
        "kind": st.sampled_from(["email", "phone", "url", "fax"]) | json_values,
        "value": json_values,
        "label": json_values,
    },
)
json_documents = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {
            "format": st.sampled_from(["netdesk-json"]) | json_values,
            "tables": st.one_of(
                json_values,
                st.fixed_dictionaries(
                    {},
                    optional={
                        "people": st.lists(person_rows | json_values, max_size=4) | json_values,
                        "contact_points": st.lists(point_rows | json_values, max_size=4)
                        | json_values,
                    },
                ),
            ),
        }
    ),
)


def _only_netdesk_errors(call: Callable[..., object], *args: object) -> None:
    try:
        call(*args)
    except NetdeskError as error:
        assert str(error) and "unexpected" not in str(error)


@FUZZ
@given(text=st.one_of(vcard_texts(), st.text()))
def test_vcard_reader_never_raises(text: str) -> None:
    result = read_vcards(text)
    for problem in result.problems:
        assert str(problem)
    assert len(result.cards) == len(result.starts)


@FUZZ
@given(data=st.binary(max_size=400))
def test_vcard_bytes_decode_and_read(data: bytes) -> None:
    read_vcards(decode_bytes(b"BEGIN:VCARD\n" + data))


@FUZZ
@given(text=st.one_of(qr_lines(), st.text()))
def test_qr_payload_parsers_never_raise(text: str) -> None:
    for parse in (parse_mecard, parse_bizcard, parse_matmsg):
        assert parse(text) is not None
    payload = classify(text)
    assert payload.contacts or payload.reason is not None


@FUZZ
@given(data=st.one_of(csv_bytes(), st.binary(max_size=400)))
def test_csv_parser_raises_only_netdesk_errors(data: bytes) -> None:
    _only_netdesk_errors(csvfile.parse, data)


@FUZZ
@given(document=json_documents)
def test_json_import_raises_only_netdesk_errors(document: object, tmp_path: Path) -> None:
    path = tmp_path / "fuzz.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    _only_netdesk_errors(read_file, path, "json")


@pytest.mark.parametrize("fmt", ["auto", "vcard", "mecard", "csv", "json"])
@FUZZ
@given(data=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_every_import_format_reads_any_file(fmt: str, data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "fuzz.txt"
    path.write_bytes(data)
    _only_netdesk_errors(read_file, path, fmt)
