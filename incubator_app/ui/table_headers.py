"""Column widths that never cut a column's title: a table's preset widths are a floor for the
data, the title (in whatever language the app runs) is the other floor."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView


def fit_header_titles(view: QTableView) -> None:
    """Widens every column narrower than its header title (sort indicator included)."""
    header = view.horizontalHeader()
    for column in range(header.count()):
        need = header.sectionSizeHint(column)
        if header.sectionSize(column) < need:
            view.setColumnWidth(column, need)
