"""Rapports: funder reports in PDF and Excel (placeholder)."""

from __future__ import annotations

from incubator_app.ui.pages.base import PlaceholderPage


class ReportsPage(PlaceholderPage):
    icon_name = "reports"

    def heading(self) -> str:
        return self.tr("Reports")

    def summary(self) -> str:
        return self.tr(
            "Activity reports for the funders (Région, Département, DRAC, FSE+, foundations), "
            "ready to send as PDF or Excel."
        )

    def coming(self) -> list[str]:
        return [
            self.tr("People supported, entries and exits over a period"),
            self.tr("Exit outcomes and businesses still active after 1, 2 and 3 years"),
            self.tr("Workshop attendance with signed attendance sheets"),
        ]
