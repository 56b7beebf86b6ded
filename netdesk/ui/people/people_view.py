"""The People page: a table over everyone (fast at 100,000), filters, a detail pane,
and bulk actions on a multiple selection, each undoable (in :mod:`.people_bulk`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.errors import NetdeskError
from netdesk.core.people.query import PersonQuery
from netdesk.core.storage.changes import Changes, Kind
from netdesk.ui.people.people_bulk import PeopleBulkActions
from netdesk.ui.people.people_filters import PeopleFilters
from netdesk.ui.people.people_model import COLUMNS, PeopleModel
from netdesk.ui.people.person_detail import PersonDetail
from netdesk.ui.runtime.first_paint import after_first_paint
from netdesk.ui.runtime.services import Services
from netdesk.ui.runtime.settings import Settings
from netdesk.ui.widgets.look import EmptyState, PageStack, english_plural, page_action, set_muted

SEARCH_DELAY_MS = 120
# Columns whose width is their content's (a date, a count); the others share what is left
# in proportion to their Column.width, so no one column takes it all at 2,560 pixels.
FIXED_COLUMNS = ("last_met", "open_followups")
DETAIL_WIDTH = 360  # the person pane's width until the user moves the splitter
HIDDEN_COLUMNS = ("title",)  # shown from the header's menu; the detail pane has it anyway
# Below these widths (in average characters of the table's font) a column gives way, so
# names stay readable and dates and counts never hide behind a scrollbar: the detail pane
# shows what is left out, and the column returns when there is room.
GIVE_WAY = (("email", 100), ("department", 90))
_REFRESH_ON = (Kind.PEOPLE, Kind.ENCOUNTERS, Kind.FOLLOWUPS, Kind.TAGS, Kind.EVENTS)


class PeopleView(QWidget):
    selection_changed = Signal()
    status_message = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        store = services.store
        # The first rows before the first paint; the other ids once it is done.
        self.model = PeopleModel(store, parent=self, first_only=True)
        self._search = ""
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)

        self.filters = PeopleFilters(store)
        self.filters.filters_changed.connect(self._on_filters_changed)
        self.table = self._make_table()
        after_first_paint(self.table, self.model.load_rest)
        self.detail = PersonDetail(store, writer=services.writer, tasks=services.tasks)
        self.detail.edit_requested.connect(self.edit_person)
        self.detail.followup_requested.connect(self.add_followup)
        self.detail.introduce_requested.connect(self.introduce)
        self.detail.email_requested.connect(self.email_draft)
        self.detail.cadence_requested.connect(self.keep_in_touch)
        self.detail.person_requested.connect(lambda pid: self.navigate(person_id=pid))
        self.detail.introduce_pair_requested.connect(self.introduce_pair)
        self.count_label = QLabel()
        set_muted(self.count_label)

        self.bulk = PeopleBulkActions(self)
        self.bulk.status_message.connect(self.status_message)
        self.actions_bar = self._make_actions()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self._splitter_restored = False

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(10, 8, 10, 4)
        layout.addWidget(self.filters)
        layout.addLayout(self.actions_bar)
        layout.addWidget(self.splitter, 1)

        self.empty = EmptyState(
            self.tr("No people yet"),
            self.tr(
                "Press Ctrl+N at an event to capture someone in a few seconds: a name, an"
                " organisation and one line to remember them by."
            ),
            self.tr("Add a person…"),
        )
        self.empty.activated.connect(self.new_person)
        self.stack = PageStack(self, content, self.empty)

        services.changed.connect(self._on_changes)
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(self._after_reset)
        self._after_reset()

    # -- building ---------------------------------------------------------------

    def _make_table(self) -> QTableView:
        table = QTableView()
        # A viewport made in Python: asking Qt for the one it made, PySide would first look
        # through every QWidget subclass for its type, about 10 ms of the start-up.
        table.setViewport(QWidget())
        table.setModel(self.model)
        table.setObjectName("people-table")
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        # The arrow first: enabling sorting sorts by it, and Qt's default arrow (descending)
        # would run the 100,000-id query twice more before the first paint.
        table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setTabKeyNavigation(False)
        vertical = table.verticalHeader()
        vertical.hide()
        # Fixed row heights: the view never measures 100,000 rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        for i, column in enumerate(COLUMNS):
            table.setColumnWidth(i, self._natural_width(table, i))
            table.setColumnHidden(i, column.key in HIDDEN_COLUMNS)
        # Columns share the width (see _fit_columns) until the user sizes one by hand;
        # from then on their sizes are kept (and saved with the header's state).
        self._user_sized = False
        self._fitting = False
        self._auto_hidden: set[int] = set()
        header.sectionResized.connect(self._on_section_resized)
        # The viewport, not the table: its width is final when its own resize arrives.
        table.viewport().installEventFilter(self)
        table.selectionModel().selectionChanged.connect(self._on_selection)
        table.activated.connect(self._on_activated)  # Enter or double-click: edit
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return table

    def _make_actions(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(4)

        def action(
            text: str, slot: Callable[[], Any], shortcut: Any = None, tip: str = ""
        ) -> QAction:
            return page_action(self, text, slot, shortcut, tip=tip)

        self.new_action = action(self.tr("&New person…"), self.new_person)
        self.edit_action = action(self.tr("&Edit…"), self.edit_person, Qt.Key.Key_F2)
        self.tag_action = action(self.tr("&Tag…"), self.bulk.tag_selected, "Ctrl+T")
        self.event_action = action(self.tr("Add to e&vent…"), self.bulk.add_selected_to_event)
        self.internal_action = action(
            self.tr("Colleague"),
            lambda: self.bulk.set_selected_internal(True),
            tip=self.tr("Mark the selected people as colleagues (internal)"),
        )
        self.external_action = action(
            self.tr("External"),
            lambda: self.bulk.set_selected_internal(False),
            tip=self.tr("Mark the selected people as external"),
        )
        self.delete_action = action(
            self.tr("&Delete"),
            self.bulk.delete_selected,
            QKeySequence.StandardKey.Delete,
            self.tr("Move the selected people to the trash (undo with Ctrl+Z)"),
        )
        for act in (
            self.edit_action,
            self.tag_action,
            self.event_action,
            self.internal_action,
            self.external_action,
            self.delete_action,
        ):
            self.table.addAction(act)
        for act in (self.new_action, None, *self.table.actions()):
            if act is None:
                bar.addSpacing(12)
                continue
            button = QToolButton()
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
        bar.addStretch()
        bar.addWidget(self.count_label)
        return bar

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return False

    @staticmethod
    def _natural_width(table: QTableView, i: int) -> int:
        # At least the header's own width: translated titles are often longer (Dutch).
        char = table.fontMetrics().averageCharWidth()
        return max(COLUMNS[i].width * char + 16, table.horizontalHeader().sectionSizeHint(i))

    def _on_section_resized(self, *_args: object) -> None:
        if not self._fitting:
            self._user_sized = True

    def _fit_columns(self) -> None:
        """Dates and counts get their natural width; the text columns share the rest in
        proportion, never below a readable minimum (a small screen scrolls sideways)."""
        if self._user_sized:
            return
        table = self.table
        char = table.fontMetrics().averageCharWidth()
        self._fitting = True
        for key, chars in GIVE_WAY:
            column = next(i for i, c in enumerate(COLUMNS) if c.key == key)
            narrow = table.viewport().width() < chars * char
            if narrow and not table.isColumnHidden(column):
                self._auto_hidden.add(column)
                table.setColumnHidden(column, True)
            elif not narrow and column in self._auto_hidden:
                self._auto_hidden.discard(column)
                table.setColumnHidden(column, False)
        # The vertical scrollbar may arrive after this: keep its room.
        bar = table.verticalScrollBar()
        space = table.viewport().width() - (0 if bar.isVisible() else bar.sizeHint().width())
        shown = [i for i in range(len(COLUMNS)) if not table.isColumnHidden(i)]
        fixed = [i for i in shown if COLUMNS[i].key in FIXED_COLUMNS]
        flexible = [i for i in shown if i not in fixed]
        widths = {i: self._natural_width(table, i) for i in fixed}
        room = space - sum(widths.values())
        weight = sum(COLUMNS[i].width for i in flexible) or 1
        header = table.horizontalHeader()
        # Squeezed before any column hides behind a scrollbar, down to its title's width.
        minimum = {i: max(header.sectionSizeHint(i), 10 * char) for i in flexible}
        for i in flexible:
            widths[i] = max(minimum[i], room * COLUMNS[i].width // weight)
        if flexible and sum(widths.values()) <= space:
            widths[flexible[-1]] += space - sum(widths.values())
        try:
            for i, width in widths.items():
                table.setColumnWidth(i, width)
        finally:
            self._fitting = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._splitter_restored:
            # The pane's default width, once the splitter knows its own.
            total = sum(self.splitter.sizes())
            pane = DETAIL_WIDTH if total >= 1200 else DETAIL_WIDTH * 7 // 8
            if total > 2 * pane:
                self.splitter.setSizes([total - pane, pane])
                self._splitter_restored = True

    def _on_activated(self, _index: QModelIndex) -> None:
        self.edit_person()

    def _header_menu(self, pos) -> None:
        menu = QMenu(self)
        for i, column in enumerate(COLUMNS):
            act = menu.addAction(self.model.headerData(i, Qt.Orientation.Horizontal))
            act.setCheckable(True)
            act.setChecked(not self.table.isColumnHidden(i))
            act.setEnabled(column.key != "name")
            act.toggled.connect(lambda on, i=i: self._show_column(i, on))
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def save_state(self, settings: Settings) -> None:
        settings.set_state("people/header", self.table.horizontalHeader().saveState())
        settings.set_flag("people/columns-sized", self._user_sized)
        settings.set_state("people/splitter", self.splitter.saveState())

    def restore_state(self, settings: Settings) -> None:
        header = settings.state("people/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
            self._show_sort_indicator()  # the saved arrow, not a sort: the query decides
            # The user's own sizes are kept; sizes the window chose are fitted afresh.
            self._user_sized = settings.flag("people/columns-sized")
            self._fit_columns()
        splitter = settings.state("people/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
            self._splitter_restored = True

    def _show_column(self, column: int, shown: bool) -> None:
        self._auto_hidden.discard(column)  # the user's choice from now on
        self.table.setColumnHidden(column, not shown)
        self._fit_columns()

    # -- search, filters, navigation -----------------------------------------------

    def set_search_delay(self, msecs: int) -> None:
        self._search_timer.setInterval(max(0, msecs))

    def set_search(self, text: str) -> None:
        """Search as you type: applied after a short pause (at once when the delay is 0)."""
        self._search = text
        if self._search_timer.interval() == 0:
            self._apply_search()
        else:
            self._search_timer.start()

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self.model.update_query(search=self._search)
        self._show_sort_indicator()

    def _show_sort_indicator(self) -> None:
        """No column arrow while rows are in search order; the query's column otherwise."""
        header = self.table.horizontalHeader()
        header.blockSignals(True)  # showing the arrow must not sort again
        if self.model.in_search_order:
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        else:
            query = self.model.query
            column = next((i for i, c in enumerate(COLUMNS) if c.sort == query.sort), 0)
            order = (
                Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
            )
            header.setSortIndicator(column, order)
        header.blockSignals(False)  # setSortIndicator repaints the sections itself

    def _on_filters_changed(self, values: dict) -> None:
        self.model.update_query(**values)

    def navigate(self, **params: Any) -> None:
        """``event_id=…`` shows the people met there (likewise ``tag``, ``organisation``,
        ``internal``, ``has_open_followup``); ``person_id=…`` selects someone."""
        keys = ("event_id", "tag", "organisation", "department", "internal", "has_open_followup")
        filters = {key: params[key] for key in keys if key in params}
        if filters:
            self.filters.clear()
            self.filters.set_values(**filters)
        person_id = params.get("person_id")
        if person_id is not None:
            if self.model.row_of(person_id) is None:
                self.refresh()  # a change may not have reached the table yet
            if self.model.row_of(person_id) is None:
                # Hidden by a filter or a search: show everyone, then select them.
                self.filters.clear()
                self._search = ""
                self.model.set_query(
                    PersonQuery(sort=self.model.query.sort, descending=self.model.query.descending)
                )
            self.select_person(person_id)
        self.table.setFocus()

    def select_person(self, person_id: int) -> bool:
        row = self.model.row_of(person_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    # -- selection and refresh ---------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows, read from ranges (no per-row index at 100,000)."""
        selection = self.table.selectionModel().selection()
        if selection.isEmpty():
            return []  # and the model's ids may still be loading (first paint)
        ids = self.model.ids()
        found: list[int] = []
        for selected in selection:
            found.extend(ids[selected.top() : selected.bottom() + 1])
        return list(dict.fromkeys(found))

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if index.isValid() and self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return self.model.person_id(index.row())
        ids = self.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def _on_selection(self, *_args: object) -> None:
        ids = self.selected_ids()
        self.detail.show_person(ids[0] if len(ids) == 1 else None, selected=len(ids))
        for act in (
            self.tag_action,
            self.event_action,
            self.internal_action,
            self.external_action,
            self.delete_action,
        ):
            act.setEnabled(bool(ids))
        self.edit_action.setEnabled(len(ids) == 1)
        self.selection_changed.emit()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*_REFRESH_ON):
            self.filters.invalidate()
            self._refresh_timer.start()  # one refresh for a burst of commits

    def refresh(self) -> None:
        """Run the query again, keeping the selection and the scroll position."""
        selected = set(self.selected_ids())
        current = self.current_id()
        scroll = self.table.verticalScrollBar().value()
        self.model.reload()
        self.table.verticalScrollBar().setValue(scroll)
        self._reselect(selected, current)

    def _reselect(self, selected: set[int], current: int | None) -> None:
        """Select again who was selected (a bulk action, or another program, changed them)."""
        if not selected:
            return
        rows = self.model.rows_of(selected)
        selection = QItemSelection()
        for first, last in _runs(rows):
            selection.select(self.model.index(first, 0), self.model.index(last, 0))
        flags = QItemSelectionModel.SelectionFlag
        model = self.table.selectionModel()
        model.select(selection, flags.ClearAndSelect | flags.Rows)
        row = self.model.row_of(current) if current in selected else None
        if row is not None:
            model.setCurrentIndex(self.model.index(row, 0), flags.NoUpdate)

    def _after_reset(self, *_args: object) -> None:
        shown = self.model.rowCount()
        query = self.model.query
        filtered = bool(query.search.strip()) or any(
            (
                query.event_id,
                query.tag,
                query.organisation,
                query.internal is not None,
                query.has_open_followup,
            )
        )
        everyone_gone = shown == 0 and not filtered and self.services.store.people.count() == 0
        self.stack.show_content(not everyone_gone)
        if shown == 0 and filtered:
            self.count_label.setText(self.tr("Nobody matches"))
        else:
            text = english_plural(self.tr("%n person(s)", "", shown), shown)
            if not self.model.complete:
                text = self.tr("{count} and more").format(count=text)
            self.count_label.setText(text)
        self._on_selection()

    # -- actions -----------------------------------------------------------------------

    def new_person(self) -> None:
        from netdesk.ui.people.person_form import PersonForm  # the dialogs load when first opened

        form = PersonForm(self.services, parent=self)
        if form.exec() and form.person_id is not None:
            self.refresh()
            self.select_person(form.person_id)

    def edit_person(self, person_id: int | None = None) -> None:
        person_id = person_id if person_id is not None else self.current_id()
        if person_id is None:
            return
        try:
            person = self.services.store.people.get(person_id)
        except NetdeskError as error:
            self.status_message.emit(str(error))
            return
        from netdesk.ui.people.person_form import PersonForm

        form = PersonForm(self.services, person, parent=self)
        if form.exec():
            self.detail.show_person(person_id)

    def add_followup(self, person_id: int) -> None:
        from netdesk.ui.followups.followup_dialog import FollowupDialog

        dialog = FollowupDialog(
            self.services, person_id, event_id=self.services.current_event_id, parent=self
        )
        if dialog.exec():
            self.detail.show_person(person_id)

    def introduce(self, person_id: int) -> None:
        from netdesk.ui.followups.introduce_dialog import IntroduceDialog

        if IntroduceDialog(self.services, person_id, self).exec():
            self.detail.show_person(person_id)

    def introduce_pair(self, need: int, offer: int, why: str) -> None:
        """A need and an offer on the same topic (a person's peers): introduce them."""
        from netdesk.ui.followups.introduce_dialog import IntroduceDialog

        dialog = IntroduceDialog(self.services, need, self, other_id=offer, why=why)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.introduced.connect(lambda _id: self.detail.show_person(self.current_id()))
        dialog.open()

    def email_draft(self, person_id: int) -> None:
        from netdesk.ui.followups.email_drafts import EmailDraftDialog

        EmailDraftDialog(
            self.services, person_id, event_id=self.services.current_event_id, parent=self
        ).exec()

    def keep_in_touch(self, person_id: int) -> None:
        from netdesk.ui.followups.cadence_dialog import CadenceDialog

        if CadenceDialog(self.services, person_id, self).exec():
            self.detail.show_person(person_id)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted rows as (first, last) runs: one selection range per run, not per row."""
    runs: list[tuple[int, int]] = []
    for row in sorted(rows):
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
