"""The Insights page: a scrollable dashboard of cards, each ending in what to do about it.

The figures come from :func:`netdesk.core.insights.insights.gather`, computed on a worker
thread through its own connection (the GUI's stays free for typing), and again
a moment after the data changes. Organisations, departments, events and people
are links that open the People page filtered that way. The cards and what they say
about the figures are in :mod:`netdesk.ui.insights.insights_board`.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import unquote

from PySide6.QtWidgets import (
    QPushButton,
    QWidget,
)

from netdesk.core.insights import insights
from netdesk.core.storage.changes import Kind
from netdesk.core.storage.store import Store
from netdesk.ui.insights.insights_board import InsightsBoard
from netdesk.ui.runtime.services import Services
from netdesk.ui.widgets.board_page import BoardView
from netdesk.ui.widgets.look import EmptyState, number_text

# What the dashboard shows: any of these changing makes it stale.
SHOWN_KINDS = (
    Kind.PEOPLE, Kind.ENCOUNTERS, Kind.FOLLOWUPS, Kind.INTERACTIONS, Kind.EXCHANGES,
    Kind.INTRODUCTIONS, Kind.GOALS, Kind.TAGS, Kind.EVENTS,
)  # fmt: skip


def compute(path: str, today: dt.date | None = None) -> insights.Insights:
    """On a worker thread: a connection of its own, so the GUI thread's is never shared."""
    with Store.open(path, read_only=True) as store:
        return insights.gather(store, today=today)


def _numbered(path: str, generation: int) -> tuple[int, insights.Insights]:
    return generation, compute(path)


class InsightsView(BoardView):
    """The Insights page. ``refreshed`` fires each time new figures are on screen."""

    shown_kinds = SHOWN_KINDS

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, debounce_ms: int = 800
    ) -> None:
        super().__init__(services, parent, debounce_ms=debounce_ms)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        empty = EmptyState(
            self.tr("Nothing to learn from yet"),
            self.tr(
                "Insights appear once you have met people: which departments and organisations "
                "you reach, what you gave and received, and how well you follow up. Capture "
                "the people you meet at your next event (Ctrl+N)."
            ),
            self.tr("Show events"),
        )
        # A centred word-wrapped label in a stack gets neither the width nor the height its
        # text needs (no height-for-width through QStackedLayout): give it both.
        width = empty.text.maximumWidth()
        empty.text.setMinimumSize(width, empty.text.heightForWidth(width))
        empty.activated.connect(lambda: self.services.open_page("events"))
        self.set_up(
            title=self.tr("Insights"),
            button=self.refresh_button,
            board=InsightsBoard(),
            empty=empty,
            loading=self.tr("Working out your insights…"),
        )
        self.cards = self.board.cards
        self.board.link_activated.connect(self._on_link)
        self.refresh()

    read_figures = staticmethod(_numbered)

    def read_now(self) -> insights.Insights:
        return insights.gather(self.services.store)

    def show_on_board(self, data: insights.Insights) -> None:
        self.board.show_figures(data)

    def updated_text(self, data: insights.Insights) -> str:
        return self.tr("{people} people · updated {time}").format(
            people=number_text(data.people), time=dt.datetime.now().strftime("%H:%M")
        )

    def failure_text(self, error: Exception | None) -> str:
        if error is None:
            return self.tr("Insights could not be worked out")
        return self.tr("Insights could not be worked out: {error}").format(error=error)

    # -- links ------------------------------------------------------------------------------

    def _on_link(self, href: str) -> None:
        kind, _, value = href.partition(":")
        value = unquote(value)
        if kind == "organisation":
            self.services.open_page("people", organisation=value)
        elif kind == "department":
            self.services.open_page("people", department=value, internal=True)
        elif kind == "person":
            self.services.open_page("people", person_id=int(value))
        elif kind == "event":
            self.services.open_page("people", event_id=int(value))
