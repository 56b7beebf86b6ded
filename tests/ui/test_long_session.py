"""The app survives a long session. PySide6 6.12.0 on Python 3.11 drops a reference to None on
every Qt call that returns nothing and aborts the interpreter within a minute; pyproject.toml
keeps that release out, and this test fails if a Qt with the same fault comes back."""

from __future__ import annotations

import os
import subprocess
import sys

SESSION = """
import netdesk.ui
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for n in range(60_000):  # a long session's worth of void calls
    label.setText("x")
    label.update()
print("alive")
"""


def test_a_long_session_of_void_calls_does_not_abort() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SESSION], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "alive"
