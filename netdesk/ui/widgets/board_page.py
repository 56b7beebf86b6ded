"""What Home and Insights share: the frame (a title, when the figures were read, one button,
the board of cards below, scrolling as a whole) and how their figures are read and shown."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netdesk.ui.runtime.first_paint import after_first_paint
from netdesk.ui.widgets.look import EmptyState, scaled_font, set_muted

if TYPE_CHECKING:
    from netdesk.core.storage.changes import Changes
    from netdesk.ui.runtime.services import Services


def board_page(
    owner: QWidget, title: str, button: QPushButton, board: QWidget
) -> tuple[QScrollArea, QLabel]:
    """The scrolling page around ``board``, and the muted label that says when it was read."""
    heading = QLabel(title)
    heading.setFont(scaled_font(owner, 1.5, bold=True))
    updated = QLabel()
    set_muted(updated)
    header = QHBoxLayout()
    header.addWidget(heading)
    header.addSpacing(12)
    header.addWidget(updated, 1, Qt.AlignmentFlag.AlignBottom)
    header.addWidget(button)
    content = QWidget()
    column = QVBoxLayout(content)
    column.setContentsMargins(16, 12, 16, 16)
    column.addLayout(header)
    column.addSpacing(6)
    column.addWidget(board)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll, updated


class BoardView(QWidget):
    """A page of figures read off the window's thread (Home, Insights): read after the
    first paint, again a moment after the data they show changes (a burst of writes reads
    once), and shown only if no newer reading is on its way.

    A subclass gives its board and texts to :meth:`set_up` and says how figures are read
    (``read_figures``, run on the pool with a connection of its own; ``read_now``, on this
    thread) and shown (``show_on_board``, ``updated_text``, ``failure_text``).
    """

    refreshed = Signal()  # new figures are on screen
    status_message = Signal(str)
    shown_kinds: tuple[str, ...] = ()  # a change to any of these makes the figures stale

    def __init__(self, services: Services, parent: QWidget | None, *, debounce_ms: int) -> None:
        super().__init__(parent)
        self.services = services
        self.data: Any = None
        self._generation = 0
        self._stale = True
        self._waiting_for_paint = False
        self._timer = QTimer(self, singleShot=True, interval=debounce_ms)
        self._timer.timeout.connect(self.refresh)

    def set_up(
        self, *, title: str, button: QPushButton, board: QWidget, empty: EmptyState, loading: str
    ) -> None:
        """The page around the subclass's board (called once, from its ``__init__``)."""
        self.board = board
        self.scroll, self.updated = board_page(self, title, button, board)
        self.empty = empty
        self.loading = EmptyState(loading, "")
        self.stack = QStackedWidget()
        for page in (self.loading, self.empty, self.scroll):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.services.changed.connect(self._on_changes)

    # What a subclass says --------------------------------------------------------------

    @staticmethod
    def read_figures(path: str, generation: int) -> tuple[int, Any]:
        raise NotImplementedError

    def read_now(self, **options: Any) -> Any:
        raise NotImplementedError

    def show_on_board(self, data: Any) -> None:
        raise NotImplementedError

    def updated_text(self, data: Any) -> str:
        raise NotImplementedError

    def failure_text(self, error: Exception | None) -> str:
        """The sentence for a failed reading; without an error, the title that says so."""
        raise NotImplementedError

    # Refreshing ---------------------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*self.shown_kinds):
            self.mark_stale()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._generation == 0 and not self._waiting_for_paint:
            # Never read yet (often the app's start): the empty cards paint first, then the
            # figures are read; the window never waits for them.
            self._waiting_for_paint = True
            after_first_paint(self, self.refresh)
        elif self._stale and not self._timer.isActive() and not self._waiting_for_paint:
            self._timer.start()

    def refresh(self) -> None:
        self._waiting_for_paint = False
        self._stale = False
        self._generation += 1
        # Bound methods, not lambdas: Qt drops the connection if the view is gone first.
        self.services.tasks.run(
            self.read_figures,
            str(self.services.store.path),
            self._generation,
            on_done=self._on_read,
            on_error=self._on_failed,
        )

    def refresh_now(self, **options: Any) -> None:
        """Read on this thread and show at once: for the screenshot command and tests."""
        self._stale = False
        self._generation += 1  # a reading still on its way is now out of date
        self.show_data(self.read_now(**options))

    def _on_read(self, numbered: tuple[int, Any]) -> None:
        generation, data = numbered
        if generation == self._generation:  # else an older reading finishing late
            self.show_data(data)

    def _on_failed(self, error: Exception) -> None:
        self.status_message.emit(self.failure_text(error))
        if self.data is None:  # nothing shown yet: say so rather than "working…" forever
            self.loading.title.setText(self.failure_text(None))
            self.loading.text.setText(str(error))
            self.loading.text.show()

    def show_data(self, data: Any) -> None:
        self.data = data
        if data.empty:
            self.stack.setCurrentWidget(self.empty)
        else:
            self.show_on_board(data)
            self.stack.setCurrentWidget(self.scroll)
        self.updated.setText(self.updated_text(data))
        self.refreshed.emit()
