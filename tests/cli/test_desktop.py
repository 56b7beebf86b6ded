"""`netdesk install-desktop`: the shipped desktop files validate, install for a user, go again."""

from __future__ import annotations

import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from netdesk.cli.gui import as_file

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "resources" / "netdesk.desktop"
METAINFO = ROOT / "resources" / "io.github.netdesk.metainfo.xml"


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(
            f"{name} is missing: install the Debian package {package} (scripts/bootstrap.sh)"
        )
    return found


def validate_desktop(path: Path) -> None:
    result = subprocess.run(
        [tool("desktop-file-validate", "desktop-file-utils"), str(path)],
        capture_output=True,
        text=True,
    )
    # It prints hints and errors alike, and exits 0 despite hints: any output is a finding.
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


def test_the_shipped_desktop_entry_validates_and_opens_vcards_and_links() -> None:
    validate_desktop(DESKTOP)
    fields = entry(DESKTOP)
    assert fields["Exec"] == "netdesk gui %U"
    assert set(fields["MimeType"].rstrip(";").split(";")) == {
        "text/vcard",
        "text/x-vcard",
        "x-scheme-handler/netdesk",
    }


def test_the_shipped_appstream_metadata_validates() -> None:
    result = subprocess.run(
        [tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_install_then_remove_in_the_users_data_folder(cli, tmp_path, monkeypatch) -> None:
    data = tmp_path / "data home"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    result = cli("install-desktop", "--json")
    assert result.code == 0, result.err
    desktop = data / "applications" / "netdesk.desktop"
    metainfo = data / "metainfo" / "io.github.netdesk.metainfo.xml"
    icon = data / "icons" / "hicolor" / "scalable" / "apps" / "netdesk.svg"
    assert sorted(result.json["installed"]) == sorted(map(str, (desktop, metainfo, icon)))
    assert metainfo.read_bytes() == METAINFO.read_bytes()
    assert icon.read_bytes() == (ROOT / "resources" / "icons" / "netdesk.svg").read_bytes()
    validate_desktop(desktop)
    command = shlex.split(entry(desktop)["Exec"])
    assert command[-2:] == ["gui", "%U"] and Path(command[0]).is_absolute()
    assert Path(command[0]).exists()
    assert entry(desktop)["MimeType"] == entry(DESKTOP)["MimeType"]

    # Installing again replaces the files; removing takes exactly them away.
    assert cli("install-desktop").code == 0
    result = cli("install-desktop", "--remove", "--json")
    assert result.code == 0, result.err
    assert sorted(result.json["removed"]) == sorted(map(str, (desktop, metainfo, icon)))
    assert not desktop.exists() and not metainfo.exists() and not icon.exists()
    again = cli("install-desktop", "--remove")
    assert again.code == 0 and "not installed" in again.out


def test_a_relative_data_home_is_ignored_as_the_xdg_spec_says(cli, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    monkeypatch.chdir(tmp_path)
    assert cli("install-desktop").code == 0
    assert (tmp_path / ".local" / "share" / "applications" / "netdesk.desktop").is_file()
    assert not (tmp_path / "relative").exists()


def test_what_the_desktop_hands_over_becomes_files(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert as_file("file:///home/ana/Contacten/Jan%20de%20Vries.vcf") == (
        "/home/ana/Contacten/Jan de Vries.vcf"
    )
    assert as_file("file://localhost/tmp/a.vcf") == "/tmp/a.vcf"
    assert as_file("card.vcf") == str(tmp_path / "card.vcf")
    assert as_file("netdesk:open") is None
    assert as_file("NETDESK://anything") is None
