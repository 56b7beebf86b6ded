"""Preferences ▸ Language, chosen for the next start; Help ▸ Guide and Help ▸ About netdesk."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication

from netdesk import __version__
from netdesk.core.i18n import install_translator
from netdesk.ui.app import install_translators
from netdesk.ui.main_window import MainWindow
from netdesk.ui.preferences_dialog import PreferencesDialog
from netdesk.ui.runtime.services import Services
from netdesk.ui.runtime.settings import Settings
from netdesk.ui.widgets.look import number_text
from tests.ui.app_fixtures import close_window


def test_the_language_setting_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    assert Settings(path).get("ui/language") == ""  # the system's, as before
    first = Settings(path)
    first.set("ui/language", "nl")
    first.sync()
    assert Settings(path).get("ui/language") == "nl"


def test_preferences_offer_the_languages_and_save_the_choice(
    qtbot, services: Services, settings: Settings
) -> None:
    dialog = PreferencesDialog(services, settings=settings)
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["System default", "English", "Nederlands"]
    assert dialog.language.currentData() == ""
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.accept()
    assert settings.get("ui/language") == "nl"
    again = PreferencesDialog(services, settings=settings)
    qtbot.addWidget(again)
    assert again.language.currentText() == "Nederlands"


@pytest.fixture
def restore_english(qapp: QApplication) -> Iterator[list]:
    """Whatever install_translators installs is removed again, and the locale put back."""
    before = QLocale()
    installed: list = []
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    install_translator(None)
    QLocale.setDefault(before)


def test_dutch_chosen_gives_dutch_strings_and_a_dutch_locale(
    qapp: QApplication, restore_english: list
) -> None:
    restore_english.extend(install_translators(qapp, "nl"))
    assert QLocale().language() == QLocale.Language.Dutch
    assert QCoreApplication.translate("MainWindow", "&About netdesk") == "&Over netdesk"
    assert number_text(1_234) == "1.234"


def _point_bare_qsettings_at(folder: Path) -> None:
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, str(folder))


def test_the_choice_in_the_settings_is_what_start_up_uses(
    qapp: QApplication, restore_english: list, tmp_path: Path, user_settings_dir: Path
) -> None:
    # run() calls install_translators(app), which reads the app's bare Settings(): here in a
    # folder of this test's own (the session's must stay empty, see test_settings_isolation).
    _point_bare_qsettings_at(tmp_path)
    try:
        user = Settings()
        user.set("ui/language", "nl")
        user.sync()
        restore_english.extend(install_translators(qapp))
    finally:
        _point_bare_qsettings_at(user_settings_dir)
    assert QLocale().language() == QLocale.Language.Dutch
    assert QCoreApplication.translate("MainWindow", "&Edit") == "Be&werken"


def test_the_system_default_leaves_the_locale_alone(
    qapp: QApplication, restore_english: list
) -> None:
    before = QLocale().name()
    restore_english.extend(install_translators(qapp, ""))
    assert QLocale().name() == before


def test_the_guide_names_the_moments_with_the_real_shortcuts(
    qtbot, services: Services, settings: Settings
) -> None:
    window = MainWindow(services, settings)
    try:
        dialog = window.show_guide()
        qtbot.waitExposed(dialog)
        text = dialog.browser.toPlainText()
        for words in ("Before the event", "At the event", "After the event"):
            assert words in text
        assert "Quick capture (Ctrl+N)" in text
        assert "Present my card (F5)" in text
        assert "Review (Ctrl+R)" in text
        assert "New event (Ctrl+E)" in text
        lines = [line for line in text.splitlines() if line.strip()]
        assert 10 <= len(lines) <= 18
        dialog.close()
    finally:
        close_window(window)


def test_about_shows_the_version_licence_and_where_the_data_lives(
    qtbot, services: Services, settings: Settings
) -> None:
    window = MainWindow(services, settings)
    try:
        dialog = window.show_about()
        qtbot.waitExposed(dialog)
        fields = {key: label.text() for key, label in dialog.fields.items()}
        assert fields["version"] == __version__
        assert fields["licence"] == "MIT"
        assert fields["database"] == str(services.store.path)
        assert fields["backups"] == f"{services.store.path}.backups"
        assert fields["qt"].startswith("Qt 6.")
        dialog.close()
    finally:
        close_window(window)


def test_help_menu_has_guide_and_about(qtbot, services: Services, settings: Settings) -> None:
    window = MainWindow(services, settings)
    try:
        help_menu = window.menuBar().actions()[-1].menu()
        texts = [action.text() for action in help_menu.actions()]
        assert texts == ["&Keyboard shortcuts", "&Guide", "&About netdesk"]
    finally:
        close_window(window)
