"""The app writes desktop settings only to the ``Settings`` it was given: a test or a screenshot
never touches the user's real QSettings file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from netdesk.ui.followups.reminders import START_MINIMISED_KEY, Reminders
from netdesk.ui.main_window import MainWindow
from netdesk.ui.preferences_dialog import PreferencesDialog
from netdesk.ui.runtime.services import Services
from netdesk.ui.runtime.settings import Settings


def _written(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


def test_preferences_and_reminders_write_only_the_windows_settings(
    qtbot, services: Services, settings: Settings, user_settings_dir: Path
) -> None:
    # A bare QSettings() lands in the folder the run watches, not in the user's home.
    assert Path(QSettings().fileName()).is_relative_to(user_settings_dir)
    before = _written(user_settings_dir)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()

    seen: list[PreferencesDialog] = []

    def tick_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        seen.append(dialog)
        dialog.start_minimised.setChecked(True)
        dialog.accept()

    QTimer.singleShot(0, tick_and_save)
    window.preferences()  # as the menu opens it: modal, on the window's settings
    assert seen
    assert settings.flag(START_MINIMISED_KEY) is True

    reminders = Reminders(services, window, settings=settings, debounce_ms=0)
    assert reminders.start_minimised
    reminders.set_start_minimised(False)
    reminders.check()
    reminders.stop()
    window.close()  # saves the window state
    settings.sync()

    assert settings.flag(START_MINIMISED_KEY) is False
    assert _written(user_settings_dir) == before == []
