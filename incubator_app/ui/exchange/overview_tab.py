"""The incubator's overview: hours exchanged, active members and the average per member over a
period (the incubator's own account excluded), by category, month and commune; every member's
balance (private balances hidden from non-staff), sorted in SQL."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app import clock
from incubator_app.services.exchange.access import sees_private_balances
from incubator_app.services.exchange.accounts import (
    ensure_incubator_account,
    open_accounts_for_all_entrepreneurs,
)
from incubator_app.services.exchange.balances import BalanceFilter, BalanceListSource
from incubator_app.services.exchange.figures import exchange_figures
from incubator_app.services.periods import Period, period_range, year_of
from incubator_app.ui.changes import EXCHANGE
from incubator_app.ui.context import AppContext
from incubator_app.ui.exchange.texts import account_kind_label, day, hours
from incubator_app.ui.services.list_model import RowListModel
from incubator_app.ui.windowed_model import Column, Debouncer, WindowedTableModel


def _small_table(model, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


class OverviewTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.period = QComboBox()
        for text, value in (
            (self.tr("This year"), Period.THIS_YEAR),
            (self.tr("Last 12 months"), Period.LAST_12_MONTHS),
            (self.tr("Last year"), Period.LAST_YEAR),
            (self.tr("This month"), Period.THIS_MONTH),
        ):
            self.period.addItem(text, value)
        self.period.currentIndexChanged.connect(lambda _i: self.load_figures())
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period)
        self.headline = QLabel()
        self.headline.setObjectName("exchangeHeadline")
        self.headline.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(period_label)
        top.addWidget(self.period)
        top.addWidget(self.headline, 1)
        self.by_category = RowListModel(
            [Column(self.tr("Category"), lambda r: r[0] or self.tr("(none)")),
             Column(self.tr("Hours"), lambda r: hours(r[1]), align_right=True)], self
        )  # fmt: skip
        self.by_month = RowListModel(
            [Column(self.tr("Month"), lambda r: r[0].strftime("%m/%Y")),
             Column(self.tr("Hours"), lambda r: hours(r[1]), align_right=True)], self
        )  # fmt: skip
        self.by_commune = RowListModel(
            [Column(self.tr("Commune or neighbourhood"), lambda r: r[0] or self.tr("(unknown)")),
             Column(self.tr("Hours given"), lambda r: hours(r[1]), align_right=True)], self
        )  # fmt: skip
        figures = QGridLayout()
        for col, (title, model, name) in enumerate(
            (
                (self.tr("By category"), self.by_category, "figuresByCategory"),
                (self.tr("By month"), self.by_month, "figuresByMonth"),
                (self.tr("By place"), self.by_commune, "figuresByCommune"),
            )
        ):
            figures.addWidget(QLabel(f"<b>{title}</b>"), 0, col)
            figures.addWidget(_small_table(model, name), 1, col)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name or commune…"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Members:"))
        search_label.setBuddy(self.search)
        self.balances = WindowedTableModel(
            context.db,
            [
                Column(self.tr("Member"), lambda r: r.label, "label"),
                Column(self.tr("Kind"), lambda r: account_kind_label(r.kind), "kind"),
                Column(self.tr("Commune"), lambda r: r.commune or "", "commune"),
                Column(
                    self.tr("Balance"),
                    lambda r: hours(r.balance_minutes),
                    "balance",
                    align_right=True,
                    tooltip=lambda r: (
                        self.tr("Private balance") if r.balance_minutes is None else None
                    ),
                ),
                Column(
                    self.tr("Exchanges"),
                    lambda r: str(r.movement_count),
                    "movements",
                    align_right=True,
                ),
                Column(self.tr("Last"), lambda r: day(r.last_movement_on), "last_movement_on"),
            ],  # fmt: skip
            parent=self,
        )
        self.balance_table = QTableView()
        self.balance_table.setObjectName("balanceTable")
        self.balance_table.setModel(self.balances)
        self.balance_table.setSortingEnabled(True)
        # Qt's header starts descending: by name, A to Z.
        self.balance_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.balance_table.verticalHeader().hide()
        self.balance_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.balance_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.member_count = QLabel()
        self.balances.count_changed.connect(
            lambda n: self.member_count.setText(self.tr("%n member(s)", "", n))
        )
        members_bar = QHBoxLayout()
        members_bar.addWidget(search_label)
        members_bar.addWidget(self.search, 1)
        members_bar.addWidget(self.member_count)
        self.open_accounts = QPushButton(self.tr("Open an a&ccount for every entrepreneur"))
        self.open_accounts.setObjectName("openAccountsButton")
        self.open_accounts.setVisible(sees_private_balances(context.actor))
        self.open_accounts.clicked.connect(self.open_all_accounts)
        members_bar.addWidget(self.open_accounts)
        self.new_member = QPushButton(self.tr("&New member…"))
        self.new_member.setObjectName("newMemberButton")
        self.new_member.setToolTip(
            self.tr("A neighbour, an association or an institution of the quartier")
        )
        self.new_member.setVisible(sees_private_balances(context.actor))
        self.new_member.clicked.connect(self.open_new_member)
        members_bar.addWidget(self.new_member)
        self.debounce = Debouncer(250, self.load_balances, self)
        self.search.textChanged.connect(self.debounce.poke)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(figures, 2)
        layout.addLayout(members_bar)
        layout.addWidget(self.balance_table, 3)

    def open_new_member(self) -> None:
        from incubator_app.ui.exchange.member_dialog import MemberDialog

        self.dialog = MemberDialog(self.context, None, self)
        self.dialog.accepted.connect(self.load_balances)
        self.dialog.open()

    def open_all_accounts(self) -> None:
        actor = self.context.actor

        def work(session):
            ensure_incubator_account(session, actor=actor)
            return open_accounts_for_all_entrepreneurs(session, actor=actor)

        self.context.ops.run(
            work,
            parent=self,
            on_done=lambda n: self.member_count.setText(self.tr("%n account(s) opened.", "", n)),
            changes={EXCHANGE},
        )

    def reload(self) -> None:
        self.load_figures()
        self.load_balances()

    def load_balances(self) -> None:
        self.balances.set_source(
            BalanceListSource(self.context.actor, BalanceFilter(text=self.search.text() or None))
        )

    def load_figures(self) -> None:
        today = clock.today()
        period = period_range(self.period.currentData(), today) or year_of(today)
        actor = self.context.actor
        self.context.ops.run(
            lambda s: exchange_figures(s, period, actor=actor), parent=self, on_done=self._shown
        )

    def _shown(self, f) -> None:
        self.by_category.set_rows(list(f.by_category))
        self.by_month.set_rows(list(f.by_month))
        self.by_commune.set_rows(list(f.by_commune))
        self.headline.setText(
            self.tr(
                "%1 exchanged in %2 exchanges; %3 active members out of %4, %5 each on average "
                "(the incubator's own account is not counted)."
            )
            .replace("%1", hours(f.minutes_total))
            .replace("%2", str(f.transfers))
            .replace("%3", str(f.active_members))
            .replace("%4", str(f.members))
            .replace("%5", hours(f.average_minutes_per_active_member))
        )
