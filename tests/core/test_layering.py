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
