"""First run and the People table's layout: whole empty-state help, locale dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

from netdesk.ui.widgets.look import EmptyState, short_date


def test_the_empty_state_help_is_shown_whole(qtbot) -> None:
    empty = EmptyState("No people yet", "Press Ctrl+N at an event to capture someone " * 3, "Add")
    qtbot.addWidget(empty)
    empty.resize(700, 500)
    empty.show()
    qtbot.waitExposed(empty)
    label = empty.text
    assert label.height() >= label.heightForWidth(label.width()) > label.fontMetrics().height()
    empty.resize(420, 500)
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))


def test_dates_follow_the_locale(qtbot) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    try:
        assert short_date(dt.date(2026, 9, 20)) == "20-09-2026"
        assert short_date("2026-09-20T10:00:00") == "20-09-2026"
    finally:
        QLocale.setDefault(previous)
