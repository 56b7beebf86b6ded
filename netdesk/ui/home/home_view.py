"""The Home page, first in the sidebar: the current or next event, follow-ups due,
introductions to make, givers to thank, people going cold, peers for the user's challenges.

Building the page costs nothing but its empty cards: the figures are read by
:func:`netdesk.core.insights.home.gather` on a worker thread with its own connection, so
the window paints at once and the cards fill a moment later (and again after changes).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QInputDialog,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.errors import NetdeskError
from netdesk.core.insights import home
from netdesk.core.storage.changes import Changes, Kind
from netdesk.core.storage.store import Store
from netdesk.ui.home.home_cards import HomeBoard
from netdesk.ui.runtime.first_paint import after_first_paint
from netdesk.ui.runtime.services import Services
from netdesk.ui.widgets.board_page import board_page
from netdesk.ui.widgets.look import EmptyState

SHOWN_KINDS = (
    Kind.PEOPLE, Kind.EVENTS, Kind.ENCOUNTERS, Kind.FOLLOWUPS, Kind.EXCHANGES,
    Kind.INTRODUCTIONS, Kind.GOALS, Kind.TAGS, Kind.TOPICS, Kind.INTERACTIONS,
)  # fmt: skip


def compute(path: str, generation: int) -> tuple[int, home.Home]:
    """On a worker thread: a read-only connection of its own."""
    with Store.open(path, read_only=True) as store:
        return generation, home.gather(store)


class HomeView(QWidget):
    """The Home page; ``refreshed`` fires each time new figures are on screen."""

    refreshed = Signal()
    status_message = Signal(str)

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, debounce_ms: int = 600
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.data: home.Home | None = None
        self._generation = 0
        self._stale = True
        self._timer = QTimer(self, singleShot=True, interval=debounce_ms)
        self._timer.timeout.connect(self.refresh)

        self.report_button = QPushButton(self.tr("Monthly &report…"))
        self.report_button.clicked.connect(self.monthly_report)
        self.board = HomeBoard()
        self.cards = self.board.cards
        self.board.link_activated.connect(self.open_link)
        self.scroll, self.updated = board_page(
            self, self.tr("Home"), self.report_button, self.board
        )

        self.empty = EmptyState(
            self.tr("Welcome to netdesk"),
            self.tr(
                "Start with your next event: create it, set a goal, and capture the people you "
                "meet there (Ctrl+N). This page then shows what to do each day."
            ),
            self.tr("Show events"),
        )
        self.empty.activated.connect(lambda: self.services.open_page("events"))
        self.loading = EmptyState(self.tr("Getting your day ready…"), "")
        self.stack = QStackedWidget()
        for page in (self.loading, self.empty, self.scroll):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        services.changed.connect(self._on_changes)
        services.current_event_changed.connect(self._on_current_event)
        self._waiting_for_paint = False

    # -- refreshing -------------------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*SHOWN_KINDS):
            self._mark_stale()

    def _on_current_event(self, _event_id: object) -> None:
        self._mark_stale()

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self._timer.start()  # a burst of writes refreshes once

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.data is None and not self._waiting_for_paint:
            # The first time on screen (often the app's start): the empty cards paint
            # first, then the figures are read; the window never waits for them.
            self._waiting_for_paint = True
            after_first_paint(self, self.refresh)
        elif self._stale and not self._timer.isActive() and not self._waiting_for_paint:
            self._timer.start()

    def refresh(self) -> None:
        self._waiting_for_paint = False
        self._stale = False
        self._generation += 1
        self.services.tasks.run(
            compute,
            str(self.services.store.path),
            self._generation,
            on_done=self._on_computed,
            on_error=self._on_failed,
        )

    def refresh_now(self, *, today: dt.date | None = None) -> None:
        """Read on this thread and show at once: for the screenshot command and tests."""
        self._stale = False
        self._generation += 1
        self.show_data(home.gather(self.services.store, today=today))

    def _on_computed(self, numbered: tuple[int, home.Home]) -> None:
        generation, data = numbered
        if generation == self._generation:
            self.show_data(data)

    def _on_failed(self, error: Exception) -> None:
        self.status_message.emit(
            self.tr("Home could not be filled in: {error}").format(error=error)
        )
        if self.data is None:
            self.loading.title.setText(self.tr("Home could not be filled in"))
            self.loading.text.setText(str(error))
            self.loading.text.show()

    def show_data(self, data: home.Home) -> None:
        self.data = data
        if data.empty:
            self.stack.setCurrentWidget(self.empty)
        else:
            self.board.show_home(data)
            self.stack.setCurrentWidget(self.scroll)
        self.updated.setText(
            self.tr("updated {time}").format(time=dt.datetime.now().strftime("%H:%M"))
        )
        self.refreshed.emit()

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
