"""The generic windowed model over a list source: one COUNT, pages on demand, a bounded cache,
sorting through the header."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView

from incubator_app.services.paging import SortOrder
from incubator_app.ui.windowed_model import ROW_ID_ROLE, Column, WindowedTableModel


@dataclass(frozen=True)
class Item:
    id: int
    name: str


class CountingSource:
    """An in-memory source that records the windows asked for (the model's only dependency
    besides a database to open sessions on)."""

    def __init__(self, n: int) -> None:
        self.items = [Item(i, f"item {n - i:04d}") for i in range(n)]
        self.fetches: list[tuple[str | None, bool, int, int]] = []
        self.counts = 0

    def count(self, session) -> int:
        self.counts += 1
        return len(self.items)

    def fetch(self, session, sort: SortOrder, offset: int, limit: int):
        self.fetches.append((sort.key, sort.descending, offset, limit))
        items = self.items
        if sort.key == "name":
            items = sorted(items, key=lambda i: (i.name, i.id), reverse=sort.descending)
        return items[offset : offset + limit]


COLUMNS = [Column("Id", lambda i: str(i.id)), Column("Name", lambda i: i.name, "name")]


def test_count_pages_and_cache(db, qtbot) -> None:
    source = CountingSource(1000)
    model = WindowedTableModel(db, COLUMNS, page_size=50, cached_pages=3)
    with qtbot.waitSignal(model.count_changed) as signal:
        model.set_source(source)
    assert signal.args == [1000] and model.rowCount() == 1000 and source.counts == 1
    assert source.fetches == []  # nothing read before a row is shown
    assert model.index(0, 1).data() == "item 1000"
    assert model.index(49, 0).data(ROW_ID_ROLE) == 49
    assert len(source.fetches) == 1
    assert model.index(975, 0).data() == "975"
    assert source.fetches[-1][2:] == (950, 50)
    for row in (100, 200, 300):  # evicts page 0 (cache of 3 pages)
        model.index(row, 0).data()
    before = len(source.fetches)
    model.index(0, 0).data()
    assert len(source.fetches) == before + 1
    assert model.index(5000, 0).data() is None


def test_sort_through_the_header(db, qtbot) -> None:
    source = CountingSource(120)
    model = WindowedTableModel(db, COLUMNS, page_size=50)
    model.set_source(source)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.resize(400, 300)
    view.show()
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(1) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert model.sort_order.key == "name"
    first = model.index(0, 1).data()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert model.sort_order == SortOrder("name", model.sort_order.descending)
    assert model.index(0, 1).data() != first
    # Column 0 has no sort key: clicking it keeps the order.
    order = model.sort_order
    model.sort(0)
    assert model.sort_order == order
