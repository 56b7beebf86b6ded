"""CSV contact lists as real programs write them, and ones netdesk must refuse."""

from __future__ import annotations

import csv
import io

import pytest

from netdesk.core.errors import NetdeskError
from netdesk.core.formats import csvfile

GOOGLE = (
    "Name,Given Name,Family Name,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Value,"
    "Organization 1 - Name,Organization 1 - Title,Organization 1 - Department\r\n"
    "José Ørsted,José,Ørsted,* Work,jose@ws.example ::: jose.o@home.example,+31 6 1234 5678,"
    "Waterschap Rivierenland,Asset manager,Pumping stations\r\n"
).encode("utf-8-sig")

# Dutch Excel: semicolons, Windows-1252, a preamble line before the header.
EXCEL_NL = (
    "Deelnemerslijst Ondernemersontbijt\r\n"
    "Voornaam;Achternaam;Bedrijf;E-mail;Telefoon\r\n"
    "Zoë;O'Brien-Smith;Straße & Co;zoe@example.org;020 123 4567\r\n"
    ";;;;\r\n"
    "Daan;de Vries;Rabobank;not-an-address;\r\n"
).encode("cp1252")

LINKEDIN = (
    b"Notes:\n"
    b'"When exporting your connection data, you may notice that some of the email addresses '
    b'are missing."\n'
    b"\n"
    b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    b"Wei,Zhang,https://www.linkedin.com/in/weizhang,,Deltares,Researcher,01 Feb 2025\n"
)


def test_google_export_with_several_values_in_one_cell() -> None:
    result = csvfile.parse(GOOGLE)
    [(row, contact)] = result.contacts
    assert row == 2
    assert (contact.full_name, contact.organisation, contact.department, contact.title) == (
        "José Ørsted", "Waterschap Rivierenland", "Pumping stations", "Asset manager",
    )  # fmt: skip
    assert [p.value for p in contact.contacts if p.kind == "email"] == [
        "jose@ws.example", "jose.o@home.example",
    ]  # fmt: skip


def test_dutch_excel_semicolons_cp1252_and_a_preamble() -> None:
    result = csvfile.parse(EXCEL_NL, source="deelnemers.csv")
    assert (result.delimiter, result.encoding) == (";", "windows-1252")
    names = [c.full_name for _, c in result.contacts]
    assert names == ["Zoë O'Brien-Smith", "Daan de Vries"]
    assert result.contacts[0][1].organisation == "Straße & Co"
    # The bad address is dropped and reported with its row; the person is kept.
    assert [p.row for p in result.problems] == [5]
    assert "not-an-address" in result.problems[0].reason


def test_linkedin_connections_with_notes_before_the_header() -> None:
    [(row, contact)] = csvfile.parse(LINKEDIN).contacts
    assert row == 5
    assert contact.full_name == "Wei Zhang" and contact.title == "Researcher"
    assert [p.kind for p in contact.contacts] == ["url"]


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"col1\tcol2\nfoo\tbar\n", "csv-no-header"),
        (b"\x89PNG\r\n\x1a\n\x00\x00binary", "csv-no-header"),
        (b"", "csv-no-header"),
    ],
)
def test_files_that_are_not_contact_lists_are_refused_clearly(data: bytes, code: str) -> None:
    with pytest.raises(NetdeskError) as error:
        csvfile.parse(data, source="list.csv")
    assert error.value.code == code
    assert "list.csv" in str(error.value)


def test_a_list_of_companies_is_salvaged_with_guessed_names() -> None:
    [(_row, contact)] = csvfile.parse(b"Company;Title\nACME;CEO\n").contacts
    assert (contact.full_name, contact.name_guessed, contact.title) == ("ACME", True, "CEO")


def test_rows_without_anything_usable_are_reported() -> None:
    result = csvfile.parse(b"Name,Email\n,\n   ,  \nAda,\n,bad\n")
    assert [c.full_name for _, c in result.contacts] == ["Ada"]
    assert [p.row for p in result.problems] == [5, 5]


def test_written_csv_reads_back_and_formulas_are_neutralised() -> None:
    out = io.StringIO()
    rows = [
        ["=HYPERLINK(\"http://evil\")", "", "", "@SUM(A1)", "", "", "a@b.example", "+31 6 1",
         "", "", "no", ""],
        ["Zoë, \"the\" Smith", "Zoë", "Smith", "A;B", "", "", "", "", "", "x", "yes", "two\nlines"],
    ]  # fmt: skip
    assert csvfile.write(rows, out) == 2
    back = list(csv.reader(io.StringIO(out.getvalue())))
    assert back[1][0] == '\'=HYPERLINK("http://evil")' and back[1][3] == "'@SUM(A1)"
    assert back[1][7] == "+31 6 1"  # a phone number is not a formula
    assert back[2][0] == 'Zoë, "the" Smith' and back[2][11] == "two\nlines"
    again = csvfile.parse(out.getvalue().encode())
    assert [c.full_name for _, c in again.contacts][1] == 'Zoë, "the" Smith'
