"""Tableau de bord: the incubator at a glance (placeholder until the KPI services land)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from incubator_app.ui.context import AppContext
from incubator_app.ui.pages.base import PlaceholderPage


class DashboardPage(PlaceholderPage):
    icon_name = "dashboard"

    def heading(self) -> str:
        return self.tr("Dashboard")

    def summary(self) -> str:
        return self.tr(
            "The incubator at a glance: who is supported right now, what happens this week and "
            "the figures your funders ask for."
        )

    def coming(self) -> list[str]:
        return [
            self.tr("Entrepreneurs by pathway stage, entries and exits of the year"),
            self.tr("This week's coaching sessions, workshops and room bookings"),
            self.tr("Overdue action items and upcoming milestones"),
            self.tr("Coaching hours and revenue of the test activities"),
        ]

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        name = context.profile.name if context.profile else ""
        greeting = self.tr("Hello {name}, welcome to {incubator}.").format(
            name=context.actor.display_name or context.actor.login, incubator=name
        )
        label = QLabel(greeting)
        label.setObjectName("greeting")
        label.setWordWrap(True)
        self.extra.addWidget(label)
        if context.profile is not None and context.profile.is_demo:
            demo = QLabel(
                self.tr(
                    "This is the demo database: the people and figures are made up. "
                    "Try anything, nothing here is real."
                )
            )
            demo.setObjectName("demoNotice")
            demo.setWordWrap(True)
            demo.setStyleSheet(
                "#demoNotice { background: #fff4d6; color: #5a4500; border: 1px solid #e8c66a;"
                " border-radius: 6px; padding: 8px 12px; }"
            )
            self.extra.addWidget(demo)
