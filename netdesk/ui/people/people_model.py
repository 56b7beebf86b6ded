"""The People table model: ids from one SQL query, rows fetched a window at a time.

At 100,000 people the model never builds 100,000 objects: it keeps the id list
the query returned (sorted and filtered in SQL) and asks the store for the
light rows of the window on screen, keeping a few windows in a small cache
(Anki's browser table, Qt's fetchmore example).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from netdesk.core.model import PersonRow
from netdesk.core.people.query import PersonQuery
from netdesk.core.storage.store import Store
from netdesk.ui.widgets.column_model import ColumnTableModel
from netdesk.ui.widgets.look import plain_tooltip, short_date

WINDOW = 128  # rows fetched at once: a screenful or two
CACHED_WINDOWS = 24  # ~3,000 rows in memory at most
SEARCH_WINDOW = 2_000  # ids of a broad search fetched at once
FIRST_IDS = 2 * WINDOW  # before the first paint: the ids of the first rows only

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def _last_met(row: PersonRow) -> str:
    return short_date(row.last_met)


def _followups(row: PersonRow) -> str:
    return str(row.open_followups) if row.open_followups else ""


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # English; translated in the "PeopleModel" context
    value: Callable[[PersonRow], str]
    sort: str | None  # a key of netdesk.core.people.query.SORTS, None when not sortable
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    width: int = 16  # initial width in average characters


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter

COLUMNS: tuple[Column, ...] = (
    Column("name", QT_TRANSLATE_NOOP("PeopleModel", "Name"), lambda r: r.full_name, "name",
           width=22),
    Column("organisation", QT_TRANSLATE_NOOP("PeopleModel", "Organisation"),
           lambda r: r.organisation, "organisation", width=22),
    Column("department", QT_TRANSLATE_NOOP("PeopleModel", "Department"),
           lambda r: r.department, "department", width=18),
    Column("title", QT_TRANSLATE_NOOP("PeopleModel", "Title"), lambda r: r.title, "title",
           width=18),
    Column("email", QT_TRANSLATE_NOOP("PeopleModel", "Email"), lambda r: r.email, "email",
           width=30),
    Column("last_met", QT_TRANSLATE_NOOP("PeopleModel", "Last met"), _last_met, "last_met",
           align=_CENTER, width=11),
    Column("open_followups", QT_TRANSLATE_NOOP("PeopleModel", "Follow-ups"), _followups,
           "open_followups", align=_CENTER, width=10),
)  # fmt: skip


_ALIGNS = [column.align for column in COLUMNS]
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_PERSON_ID = int(PERSON_ID_ROLE)


def column_index(key: str) -> int:
    return next(i for i, column in enumerate(COLUMNS) if column.key == key)


class PeopleModel(ColumnTableModel):
    """Rows are people in the order of :attr:`query`; see the module docstring."""

    COLUMNS = COLUMNS
    CONTEXT = "PeopleModel"

    def __init__(
        self,
        store: Store,
        query: PersonQuery | None = None,
        parent=None,
        *,
        first_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._query = query or PersonQuery()
        # A plain search shows matches in search order until a column header is clicked.
        self._search_order = True
        self._more = False  # search order: more windows of matches to fetch on scrolling
        self._ids: list[int] = []
        # Set while only the first ids are loaded (see reload(first_only=True)): the row
        # count, from a count query; the rest of the ids come with load_rest().
        self._pending_total: int | None = None
        self._windows: OrderedDict[int, list[PersonRow | None]] = OrderedDict()
        self.reload(first_only=first_only)

    # -- what the model shows ----------------------------------------------------

    @property
    def query(self) -> PersonQuery:
        return self._query

    def set_query(self, query: PersonQuery) -> None:
        if query != self._query:
            if not query.search.strip():
                self._search_order = True  # the next search starts in search order again
            self._query = query
            self.reload()

    @property
    def in_search_order(self) -> bool:
        """True when rows are in search order (relevance, or newest first), not a column's."""
        q = self._query
        # Only when the search is the whole query: any filter needs the SQL listing.
        unfiltered = PersonQuery(search=q.search, sort=q.sort, descending=q.descending)
        return self._search_order and bool(q.search.strip()) and q == unfiltered

    def update_query(self, **changes: Any) -> None:
        self.set_query(replace(self._query, **changes))

    def reload(self, *, first_only: bool = False) -> None:
        """Run the query again (after a change in the data) and forget cached rows.

        ``first_only``: load the ids of the first rows and count the rest, for a first
        paint that does not wait for 100,000 ids; :meth:`load_rest` (or anything that
        needs an id further down) loads them.
        """
        self.beginResetModel()
        people = self._store.people
        self._pending_total = None
        if first_only and not self.in_search_order:
            self._ids, self._more = people.ids(self._query, limit=FIRST_IDS + 1), False
            if len(self._ids) > FIRST_IDS:
                del self._ids[FIRST_IDS:]
                self._pending_total = people.count(self._query)
        elif self.in_search_order:
            # The cheap path for every keystroke: no sort over the matches, and a broad
            # prefix ("e" matches everyone) comes a window at a time as the view scrolls.
            self._ids, self._more = people.search_window(self._query.search, limit=SEARCH_WINDOW)
        else:
            self._ids, self._more = people.ids(self._query), False
        self._windows.clear()
        self.endResetModel()

    def load_rest(self) -> None:
        """Load every id after a ``reload(first_only=True)``; nothing when all are here."""
        if self._pending_total is None:
            return
        total, self._pending_total = self._pending_total, None
        ids = self._store.people.ids(self._query)
        if len(ids) == total and ids[: len(self._ids)] == self._ids:
            self._ids = ids  # the rows the view counted: nothing to tell it
        else:  # changed meanwhile
            self.beginResetModel()
            self._ids = ids
            self._windows.clear()
            self.endResetModel()

    @property
    def complete(self) -> bool:
        """False while more search matches wait to be fetched (the count is a lower bound)."""
        return not self._more

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more or not self._ids:
            return
        more, self._more = self._store.people.search_window(
            self._query.search, after=self._ids[-1], limit=SEARCH_WINDOW
        )
        if more:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._ids.extend(more)
            self.endInsertRows()

    def ids(self) -> Sequence[int]:
        self.load_rest()
        return self._ids

    def person_id(self, row: int) -> int:
        if row >= len(self._ids):
            self.load_rest()
        return self._ids[row]

    def rows_of(self, person_ids: set[int]) -> list[int]:
        """The rows of these people: one pass over the ids, not one search each."""
        self.load_rest()
        return [row for row, person_id in enumerate(self._ids) if person_id in person_ids]

    def row_of(self, person_id: int) -> int | None:
        self.load_rest()
        try:
            return self._ids.index(person_id)
        except ValueError:
            return None

    def person_row(self, row: int) -> PersonRow | None:
        """The light row at ``row``, fetched with its window when not cached."""
        window = row // WINDOW
        rows = self._windows.get(window)
        if rows is None:
            rows = self._fetch(window)
        else:
            self._windows.move_to_end(window)
        return rows[row - window * WINDOW]

    def _fetch(self, window: int) -> list[PersonRow | None]:
        if (window + 1) * WINDOW > len(self._ids):
            self.load_rest()
        ids = self._ids[window * WINDOW : (window + 1) * WINDOW]
        found = {r.id: r for r in self._store.people.rows(ids)}
        # A person deleted since the query ran shows as an empty row until the reload.
        rows: list[PersonRow | None] = [found.get(pid) for pid in ids]
        self._windows[window] = rows
        while len(self._windows) > CACHED_WINDOWS:
            self._windows.popitem(last=False)
        return rows

    # -- QAbstractTableModel -----------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._ids) if self._pending_total is None else self._pending_total

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        # Called for every cell and role on each paint: plain ints, no enum look-ups.
        if role == _DISPLAY:
            row_number = index.row()
            window = row_number // WINDOW
            rows = self._windows.get(window)
            row = rows[row_number - window * WINDOW] if rows else self.person_row(row_number)
            return COLUMNS[index.column()].value(row) if row else ""
        if role == _ALIGN:
            return _ALIGNS[index.column()]
        if role == _PERSON_ID:
            return self.person_id(index.row())
        if role == _TOOLTIP and index.column() == 0:
            row = self.person_row(index.row())
            if row and row.internal:
                text = QCoreApplication.translate("PeopleModel", "{name} (colleague)")
                return plain_tooltip(text.format(name=row.full_name))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column].sort if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        was_search_order = self.in_search_order
        self._search_order = False
        query = replace(self._query, sort=key, descending=order == Qt.SortOrder.DescendingOrder)
        if query != self._query:
            self.set_query(query)
        elif was_search_order:
            self.reload()
