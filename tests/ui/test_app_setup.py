"""Start-up pieces: the daily backup off the GUI thread, pages plugged in from one list."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from netdesk.core.storage.backup import backup_dir
from netdesk.ui.app import start_daily_backup
from netdesk.ui.main_window import MainWindow
from netdesk.ui.pages import PAGES, Page


def test_the_daily_backup_runs_once_in_the_background(qtbot, services, store) -> None:
    start_daily_backup(services)
    services.tasks.wait(10_000)
    qtbot.waitUntil(lambda: len(list(backup_dir(store.path).glob("auto-*.db"))) == 1)
    start_daily_backup(services)  # the same day: nothing more
    services.tasks.wait(10_000)
    assert len(list(backup_dir(store.path).glob("auto-*.db"))) == 1


def test_a_page_is_one_entry_in_the_list(qtbot, services, settings) -> None:
    def extra(_services) -> QLabel:
        return QLabel("A new page goes here")

    pages = [*PAGES, Page("extra", "Extra", "office-chart-bar", extra)]
    window = MainWindow(services, settings, pages=pages)
    qtbot.addWidget(window)
    assert window.sidebar.count() == len(PAGES) + 1
    assert "extra" not in window.pages  # built when first shown
    window.sidebar.setCurrentRow(len(PAGES))
    assert window.current_page_key() == "extra"
    assert window.pages["extra"].text() == "A new page goes here"
    services.open_page("people", event_id=None)
    assert window.current_page_key() == "people"


def test_a_damaged_database_is_explained_in_a_window(qtbot, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from netdesk.ui.app import open_store_or_explain

    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, title, text: shown.append(text))
    )
    damaged = tmp_path / "netdesk.db"
    damaged.write_bytes(b"this was a database once" * 100)
    assert open_store_or_explain(damaged) is None
    assert "not a netdesk database" in shown[0] and "netdesk restore" in shown[0]
    assert damaged.read_bytes() == b"this was a database once" * 100
