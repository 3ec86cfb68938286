"""A member's statement: pick the member and the period, read the balance, the chart and the
movements; reverse a wrong exchange (with a reason); save the statement as PDF; the member's
settings (place, trade, own limits, balance shown to everybody or not)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app import clock
from incubator_app.services.exchange.access import sees_private_balances
from incubator_app.services.exchange.accounts import member_choices
from incubator_app.services.exchange.ledger import reverse_transfer
from incubator_app.services.exchange.statement import MemberStatement, member_statement
from incubator_app.services.periods import Period, period_range
from incubator_app.ui.changes import EXCHANGE
from incubator_app.ui.context import AppContext
from incubator_app.ui.exchange.balance_chart import BalanceChart
from incubator_app.ui.exchange.member_picker import MemberPicker
from incubator_app.ui.exchange.texts import day, hours, signed_hours, transfer_kind_label
from incubator_app.ui.file_folders import FileKind, remember_folder, start_path
from incubator_app.ui.flow_layout import FlowLayout, grouped
from incubator_app.ui.save_confirmation import confirm_saved
from incubator_app.ui.services.list_model import RowListModel
from incubator_app.ui.windowed_model import Column

OUT = QColor("#a8431f")


class ExchangeStatementTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.statement: MemberStatement | None = None
        self._wanted: int | None = None
        self.member = MemberPicker()
        self.member.setObjectName("statementMember")
        member_label = QLabel(self.tr("&Member:"))
        member_label.setBuddy(self.member)
        self.period = QComboBox()
        for text, value in (
            (self.tr("Last 12 months"), Period.LAST_12_MONTHS),
            (self.tr("This year"), Period.THIS_YEAR),
            (self.tr("Last year"), Period.LAST_YEAR),
            (self.tr("All time"), Period.ALL),
        ):
            self.period.addItem(text, value)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period)
        self.show_button = QPushButton(self.tr("Sho&w"))
        self.show_button.clicked.connect(self.show_statement)
        self.member.lineEdit().returnPressed.connect(self.show_statement)
        self.member.activated.connect(lambda _i: self.show_statement())
        self.reverse_button = QPushButton(self.tr("Reverse…"))
        self.reverse_button.setEnabled(False)
        self.reverse_button.clicked.connect(self.reverse_selected)
        self.settings_button = QPushButton(self.tr("Member se&ttings…"))
        self.settings_button.setObjectName("memberSettingsButton")
        self.settings_button.setEnabled(False)
        self.settings_button.setVisible(sees_private_balances(context.actor))
        self.settings_button.clicked.connect(self.open_member_settings)
        self.pdf_button = QPushButton(self.tr("S&ave PDF…"))
        self.pdf_button.setEnabled(False)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        # Wraps onto a second line in a narrow window.
        top = FlowLayout()
        top.addWidget(grouped(member_label, self.member))
        top.addWidget(grouped(period_label, self.period, self.show_button))
        top.addWidget(grouped(self.settings_button, self.reverse_button, self.pdf_button))
        self.summary = QLabel(self.tr("Choose a member."))
        self.summary.setObjectName("exchangeStatementSummary")
        self.summary.setWordWrap(True)
        self.chart = BalanceChart()
        self.model = RowListModel(
            [
                Column(self.tr("Date"), lambda ln: day(ln.done_on)),
                Column(self.tr("No."), lambda ln: str(ln.transfer_id), align_right=True),
                Column(self.tr("Kind"), lambda ln: transfer_kind_label(ln.kind)),
                Column(self.tr("With"), lambda ln: ln.counterpart),
                Column(self.tr("What"), lambda ln: ln.note or ln.category or ""),
                Column(
                    self.tr("Hours"),
                    lambda ln: signed_hours(ln.minutes),
                    align_right=True,
                    foreground=lambda ln: OUT if ln.minutes < 0 else None,
                ),
                Column(self.tr("Balance"), lambda ln: hours(ln.balance_after), align_right=True),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("exchangeStatementLines")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.reverse_button.setEnabled(self._selected_line() is not None)
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        actor = self.context.actor
        self.context.ops.run(
            lambda s: member_choices(s, actor=actor),
            parent=self,
            on_done=self._members_loaded,
        )

    def _members_loaded(self, members) -> None:
        self.member.set_members(members)
        if self._wanted is not None:
            self.member.select(self._wanted)
            self._wanted = None
            self.show_statement()
        elif self.statement is not None:
            self.show_statement()

    def show_member(self, account_id: int) -> None:
        """Shows that member's statement (once the member list is loaded)."""
        if self.member.findData(account_id) < 0:
            self._wanted = account_id
            return
        self.member.select(account_id)
        self.show_statement()

    def show_statement(self) -> None:
        account_id = self.member.selected_id()
        if account_id is None:
            self.summary.setText(self.tr("Choose a member from the list."))
            return
        actor = self.context.actor
        period = period_range(self.period.currentData(), clock.today())
        self.context.ops.run(
            lambda s: member_statement(s, account_id, period=period, actor=actor),
            parent=self,
            on_done=self._shown,
        )

    def _shown(self, statement: MemberStatement) -> None:
        self.statement = statement
        self.model.set_rows(list(reversed(statement.lines)))
        self.chart.set_series(statement.series, statement.opening_minutes)
        self.summary.setText(
            self.tr("%1 — balance %2 (start of period %3): %4 received, %5 given.")
            .replace("%1", statement.account.label)
            .replace("%2", hours(statement.closing_minutes))
            .replace("%3", hours(statement.opening_minutes))
            .replace("%4", hours(statement.minutes_in))
            .replace("%5", hours(statement.minutes_out))
        )
        self.pdf_button.setEnabled(True)
        self.settings_button.setEnabled(True)

    def open_member_settings(self) -> None:
        """The member's place, trade, own limits, privacy choice (see member_dialog.py)."""
        from incubator_app.ui.exchange.member_dialog import MemberDialog

        if self.statement is None:
            return
        self.dialog = MemberDialog(self.context, self.statement.account, self)
        self.dialog.accepted.connect(self.show_statement)
        self.dialog.open()

    def _selected_line(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def reverse_selected(self) -> None:
        line = self._selected_line()
        if line is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Reverse exchange no. %1").replace("%1", str(line.transfer_id)),
            self.tr("Reason (kept with the reversal):"),
        )
        if not ok:
            return
        actor = self.context.actor
        self.context.ops.run(
            lambda s: reverse_transfer(s, line.transfer_id, reason=reason, actor=actor),
            parent=self,
            on_done=lambda _v: self.show_statement(),
            changes={EXCHANGE},
        )

    def save_pdf(self, path: str | None = None) -> None:
        statement = self.statement
        if statement is None:
            return
        if path is None:
            settings = self.context.settings
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the statement"),
                start_path(settings, FileKind.STATEMENTS, "releve-echanges.pdf"),
                "PDF (*.pdf)",
            )
            if not path:
                return
            remember_folder(settings, FileKind.STATEMENTS, path)
        from incubator_app.reports.exchange_statement import build_exchange_statement_pdf

        language = (self.context.profile.locale if self.context.profile else "fr")[:2]
        saved = self.tr("Statement saved to {path}").format(path=path)
        self.context.ops.run(
            lambda: build_exchange_statement_pdf(statement, path, locale=language),
            parent=self,
            session=False,
            on_done=lambda _r: confirm_saved(self, saved),
        )
