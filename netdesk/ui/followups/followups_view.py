"""The Follow-ups page: what we owe people, grouped Overdue / Today / This week / Later / Done,
with done, snooze (tomorrow, next week, a date), edit and jump to the person."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.core.errors import NetdeskError
from netdesk.core.followups.groups import GROUPS, WEEK_DAYS, grouped
from netdesk.core.model import Followup
from netdesk.core.operations import followup_actions
from netdesk.core.storage.changes import Changes, Kind
from netdesk.ui.followups.followup_dialog import FollowupDialog, from_qdate, to_qdate
from netdesk.ui.people.undo import StoreCommand, perform
from netdesk.ui.runtime.services import Services
from netdesk.ui.widgets import vocabulary
from netdesk.ui.widgets.look import (
    EmptyState,
    PageStack,
    error_color,
    list_page,
    muted_color,
    number_text,
    page_action,
    scaled_font,
    short_date,
)

GROUP_TITLES = {
    "overdue": QT_TRANSLATE_NOOP("FollowupsView", "Overdue"),
    "today": QT_TRANSLATE_NOOP("FollowupsView", "Today"),
    "week": QT_TRANSLATE_NOOP("FollowupsView", "This week"),
    "later": QT_TRANSLATE_NOOP("FollowupsView", "Later"),
    "done": QT_TRANSLATE_NOOP("FollowupsView", "Done"),
}
FOLLOWUP_ID_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2


def next_week_day(today: dt.date) -> dt.date:
    """Where "until next week" lands: the first Monday past the "This week" window, so the
    snoozed follow-up leaves This week instead of moving a few days within it."""
    day = today + dt.timedelta(days=WEEK_DAYS + 1)
    return day + dt.timedelta(days=(7 - day.weekday()) % 7)


class FollowupCommand(StoreCommand):
    """Done, snooze or reopen for some follow-ups; undo puts back exactly what they were
    (and removes a keep-in-touch follow-up that done created)."""

    def __init__(
        self,
        services: Services,
        text: str,
        ids: list[int],
        op: Callable[..., object],
        *args: object,
    ) -> None:
        super().__init__(services, text)
        self.ids = list(ids)
        self.op = op
        self.args = args
        self.previous = followup_actions.states(services.store, self.ids)
        self.created: list[int] = []

    def apply(self) -> None:
        if self.op is followup_actions.mark_done_recorded:
            self.created = self.services.writer.call(self.op, self.ids, *self.args)
        else:
            self.write(self.op, self.ids, *self.args)

    def revert(self) -> None:
        self.write(followup_actions.put_back, self.previous, self.created)
        self.created = []


COLUMNS = (
    QT_TRANSLATE_NOOP("FollowupsView", "Due"),
    QT_TRANSLATE_NOOP("FollowupsView", "Person"),
    QT_TRANSLATE_NOOP("FollowupsView", "What"),
    QT_TRANSLATE_NOOP("FollowupsView", "How"),
)


class FollowupsView(QWidget):
    status_message = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.today = dt.date.today()
        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([QCoreApplication.translate("FollowupsView", c) for c in COLUMNS])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSortingEnabled(False)
        header = self.tree.header()
        char = self.tree.fontMetrics().averageCharWidth()
        indent = self.tree.indentation()
        header.resizeSection(0, 22 * char + indent)  # "2026-11-24 (snoozed)" after the indent
        header.resizeSection(1, 24 * char)
        header.resizeSection(3, 20 * char)
        # The same airy rows as the other tables.
        self.tree.setStyleSheet("QTreeView::item { padding-top: 4px; padding-bottom: 4px; }")
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.itemSelectionChanged.connect(self._update_actions)
        self.tree.itemActivated.connect(lambda item, _col: self._activated(item))

        self.done_action = page_action(self, self.tr("&Done"), self.mark_done, "Ctrl+D")
        self.done_action.setToolTip(self.tr("Mark the selected follow-ups done (Ctrl+D)"))
        self.snooze_menu = QMenu(self)
        self.snooze_menu.addAction(self.tr("Until &tomorrow"), lambda: self.snooze(days=1))
        self.next_week_action = self.snooze_menu.addAction(
            self.tr("Until &next week"), lambda: self.snooze(until=next_week_day(self.today))
        )
        self.snooze_menu.addAction(self.tr("Until a &date…"), self.snooze_until_picked)
        self.snooze_action = page_action(self, self.tr("&Snooze"), lambda: self.snooze(days=1))
        self.snooze_action.setMenu(self.snooze_menu)
        self.edit_action = page_action(self, self.tr("&Edit…"), self.edit_selected, Qt.Key.Key_F2)
        self.person_action = page_action(
            self, self.tr("Go to &person"), self.go_to_person, "Ctrl+P"
        )
        self.reopen_action = page_action(self, self.tr("&Reopen"), self.reopen)
        buttons = (
            self.done_action,
            self.snooze_action,
            self.edit_action,
            self.person_action,
            self.reopen_action,
        )
        content, self.summary = list_page(
            self.tree, buttons, menu=buttons, menu_buttons=(self.snooze_action,)
        )
        self.empty = EmptyState(
            self.tr("Nothing to follow up yet"),
            self.tr(
                "After an event, add what you promised people: send the slides, introduce"
                " them to a colleague, a coffee. Select someone in People and choose"
                " “Add follow-up”, or add one in quick capture (Ctrl+N)."
            ),
        )
        self.stack = PageStack(self, content, self.empty)

        self.groups: dict[str, QTreeWidgetItem] = {}
        self._expanded = {name: name != "done" for name in GROUPS}
        # After done: (the ids done, the follow-up to select once they have left their group).
        self._after_done: tuple[list[int], int | None] | None = None
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        services.changed.connect(self._on_changes)
        self.refresh()

    # -- filling ------------------------------------------------------------------

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(Kind.FOLLOWUPS, Kind.PEOPLE):
            self._refresh_timer.start()

    def refresh(self) -> None:
        selected = set(self.selected_ids())
        for name, item in self.groups.items():
            if item.childCount():  # an empty group's state is not the user's choice
                self._expanded[name] = item.isExpanded()
        data = grouped(self.services.store, today=self.today)
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        self.groups = {}
        bold = scaled_font(self.tree, 1.0, bold=True)
        late = QBrush(error_color(self))
        quiet = QBrush(muted_color(self))
        for name in GROUPS:
            items = data.groups[name]
            count = data.count(name)
            title = QCoreApplication.translate("FollowupsView", GROUP_TITLES[name])
            if name == "done" and count > len(items):
                label = self.tr("{title} ({shown} of {count} most recent)").format(
                    title=title, shown=len(items), count=number_text(count)
                )
            else:
                label = self.tr("{title} ({count})").format(title=title, count=number_text(count))
            group = QTreeWidgetItem([label])
            group.setData(0, GROUP_ROLE, name)
            group.setFirstColumnSpanned(True)
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if name == "overdue" and count:
                group.setForeground(0, late)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            group.addChildren([self._item(f, name, late, quiet) for f in items])
            group.setExpanded(self._expanded[name] and bool(items))
            self.groups[name] = group
        self._fit_due_column()
        self.tree.setUpdatesEnabled(True)
        self.next_week_action.setText(
            self.tr("Until &next week ({day})").format(day=short_date(next_week_day(self.today)))
        )
        total = sum(data.count(name) for name in GROUPS)
        self.stack.show_content(bool(total))
        open_count = sum(data.count(name) for name in GROUPS if name != "done")
        self.summary.setText(
            self.tr("{open} open · {overdue} overdue").format(
                open=number_text(open_count), overdue=number_text(data.count("overdue"))
            )
        )
        if not self._select_after_done():
            for fid in selected:
                item = self.item_of(fid)
                if item is not None:
                    item.setSelected(True)
        self._update_actions()

    def _select_after_done(self) -> bool:
        """Once the follow-ups just done have moved to Done, select the next open one."""
        if self._after_done is None:
            return False
        ids, following = self._after_done
        if any(self.group_of(fid) not in (None, "done") for fid in ids):
            return False  # the write has not landed yet
        self._after_done = None
        if following is None or self.item_of(following) is None:
            return False
        self.select(following)
        return True

    def _fit_due_column(self) -> None:
        """The Due column wide enough for its longest date ("2026-12-07 (snoozed)")."""
        metrics = self.tree.fontMetrics()
        widest = max(
            (
                metrics.horizontalAdvance(group.child(i).text(0))
                for group in self.groups.values()
                for i in range(group.childCount())
            ),
            default=0,
        )
        needed = widest + 2 * self.tree.indentation() + 3 * metrics.averageCharWidth()
        header = self.tree.header()
        if header.sectionSize(0) < needed:
            header.resizeSection(0, needed)

    def _item(self, f: Followup, group: str, late: QBrush, quiet: QBrush) -> QTreeWidgetItem:
        if f.status == "done":
            due = self.tr("done {date}").format(date=f.done_on or "")
        elif f.status == "snoozed":
            due = self.tr("{date} (snoozed)").format(date=short_date(f.effective_due))
        else:
            due = short_date(f.effective_due)
        item = QTreeWidgetItem([due, f.person_name, f.text, vocabulary.followup_action(f.action)])
        item.setData(0, FOLLOWUP_ID_ROLE, f.id)
        item.setData(1, FOLLOWUP_ID_ROLE, f.person_id)
        if group == "overdue":
            item.setForeground(0, late)
        elif group == "done":
            for column in range(len(COLUMNS)):
                item.setForeground(column, quiet)
        return item

    # -- reading the selection --------------------------------------------------------

    def item_of(self, followup_id: int) -> QTreeWidgetItem | None:
        for group in self.groups.values():
            for i in range(group.childCount()):
                child = group.child(i)
                if child.data(0, FOLLOWUP_ID_ROLE) == followup_id:
                    return child
        return None

    def group_of(self, followup_id: int) -> str | None:
        item = self.item_of(followup_id)
        return item.parent().data(0, GROUP_ROLE) if item is not None else None

    def selected_ids(self) -> list[int]:
        return [
            item.data(0, FOLLOWUP_ID_ROLE)
            for item in self.tree.selectedItems()
            if item.data(0, FOLLOWUP_ID_ROLE) is not None
        ]

    def navigate(self, **params: object) -> None:
        """``followup_id=…`` selects that follow-up (the Home page's lines)."""
        if params.get("followup_id") is not None:
            self.refresh()
            self.select(int(params["followup_id"]))  # type: ignore[call-overload]

    def select(self, followup_id: int) -> bool:
        item = self.item_of(followup_id)
        if item is None:
            return False
        self.tree.clearSelection()
        item.parent().setExpanded(True)
        self.tree.setCurrentItem(item)
        item.setSelected(True)
        return True

    def _update_actions(self) -> None:
        items = [i for i in self.tree.selectedItems() if i.data(0, FOLLOWUP_ID_ROLE) is not None]
        open_items = [i for i in items if i.parent().data(0, GROUP_ROLE) != "done"]
        self.done_action.setEnabled(bool(open_items))
        self.snooze_action.setEnabled(bool(open_items))
        self.edit_action.setEnabled(len(items) == 1)
        self.person_action.setEnabled(len(items) == 1)
        self.reopen_action.setEnabled(len(items) > len(open_items))

    def _activated(self, item: QTreeWidgetItem) -> None:
        if item.data(0, FOLLOWUP_ID_ROLE) is not None:
            self.go_to_person()

    # -- actions -------------------------------------------------------------------------

    def _perform(self, text: str, ids: list[int], op: Callable[..., object], *args: object) -> bool:
        """Do ``op`` on ``ids`` through the writer, undoable with Ctrl+Z."""
        if not ids:
            return False
        try:
            perform(self.services.undo, FollowupCommand(self.services, text, ids, op, *args))
        except NetdeskError as error:
            self.status_message.emit(str(error))
            return False
        return True

    def _next_open_after(self, ids: list[int]) -> int | None:
        """The open follow-up below the last of ``ids`` (or above the first, at the end)."""
        rows = [
            group.child(i).data(0, FOLLOWUP_ID_ROLE)
            for name, group in self.groups.items()
            if name != "done"
            for i in range(group.childCount())
        ]
        positions = [rows.index(fid) for fid in ids if fid in rows]
        if not positions:
            return None
        after = [fid for fid in rows[max(positions) + 1 :] if fid not in ids]
        before = [fid for fid in rows[: min(positions)] if fid not in ids]
        return after[0] if after else (before[-1] if before else None)

    def mark_done(self) -> None:
        ids = [fid for fid in self.selected_ids() if self.group_of(fid) != "done"]
        if not ids:
            return
        self._after_done = (ids, self._next_open_after(ids))
        text = self.tr("Mark follow-ups done")
        if self._perform(text, ids, followup_actions.mark_done_recorded, self.today):
            self.status_message.emit(self.tr("Done: {n}. Undo with Ctrl+Z.").format(n=len(ids)))
            self._refresh_timer.start()
        else:
            self._after_done = None

    def reopen(self) -> None:
        ids = [fid for fid in self.selected_ids() if self.group_of(fid) == "done"]
        if self._perform(self.tr("Reopen follow-ups"), ids, followup_actions.reopen):
            self.status_message.emit(self.tr("Reopened {n}.").format(n=len(ids)))

    def snooze(self, *, days: int = 0, until: dt.date | None = None) -> None:
        day = until or self.today + dt.timedelta(days=days)
        ids = [fid for fid in self.selected_ids() if self.group_of(fid) != "done"]
        if self._perform(self.tr("Snooze follow-ups"), ids, followup_actions.snooze, day):
            self.status_message.emit(
                self.tr("Snoozed {n} until {day}.").format(n=len(ids), day=short_date(day))
            )

    def snooze_until_picked(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Snooze until"))
        calendar = QCalendarWidget()
        calendar.setMinimumDate(to_qdate(self.today + dt.timedelta(days=1)))
        calendar.setSelectedDate(to_qdate(self.today + dt.timedelta(days=14)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        calendar.activated.connect(dialog.accept)
        layout = QVBoxLayout(dialog)
        layout.addWidget(calendar)
        layout.addWidget(buttons)
        if dialog.exec():
            self.snooze(until=from_qdate(calendar.selectedDate()))

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        store = self.services.store
        followup = store.followups.get(ids[0])
        FollowupDialog(self.services, followup.person_id, followup, parent=self).exec()

    def go_to_person(self) -> None:
        items = self.tree.selectedItems() or [self.tree.currentItem()]
        item = items[0] if items and items[0] is not None else None
        if item is not None and item.data(1, FOLLOWUP_ID_ROLE) is not None:
            self.services.open_page("people", person_id=item.data(1, FOLLOWUP_ID_ROLE))
