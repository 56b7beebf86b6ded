"""Fixtures for the main-window tests (defined in app_fixtures.py; local fixtures override)."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tests.ui.app_fixtures import services, settings, window  # noqa: F401


@pytest.fixture(scope="session", autouse=True)
def user_settings_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where a bare ``QSettings()`` would write during the run: a throw-away folder, so that a
    slip can never reach the user's real settings (``test_settings_isolation`` checks it stays
    empty)."""
    folder = tmp_path_factory.mktemp("user-settings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, str(folder))
    return folder
