"""Files from strangers through the real commands: PostScript posing as a photo, terminal
escapes in names and lines, endless devices and FIFOs. Each is one clear error line."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

EPS = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n0 0 moveto showpage\n"
HOSTILE = "\x1b]0;HACKED\x07\x1b[2J"
NOT_A_FILE = "is not an ordinary file (a folder, device or pipe); netdesk cannot read it"
NETDESK = Path(sys.executable).with_name("netdesk")


def _limit_memory() -> None:
    # A command that did read /dev/zero must die of MemoryError, not take the machine with it.
    resource.setrlimit(resource.RLIMIT_DATA, (1 << 30, 1 << 30))


def run_netdesk(db: Path, *args: str, path: str | None = None) -> subprocess.CompletedProcess[str]:
    """The installed ``netdesk`` command in its own process, with bounded memory."""
    env = {**os.environ, "PATH": path or os.environ.get("PATH", "")}
    return subprocess.run(
        [str(NETDESK), "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        preexec_fn=_limit_memory,
        check=False,
    )


def _fake_ghostscript(tmp_path: Path) -> tuple[Path, Path]:
    """A ``gs`` that leaves a marker when anything runs it; returns (its folder, marker)."""
    folder, marker = tmp_path / "bin", tmp_path / "gs-ran"
    folder.mkdir()
    gs = folder / "gs"
    gs.write_text(f"#!/bin/sh\ntouch '{marker}'\nexit 1\n")
    gs.chmod(0o755)
    return folder, marker


def test_eps_named_png_is_refused_and_ghostscript_never_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, marker = _fake_ghostscript(tmp_path)
    photo = tmp_path / "photo.png"
    photo.write_bytes(EPS)
    path = f"{folder}{os.pathsep}{os.environ.get('PATH', '')}"

    # The probe is real: Pillow left to itself hands this file to the gs on PATH.
    monkeypatch.setenv("PATH", path)
    with pytest.raises(subprocess.CalledProcessError), Image.open(photo) as image:
        image.load()
    assert marker.exists()
    marker.unlink()

    result = run_netdesk(tmp_path / "netdesk.db", "scan", str(photo), path=path)
    assert not marker.exists()
    assert result.returncode == 1
    assert result.stderr == (
        "netdesk: error: photo.png is not an image netdesk can read"
        " (PNG, JPEG, GIF, BMP, TIFF, WebP or AVIF)\n"
    )


def test_terminal_escapes_in_a_csv_line_are_shown_escaped(cli, tmp_path: Path) -> None:
    listing = tmp_path / "list.csv"
    listing.write_text(f"{HOSTILE}see you there\nAda\n", encoding="utf-8")
    result = cli("import", str(listing))
    assert result.code == 1
    assert result.err == (
        "netdesk: error: list.csv has no column for names or email addresses (a heading such"
        " as Name, First name or Email); the first line reads:"
        " \\x1b]0;HACKED\\x07\\x1b[2Jsee you there\n"
    )
    assert cli("person", "list", "--json").json == []


def test_terminal_escapes_in_a_file_name_are_shown_escaped(cli, tmp_path: Path) -> None:
    photo = tmp_path / f"card{HOSTILE}.png"
    photo.write_bytes(b"not an image")
    result = cli("scan", str(photo))
    assert result.code == 1
    assert result.err.startswith("netdesk: error: card\\x1b]0;HACKED\\x07\\x1b[2J.png is not")
    assert result.err.count("\n") == 1
    assert "\x1b" not in result.err + result.out and "\x07" not in result.err + result.out


def test_terminal_escapes_in_a_vcard_line_are_escaped_in_the_report(cli, tmp_path: Path) -> None:
    cards = tmp_path / "cards.vcf"
    cards.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ada Lovelace\nEMAIL:ada@example.org\n"
        f"NOTE;CHARSET={HOSTILE}:x\nEND:VCARD\n",
        encoding="utf-8",
    )
    result = cli("import", str(cards))
    assert result.code == 0, result.err
    assert "\x1b" not in result.out and "\x07" not in result.out
    # The parameter ends at the ';' of the escape sequence; what is left is shown escaped.
    assert "cards.vcf, card 1, line 5: unknown character set '\\x1b]0'" in result.out


def _commands(source: Path, out: Path) -> list[tuple[str, ...]]:
    return [
        ("import", str(source)),
        ("scan", str(source)),
        ("card", "sheet", "--attendees", str(source), "--out", str(out)),
    ]


@pytest.mark.parametrize("command", range(3), ids=["import", "scan", "card sheet"])
def test_dev_zero_is_refused_in_one_line(tmp_path: Path, command: int) -> None:
    out = tmp_path / "badges.pdf"
    result = run_netdesk(tmp_path / "netdesk.db", *_commands(Path("/dev/zero"), out)[command])
    assert result.returncode == 1
    assert result.stderr.startswith("netdesk: error: ")
    assert result.stderr.endswith(f"/dev/zero {NOT_A_FILE}\n")
    assert result.stderr.count("\n") == 1
    assert not out.exists()


@pytest.mark.parametrize("command", range(3), ids=["import", "scan", "card sheet"])
def test_fifo_is_refused_in_one_line(cli, tmp_path: Path, fifo: Path, command: int) -> None:
    out = tmp_path / "badges.pdf"
    result = cli(*_commands(fifo, out)[command])
    assert result.code == 1
    assert result.err.endswith(f"{fifo} {NOT_A_FILE}\n")
    assert result.err.count("\n") == 1
    assert not out.exists()
    assert cli("person", "list", "--json").json == []
