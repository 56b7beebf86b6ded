"""The pages of the main window, in sidebar order: one entry per page.

Adding a page is one line in :data:`PAGES`: a key (used in settings, the
screenshot command and ``services.open_page``), an English title (translated in
the "Pages" context), a freedesktop icon name with a Qt fallback, and a
factory ``(services) -> QWidget``. Factories import their module when called,
so a page costs nothing until it is first shown.

A page widget may optionally provide:

- ``navigate(**params)``: called by ``services.open_page(key, **params)``;
- ``set_search(text)``: receives the main search field (only the People page
  does today);
- ``set_search_delay(ms)``: the search debounce from the settings;
- ``status_message`` (a signal of str): shown in the status bar;
- ``save_state(settings)`` / ``restore_state(settings)``: column widths, splitters.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from netdesk.ui.runtime.services import Services

Factory = Callable[[Services], QWidget]


@dataclass(frozen=True)
class Page:
    key: str
    title: str
    icon: str  # a freedesktop icon-theme name
    factory: Factory
    # The style's generic icon (a QStyle.StandardPixmap name), named rather than held:
    # QStyle's enums cost about 7 ms of start-up to create and are rarely needed.
    fallback: str = "SP_FileIcon"

    def make_icon(self) -> QIcon:
        """The theme's icon when it has one; else netdesk's own drawing (a calendar, two
        people…), and only then the style's generic icon."""
        if QIcon.hasThemeIcon(self.icon):
            return QIcon.fromTheme(self.icon)
        from netdesk.ui.widgets.icons import page_icon

        drawn = page_icon(self.key)
        if drawn is not None:
            return drawn
        from PySide6.QtWidgets import QStyle

        pixmap = getattr(QStyle.StandardPixmap, self.fallback)
        return QApplication.style().standardIcon(pixmap)


def _lazy(module: str, widget: str) -> Factory:
    """A factory that imports ``netdesk.ui.<module>`` only when the page is first shown."""

    def make(services: Services) -> QWidget:
        return getattr(importlib.import_module(f"netdesk.ui.{module}"), widget)(services)

    return make


_home = _lazy("home.home_view", "HomeView")
_events = _lazy("events.events_view", "EventsView")
_people = _lazy("people.people_view", "PeopleView")
_followups = _lazy("followups.followups_view", "FollowupsView")
_card = _lazy("card.card_editor", "CardEditor")
_scan = _lazy("scan.scan_view", "ScanView")
_insights = _lazy("insights.insights_view", "InsightsView")

PAGES: list[Page] = [
    Page("home", QT_TRANSLATE_NOOP("Pages", "Home"), "go-home", _home,
         "SP_DirHomeIcon"),
    Page("events", QT_TRANSLATE_NOOP("Pages", "Events"), "x-office-calendar", _events,
         "SP_FileDialogContentsView"),
    Page("people", QT_TRANSLATE_NOOP("Pages", "People"), "system-users", _people,
         "SP_DirHomeIcon"),
    Page("followups", QT_TRANSLATE_NOOP("Pages", "Follow-ups"), "task-due", _followups,
         "SP_DialogApplyButton"),
    Page("scan", QT_TRANSLATE_NOOP("Pages", "Scan"), "camera-photo", _scan,
         "SP_DialogOpenButton"),
    Page("card", QT_TRANSLATE_NOOP("Pages", "My card"), "contact-new", _card,
         "SP_FileDialogInfoView"),
    Page("insights", QT_TRANSLATE_NOOP("Pages", "Insights"), "office-chart-bar", _insights,
         "SP_FileDialogDetailedView"),
]  # fmt: skip

DEFAULT_PAGE = "home"


def page(key: str) -> Page:
    return next(p for p in PAGES if p.key == key)
