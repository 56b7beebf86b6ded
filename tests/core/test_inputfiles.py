"""Reading user-given files: ordinary files only, bounded by bytes read; quoted text escaped."""

from __future__ import annotations

from pathlib import Path

import pytest

from netdesk.core.errors import NetdeskError, escape_controls
from netdesk.core.files.inputfiles import read_input
from netdesk.core.formats import csvfile

HOSTILE = "\x1b]0;HACKED\x07\x1b[2J"


def test_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(b"Name\nAda\n")
    assert read_input(path, 100) == b"Name\nAda\n"


def test_limit_counts_bytes_read(tmp_path: Path) -> None:
    path = tmp_path / "list.vcf"
    path.write_bytes(b"x" * 2048)
    assert len(read_input(path, 2048)) == 2048
    with pytest.raises(NetdeskError) as raised:
        read_input(path, 2047, too_big="import-too-big")
    assert raised.value.code == "import-too-big"
    assert str(raised.value) == "list.vcf is larger than 1 MB; split it first"


def test_dev_zero_is_refused_without_reading() -> None:
    # st_size is 0 and reading never ends: only the file type tells.
    with pytest.raises(NetdeskError) as raised:
        read_input("/dev/zero", 1024)
    assert raised.value.code == "not-a-file"
    assert str(raised.value) == (
        "/dev/zero is not an ordinary file (a folder, device or pipe); netdesk cannot read it"
    )


def test_fifo_is_refused(fifo: Path) -> None:
    with pytest.raises(NetdeskError) as raised:
        read_input(fifo, 1024)
    assert raised.value.code == "not-a-file"


def test_folder_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(NetdeskError) as raised:
        read_input(tmp_path, 1024)
    assert raised.value.code == "not-a-file"
    with pytest.raises(NetdeskError) as raised:
        read_input(tmp_path / "gone.csv", 1024)
    assert raised.value.code == "file-missing"
    with pytest.raises(NetdeskError) as raised:
        read_input(tmp_path / "gone.csv" / "below", 1024)
    assert raised.value.code == "file-missing"


def test_symlink_to_a_regular_file_is_read(tmp_path: Path) -> None:
    target = tmp_path / "real.csv"
    target.write_bytes(b"Name\n")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    assert read_input(link, 100) == b"Name\n"
    (tmp_path / "zero.csv").symlink_to("/dev/zero")
    with pytest.raises(NetdeskError, match="not an ordinary file"):
        read_input(tmp_path / "zero.csv", 100)


def test_control_characters_are_escaped() -> None:
    assert escape_controls(HOSTILE) == "\\x1b]0;HACKED\\x07\\x1b[2J"
    assert escape_controls("a\tb\r\nc\x00\x7f\x9b") == "a\\tb\\r\\nc\\x00\\x7f\\x9b"
    # Bidi overrides would make "gpj.exe" read as "exe.jpg".
    assert escape_controls("\u202egpj.exe") == "\\u202egpj.exe"
    assert escape_controls("Zoë Ångström, 東京") == "Zoë Ångström, 東京"


def test_csv_first_line_is_quoted_escaped() -> None:
    data = f"{HOSTILE}just text\nmore\n".encode()
    with pytest.raises(NetdeskError) as raised:
        csvfile.parse(data, source="list.csv")
    message = str(raised.value)
    assert message.endswith("the first line reads: \\x1b]0;HACKED\\x07\\x1b[2Jjust text")
    assert not any(char < " " for char in message)


def test_file_names_in_errors_are_escaped(tmp_path: Path) -> None:
    message = str(NetdeskError("file-missing", path=tmp_path / f"x{HOSTILE}.png"))
    assert message.endswith("x\\x1b]0;HACKED\\x07\\x1b[2J.png does not exist")
    assert "\x1b" not in message and "\x07" not in message
