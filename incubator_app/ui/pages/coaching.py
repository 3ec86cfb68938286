"""Accompagnement: coaching sessions and action items (placeholder)."""

from __future__ import annotations

from incubator_app.ui.changes import COACHING_SESSION
from incubator_app.ui.pages.base import PlaceholderPage


class CoachingPage(PlaceholderPage):
    icon_name = "coaching"
    watched_kinds = frozenset({COACHING_SESSION})

    def heading(self) -> str:
        return self.tr("Coaching")

    def summary(self) -> str:
        return self.tr(
            "Log a coaching session in a few seconds, with its topics and the action items "
            "agreed with the entrepreneur."
        )

    def coming(self) -> list[str]:
        return [
            self.tr("Each coach's caseload and agenda"),
            self.tr("Action items to follow up, with due dates"),
            self.tr("Coaching hours per entrepreneur, coach and topic"),
        ]
