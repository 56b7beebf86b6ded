"""Start the desktop app: check for a display, set up Qt, open the store, show the main window.

Start-up does only what the first paint needs: the window and the first page. The
reminder check, its timer and the daily backup (on the task runner) start once the
window has painted (netdesk/ui/runtime/first_paint.py).

``NETDESK_FIRST_PAINT_MARK=FILE`` (benchmarks/bench_startup.py) writes the wall-clock
time of that first paint to FILE, then quits: start-up measured from outside.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from netdesk.ui.runtime.display import NO_DISPLAY, has_display

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def configure_qt() -> None:
    """What must be set before the QApplication exists."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    # Fractional scales (125 %, 150 %) render crisply instead of being rounded.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )


def install_translators(app, language: str | None = None) -> list:
    """Qt's own strings and netdesk's in the user's language; core text goes through Qt too.

    ``language`` is a code from ``settings.LANGUAGES`` or "" for the system's; None reads the
    one chosen in Preferences. A chosen language becomes the default QLocale, so dates and
    numbers follow it; the system's leaves the locale as it is (LANG, LANGUAGE).
    """
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    from netdesk.core.i18n import install_translator
    from netdesk.ui.runtime.settings import LANGUAGES, Settings

    if language is None:
        language = Settings().get("ui/language")
    if language in LANGUAGES:
        # The system's region stays (nl_BE, en_GB) where Qt knows it with this language.
        chosen = QLocale(language)
        regional = QLocale(chosen.language(), QLocale.system().territory())
        QLocale.setDefault(regional if regional.language() == chosen.language() else chosen)
    installed = []
    # English plural forms first ("%n person(s)" → "3 people"), whatever the language: the
    # user's own catalogue, installed after it, is searched first.
    english = QTranslator(app)
    if english.load("netdesk_en", str(TRANSLATIONS)):
        app.installTranslator(english)
        installed.append(english)
    locale = QLocale()
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("netdesk", str(TRANSLATIONS)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    install_translator(QCoreApplication.translate)
    return installed


def open_store_or_explain(db_path: Path):
    """The store, or None after telling the user (in a window, not only on stderr) why not."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from netdesk.core.errors import NetdeskError
    from netdesk.core.storage.store import Store

    try:
        return Store.open(db_path)
    except NetdeskError as error:
        sys.stderr.write(f"netdesk: error: {error}\n")
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "netdesk cannot open your data"),
            QCoreApplication.translate(
                "App",
                "{reason}.\n\nNothing was changed. To start from one of the automatic backups,"
                " run: netdesk restore FILE (the backups are in {folder}).",
            ).format(reason=str(error), folder=f"{db_path}.backups"),
        )
        return None


def mark_first_paint(path: str) -> None:
    """The benchmark's mark: when the first paint happened, then leave."""
    from PySide6.QtWidgets import QApplication

    Path(path).write_text(f"{time.time():.6f}\n", encoding="utf-8")
    QApplication.instance().quit()


def start_daily_backup(services) -> None:
    """One backup a day, off the GUI thread; a failure is reported, never fatal."""
    from netdesk.core import preferences
    from netdesk.core.storage.backup import auto_backup
    from netdesk.core.storage.store import Store

    path = services.store.path

    def work() -> Path | None:
        # The backup reads through its own connection: the GUI keeps using its own.
        with Store.open(path, read_only=True) as store:
            return auto_backup(store, keep=preferences.backup_keep(store))

    def failed(error: Exception) -> None:
        sys.stderr.write(f"netdesk: warning: the daily backup failed: {error}\n")

    services.tasks.run(work, on_error=failed)


def run(db_path: Path, files: Sequence[str] = ()) -> int:
    if not has_display():
        sys.stderr.write(NO_DISPLAY)
        return 1
    configure_qt()
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from netdesk.core import preferences
    from netdesk.ui.followups.reminders import Reminders
    from netdesk.ui.main_window import MainWindow
    from netdesk.ui.runtime.first_paint import after_first_paint
    from netdesk.ui.runtime.services import Services
    from netdesk.ui.runtime.settings import Settings
    from netdesk.ui.runtime.single_instance import InstanceGuard, hand_over, show_and_import

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("netdesk")
    app.setOrganizationName("netdesk")
    app.setApplicationDisplayName("netdesk")
    app.setDesktopFileName("netdesk")
    app.setWindowIcon(QIcon.fromTheme("contact-new"))
    install_translators(app)
    guard = InstanceGuard(db_path)
    if not guard.acquire():
        # The app already open on this database takes over; this one never opens it.
        return hand_over(db_path, list(files), guard.owner_pid())
    store = open_store_or_explain(db_path)
    if store is None:
        guard.release()
        return 1
    preferences.apply(store)  # the phone region chosen in Preferences
    services = Services(store)
    settings = Settings()
    window = MainWindow(services, settings)
    reminders = Reminders(services, window, settings=settings)
    reminders.notified.connect(lambda title, text: window.show_message(f"{title}: {text}"))
    guard.activated.connect(lambda asked: show_and_import(window, services, asked))
    mark = os.environ.get("NETDESK_FIRST_PAINT_MARK")

    def after_paint() -> None:
        if mark:
            mark_first_paint(mark)
        # A second start knocks until this listens (single_instance.send_to_running).
        guard.open_for_messages()
        # Shows the window if it is not up yet, counts what is due, keeps checking.
        reminders.start()
        if settings.get("backup/daily"):
            start_daily_backup(services)
        # Phone-number metadata, left out of start-up, loads here on the GUI thread
        # rather than on the writer's thread at the first number saved.
        from netdesk.core.people.contacts import supported_regions

        supported_regions()

    # The window (or only the tray icon, when starting minimised) comes first.
    if files or not (reminders.has_tray and reminders.start_minimised):
        reminders.show_window()
    after_first_paint(window, after_paint)  # at once when the window is not shown
    if files:  # the user wants to see the outcome, even when starting minimised
        show_and_import(window, services, list(files))
    try:
        return app.exec()
    finally:
        reminders.stop()
        services.tasks.wait(10_000)
        services.close()
        store.close()
        guard.release()
