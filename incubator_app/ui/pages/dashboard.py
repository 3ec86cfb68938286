"""Tableau de bord: the incubator at a glance.

One background call (services/dashboard.load_dashboard) fills KPI tiles, three charts and the
lists of what is late. A tile opens the matching filtered list:
`self.window().show_filtered(page_key, **filters)`.

The grid follows the room it has (1120×720, the default window, up to full HD): tiles in 3, 4 or
7 columns, the three charts side by side or the hours chart over the two others, the lists in
one or two columns; no text is cut (tests/ui/test_no_clipped_text.py).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from incubator_app import clock
from incubator_app.models.vocabulary import PathwayStage
from incubator_app.services.actor import Permission, can
from incubator_app.ui.changes import (
    ACTION_ITEM,
    BOOKING,
    COACHING_SESSION,
    ENTREPRENEUR,
    FUNDING,
    MILESTONE,
)
from incubator_app.ui.context import AppContext
from incubator_app.ui.dashboard.cards import ChartCard, DueListCard, ListRow
from incubator_app.ui.dashboard.charts import (
    Bar,
    FunnelChart,
    HorizontalBarChart,
    MonthlyBarChart,
)
from incubator_app.ui.dashboard.tiles import ACCENTS, BAD, GOOD, KpiTile
from incubator_app.ui.durations import duration_text
from incubator_app.ui.pages.base import Page
from incubator_app.ui.widgets import is_alive

if TYPE_CHECKING:
    from incubator_app.services.reporting.dashboard import Dashboard

#: Narrowest width of a tile (its title wraps onto two lines) and of a chart card side by side.
TILE_MIN_PX = 190
CHARTS_IN_A_ROW_PX = 1000
#: From this width the due lists stand in two columns.
LISTS_IN_TWO_COLUMNS_PX = 1300


class DashboardPage(Page):
    watched_kinds = frozenset(
        {ENTREPRENEUR, COACHING_SESSION, MILESTONE, BOOKING, ACTION_ITEM, FUNDING}
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        #: The reference day; None means the computer's date (tests and demos pin it).
        self.today_override: date | None = None
        self.data: Dashboard | None = None
        self._locale = QLocale()
        self._build()
        # The figures load once the window has painted (the next turn of the event loop): the
        # worker's queries would otherwise compete with the first paint for the interpreter.
        QTimer.singleShot(0, self._first_load)

    def today(self) -> date:
        return self.today_override or clock.today()

    # Layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll = scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        content = QWidget()
        content.setObjectName("dashboardContent")
        scroll.setWidget(content)
        box = QVBoxLayout(content)
        box.setContentsMargins(28, 22, 28, 28)
        box.setSpacing(16)

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        title = QLabel(self.tr("Dashboard"))
        title.setObjectName("pageTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        titles.addWidget(title)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("dashboardSubtitle")
        self.subtitle.setStyleSheet("color: palette(placeholder-text);")
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        profile = self.context.profile
        if profile is not None and profile.is_demo:
            demo = QLabel(self.tr("Demo data: the people and figures are made up."))
            demo.setObjectName("demoNotice")
            demo.setStyleSheet(
                "#demoNotice { background: #fff4d6; color: #5a4500; border: 1px solid #e8c66a;"
                " border-radius: 6px; padding: 4px 10px; }"
            )
            head.addWidget(demo, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(head)

        self.tiles = {
            "active": KpiTile(self.tr("Active entrepreneurs"), ACCENTS["people"]),
            "sessions": KpiTile(self.tr("Sessions this month"), ACCENTS["coaching"]),
            "hours": KpiTile(self.tr("Coaching hours this month"), ACCENTS["hours"]),
            "milestones": KpiTile(self.tr("Milestones due this month"), ACCENTS["milestones"]),
            "contracts": KpiTile(self.tr("Contracts ending soon"), ACCENTS["contracts"]),
            "contracts_past_end": KpiTile(
                self.tr("Contracts ended, stage to update"), ACCENTS["contracts_past_end"]
            ),
            "bookings": KpiTile(self.tr("Bookings today"), ACCENTS["bookings"]),
        }
        for key, tile in self.tiles.items():
            tile.setObjectName(f"tile_{key}")
            tile.activated.connect(lambda k=key: self.open_tile(k))
        self.tile_grid = QGridLayout()
        self.tile_grid.setSpacing(12)
        box.addLayout(self.tile_grid)
        self._tile_columns = 0

        self.charts = QGridLayout()
        self.charts.setSpacing(12)
        self.hours_chart = MonthlyBarChart(ACCENTS["hours"])
        self.hours_card = ChartCard(
            self.tr("Coaching hours per month"),
            self.hours_chart,
            subtitle=self.tr("The last 12 months; this month in full colour."),
        )
        self.funnel_chart = FunnelChart(ACCENTS["people"])
        self.funnel_card = ChartCard(
            self.tr("Pathway funnel"),
            self.funnel_chart,
            subtitle=self.tr("Everyone who entered, by the furthest stage reached."),
        )
        self.discipline_chart = HorizontalBarChart(ACCENTS["bookings"])
        self.discipline_card = ChartCard(
            self.tr("Incubated now, by discipline"),
            self.discipline_chart,
            subtitle=self.tr("Entrepreneurs under contract today."),
        )
        for card in (self.hours_card, self.funnel_card, self.discipline_card):
            card.setMinimumHeight(290)
        self._charts_in_a_row: bool | None = None
        box.addLayout(self.charts)

        self.lists = QGridLayout()
        self.lists.setSpacing(12)
        show_all = self.tr("Show all")
        self.actions_card = DueListCard(
            self.tr("Overdue action items"), self.tr("No action item is late."), link=show_all
        )
        self.actions_card.show_all.connect(
            lambda: self._show("milestones", view="actions", state="overdue")
        )
        self.milestones_card = DueListCard(
            self.tr("Overdue milestones"), self.tr("No milestone is late."), link=show_all
        )
        self.milestones_card.show_all.connect(lambda: self._show("milestones", due="overdue"))
        self.contracts_card = DueListCard(
            self.tr("Contracts ending soon"), self.tr("No contract ends soon."), link=show_all
        )
        self.contracts_card.show_all.connect(self._show_contracts)
        self.contracts_ended_card = DueListCard(
            self.tr("Contracts ended, stage to update"),
            self.tr("No contract is past its end date."),
            link=show_all,
        )
        self.contracts_ended_card.show_all.connect(
            lambda: self._show("entrepreneurs", contract_past_end=True)
        )
        # "Show all" opens the follow-up campaign (staff: it shows contact details).
        campaign = can(self.context.actor, Permission.EDIT_ENTREPRENEURS)
        self.follow_ups_card = DueListCard(
            self.tr("Follow-up calls due"),
            self.tr("No follow-up is due: every former entrepreneur has been asked."),
            link=show_all if campaign else "",
        )
        if campaign:
            self.follow_ups_card.show_all.connect(
                lambda: self._show("milestones", view="follow_up", state="open")
            )
        for card in (
            self.actions_card,
            self.milestones_card,
            self.contracts_ended_card,
            self.contracts_card,
            self.follow_ups_card,
        ):
            card.entrepreneur_activated.connect(self._open_entrepreneur)
        # Skills exchange: offers and requests about to expire (their authors to be warned).
        self.exchange_card = DueListCard(
            self.tr("Exchange offers about to expire"),
            self.tr("No offer or request of the exchange expires soon."),
            link=show_all,
        )
        self.exchange_card.setObjectName("exchangeExpiringCard")
        self.exchange_card.show_all.connect(lambda: self._show("exchange", tab="listings"))
        # The rows carry the author's exchange account: their statement opens.
        self.exchange_card.entrepreneur_activated.connect(
            lambda account_id: self._show("exchange", account_id=account_id)
        )
        # Funders' reports to send: past due or within a month (their grant opens).
        self.deadlines_card = DueListCard(
            self.tr("Funder reports due"),
            self.tr("No funder report is due within a month."),
            link=show_all,
        )
        self.deadlines_card.setObjectName("grantDeadlinesCard")
        self.deadlines_card.show_all.connect(
            lambda: self._show("milestones", view="deadlines", state="soon")
        )
        self.deadlines_card.entrepreneur_activated.connect(
            lambda grant_id: self._show("funding", grant_id=grant_id)
        )
        self.list_cards = (
            self.actions_card,
            self.milestones_card,
            self.contracts_ended_card,
            self.contracts_card,
            self.follow_ups_card,
            self.exchange_card,
            self.deadlines_card,
        )
        self._list_columns = 0
        box.addLayout(self.lists)
        box.addStretch(1)
        self._arrange(self.scroll.viewport().width())
        self.scroll.viewport().installEventFilter(self)

    def _arrange(self, width: int) -> None:
        """Lays tiles, charts and lists out for `width` pixels of content."""
        room = width - 56  # the content's margins
        count = len(self.tiles)
        columns = next((c for c in (count, 4, 3, 2) if (room - 12 * (c - 1)) / c >= TILE_MIN_PX), 2)
        if columns != self._tile_columns:
            self._tile_columns = columns
            for tile in self.tiles.values():
                self.tile_grid.removeWidget(tile)
            for i, tile in enumerate(self.tiles.values()):
                self.tile_grid.addWidget(tile, i // columns, i % columns)
            for c in range(count):
                self.tile_grid.setColumnStretch(c, 1 if c < columns else 0)
        in_a_row = room >= CHARTS_IN_A_ROW_PX
        if in_a_row != self._charts_in_a_row:
            self._charts_in_a_row = in_a_row
            for card in (self.hours_card, self.funnel_card, self.discipline_card):
                self.charts.removeWidget(card)
            if in_a_row:
                self.charts.addWidget(self.hours_card, 0, 0, 1, 5)
                self.charts.addWidget(self.funnel_card, 0, 5, 1, 4)
                self.charts.addWidget(self.discipline_card, 0, 9, 1, 4)
                stretches = [1] * 13
            else:
                self.charts.addWidget(self.hours_card, 0, 0, 1, 2)
                self.charts.addWidget(self.funnel_card, 1, 0)
                self.charts.addWidget(self.discipline_card, 1, 1)
                stretches = [1, 1] + [0] * 11
            for c, stretch in enumerate(stretches):
                self.charts.setColumnStretch(c, stretch)
        lists = 2 if room >= LISTS_IN_TWO_COLUMNS_PX else 1
        if lists != self._list_columns:
            self._list_columns = lists
            for card in self.list_cards:
                self.lists.removeWidget(card)
            for i, card in enumerate(self.list_cards):
                last_alone = lists == 2 and i == len(self.list_cards) - 1 and i % 2 == 0
                self.lists.addWidget(card, i // lists, i % lists, 1, 2 if last_alone else 1)
            for c in range(2):
                self.lists.setColumnStretch(c, 1 if c < lists else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # The viewport's width, not the page's: it is what the content gets, scroll bar aside.
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._arrange(self.scroll.viewport().width())
        return super().eventFilter(watched, event)

    # Data ------------------------------------------------------------------------------
    def _first_load(self) -> None:
        if is_alive(self.context.ops):  # not if the session closed meanwhile
            self.reload()

    def reload(self) -> None:
        actor, today = self.context.actor, self.today()
        self.context.ops.run(
            lambda session: _load(session, actor, today),
            label=self.tr("Loading the dashboard…"),
            parent=self,
            on_done=self.show_data,
        )

    def show_data(self, data: Dashboard) -> None:
        self.data = data
        loc = self._locale
        k = data.kpis
        when = loc.toString(data.today, QLocale.FormatType.LongFormat)
        scope = self.tr("your entrepreneurs") if data.coach_scoped else self.tr("the incubator")
        self.subtitle.setText(self.tr("{day} — {scope}").format(day=when, scope=scope))

        self.tiles["active"].set_value(
            self._n(k.active_entrepreneurs),
            self.tr("{n} in admission").format(n=self._n(k.in_admission)),
        )
        self.tiles["sessions"].set_value(
            self._n(k.sessions_this_month),
            self.tr("Last month: {n}").format(n=self._n(k.sessions_last_month)),
            _trend(k.sessions_this_month, k.sessions_last_month),
        )
        self.tiles["hours"].set_value(
            self._hours(k.minutes_this_month),
            self.tr("Last month: {h}").format(h=self._hours(k.minutes_last_month)),
            _trend(k.minutes_this_month, k.minutes_last_month),
        )
        self.tiles["milestones"].set_value(
            self._n(k.milestones_due_this_month),
            self.tr("{n} overdue").format(n=self._n(k.milestones_overdue)),
            BAD if k.milestones_overdue else None,
        )
        self.tiles["contracts"].set_value(
            self._n(k.contracts_ending),
            self.tr("Within {n} days").format(n=k.contract_days),
        )
        self.tiles["contracts_past_end"].set_value(
            self._n(k.contracts_past_end),
            self.tr("Graduate, exit or renew"),
            BAD if k.contracts_past_end else None,
        )
        self.tiles["bookings"].set_value(self._n(k.bookings_today), self.tr("Rooms and equipment"))

        month_names = [
            Bar(
                label=loc.monthName(m.month.month, QLocale.FormatType.ShortFormat),
                value=round(m.minutes / 60, 1),
                tooltip=self.tr("{month}: {hours} in {n} sessions").format(
                    month=loc.toString(m.month, "MMMM yyyy"),
                    hours=self._hours(m.minutes),
                    n=self._n(m.sessions),
                ),
                highlight=i == len(data.hours_per_month) - 1,
            )
            for i, m in enumerate(data.hours_per_month)
        ]
        self.hours_chart.set_bars(month_names)
        self.funnel_chart.set_bars(
            [
                Bar(
                    _stage_label(step.stage),
                    step.count,
                    self.tr("{stage}: {n}").format(
                        stage=_stage_label(step.stage), n=self._n(step.count)
                    ),
                )
                for step in data.funnel
            ]
        )
        other = self.tr("Other")
        self.discipline_chart.set_bars(
            [
                Bar(d.label or other, d.count, f"{d.label or other}: {d.count}")
                for d in data.disciplines
            ]
        )
        self._fill_lists(data)

    def _fill_lists(self, data: Dashboard) -> None:
        k, loc = data.kpis, self._locale
        self.actions_card.set_count(self._n(k.action_items_overdue), late=True)
        self.actions_card.set_rows(
            [
                ListRow(
                    r.entrepreneur_id,
                    r.entrepreneur_name,
                    r.text,
                    self._days(r.days_late, late=True),
                    late=True,
                    tooltip=self.tr("{text}\nDue {date} — assigned to {coach}").format(
                        text=r.text,
                        date=self._date(r.due_on),
                        coach=r.assignee_name or self.tr("nobody"),
                    ),
                )
                for r in data.overdue_actions
            ]
        )
        self.milestones_card.set_count(self._n(k.milestones_overdue), late=True)
        self.milestones_card.set_rows(
            [
                ListRow(
                    r.entrepreneur_id,
                    r.entrepreneur_name,
                    r.title,
                    self._date(r.due_on),
                    late=True,
                )
                for r in data.overdue_milestones
            ]
        )
        self.contracts_card.set_count(self._n(k.contracts_ending))
        self.contracts_card.set_rows(
            [
                ListRow(
                    r.entrepreneur_id,
                    r.entrepreneur_name,
                    self.tr("First term")
                    if not r.renewals
                    else self.tr("Renewed once")
                    if r.renewals == 1
                    else self.tr("Renewed twice"),
                    self._days(r.days_left, late=False),
                    late=r.days_left <= 7,
                )
                for r in data.contracts_ending
            ]
        )
        self.contracts_ended_card.set_count(
            self._n(k.contracts_past_end), late=bool(k.contracts_past_end)
        )
        self.contracts_ended_card.set_rows(
            [
                ListRow(
                    r.entrepreneur_id,
                    r.entrepreneur_name,
                    self.tr("Ended on {date}").format(date=self._date(r.end_date)),
                    self._days(r.days_past, late=True),
                    late=True,
                    tooltip=self.tr(
                        "{name}: the contract ended on {date} but the stage still says "
                        "incubated. Graduate, record the exit or renew the contract."
                    ).format(name=r.entrepreneur_name, date=self._date(r.end_date)),
                )
                for r in data.contracts_past_end
            ]
        )
        self.follow_ups_card.set_count(self._n(k.follow_ups_due), late=bool(k.follow_ups_due))
        self.follow_ups_card.set_rows(
            [
                ListRow(
                    r.entrepreneur_id,
                    r.entrepreneur_name,
                    self.tr("{n} months after exit").format(n=r.months_after_exit),
                    loc.toString(r.due_on, "dd/MM/yyyy"),
                    late=r.due_on < data.today,
                )
                for r in data.follow_ups_due
            ]
        )

        self.exchange_card.setVisible(not data.coach_scoped)
        self.exchange_card.set_count(self._n(data.exchange_expiring_count))
        self.exchange_card.set_rows(
            [
                ListRow(
                    r.account_id,
                    r.author,
                    r.title,
                    self._date(r.expires_on),
                    late=(r.expires_on - data.today).days <= 2,
                    tooltip=self.tr(
                        "{title}\nExpires on {date}: warn {author}, or renew it."
                    ).format(title=r.title, date=self._date(r.expires_on), author=r.author),
                )
                for r in data.exchange_expiring
            ]
        )

        self.deadlines_card.setVisible(not data.coach_scoped)
        self.deadlines_card.set_count(
            self._n(data.grant_deadlines_count),
            late=any(r.due_on < data.today for r in data.grant_deadlines),
        )
        self.deadlines_card.set_rows(
            [
                ListRow(
                    r.grant_id,
                    f"{r.funder_name} — {r.grant_reference}",
                    r.label,
                    self._date(r.due_on),
                    late=r.due_on < data.today,
                )
                for r in data.grant_deadlines
            ]
        )

    # Navigation ------------------------------------------------------------------------
    def open_tile(self, key: str) -> None:
        """Opens the list behind a tile, narrowed to what the tile counts."""
        today = self.today()
        targets: dict[str, tuple[str, dict[str, object]]] = {
            "active": ("entrepreneurs", {"stage": PathwayStage.INCUBATED.value}),
            "sessions": ("coaching", {"period": "this_month"}),
            "hours": ("coaching", {"period": "this_month"}),
            "milestones": ("milestones", {"due": "this_month"}),
            "contracts": (
                "entrepreneurs",
                {"contract_ending_within_days": self._contract_days()},
            ),
            "contracts_past_end": ("entrepreneurs", {"contract_past_end": True}),
            "bookings": ("services", {"date": today}),
        }
        page_key, filters = targets[key]
        self._show(page_key, **filters)

    def _contract_days(self) -> int:
        return self.data.kpis.contract_days if self.data else 30

    def _show_contracts(self) -> None:
        self._show("entrepreneurs", contract_ending_within_days=self._contract_days())

    def _show(self, page_key: str, **filters: object) -> None:
        self.window().show_filtered(page_key, **filters)

    def _open_entrepreneur(self, entrepreneur_id: int) -> None:
        self.window().open_entrepreneur(entrepreneur_id)

    # Formatting ------------------------------------------------------------------------
    def _n(self, value: int) -> str:
        return self._locale.toString(value)

    def _hours(self, minutes: int) -> str:
        return duration_text(minutes)

    def _days(self, n: int, *, late: bool) -> str:
        if late:
            return self.tr("1 day late") if n == 1 else self.tr("{n} days late").format(n=n)
        if n == 0:
            return self.tr("today")
        return self.tr("in 1 day") if n == 1 else self.tr("in {n} days").format(n=n)

    def _date(self, day: date) -> str:
        return self._locale.toString(day, "dd/MM/yyyy")


def _trend(now: int, before: int) -> QColor | None:
    # Only good news is coloured: early in a month "fewer than last month" is no alarm.
    return GOOD if now > before else None


def _stage_label(stage: PathwayStage) -> str:
    from PySide6.QtCore import QCoreApplication

    if stage is PathwayStage.CANDIDATE:  # the funnel's head: people, in the plural
        return QCoreApplication.translate("DashboardPage", "Candidates")
    from incubator_app.ui.entrepreneurs.labels import stage_label

    return stage_label(stage)  # the glossary's words, as in the list and the PDFs


def _load(session, actor, today: date) -> Dashboard:
    """Runs in the worker: the dashboard's queries (and their module, imported there the first
    time, after the window has painted)."""
    from incubator_app.services.reporting.dashboard import load_dashboard

    return load_dashboard(session, actor=actor, today=today)
