"""The "Services & revenue" tab of an entrepreneur's record: usages with totals, revenue month by
month with the contribution due, and the revenue chart over the contract.

Embedded by the record editor as `EntrepreneurServicesTab(context, entrepreneur_id, parent)`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
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
from incubator_app.services.shared_services.revenue_summary import revenue_over_contract
from incubator_app.services.shared_services.usage_list import UsageListSource
from incubator_app.ui.changes import REVENUE
from incubator_app.ui.context import AppContext
from incubator_app.ui.services.list_model import RowListModel
from incubator_app.ui.services.money_text import day_text, money, month_text, quantity, rate
from incubator_app.ui.services.revenue_chart import RevenueChart
from incubator_app.ui.services.revenue_dialog import RevenueDialog
from incubator_app.ui.widgets import today_qdate
from incubator_app.ui.windowed_model import Column, WindowedTableModel


def revenue_columns() -> list[Column]:
    # Literal translate() calls: lupdate must see the context with each string.
    translate = QCoreApplication.translate
    return [
        Column(translate("RevenueColumns", "Month"), lambda m: month_text(m.month)),
        Column(
            translate("RevenueColumns", "Under the incubator"),
            lambda m: money(m.incubator_cents),
            align_right=True,
        ),
        Column(
            translate("RevenueColumns", "Own account"),
            lambda m: money(m.own_cents),
            align_right=True,
        ),
        Column(
            translate("RevenueColumns", "Total"), lambda m: money(m.total_cents), align_right=True
        ),
        Column(translate("RevenueColumns", "Share"), lambda m: rate(m.share_bp), align_right=True),
        Column(
            translate("RevenueColumns", "Contribution"),
            lambda m: money(m.contribution_cents),
            align_right=True,
        ),
    ]


def _table(model, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return table


class EntrepreneurServicesTab(QWidget):
    def __init__(
        self, context: AppContext, entrepreneur_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.entrepreneur_id = context, entrepreneur_id
        self.setObjectName("entrepreneurServicesTab")
        self.usage_model = WindowedTableModel(
            context.db,
            [
                Column(self.tr("Date"), lambda r: day_text(r.used_on), "date"),
                Column(self.tr("Service"), lambda r: r.service_name, "service"),
                Column(
                    self.tr("Quantity"), lambda r: quantity(r.quantity_hundredths), align_right=True
                ),
                Column(self.tr("Excl. VAT"), lambda r: money(r.amount_cents), align_right=True),
                Column(self.tr("VAT"), lambda r: money(r.vat_cents), align_right=True),
                Column(self.tr("Incl. VAT"), lambda r: money(r.total_cents), align_right=True),
            ],
            parent=self,
        )
        self.usage_totals = QLabel()
        self.usage_totals.setObjectName("entrepreneurUsageTotals")
        self.revenue_model = RowListModel(revenue_columns(), self)
        self.revenue_totals = QLabel()
        self.revenue_totals.setObjectName("entrepreneurRevenueTotals")
        self.chart = RevenueChart()

        usage_box = QWidget()
        ub = QVBoxLayout(usage_box)
        ub.setContentsMargins(0, 0, 0, 0)
        ub.addWidget(QLabel(self.tr("<b>Service usage</b>")))
        ub.addWidget(_table(self.usage_model, "entrepreneurUsageTable"), 1)
        ub.addWidget(self.usage_totals)
        revenue_box = QWidget()
        rb = QVBoxLayout(revenue_box)
        rb.setContentsMargins(0, 0, 0, 0)
        self.record_button = QPushButton(self.tr("Record re&venue…"))
        self.record_button.setObjectName("recordRevenueButton")
        self.record_button.setEnabled(can(context.actor, Permission.EDIT_ENTREPRENEURS))
        self.record_button.clicked.connect(self.open_revenue_entry)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("<b>Revenue and contribution</b>")), 1)
        heading.addWidget(self.record_button)
        rb.addLayout(heading)
        rb.addWidget(_table(self.revenue_model, "entrepreneurRevenueTable"), 1)
        rb.addWidget(self.revenue_totals)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(usage_box)
        split.addWidget(revenue_box)
        split.addWidget(self.chart)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.dialog: Any = None
        context.bus.changed.connect(self._changed)
        self.reload()

    def _changed(self, kinds: set[str]) -> None:
        if REVENUE in kinds:
            self.reload()

    def open_revenue_entry(self) -> None:
        self.dialog = RevenueDialog(
            self.context,
            entrepreneur_id=self.entrepreneur_id,
            on_saved=lambda _r: self.reload(),
            parent=self,
        )
        self.dialog.open()

    def reload(self) -> None:
        actor = self.context.actor
        source = UsageListSource(actor, entrepreneur_id=self.entrepreneur_id)
        self.usage_model.set_source(source)
        today = today_qdate().toPython()
        with self.context.db.session() as session:
            totals = source.totals(session)
            series = revenue_over_contract(session, self.entrepreneur_id, actor=actor, until=today)
        self.usage_totals.setText(
            self.tr(
                "%n usage(s) — excl. VAT {ht} · VAT {vat} · incl. VAT {ttc}", "", totals.count
            ).format(
                ht=money(totals.amount_cents),
                vat=money(totals.vat_cents),
                ttc=money(totals.total_cents),
            )
        )
        self.revenue_model.set_rows(list(reversed(series.months)))
        self.revenue_totals.setText(
            self.tr("Revenue {revenue} · contribution due {contribution}").format(
                revenue=money(series.total_cents), contribution=money(series.contribution_cents)
            )
        )
        self.chart.set_series(series)
