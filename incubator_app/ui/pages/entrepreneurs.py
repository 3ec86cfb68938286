"""Porteurs de projet: the people the incubator supports (placeholder)."""

from __future__ import annotations

from incubator_app.ui.changes import ENTREPRENEUR
from incubator_app.ui.pages.base import PlaceholderPage


class EntrepreneursPage(PlaceholderPage):
    icon_name = "people"
    watched_kinds = frozenset({ENTREPRENEUR})

    def heading(self) -> str:
        return self.tr("Entrepreneurs")

    def summary(self) -> str:
        return self.tr(
            "Every entrepreneur's file: activity, pathway from application to exit, support "
            "contract (CAPE), coach, documents and history."
        )

    def coming(self) -> list[str]:
        return [
            self.tr("A searchable list with filters by pathway stage, discipline and cohort"),
            self.tr("Admission of candidates and renewal of support contracts"),
            self.tr("Profile at entry for the funders' statistics"),
            self.tr("Exit outcome: business created, salaried job, training, stopped"),
        ]
