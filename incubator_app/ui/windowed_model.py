"""A table model over a windowed SQL list (services/paging.py): rowCount comes from one COUNT,
rows are fetched in pages as the view asks for them and kept in a small cache. Never one
Python object per row of the whole set, never one widget per cell.

Reads run in the GUI thread on a short-lived session: a page is a LIMIT/OFFSET query on
indexed columns (a few ms); anything slow belongs in `ops`.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor

from incubator_app.db.migrate import Database
from incubator_app.services.paging import ListSource, SortOrder

#: The row's id, for views and tests: `model.index(r, 0).data(ROW_ID_ROLE)`.
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    """How one column shows a row. `sort_key` None means the column cannot be sorted."""

    title: str
    display: Callable[[Any], str]
    sort_key: str | None = None
    align_right: bool = False
    foreground: Callable[[Any], QColor | None] | None = None
    tooltip: Callable[[Any], str | None] | None = None


class WindowedTableModel(QAbstractTableModel):
    #: The total number of rows of the current source (after a reset).
    count_changed = Signal(int)

    def __init__(
        self,
        database: Database,
        columns: Sequence[Column],
        *,
        page_size: int = 200,
        cached_pages: int = 40,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._columns = list(columns)
        self._page_size = page_size
        self._cached_pages = cached_pages
        self._source: ListSource | None = None
        self._sort = SortOrder()
        self._count = 0
        self._pages: OrderedDict[int, Sequence[Any]] = OrderedDict()

    # Source and order -----------------------------------------------------------------

    @property
    def sort_order(self) -> SortOrder:
        return self._sort

    @property
    def total(self) -> int:
        return self._count

    def set_source(self, source: ListSource | None) -> None:
        """Shows another list (new filters): one COUNT now, rows when the view asks."""
        self._source = source
        self._reset()

    def refresh(self) -> None:
        """Re-reads the current source (after a change broadcast)."""
        self._reset()

    def set_sort(self, key: str | None, descending: bool = False) -> None:
        self._sort = SortOrder(key, descending)
        self._reset()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or self._columns[column].sort_key is None:
            return
        self.set_sort(self._columns[column].sort_key, order == Qt.SortOrder.DescendingOrder)

    def _reset(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        if self._source is None:
            self._count = 0
        else:
            with self._database.session() as session:
                self._count = self._source.count(session)
        self.endResetModel()
        self.count_changed.emit(self._count)

    # Rows -----------------------------------------------------------------------------

    def row_at(self, row: int) -> Any | None:
        if not 0 <= row < self._count or self._source is None:
            return None
        number, offset = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            with self._database.session() as session:
                page = self._source.fetch(
                    session, self._sort, number * self._page_size, self._page_size
                )
            self._pages[number] = page
            while len(self._pages) > self._cached_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def id_at(self, row: int) -> int | None:
        item = self.row_at(row)
        return None if item is None else item.id

    def row_of_id(self, row_id: int) -> int | None:
        """The row showing `row_id` among the pages already loaded (None if not loaded)."""
        for number, page in self._pages.items():
            for offset, item in enumerate(page):
                if item.id == row_id:
                    return number * self._page_size + offset
        return None

    # Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[section].align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
            ROW_ID_ROLE,
        ):
            return None
        item = self.row_at(index.row())
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(item)
        if role == ROW_ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.ForegroundRole:
            return column.foreground(item) if column.foreground else None
        return column.tooltip(item) if column.tooltip else None


class Debouncer(QObject):
    """Calls `callback` once, `delay_ms` after the last `poke()` (filter-as-you-type)."""

    def __init__(self, delay_ms: int, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(callback)

    def poke(self, *_args: Any) -> None:
        self._timer.start()

    def flush(self) -> None:
        """Runs a pending call now (Enter in the filter box, tests)."""
        if self._timer.isActive():
            self._timer.stop()
            self._timer.timeout.emit()
