"""The Events page: every event with its date, kind, place, people met and open follow-ups.

Double-click (or Enter) opens the People page filtered to those met there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)

from netdesk.core.errors import NetdeskError
from netdesk.core.model import Event
from netdesk.core.storage.changes import Changes, Kind
from netdesk.ui.events.event_dialog import EventDialog
from netdesk.ui.people.undo import DeleteEvent, perform
from netdesk.ui.runtime.services import Services
from netdesk.ui.widgets import vocabulary
from netdesk.ui.widgets.column_model import ColumnTableModel
from netdesk.ui.widgets.look import (
    EmptyState,
    PageStack,
    english_plural,
    list_page,
    number_text,
    page_action,
    short_date,
)

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _dates(event: Event) -> str:
    start = short_date(event.starts_on)
    if event.ends_on and event.ends_on != event.starts_on:
        return f"{start} – {short_date(event.ends_on)}"
    return start


def _count(value: int) -> str:
    return number_text(value) if value else ""


@dataclass(frozen=True)
class EventColumn:
    key: str
    title: str
    value: Callable[[Event], str]
    align: Qt.AlignmentFlag = _LEFT
    width: int = 14


EVENT_COLUMNS = (
    EventColumn("date", QT_TRANSLATE_NOOP("EventsModel", "Date"), _dates, width=24),
    EventColumn("name", QT_TRANSLATE_NOOP("EventsModel", "Event"), lambda e: e.name, width=30),
    EventColumn(
        "kind", QT_TRANSLATE_NOOP("EventsModel", "Kind"), lambda e: vocabulary.event_kind(e.kind)
    ),
    EventColumn(
        "location", QT_TRANSLATE_NOOP("EventsModel", "Location"), lambda e: e.location, width=18
    ),
    EventColumn(
        "people",
        QT_TRANSLATE_NOOP("EventsModel", "People met"),
        lambda e: _count(e.people_met),
        _RIGHT,
        11,
    ),
    EventColumn(
        "followups",
        QT_TRANSLATE_NOOP("EventsModel", "Open follow-ups"),
        lambda e: _count(e.open_followups),
        _RIGHT,
        14,
    ),
)


class EventsModel(ColumnTableModel):
    COLUMNS = EVENT_COLUMNS
    CONTEXT = "EventsModel"

    def __init__(self, services: Services, parent=None) -> None:
        super().__init__(parent)
        self._services = services
        self.events: list[Event] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.events = self._services.store.events.list()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.events)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event, column = self.events[index.row()], EVENT_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(event)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == Qt.ItemDataRole.FontRole and event.id == self._services.current_event_id:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and event.id == self._services.current_event_id:
            return QCoreApplication.translate(
                "EventsModel", "The current event: quick capture adds people here"
            )
        return None


class EventsView(QWidget):
    status_message = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = EventsModel(services, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        char = self.table.fontMetrics().averageCharWidth()
        for i, column in enumerate(EVENT_COLUMNS):
            # At least the header's own width: translated titles are often longer (Dutch).
            self.table.setColumnWidth(i, max(column.width * char + 20, header.sectionSizeHint(i)))
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        self.new_action = page_action(self, self.tr("&New event…"), self.new_event, "Ctrl+E")
        self.edit_action = page_action(self, self.tr("&Edit…"), self.edit_selected, Qt.Key.Key_F2)
        self.open_action = page_action(self, self.tr("&People met"), self.open_selected)
        self.review_action = page_action(self, self.tr("&Review…"), self.review_selected, "Ctrl+R")
        self.review_action.setToolTip(
            self.tr("Walk through everyone you met there and decide how to follow up (Ctrl+R)")
        )
        self.brief_action = page_action(self, self.tr("&Brief…"), self.brief_selected)
        self.brief_action.setToolTip(
            self.tr("Before the event: its goals, who you already know there and what you owe them")
        )
        self.current_action = page_action(self, self.tr("Make &current"), self.make_current)
        self.current_action.setToolTip(self.tr("Quick capture (Ctrl+N) adds people to this event"))
        self.delete_action = page_action(
            self, self.tr("&Delete"), self.delete_selected, QKeySequence.StandardKey.Delete
        )
        buttons = (
            self.new_action,
            self.edit_action,
            self.open_action,
            self.review_action,
            self.brief_action,
            self.current_action,
            self.delete_action,
        )
        content, self.count_label = list_page(self.table, buttons, menu=buttons[1:])
        self.empty = EmptyState(
            self.tr("Create your first event"),
            self.tr(
                "An event is where you meet people: a business breakfast, a workshop, a"
                " conference or an away-day. Give it a goal, and everyone you capture there"
                " is remembered with it."
            ),
            self.tr("Create an event…"),
        )
        self.empty.activated.connect(self.new_event)
        self.stack = PageStack(self, content, self.empty)

        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        services.changed.connect(self._on_changes)
        services.current_event_changed.connect(self._on_current_event)
        self._after_reload()

    def _on_current_event(self, _event_id: int | None) -> None:
        self.table.viewport().update()  # the current event is shown in bold

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.EVENTS, Kind.ENCOUNTERS, Kind.FOLLOWUPS, Kind.PEOPLE, Kind.GOALS):
            self._refresh_timer.start()

    def refresh(self) -> None:
        selected = self.selected_event()
        self.model.reload()
        if selected is not None:
            self.select_event(selected.id)
        self._after_reload()

    def _after_reload(self) -> None:
        count = self.model.rowCount()
        self.stack.show_content(bool(count))
        self.count_label.setText(english_plural(self.tr("%n event(s)", "", count), count))
        self._update_actions()

    def _update_actions(self, *_args: object) -> None:
        has = self.selected_event() is not None
        for act in (
            self.edit_action,
            self.open_action,
            self.review_action,
            self.brief_action,
            self.current_action,
            self.delete_action,
        ):
            act.setEnabled(has)

    def selected_event(self) -> Event | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.events[rows[0].row()] if rows else None

    def select_event(self, event_id: int) -> None:
        for row, event in enumerate(self.model.events):
            if event.id == event_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return

    def navigate(self, **params: Any) -> None:
        if params.get("event_id") is not None:
            self.select_event(params["event_id"])

    def new_event(self) -> None:
        dialog = EventDialog(self.services, parent=self)
        if dialog.exec() and dialog.event_id is not None:
            self.refresh()
            self.select_event(dialog.event_id)
            if self.services.current_event_id is None:
                self.services.pick_current_event()

    def edit_selected(self) -> None:
        event = self.selected_event()
        if event is not None:
            EventDialog(self.services, event, parent=self).exec()

    def open_selected(self) -> None:
        event = self.selected_event()
        if event is not None:
            self.services.open_page("people", event_id=event.id)

    def review_selected(self) -> None:
        event = self.selected_event()
        if event is not None:
            from netdesk.ui.events.review_wizard import ReviewWizard

            wizard = ReviewWizard(self.services, event.id, parent=self)
            wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            wizard.show()

    def brief_selected(self) -> QWidget | None:
        """The pre-event brief of the selected event, on screen (Save as PDF from there)."""
        event = self.selected_event()
        if event is None:
            return None
        from netdesk.ui.reports.paper_dialog import open_brief

        return open_brief(self.services, event.id, self)

    def make_current(self) -> None:
        event = self.selected_event()
        if event is not None:
            self.services.set_current_event(event.id)
            self.status_message.emit(
                self.tr("Quick capture now adds people to {name}.").format(name=event.name)
            )

    def delete_selected(self) -> None:
        event = self.selected_event()
        if event is None:
            return
        try:
            perform(self.services.undo, DeleteEvent(self.services, event.id, event.name))
        except NetdeskError as error:
            self.status_message.emit(str(error))
            return
        if self.services.current_event_id == event.id:
            self.services.set_current_event(None)
        self.status_message.emit(
            self.tr("Moved {name} to the trash. Undo with Ctrl+Z.").format(name=event.name)
        )
