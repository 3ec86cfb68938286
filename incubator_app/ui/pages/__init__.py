"""The main window's pages. Each page module is imported only when first shown, so start-up
stays fast as pages grow heavy (tables, charts, report builders)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class PageSpec:
    key: str
    module: str
    class_name: str
    icon: str

    @property
    def title(self) -> str:
        return page_titles()[self.key]


PAGES: tuple[PageSpec, ...] = (
    PageSpec("dashboard", "incubator_app.ui.pages.dashboard", "DashboardPage", "dashboard"),
    PageSpec(
        "entrepreneurs", "incubator_app.ui.pages.entrepreneurs", "EntrepreneursPage", "people"
    ),
    PageSpec("coaching", "incubator_app.ui.pages.coaching", "CoachingPage", "coaching"),
    PageSpec("milestones", "incubator_app.ui.pages.milestones", "MilestonesPage", "milestone"),
    PageSpec(
        "services", "incubator_app.ui.pages.shared_services", "SharedServicesPage", "services"
    ),
    PageSpec("reports", "incubator_app.ui.pages.reports", "ReportsPage", "reports"),
    # Seventh: Ctrl+7 (the View menu numbers the pages in this order).
    PageSpec("exchange", "incubator_app.ui.pages.exchange", "ExchangePage", "exchange"),
    # Eighth: Ctrl+8, then Ctrl+9; pages after the ninth have no key; Settings, last, Ctrl+0.
    PageSpec("events", "incubator_app.ui.pages.events", "EventsPage", "events"),
    PageSpec("draws", "incubator_app.ui.pages.draws", "DrawsPage", "people"),
    PageSpec("directory", "incubator_app.ui.pages.directory", "DirectoryPage", "people"),
    PageSpec("funding", "incubator_app.ui.pages.funding", "FundingPage", "reports"),
    PageSpec("toolbox", "incubator_app.ui.pages.toolbox", "ToolboxPage", "reports"),
    PageSpec("settings", "incubator_app.ui.pages.settings_page", "SettingsPage", "settings"),
)


def page_titles() -> dict[str, str]:
    # Literal translate() calls so that lupdate collects them.
    return {
        "dashboard": QCoreApplication.translate("Pages", "Dashboard"),
        "entrepreneurs": QCoreApplication.translate("Pages", "Entrepreneurs"),
        "coaching": QCoreApplication.translate("Pages", "Coaching"),
        "milestones": QCoreApplication.translate("Pages", "Milestones"),
        "services": QCoreApplication.translate("Pages", "Services & bookings"),
        "reports": QCoreApplication.translate("Pages", "Reports"),
        "exchange": QCoreApplication.translate("Pages", "Skills exchange"),
        "events": QCoreApplication.translate("Pages", "Events"),
        "draws": QCoreApplication.translate("Pages", "Draws"),
        "directory": QCoreApplication.translate("Pages", "Directory"),
        "funding": QCoreApplication.translate("Pages", "Funders"),
        "toolbox": QCoreApplication.translate("Pages", "Toolbox"),
        "settings": QCoreApplication.translate("Pages", "Settings"),
    }
