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

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.insights import insights
from netdesk.core.storage.changes import Changes, Kind
from netdesk.core.storage.store import Store
from netdesk.ui.insights.insights_board import InsightsBoard
from netdesk.ui.runtime.services import Services
from netdesk.ui.widgets.board_page import board_page
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


def _numbered(generation: int, path: str) -> tuple[int, insights.Insights]:
    return generation, compute(path)


class InsightsView(QWidget):
    """The Insights page. ``refreshed`` fires each time new figures are on screen."""

    refreshed = Signal()
    status_message = Signal(str)

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, debounce_ms: int = 800
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.data: insights.Insights | None = None
        self._generation = 0
        self._stale = True
        self._timer = QTimer(self, singleShot=True, interval=debounce_ms)
        self._timer.timeout.connect(self.refresh)

        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.board = InsightsBoard()
        self.cards = self.board.cards
        self.board.link_activated.connect(self._on_link)
        self.scroll, self.updated = board_page(
            self, self.tr("Insights"), self.refresh_button, self.board
        )

        self.empty = EmptyState(
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
        width = self.empty.text.maximumWidth()
        self.empty.text.setMinimumSize(width, self.empty.text.heightForWidth(width))
        self.empty.activated.connect(lambda: self.services.open_page("events"))
        self.loading = EmptyState(self.tr("Working out your insights…"), "")
        self.stack = QStackedWidget()
        for page in (self.loading, self.empty, self.scroll):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        services.changed.connect(self._on_changes)
        self.refresh()

    # -- refreshing -------------------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        if not changes.touches(*SHOWN_KINDS):
            return
        self._stale = True
        if self.isVisible():
            self._timer.start()  # a burst of writes (an import) refreshes once

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and not self._timer.isActive():
            self._timer.start()

    def refresh(self) -> None:
        self._stale = False
        self._generation += 1
        generation = self._generation
        # Bound methods, not lambdas: Qt drops the connection if the view is gone first.
        self.services.tasks.run(
            _numbered,
            generation,
            str(self.services.store.path),
            on_done=self._on_computed,
            on_error=self._on_failed,
        )

    def refresh_now(self) -> None:
        """Compute on this thread and show at once: for the screenshot command and tests."""
        self._stale = False
        self._generation += 1  # a run still on its way is now out of date
        self.show_data(insights.gather(self.services.store))

    def _on_failed(self, error: Exception) -> None:
        message = self.tr("Insights could not be worked out: {error}").format(error=error)
        self.status_message.emit(message)
        if self.data is None:  # nothing shown yet: say so rather than "working…" forever
            self.loading.title.setText(self.tr("Insights could not be worked out"))
            self.loading.text.setText(str(error))

    def _on_computed(self, numbered: tuple[int, insights.Insights]) -> None:
        generation, data = numbered
        if generation != self._generation:
            return  # an older run finishing late: a newer one is on its way
        self.show_data(data)

    def show_data(self, data: insights.Insights) -> None:
        self.data = data
        if data.empty:
            self.stack.setCurrentWidget(self.empty)
        else:
            self.board.show_figures(data)
            self.stack.setCurrentWidget(self.scroll)
        self.updated.setText(
            self.tr("{people} people · updated {time}").format(
                people=number_text(data.people), time=dt.datetime.now().strftime("%H:%M")
            )
        )
        self.refreshed.emit()

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
