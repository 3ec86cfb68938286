"""Jalons: the steps of each pathway (placeholder)."""

from __future__ import annotations

from incubator_app.ui.changes import MILESTONE
from incubator_app.ui.pages.base import PlaceholderPage


class MilestonesPage(PlaceholderPage):
    icon_name = "milestone"
    watched_kinds = frozenset({MILESTONE})

    def heading(self) -> str:
        return self.tr("Milestones")

    def summary(self) -> str:
        return self.tr(
            "The key steps of each pathway — first invoice, first contract, business plan, "
            "exit review — and where every entrepreneur stands."
        )

    def coming(self) -> list[str]:
        return [
            self.tr("Milestones planned, reached or late, per entrepreneur and cohort"),
            self.tr("Reminders before a support contract ends"),
        ]
