"""The registrations of an event, with an attendance checkbox on the rows that hold places
(registered, attended, absent): Space on a row ticks it, as in any Qt list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from incubator_app.models.vocabulary import RegistrationStatus
from incubator_app.ui.services.list_model import RowListModel
from incubator_app.ui.windowed_model import Column

MARKABLE = {
    RegistrationStatus.REGISTERED,
    RegistrationStatus.ATTENDED,
    RegistrationStatus.ABSENT,
}


class RegistrationsModel(RowListModel):
    def __init__(
        self,
        columns: Sequence[Column],
        on_attendance: Callable[[Any, bool], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self._on_attendance = on_attendance

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        row = self.row_at(index.row())
        if index.column() == 0 and row is not None and row.status in MARKABLE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            row = self.row_at(index.row())
            if row is None or row.status not in MARKABLE:
                return None
            attended = row.status is RegistrationStatus.ATTENDED
            return Qt.CheckState.Checked if attended else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        row = self.row_at(index.row())
        if row is None or row.status not in MARKABLE:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self._on_attendance(row, checked)
        return True
