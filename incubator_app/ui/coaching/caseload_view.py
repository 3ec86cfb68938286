"""A coach's caseload: their entrepreneurs with hours this month / this year, last and next
session, open and overdue action items (overdue in red). Enter opens the entrepreneur."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app.services.coaching.caseload import CaseloadRow, coach_caseload
from incubator_app.services.coaching.lookup import coach_choices
from incubator_app.ui.coaching.coach_default import remember_coach, select_preferred_coach
from incubator_app.ui.coaching.sessions_view import hours_text
from incubator_app.ui.windowed_model import ROW_ID_ROLE

OVERDUE = QColor("#b3261e")


def _day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"


class CaseloadModel(QAbstractTableModel):
    """A coach's few dozen rows, read in one service call."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CaseloadRow] = []
        self.columns: list[tuple[str, Callable[[CaseloadRow], str], bool]] = [
            (self.tr("Entrepreneur"), lambda r: r.name + ("" if r.is_referent else " *"), False),
            (self.tr("Project"), lambda r: r.project_name or "", False),
            (self.tr("This month"), lambda r: hours_text(r.minutes_this_month), True),
            (self.tr("This year"), lambda r: hours_text(r.minutes_this_year), True),
            (self.tr("Last session"), lambda r: _day(r.last_session), False),
            (self.tr("Next session"), lambda r: _day(r.next_session), False),
            (self.tr("Open actions"), lambda r: str(r.open_actions), True),
            (self.tr("Overdue"), lambda r: str(r.overdue_actions), True),
        ]

    def set_rows(self, rows: list[CaseloadRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][0]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        title, show, right = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return show(row)
        if role == ROW_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue_actions:
            return OVERDUE
        if role == Qt.ItemDataRole.ToolTipRole and not row.is_referent and index.column() == 0:
            return self.tr("* coached, but another coach is the referent")
        return None


class CaseloadView(QWidget):
    open_entrepreneur = Signal(int)

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("caseloadView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        caption = QLabel(self.tr("C&oach:"))
        self.coach = QComboBox()
        self.coach.setObjectName("caseloadCoach")
        with context.db.session() as s:
            for c in coach_choices(s, actor=context.actor):
                self.coach.addItem(c.name, c.id)
        select_preferred_coach(self.coach, context)
        caption.setBuddy(self.coach)
        self.coach.currentIndexChanged.connect(self.reload)
        self.coach.activated.connect(lambda _i: remember_coach(context, self.coach.currentData()))
        self.summary = QLabel()
        self.summary.setObjectName("caseloadSummary")
        bar.addWidget(caption)
        bar.addWidget(self.coach)
        bar.addSpacing(16)
        bar.addWidget(self.summary, 1)
        layout.addLayout(bar)
        self.model = CaseloadModel(self)
        self.table = QTableView()
        self.table.setObjectName("caseloadTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        # Every column as wide as its title and figures, the name takes the rest: stretching
        # them all alike cut the titles of a narrow window.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        layout.addWidget(self.table, 1)

    def set_coach(self, coach_id: int) -> None:
        index = self.coach.findData(coach_id)
        if index >= 0:
            self.coach.setCurrentIndex(index)

    def reload(self, *_args: object) -> None:
        coach_id = self.coach.currentData()
        if coach_id is None:
            self.model.set_rows([])
            return
        with self.context.db.session() as s:
            rows = coach_caseload(s, coach_id, actor=self.context.actor)
        self.model.set_rows(rows)
        self.summary.setText(
            self.tr(
                "{n} entrepreneurs · {month} this month · {year} this year · {late} overdue actions"
            ).format(
                n=len(rows),
                month=hours_text(sum(r.minutes_this_month for r in rows)),
                year=hours_text(sum(r.minutes_this_year for r in rows)),
                late=sum(r.overdue_actions for r in rows),
            )
        )

    def _open(self, index: QModelIndex) -> None:
        self.open_entrepreneur.emit(int(self.model.rows[index.row()].id))
