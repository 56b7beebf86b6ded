"""No dead code in netdesk/: vulture at high confidence finds nothing.

Qt's virtual overrides and fixed callback signatures that vulture cannot see being called are
listed in ``dead_code_whitelist.py``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_vulture_finds_no_dead_code():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "vulture",
            "netdesk",
            "tests/dead_code_whitelist.py",
            "--min-confidence",
            "80",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
