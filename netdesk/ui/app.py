"""Start the desktop app: check for a display, open the store, show the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from netdesk.ui.display import NO_DISPLAY, has_display


def run(db_path: Path) -> int:
    if not has_display():
        sys.stderr.write(NO_DISPLAY)
        return 1
    from PySide6.QtWidgets import QApplication

    from netdesk.core.store import Store
    from netdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("netdesk")
    app.setOrganizationName("netdesk")
    store = Store.open(db_path)
    window = MainWindow(store)
    window.show()
    try:
        return app.exec()
    finally:
        store.close()
