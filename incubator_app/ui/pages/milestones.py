"""Jalons et actions: milestones across entrepreneurs (due this month, overdue, per coach or
cohort, mark achieved) and action items (per coach, overdue, mark done, reassign).

apply_filters keys: due ("this_month", "overdue", "next_30_days"), coach_id, cohort_id,
status ("open", a milestone status, or None for all); view="actions" shows the action items
tab, narrowed by state ("open", "overdue", "done", "all") and coach_id; view="deadlines" the
funders' reporting deadlines (staff and administrators), narrowed by state ("pending",
"overdue", "soon", "submitted", "all"); view="follow_up" the follow-up campaign of the month
(staff and administrators), narrowed by state ("open", "reminder", "answered", "all").
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from incubator_app import clock
from incubator_app.models.vocabulary import Role
from incubator_app.services.actor import Permission, can
from incubator_app.ui.changes import (
    ACTION_ITEM,
    COACHING_SESSION,
    ENTREPRENEUR,
    FUNDING,
    MILESTONE,
    SITE,
)
from incubator_app.ui.context import AppContext
from incubator_app.ui.milestones.deadlines_panel import DeadlinesPanel
from incubator_app.ui.milestones.follow_up_panel import FollowUpPanel
from incubator_app.ui.milestones.panels import (
    ActionItemsPanel,
    MilestonesPanel,
    focus_first_row,
)
from incubator_app.ui.pages.base import Page
from incubator_app.ui.site_field import fill_site_filter


class MilestonesPage(Page):
    watched_kinds = frozenset(
        {MILESTONE, ACTION_ITEM, COACHING_SESSION, ENTREPRENEUR, FUNDING, SITE}
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        #: The reference day for "overdue" and "this month"; None: the computer's date.
        self.today_override: date | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 16)
        title = QLabel(self.tr("Milestones and actions"))
        title.setObjectName("pageTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("milestoneTabs")
        self.milestones = MilestonesPanel(context)
        self.actions = ActionItemsPanel(context)
        for panel in (self.milestones, self.actions):
            panel.today_provider = self.today
        self.tabs.addTab(self.milestones, self.tr("&Milestones"))
        self.tabs.addTab(self.actions, self.tr("Action &items"))
        # The reports owed to funders: not a coach's business (as on the dashboard).
        self.deadlines: DeadlinesPanel | None = None
        if context.actor.role is not Role.COACH:
            self.deadlines = DeadlinesPanel(context)
            self.deadlines.today_provider = self.today
            self.tabs.addTab(self.deadlines, self.tr("&Reporting deadlines"))
        # The follow-up campaign shows contact details: those who edit entrepreneurs.
        self.follow_up: FollowUpPanel | None = None
        if can(context.actor, Permission.EDIT_ENTREPRENEURS):
            self.follow_up = FollowUpPanel(context)
            self.follow_up.today_provider = self.today
            self.tabs.addTab(self.follow_up, self.tr("Follo&w-up"))
        layout.addWidget(self.tabs, 1)
        focus = QShortcut(QKeySequence("Ctrl+L"), self)
        focus.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        focus.activated.connect(self._focus_table)
        focus.setWhatsThis(self.tr("Go to the list"))
        # A coach starts on their own caseload.
        mine = context.actor.coach_id if context.actor.role is Role.COACH else None
        self.milestones.set_filters(coach_id=mine)
        self.actions.set_filters(coach_id=mine)
        if self.deadlines is not None:
            self.deadlines.set_filters()
        if self.follow_up is not None:
            self.follow_up.set_filters()

    def today(self) -> date:
        return self.today_override or clock.today()

    def reload(self) -> None:
        for panel in (self.milestones, self.actions):  # sites added or deactivated meanwhile
            fill_site_filter(panel.site_combo, self.context)
        self.milestones.refresh()
        self.actions.refresh()
        if self.deadlines is not None:
            self.deadlines.refresh()
        if self.follow_up is not None:
            self.follow_up.refresh()

    def apply_filters(self, **filters: object) -> None:
        if filters.get("view") == "actions":
            self.tabs.setCurrentWidget(self.actions)
            self.actions.set_filters(
                state=str(filters.get("state") or "open"),
                coach_id=filters.get("coach_id"),  # type: ignore[arg-type]
            )
            focus_first_row(self.actions.table)
            return
        if filters.get("view") == "deadlines" and self.deadlines is not None:
            self.tabs.setCurrentWidget(self.deadlines)
            self.deadlines.set_filters(state=str(filters.get("state") or "pending"))
            focus_first_row(self.deadlines.table)
            return
        if filters.get("view") == "follow_up" and self.follow_up is not None:
            self.tabs.setCurrentWidget(self.follow_up)
            self.follow_up.set_filters(state=str(filters.get("state") or "open"))
            focus_first_row(self.follow_up.table)
            return
        self.tabs.setCurrentWidget(self.milestones)
        self.milestones.set_filters(
            due=filters.get("due"),  # type: ignore[arg-type]
            coach_id=filters.get("coach_id"),  # type: ignore[arg-type]
            cohort_id=filters.get("cohort_id"),  # type: ignore[arg-type]
            status=filters.get("status", "open"),  # type: ignore[arg-type]
        )
        focus_first_row(self.milestones.table)

    def _focus_table(self) -> None:
        panel = self.tabs.currentWidget()
        focus_first_row(panel.table)
