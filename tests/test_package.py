"""The packaged program (scripts/package, PyInstaller) starts and does the real work.

The build is kept in .venv/package-cache/ under a hash of everything that goes into it, so a
second run with the same sources reuses it instead of building again (about a minute).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import vobject
from PIL import Image, ImageChops

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / ".venv" / "package-cache"
INPUTS = ("netdesk", "resources", "packaging/netdesk.spec", "scripts/package", "pyproject.toml")


def source_hash() -> str:
    digest = hashlib.sha256()
    for name in ("pyinstaller", "PySide6-Essentials", "PySide6-Addons"):
        digest.update(f"{name}={importlib.metadata.version(name)}\n".encode())
    for top in INPUTS:
        path = ROOT / top
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for file in files:
            # .ts sources are not packaged (the .qm files they compile to are).
            if file.is_file() and "__pycache__" not in file.parts and file.suffix != ".ts":
                digest.update(str(file.relative_to(ROOT)).encode() + b"\0")
                digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


@pytest.fixture(scope="module")
def program() -> Path:
    try:
        importlib.metadata.version("pyinstaller")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("PyInstaller is not installed: pip install -e '.[test]' (or '.[package]')")
    key = source_hash()
    built = CACHE / key / "netdesk" / "netdesk"
    if not built.is_file():
        partial = CACHE / f"{key}.partial-{os.getpid()}"
        shutil.rmtree(partial, ignore_errors=True)
        result = subprocess.run(
            [
                str(ROOT / "scripts" / "package"),
                "--dist",
                str(partial / "dist"),
                "--work",
                str(partial / "work"),
                "--no-appimage",
            ],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        shutil.rmtree(CACHE / key, ignore_errors=True)
        (partial / "dist").rename(CACHE / key)
        shutil.rmtree(partial, ignore_errors=True)
        # Only the newest build is worth its 250 MB.
        for old in CACHE.iterdir():
            if old.name != key and ".partial-" not in old.name:
                shutil.rmtree(old, ignore_errors=True)
    return built


@pytest.fixture
def run(program: Path, tmp_path: Path):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "NETDESK_", "LANG", "LC_"))
    }
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        QT_QPA_PLATFORM="offscreen",
    )
    db = str(tmp_path / "netdesk.db")

    def netdesk(*args: str, **extra_env: str) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [str(program), "--db", db, *args],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env={**env, **extra_env},
            timeout=120,
        )
        assert result.returncode == 0, f"netdesk {' '.join(args)}: {result.stderr}"
        return result

    return netdesk


def test_the_built_program_says_its_version(run) -> None:
    version = importlib.metadata.version("netdesk")
    assert run("--version").stdout.strip() == f"netdesk {version}"


def test_the_built_program_captures_swaps_scans_and_exports(run, tmp_path: Path) -> None:
    added = json.loads(
        run("person", "add", "Jan de Vries", "--org", "Waterschap Rivierenland", "--json").stdout
    )
    assert added["person"]["full_name"] == "Jan de Vries"
    run("card", "set", "--name", "José Ørsted", "--org", "Gemeente Utrecht")
    card = tmp_path / "card.png"
    run("card", "qr", "--out", str(card))
    scanned = json.loads(run("scan", str(card), "--json").stdout)
    assert scanned["summary"]["created"] == 1 and scanned["summary"]["errors"] == []
    people = json.loads(run("person", "list", "--json").stdout)
    assert {p["full_name"] for p in people} == {"Jan de Vries", "José Ørsted"}

    export = tmp_path / "everyone.vcf"
    run("export", "--format", "vcard", "--out", str(export))
    cards = vobject.readComponents(export.read_text(encoding="utf-8"))
    assert {card.fn.value for card in cards} == {"Jan de Vries", "José Ørsted"}


def test_the_built_program_renders_dutch_offscreen(run, program: Path, tmp_path: Path) -> None:
    assert (program.parent / "_internal" / "resources" / "translations" / "netdesk_nl.qm").is_file()
    run("person", "add", "Jan de Vries", "--org", "Waterschap Rivierenland")
    dutch, english = tmp_path / "nl.png", tmp_path / "en.png"
    run("screenshot", "people", "--out", str(dutch), LANG="nl_NL.UTF-8")
    run("screenshot", "people", "--out", str(english), LANG="en_GB.UTF-8")
    image = Image.open(dutch).convert("L")
    assert image.size == (1280, 800)
    # Ink: a good share of the pixels are far from the background (text, lines, icons).
    histogram = image.histogram()
    background = max(range(256), key=histogram.__getitem__)
    inked = sum(n for level, n in enumerate(histogram) if abs(level - background) > 60)
    assert inked > 0.005 * image.width * image.height
    # The translations were found in the package: the Dutch window differs from the English one.
    difference = ImageChops.difference(image, Image.open(english).convert("L"))
    assert difference.getbbox() is not None


def test_the_built_program_installs_its_desktop_entry(run, program: Path, tmp_path) -> None:
    installed = json.loads(run("install-desktop", "--json").stdout)["installed"]
    desktop = tmp_path / "data" / "applications" / "netdesk.desktop"
    assert str(desktop) in installed
    assert f"Exec={program} gui %U" in desktop.read_text(encoding="utf-8").splitlines()
    assert all(Path(path).is_file() for path in installed)
