"""Services et réservations: shared services and room/equipment bookings (placeholder)."""

from __future__ import annotations

from incubator_app.ui.changes import BOOKING, SERVICE_USAGE
from incubator_app.ui.pages.base import PlaceholderPage


class SharedServicesPage(PlaceholderPage):
    icon_name = "services"
    watched_kinds = frozenset({BOOKING, SERVICE_USAGE})

    def heading(self) -> str:
        return self.tr("Services & bookings")

    def summary(self) -> str:
        return self.tr(
            "The shared services of the incubator — accounting, legal help, rooms, equipment, "
            "invoicing — and who uses them."
        )

    def coming(self) -> list[str]:
        return [
            self.tr("Room and equipment bookings without double-booking"),
            self.tr("Workshops with limited places and attendance sheets"),
            self.tr("Use of shared services recorded per entrepreneur"),
        ]
