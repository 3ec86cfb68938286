"""Revenue tab: everyone's revenue for a month with the contribution due; the chosen
entrepreneur's revenue over the contract as a chart."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app.services.actor import Permission, can
from incubator_app.services.shared_services.revenue_summary import (
    revenue_by_entrepreneur,
    revenue_over_contract,
)
from incubator_app.ui.context import AppContext
from incubator_app.ui.services.list_model import RowListModel
from incubator_app.ui.services.money_text import money, rate
from incubator_app.ui.services.revenue_chart import RevenueChart
from incubator_app.ui.services.revenue_dialog import RevenueDialog
from incubator_app.ui.widgets import today_qdate
from incubator_app.ui.windowed_model import Column


class RevenueTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        top = QHBoxLayout()
        label = QLabel(self.tr("&Month:"))
        self.month = QDateEdit(today_qdate().addMonths(-1))
        self.month.setDisplayFormat("MM/yyyy")
        label.setBuddy(self.month)
        top.addWidget(label)
        top.addWidget(self.month)
        self.totals = QLabel()
        self.totals.setObjectName("revenueTotals")
        top.addWidget(self.totals, 1)
        self.new_button = QPushButton(self.tr("Rec&ord revenue…"))
        self.new_button.setObjectName("recordRevenueButton")
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.new_button.setEnabled(can(context.actor, Permission.EDIT_ENTREPRENEURS))
        self.new_button.clicked.connect(self.open_entry)
        top.addWidget(self.new_button)
        self.model = RowListModel(
            [
                Column(self.tr("Entrepreneur"), lambda r: r.entrepreneur_name),
                Column(
                    self.tr("Under the incubator"),
                    lambda r: money(r.revenue.incubator_cents),
                    align_right=True,
                ),
                Column(
                    self.tr("Own account"), lambda r: money(r.revenue.own_cents), align_right=True
                ),
                Column(self.tr("Total"), lambda r: money(r.revenue.total_cents), align_right=True),
                Column(self.tr("Share"), lambda r: rate(r.revenue.share_bp), align_right=True),
                Column(
                    self.tr("Contribution"),
                    lambda r: money(r.revenue.contribution_cents),
                    align_right=True,
                ),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("revenueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.chart_title = QLabel()
        self.chart = RevenueChart()
        chart_box = QWidget()
        cb = QVBoxLayout(chart_box)
        cb.setContentsMargins(0, 0, 0, 0)
        cb.addWidget(self.chart_title)
        cb.addWidget(self.chart, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(chart_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.month.dateChanged.connect(lambda _d: self.reload())
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _p: self._chart(cur.row())
        )
        shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.open_entry)
        shortcut.setWhatsThis(self.tr("Record revenue"))
        self.dialog: Any = None

    def set_month(self, month: date) -> None:
        self.month.setDate(QDate(month.year, month.month, 1))

    def reload(self) -> None:
        month = self.month.date().toPython().replace(day=1)
        with self.context.db.session() as session:
            rows = revenue_by_entrepreneur(session, month, actor=self.context.actor)
        self.model.set_rows(rows)
        self.totals.setText(
            self.tr(
                "%n entrepreneur(s) — revenue {revenue} · contribution due {due}", "", len(rows)
            ).format(
                revenue=money(sum(r.revenue.total_cents for r in rows)),
                due=money(sum(r.revenue.contribution_cents for r in rows)),
            )
        )
        if rows:
            self.table.selectRow(0)
        else:
            self._chart(-1)

    def show_entrepreneur(self, entrepreneur_id: int) -> None:
        for i, row in enumerate(self.model.rows()):
            if row.entrepreneur_id == entrepreneur_id:
                self.table.selectRow(i)
                return

    def open_entry(self) -> None:
        """The revenue dialog on the month shown; Ctrl+N from the table presets the selected
        entrepreneur (the button leaves the field empty: the first row is selected anyway)."""
        if not self.new_button.isEnabled():
            return
        current = None
        if self.table.hasFocus():
            current = self.model.row_at(self.table.currentIndex().row())
        self.dialog = RevenueDialog(
            self.context,
            entrepreneur_id=current.entrepreneur_id if current is not None else None,
            on_saved=self._saved,
            parent=self,
        )
        self.dialog.month.setDate(self.month.date())
        self.dialog.open()

    def _saved(self, view: Any) -> None:
        if self.month.date().toPython().replace(day=1) != view.month:
            self.set_month(view.month)  # reloads through dateChanged
        else:
            self.reload()
        self.show_entrepreneur(view.entrepreneur_id)

    def _chart(self, row: int) -> None:
        item = self.model.row_at(row)
        if item is None:
            self.chart_title.setText("")
            self.chart.set_series(None)
            return
        with self.context.db.session() as session:
            series = revenue_over_contract(
                session,
                item.entrepreneur_id,
                actor=self.context.actor,
                until=today_qdate().toPython(),
            )
        self.chart_title.setText(
            self.tr(
                "<b>{name}</b> — revenue over the contract: {total}, contribution {due}"
            ).format(
                name=html.escape(item.entrepreneur_name),
                total=money(series.total_cents),
                due=money(series.contribution_cents),
            )
        )
        self.chart.set_series(series)
