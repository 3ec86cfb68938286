"""The grant window: its indicators (target, actual, gap over a period, and the chosen
indicator's progress month by month), the people and sessions it finances, its reporting
deadlines.

The actual values come from services/reporting/indicators.py, which reads them off the funder
report's own function: the figures here are the report's figures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from incubator_app import clock
from incubator_app.services.actor import Permission, can
from incubator_app.services.entrepreneurs.cohorts import list_cohorts
from incubator_app.services.events.courses import list_courses
from incubator_app.services.funding.fse.indicators import (
    IndicatorTable,
    fse_indicator_table,
    grant_is_fse_cofunded,
)
from incubator_app.services.funding.grants import (
    GrantDeadlineView,
    GrantView,
    attribute_entrepreneurs,
    get_grant,
    list_grant_deadlines,
    update_grant_deadline,
)
from incubator_app.services.funding.indicators import remove_grant_target
from incubator_app.services.funding.rules import attribute_beneficiaries_sessions
from incubator_app.services.reporting.indicators import (
    IndicatorValue,
    ProgressPoint,
    grant_indicators,
    indicator_progress,
)
from incubator_app.ui.administration.common import row_table
from incubator_app.ui.changes import FUNDING
from incubator_app.ui.context import AppContext
from incubator_app.ui.dashboard.charts import Bar, MonthlyBarChart
from incubator_app.ui.entrepreneur_picker import EntrepreneurPicker
from incubator_app.ui.funding.dialogs import DeadlineDialog, RuleDialog, TargetDialog
from incubator_app.ui.funding.event_rule_dialog import EventRuleDialog
from incubator_app.ui.funding.fse_indicators_tab import FseIndicatorsTab
from incubator_app.ui.funding.texts import indicator_label, number_text
from incubator_app.ui.services.list_model import RowListModel
from incubator_app.ui.services.money_text import day_text
from incubator_app.ui.widgets import FieldError, qdate_of
from incubator_app.ui.windowed_model import Column

BEHIND = QColor("#b00020")
AHEAD = QColor("#1b7f3b")


@dataclass(frozen=True)
class _Loaded:
    grant: GrantView
    values: list[IndicatorValue]
    deadlines: list[GrantDeadlineView]
    period: tuple[date, date]
    fse: IndicatorTable | None = None
    fse_cofunded: bool = False


def _gap_colour(v: IndicatorValue) -> QColor | None:
    if v.reached is None:
        return None
    return AHEAD if v.reached else BEHIND


class GrantPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grantPanel")
        self.context = context
        self.grant: GrantView | None = None
        #: The period the indicators on screen were computed for.
        self.shown_period: tuple[date, date] | None = None
        self.title = QLabel()
        self.title.setObjectName("grantTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.details = QLabel()
        self.details.setObjectName("grantDetails")
        self.details.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("grantTabs")
        self.tabs.addTab(self._indicators_tab(), self.tr("&Indicators"))
        self.tabs.addTab(self._people_tab(), self.tr("&People and sessions"))
        self.tabs.addTab(self._deadlines_tab(), self.tr("&Deadlines"))
        self.fse_tab = FseIndicatorsTab(self)
        self.tabs.addTab(self.fse_tab, self.tr("ESF+ indic&ators"))
        self.error = FieldError()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        # Viewers and coaches read the figures; only those who manage funding change them.
        may_edit = can(context.actor, Permission.MANAGE_FUNDING)
        for button in (
            self.add_target,
            self.remove_target,
            self.by_rule,
            self.picker,
            self.sessions_button,
            self.add_deadline_button,
            self.mark_sent,
        ):
            button.setVisible(may_edit)
        self.setEnabled(False)

    # Tabs -----------------------------------------------------------------------------

    def _indicators_tab(self) -> QWidget:
        tab = QWidget()
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit, name in ((self.start, "indicatorsFrom"), (self.end, "indicatorsTo")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        from_label = QLabel(self.tr("F&rom"))
        from_label.setBuddy(self.start)
        self.refresh_button = QPushButton(self.tr("Sho&w"))
        self.refresh_button.setObjectName("indicatorsShow")
        self.refresh_button.clicked.connect(self.reload)
        period = QHBoxLayout()
        period.addWidget(from_label)
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.end)
        period.addWidget(self.refresh_button)
        period.addStretch(1)
        self.indicators = RowListModel(
            [
                Column(self.tr("Indicator"), lambda v: indicator_label(v.key)),
                Column(
                    self.tr("Target"), lambda v: number_text(v.unit, v.target), align_right=True
                ),
                Column(
                    self.tr("Actual"), lambda v: number_text(v.unit, v.actual), align_right=True
                ),
                Column(
                    self.tr("Gap"),
                    lambda v: number_text(v.unit, v.gap, signed=True),
                    align_right=True,
                    foreground=_gap_colour,
                ),
                # Survival: the share of the due follow-ups nobody answered (as in the report).
                Column(
                    self.tr("Unknown"),
                    lambda v: "" if v.survival is None else number_text("percent", v.unknown_share),
                    align_right=True,
                    tooltip=self._survival_basis,
                ),
            ],
            self,
        )
        self.table = row_table("indicatorTable", self.indicators, stretch=0)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selected_changed())
        self.table.doubleClicked.connect(lambda _i: self.edit_target())
        self.empty = QLabel(
            self.tr(
                "No indicator yet: add the figures the agreement sets targets for (people "
                "supported, exits, hours…)."
            )
        )
        self.empty.setObjectName("indicatorsEmpty")
        self.empty.setWordWrap(True)
        self.add_target = QPushButton(self.tr("Add or &change a target…"))
        self.add_target.setObjectName("addTarget")
        self.add_target.clicked.connect(self.edit_target)
        self.remove_target = QPushButton(self.tr("Stop trac&king this indicator"))
        self.remove_target.setObjectName("removeTarget")
        self.remove_target.clicked.connect(self.remove_selected_target)
        self.chart_title = QLabel()
        self.chart_title.setObjectName("chartTitle")
        self.chart_title.setWordWrap(True)
        self.chart = MonthlyBarChart("#0b6e73")
        self.chart.setObjectName("indicatorChart")
        self.chart.setMinimumHeight(170)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_target)
        buttons.addWidget(self.remove_target)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(period)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.chart_title)
        layout.addWidget(self.chart, 1)
        return tab

    def _people_tab(self) -> QWidget:
        tab = QWidget()
        self.people_count = QLabel()
        self.people_count.setObjectName("grantPeopleCount")
        self.by_rule = QPushButton(self.tr("Attach &by rule (cohort, stage, entry)…"))
        self.by_rule.setObjectName("attachByRule")
        self.by_rule.clicked.connect(self.attach_by_rule)
        self.picker = EntrepreneurPicker(self.context, clear_after_pick=True)
        self.picker.setObjectName("attachPicker")
        self.picker.setPlaceholderText(self.tr("Type a name to attach one person"))
        self.picker.picked.connect(lambda choice: self.attach_people([choice.id]))
        self.sessions_button = QPushButton(self.tr("Attach their coaching &sessions"))
        self.sessions_button.setObjectName("attachSessions")
        self.sessions_button.setToolTip(
            self.tr("Every session of the grant's period that one of its people attended")
        )
        self.sessions_button.clicked.connect(self.attach_sessions)
        self.people_status = QLabel()
        self.people_status.setObjectName("grantPeopleStatus")
        self.people_status.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.people_count)
        layout.addWidget(self.by_rule)
        layout.addWidget(self.picker)
        layout.addWidget(self.sessions_button)
        layout.addWidget(self.people_status)
        self.events_button = QPushButton(self.tr("Attach events by rule (period, &kind, course)…"))
        self.events_button.setObjectName("attachEventsByRule")
        self.events_button.clicked.connect(self.attach_events_by_rule)
        layout.addWidget(self.events_button)
        layout.addStretch(1)
        return tab

    def _deadlines_tab(self) -> QWidget:
        tab = QWidget()
        today = clock.today()
        self.deadlines = RowListModel(
            [
                Column(self.tr("Due on"), lambda d: day_text(d.due_on)),
                Column(self.tr("What to send"), lambda d: d.label),
                Column(
                    self.tr("Sent on"),
                    lambda d: day_text(d.submitted_on) if d.submitted_on else self.tr("not yet"),
                    foreground=lambda d: (
                        BEHIND if d.submitted_on is None and d.due_on < today else None
                    ),
                ),
            ],
            self,
        )
        self.deadline_table = row_table("deadlineTable", self.deadlines, stretch=1)
        add = self.add_deadline_button = QPushButton(self.tr("Add a dead&line…"))
        add.setObjectName("addDeadline")
        add.clicked.connect(self.add_deadline)
        self.mark_sent = QPushButton(self.tr("Mark as sent t&oday"))
        self.mark_sent.setObjectName("markSent")
        self.mark_sent.clicked.connect(self.mark_selected_sent)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.mark_sent)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.deadline_table, 1)
        layout.addLayout(buttons)
        return tab

    # Loading --------------------------------------------------------------------------

    def _survival_basis(self, v: IndicatorValue) -> str | None:
        s = v.survival
        if s is None:
            return None
        return self.tr(
            "{checked} answers of {due} follow-ups due ({unknown} unknown); the rate is of "
            "the answers."
        ).format(checked=s.checked, due=s.due, unknown=s.unknown)

    def show_grant(self, grant_id: int | None, funder_name: str = "") -> None:
        self.funder_name = funder_name
        if grant_id is None:
            self.grant = None
            self.setEnabled(False)
            self.title.setText(self.tr("Choose a grant on the left"))
            self.details.clear()
            self.indicators.set_rows([])
            self.deadlines.set_rows([])
            self.chart.set_bars([])
            return
        with self.context.db.session() as session:
            grant = get_grant(session, grant_id, actor=self.context.actor)
        self.grant = grant
        # The whole grant period by default, as far as today.
        today = clock.today()
        self.start.setDate(qdate_of(grant.period_start))
        self.end.setDate(qdate_of(min(grant.period_end, max(today, grant.period_start))))
        self.setEnabled(True)
        self.reload()

    def period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()

    def reload(self) -> None:
        grant = self.grant
        if grant is None:
            return
        actor, (start, end) = self.context.actor, self.period()

        def load(session) -> _Loaded:
            fresh = get_grant(session, grant.id, actor=actor)
            _kpis, values = grant_indicators(session, grant.id, start, end, actor=actor)
            deadlines = list_grant_deadlines(session, actor=actor, grant_id=grant.id)
            fse = fse_indicator_table(session, grant.id, start, end, actor=actor)
            cofunded = grant_is_fse_cofunded(session, grant.id, actor=actor)
            return _Loaded(fresh, values, deadlines, (start, end), fse, cofunded)

        self.error.clear_error()
        self.context.ops.run(load, parent=self, on_done=self._show, on_error=self._failed)

    def _show(self, loaded: _Loaded) -> None:
        g = self.grant = loaded.grant
        self.shown_period = loaded.period
        self.title.setText(f"{g.reference} — {g.title}")
        locale = QLocale()
        parts = [
            self.funder_name,
            locale.toCurrencyString(g.amount_cents / 100, "€"),
            self.tr("{start} to {end}").format(
                start=day_text(g.period_start), end=day_text(g.period_end)
            ),
        ]
        if g.co_funders:
            parts.append(self.tr("co-funded by {names}").format(names=g.co_funders))
        self.details.setText(" · ".join(p for p in parts if p))
        selected = self.selected_indicator()
        self.indicators.set_rows(loaded.values)
        # The "Unknown" column only beside survival indicators.
        self.table.setColumnHidden(4, not any(v.survival for v in loaded.values))
        self.empty.setVisible(not loaded.values)
        keys = [v.key for v in loaded.values]
        if loaded.values:
            row = keys.index(selected.key) if selected and selected.key in keys else 0
            self.table.selectRow(row)
        else:
            self.chart.set_bars([])
            self.chart_title.clear()
        self.deadlines.set_rows(loaded.deadlines)
        if loaded.fse is not None:
            self.fse_tab.set_table(loaded.fse, loaded.fse_cofunded)
        self.people_count.setText(
            self.tr("{people} people and {sessions} coaching sessions are attached.").format(
                people=g.beneficiary_count, sessions=g.session_count
            )
        )
        self._selected_changed()

    def _failed(self, exc: BaseException) -> bool:
        from incubator_app.ui.messages import inline_error_text

        text = inline_error_text(exc)
        if text is None:
            return False
        self.error.show_error(text)
        return True

    # Indicators -----------------------------------------------------------------------

    def selected_indicator(self) -> IndicatorValue | None:
        rows = self.table.selectionModel().selectedRows()
        return self.indicators.row_at(rows[0].row()) if rows else None

    def _selected_changed(self) -> None:
        value = self.selected_indicator()
        self.remove_target.setEnabled(value is not None)
        if value is None or self.grant is None:
            return
        grant, actor = self.grant, self.context.actor
        self.chart_title.setText(
            self.tr("{indicator} since {start}, month by month (target {target})").format(
                indicator=indicator_label(value.key),
                start=day_text(grant.period_start),
                target=number_text(value.unit, value.target),
            )
        )
        self.context.ops.run(
            lambda s: indicator_progress(s, grant.id, value.key, actor=actor),
            parent=self,
            on_done=lambda points: self._show_progress(value, points),
            on_error=self._failed,
        )

    def _show_progress(self, value: IndicatorValue, points: list[ProgressPoint]) -> None:
        locale = QLocale()
        self.chart.set_bars(
            [
                Bar(
                    locale.monthName(p.until.month, QLocale.FormatType.ShortFormat),
                    float(p.actual or 0),
                    tooltip=self.tr("{value} on {day} (target {target})").format(
                        value=number_text(value.unit, p.actual),
                        day=day_text(p.until),
                        target=number_text(value.unit, value.target),
                    ),
                    highlight=(value.target is not None and (p.actual or 0) >= value.target),
                )
                for p in points
            ]
        )

    def edit_target(self) -> None:
        if self.grant is None:
            return
        value = self.selected_indicator()
        dialog = TargetDialog(
            self.context,
            self.grant.id,
            value.key if value else None,
            value.target if value else None,
            parent=self,
        )
        if dialog.exec():
            self.reload()

    def remove_selected_target(self) -> None:
        value, grant = self.selected_indicator(), self.grant
        if value is None or grant is None:
            return
        actor = self.context.actor
        self.context.ops.run(
            lambda s: remove_grant_target(s, grant.id, value.key, actor=actor),
            parent=self,
            on_done=lambda _r: self.reload(),
            on_error=self._failed,
            changes={FUNDING},
        )

    # People, sessions, deadlines ------------------------------------------------------

    def attach_by_rule(self) -> None:
        if self.grant is None:
            return
        with self.context.db.session() as session:
            cohorts = [(c.id, c.name) for c in list_cohorts(session, actor=self.context.actor)]
        dialog = RuleDialog(self.context, self.grant.id, cohorts, parent=self)
        if dialog.exec():
            self._attached(dialog.result_value)

    def attach_events_by_rule(self) -> None:
        grant = self.grant
        if grant is None:
            return
        actor = self.context.actor
        with self.context.db.session() as session:
            cohorts = [(c.id, c.name) for c in list_cohorts(session, actor=actor)]
            courses = [(c.id, c.title) for c in list_courses(session, actor=actor)]
        dialog = EventRuleDialog(
            self.context,
            grant.id,
            (grant.period_start, grant.period_end),
            courses,
            cohorts,
            parent=self,
        )
        if dialog.exec():
            self.people_status.setText(
                self.tr("%n event(s) attached.", "", len(dialog.result_value or []))
            )
            self.reload()

    def attach_people(self, ids: list[int]) -> None:
        grant, actor = self.grant, self.context.actor
        if grant is None:
            return
        self.context.ops.run(
            lambda s: attribute_entrepreneurs(s, grant.id, ids, actor=actor),
            parent=self,
            on_done=self._attached,
            on_error=self._failed,
            changes={FUNDING},
        )

    def _attached(self, added: list[int]) -> None:
        self.people_status.setText(self.tr("{n} people attached.").format(n=len(added)))
        self.reload()

    def attach_sessions(self) -> None:
        grant, actor = self.grant, self.context.actor
        if grant is None:
            return
        self.context.ops.run(
            lambda s: attribute_beneficiaries_sessions(s, grant.id, actor=actor),
            parent=self,
            on_done=lambda added: (
                self.people_status.setText(
                    self.tr("{n} coaching sessions attached.").format(n=len(added))
                ),
                self.reload(),
            ),
            on_error=self._failed,
            changes={FUNDING},
        )

    def add_deadline(self) -> None:
        if self.grant is not None and DeadlineDialog(self.context, self.grant.id, self).exec():
            self.reload()

    def mark_selected_sent(self) -> None:
        rows = self.deadline_table.selectionModel().selectedRows()
        deadline = self.deadlines.row_at(rows[0].row()) if rows else None
        if deadline is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Choose a deadline first."))
            return
        actor, today = self.context.actor, clock.today()
        self.context.ops.run(
            lambda s: update_grant_deadline(
                s,
                deadline.id,
                expected_version=deadline.version_id,
                actor=actor,
                submitted_on=today,
            ),  # fmt: skip
            parent=self,
            on_done=lambda _r: self.reload(),
            on_error=self._failed,
            changes={FUNDING},
        )


__all__ = ["GrantPanel"]
