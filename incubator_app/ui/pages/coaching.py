"""Accompagnement: the sessions table (filters, totals), a coach's week and caseload."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from incubator_app.ui.changes import ACTION_ITEM, COACHING_SESSION, ENTREPRENEUR, SITE
from incubator_app.ui.coaching.caseload_view import CaseloadView
from incubator_app.ui.coaching.log_dialog import open_log_session_dialog
from incubator_app.ui.coaching.sessions_view import SessionsView
from incubator_app.ui.coaching.week_view import WeekView
from incubator_app.ui.context import AppContext
from incubator_app.ui.pages.base import Page


class CoachingPage(Page):
    # ACTION_ITEM: the caseload counts open action items. SITE: the sessions' site filter.
    watched_kinds = frozenset({COACHING_SESSION, ENTREPRENEUR, ACTION_ITEM, SITE})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        title = QLabel(self.tr("Coaching"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        # Ctrl+Tab / Ctrl+Shift+Tab switch between the three views.
        self.tabs = QTabWidget()
        self.tabs.setObjectName("coachingTabs")
        self.sessions = SessionsView(context)
        self.week = WeekView(context)
        self.caseload = CaseloadView(context)
        self.tabs.addTab(self.sessions, self.tr("&Sessions"))
        self.tabs.addTab(self.week, self.tr("&Week"))
        self.tabs.addTab(self.caseload, self.tr("&Caseload"))
        self.tabs.currentChanged.connect(lambda _i: self._reload_current())
        layout.addWidget(self.tabs, 1)
        self.sessions.open_session.connect(self.open_session)
        self.week.open_session.connect(self.open_session)
        self.caseload.open_entrepreneur.connect(self._open_entrepreneur)
        self.sessions.log_button.clicked.connect(
            lambda: open_log_session_dialog(self, entrepreneur_id=None)
        )
        self._loaded: set[int] = set()
        self._reload_current()

    def _reload_current(self) -> None:
        index = self.tabs.currentIndex()
        self._loaded.add(index)
        self.tabs.currentWidget().reload()

    def reload(self) -> None:
        self._loaded.clear()
        self._reload_current()

    def apply_filters(self, **filters: object) -> None:
        """Keys: coach_id, entrepreneur_id, period ("this_month", "last_month", "this_year",
        "last_12_months", "all"...), topic_id, kind, mode, site_id; shows the Sessions tab."""
        self.tabs.setCurrentWidget(self.sessions)
        self.sessions.apply_filters(**filters)
        if filters.get("coach_id") is not None:
            self.week.set_coach(int(filters["coach_id"]))
            self.caseload.set_coach(int(filters["coach_id"]))

    def open_session(self, session_id: int):
        return open_log_session_dialog(self, session_id=session_id)

    def _open_entrepreneur(self, entrepreneur_id: int) -> None:
        window = self.window()
        if hasattr(window, "open_entrepreneur"):
            window.open_entrepreneur(entrepreneur_id)
