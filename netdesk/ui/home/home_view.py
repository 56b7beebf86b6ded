"""The Home page, first in the sidebar: the current or next event, follow-ups due,
introductions to make, givers to thank, people going cold, peers for the user's challenges.

Building the page costs nothing but its empty cards: the figures are read by
:func:`netdesk.core.insights.home.gather` on a worker thread with its own connection, so
the window paints at once and the cards fill a moment later (and again after changes).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QInputDialog,
    QPushButton,
    QWidget,
)

from netdesk.core.errors import NetdeskError
from netdesk.core.storage.changes import Kind
from netdesk.core.storage.store import Store
from netdesk.ui.home.home_cards import HomeBoard
from netdesk.ui.runtime.services import Services
from netdesk.ui.widgets.board_page import BoardView
from netdesk.ui.widgets.look import EmptyState

if TYPE_CHECKING:
    from netdesk.core.insights import home

SHOWN_KINDS = (
    Kind.PEOPLE, Kind.EVENTS, Kind.ENCOUNTERS, Kind.FOLLOWUPS, Kind.EXCHANGES,
    Kind.INTRODUCTIONS, Kind.GOALS, Kind.TAGS, Kind.TOPICS, Kind.INTERACTIONS,
)  # fmt: skip


def compute(path: str, generation: int) -> tuple[int, home.Home]:
    """On a worker thread: a read-only connection of its own. (The reading code loads here,
    not with the page: the page paints before its figures are read.)"""
    from netdesk.core.insights import home

    with Store.open(path, read_only=True) as store:
        return generation, home.gather(store)


class HomeView(BoardView):
    """The Home page; ``refreshed`` fires each time new figures are on screen."""

    shown_kinds = SHOWN_KINDS

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, debounce_ms: int = 600
    ) -> None:
        super().__init__(services, parent, debounce_ms=debounce_ms)
        self.report_button = QPushButton(self.tr("Monthly &report…"))
        self.report_button.clicked.connect(self.monthly_report)
        empty = EmptyState(
            self.tr("Welcome to netdesk"),
            self.tr(
                "Start with your next event: create it, set a goal, and capture the people you "
                "meet there (Ctrl+N). This page then shows what to do each day."
            ),
            self.tr("Show events"),
        )
        self.set_up(
            title=self.tr("Home"),
            button=self.report_button,
            board=HomeBoard(),
            empty=empty,
            loading=self.tr("Getting your day ready…"),
        )
        self.cards = self.board.cards
        self.board.link_activated.connect(self.open_link)
        empty.activated.connect(lambda: self.services.open_page("events"))
        services.current_event_changed.connect(self.mark_stale)

    read_figures = staticmethod(compute)

    def read_now(self, *, today: dt.date | None = None) -> home.Home:
        from netdesk.core.insights import home

        return home.gather(self.services.store, today=today)

    def show_on_board(self, data: home.Home) -> None:
        self.board.show_home(data)

    def updated_text(self, data: home.Home) -> str:
        return self.tr("updated {time}").format(time=dt.datetime.now().strftime("%H:%M"))

    def failure_text(self, error: Exception | None) -> str:
        if error is None:
            return self.tr("Home could not be filled in")
        return self.tr("Home could not be filled in: {error}").format(error=error)

    # -- what the lines open ----------------------------------------------------------------

    def open_link(self, href: str) -> QWidget | None:
        """Open what a line names; returns the dialog opened, if it was one."""
        kind, _, rest = href.partition(":")
        if kind == "person":
            self.services.open_page("people", person_id=int(rest))
        elif kind == "event":
            self.services.open_page("events", event_id=int(rest))
        elif kind == "followup":
            self.services.open_page("followups", followup_id=int(rest))
        elif kind == "followups":
            self.services.open_page("followups")
        elif kind == "brief":
            from netdesk.ui.reports.paper_dialog import open_brief

            return open_brief(self.services, int(rest), self)
        elif kind == "outcome":
            self.record_outcome(int(rest))
        elif kind == "intro":
            need, offer, topic = (int(part) for part in rest.split(":"))
            return self.introduce(need, offer, topic)
        return None

    def introduce(self, need: int, offer: int, topic_id: int) -> QWidget:
        from netdesk.core.topics import topics
        from netdesk.ui.followups.introduce_dialog import IntroduceDialog

        store = self.services.store
        why = self.tr("{offer} can help with {topic}, which {need} is working on").format(
            offer=store.people.get(offer).full_name,
            topic=topics.get(store, topic_id).label,
            need=store.people.get(need).full_name,
        )
        dialog = IntroduceDialog(self.services, need, self, other_id=offer, why=why)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def record_outcome(self, introduction_id: int, text: str | None = None) -> bool:
        """Ask what came of an introduction (``text`` given: no question) and save it."""
        if text is None:
            text, ok = QInputDialog.getText(
                self,
                self.tr("Outcome of the introduction"),
                self.tr("What came of it? (a coffee, a pilot, not a fit…)"),
            )
            if not ok or not text.strip():
                return False
        try:
            self.services.writer.call(
                lambda store: store.introductions.set_outcome(introduction_id, text)
            )
        except NetdeskError as error:
            self.status_message.emit(str(error))
            return False
        return True

    def monthly_report(self) -> QWidget:
        from netdesk.ui.reports.paper_dialog import open_report

        return open_report(self.services, self)
