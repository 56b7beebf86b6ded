"""netdesk.core must stay importable without Qt (Anki's pylib/aqt split)."""

import subprocess
import sys


def test_core_imports_no_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, netdesk.core\n"
        "for m in pkgutil.walk_packages(netdesk.core.__path__, 'netdesk.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "import netdesk.cli.main\n"
        "netdesk.cli.main.build_parser()\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'netdesk.ui'))]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_ui_asks_the_core_and_never_writes_itself() -> None:
    """No UI module opens a transaction or holds SQL: use cases live in the core."""
    import re
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "netdesk" / "ui"
    sql = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE)\b.*\b(FROM|INTO|SET)\b")
    offenders = [
        f"{path.name}:{number}"
        for path in sorted(ui.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "transaction(" in line or ".execute(" in line or sql.search(line)
    ]
    assert offenders == []
