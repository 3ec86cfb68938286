"""Table models of the import dialog: the first rows of the file under its own headers, and the
problems of the last check."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from incubator_app.services.entrepreneurs.importing import ImportProblem, ImportReport
from incubator_app.services.tabular_files import TabularData
from incubator_app.ui.messages import tr_msg

PREVIEW_ROWS = 50
_Index = QModelIndex | QPersistentModelIndex


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\r\n", "\n").replace("\r", "\n").replace("\n", " ⏎ ")


class PreviewModel(QAbstractTableModel):
    """The first rows of the file, under its own headers (row numbers as in the file)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table: TabularData | None = None

    def set_table(self, table: TabularData | None) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return (
            0
            if self._table is None or parent.isValid()
            else min(PREVIEW_ROWS, len(self._table.rows))
        )

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if self._table is None or parent.isValid() else len(self._table.header)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._table is None or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        value = self._table.rows[index.row()][index.column()]
        return str(value) if role == Qt.ItemDataRole.ToolTipRole and value else cell_text(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if self._table is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._table.header[section]
        return str(self._table.row_numbers[section])


class ProblemsModel(QAbstractTableModel):
    """Every problem (and warning) of the last check: row, column, message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[ImportProblem, bool]] = []

    def set_report(self, report: ImportReport | None) -> None:
        self.beginResetModel()
        self._items = []
        if report is not None:
            self._items = [(p, False) for p in report.problems] + [
                (w, True) for w in report.warnings
            ]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        problem, warning = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return self.tr("Warning") if warning else self.tr("Error")
            if column == 1:
                return str(problem.row)
            if column == 2:
                return problem.column or tr_msg(_field_label(problem.field))
            return tr_msg(problem.message)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            from PySide6.QtGui import QColor

            return QColor("#9a6700") if warning else QColor("#b42318")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Kind"), self.tr("Row"), self.tr("Column"), self.tr("Problem")][section]


def _field_label(field: str):
    from incubator_app.services.entrepreneurs.import_headers import field_label

    return field_label(field)
