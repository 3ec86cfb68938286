"""Usage tab: every recorded usage, filtered by entrepreneur / month / service, with totals over
all matching rows (windowed table: only the rows on screen are loaded)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app.services.actor import Permission, can
from incubator_app.services.shared_services.usage_list import UsageListSource
from incubator_app.ui.context import AppContext
from incubator_app.ui.entrepreneur_picker import EntrepreneurPicker
from incubator_app.ui.flow_layout import FlowLayout, labelled
from incubator_app.ui.services.money_text import day_text, money, quantity, rate, unit_label
from incubator_app.ui.services.usage_dialogs import (
    MonthlyChargeDialog,
    QuickUsageDialog,
    fill_services,
)
from incubator_app.ui.widgets import today_qdate
from incubator_app.ui.windowed_model import Column, WindowedTableModel


class UsageTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.entrepreneur_id: int | None = None
        # The filters and buttons wrap onto a second line when the window is narrow.
        filters = FlowLayout()
        self.person = EntrepreneurPicker(context, include_archived=True)
        self.person.setPlaceholderText(self.tr("All entrepreneurs"))
        self.person.picked.connect(lambda _c: self._person_changed())
        self.person.cleared.connect(self._person_changed)
        self.use_month = QCheckBox(self.tr("&Month:"))
        self.use_month.setChecked(True)
        self.month = QDateEdit(today_qdate())
        self.month.setDisplayFormat("MM/yyyy")
        self.service = QComboBox()
        self.service.addItem(self.tr("All services"), None)
        fill_services(self.service, context)
        label = QLabel(self.tr("E&ntrepreneur:"))
        label.setBuddy(self.person)
        filters.addWidget(labelled(label, self.person))
        month = QWidget()
        month_row = QHBoxLayout(month)
        month_row.setContentsMargins(0, 0, 0, 0)
        month_row.addWidget(self.use_month)
        month_row.addWidget(self.month)
        filters.addWidget(month)
        filters.addWidget(self.service)
        self.new_button = QPushButton(self.tr("Ne&w usage…"))
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.bulk_button = QPushButton(self.tr("M&onthly charge…"))
        allowed = can(context.actor, Permission.RECORD_SERVICE_USE)
        self.new_button.setEnabled(allowed)
        self.bulk_button.setEnabled(allowed)
        self.new_button.clicked.connect(self.open_quick_entry)
        self.bulk_button.clicked.connect(self.open_monthly_charge)
        filters.addWidget(self.new_button)
        filters.addWidget(self.bulk_button)

        self.model = WindowedTableModel(
            context.db,
            [
                Column(self.tr("Date"), lambda r: day_text(r.used_on), "date"),
                Column(self.tr("Entrepreneur"), lambda r: r.entrepreneur_name, "entrepreneur"),
                Column(self.tr("Service"), lambda r: r.service_name, "service"),
                Column(
                    self.tr("Quantity"),
                    lambda r: f"{quantity(r.quantity_hundredths)} {unit_label(r.unit)}",
                    "quantity",
                    align_right=True,
                ),
                Column(
                    self.tr("Unit price"), lambda r: money(r.unit_price_cents), align_right=True
                ),
                Column(
                    self.tr("Excl. VAT"),
                    lambda r: money(r.amount_cents),
                    "amount",
                    align_right=True,
                ),
                Column(self.tr("VAT rate"), lambda r: rate(r.vat_rate_bp), align_right=True),
                Column(self.tr("VAT"), lambda r: money(r.vat_cents), align_right=True),
                Column(self.tr("Incl. VAT"), lambda r: money(r.total_cents), align_right=True),
            ],
            parent=self,
        )
        self.table = QTableView()
        self.table.setObjectName("usageTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(-1, header.sortIndicatorOrder())
        self.totals = QLabel()
        self.totals.setObjectName("usageTotals")
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        self.use_month.toggled.connect(self.month.setEnabled)
        self.use_month.toggled.connect(lambda _c: self.reload())
        self.month.dateChanged.connect(lambda _d: self.reload())
        self.service.currentIndexChanged.connect(lambda _i: self.reload())
        shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.open_quick_entry)
        shortcut.setWhatsThis(self.tr("New usage"))
        self.dialog: Any = None

    # Filters ---------------------------------------------------------------------------

    def _person_changed(self) -> None:
        new = self.person.selected_id
        if new != self.entrepreneur_id:
            self.entrepreneur_id = new
            self.reload()

    def set_entrepreneur(self, entrepreneur_id: int | None, name: str = "") -> None:
        self.entrepreneur_id = entrepreneur_id
        self.person.set_entrepreneur(entrepreneur_id, name or None)
        self.reload()

    def set_month(self, month: date | None) -> None:
        self.use_month.setChecked(month is not None)
        if month is not None:
            self.month.setDate(QDate(month.year, month.month, 1))
        self.reload()

    def source(self) -> UsageListSource:
        month = self.month.date().toPython() if self.use_month.isChecked() else None
        return UsageListSource(
            self.context.actor,
            entrepreneur_id=self.entrepreneur_id,
            month=month,
            service_id=self.service.currentData(),
        )

    def reload(self) -> None:
        source = self.source()
        self.model.set_source(source)
        with self.context.db.session() as session:
            totals = source.totals(session)
        self.totals.setText(
            self.tr(
                "%n usage(s) — excl. VAT {ht} · VAT {vat} · incl. VAT {ttc}", "", totals.count
            ).format(
                ht=money(totals.amount_cents),
                vat=money(totals.vat_cents),
                ttc=money(totals.total_cents),
            )
        )

    # Entry -----------------------------------------------------------------------------

    def open_quick_entry(self) -> None:
        if not self.new_button.isEnabled():
            return
        person = None
        if self.entrepreneur_id is not None:
            person = (self.entrepreneur_id, self.person.text())
        self.dialog = QuickUsageDialog(
            self.context, entrepreneur=person, on_saved=lambda _r: self.reload(), parent=self
        )
        self.dialog.open()

    def open_monthly_charge(self) -> None:
        self.dialog = MonthlyChargeDialog(
            self.context, on_saved=lambda _r: self.reload(), parent=self
        )
        self.dialog.open()
