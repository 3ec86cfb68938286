"""Services et réservations: the catalogue with its price history, service usage (quick and
monthly bulk entry), bookings, revenue with the contribution due, and monthly statements.

apply_filters keys: `entrepreneur_id` (usage, revenue and statement tabs), `month` (a date in the
month), `date` (opens the bookings calendar on that day)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from incubator_app.services.entrepreneurs.records import get_entrepreneur
from incubator_app.ui.changes import BOOKING, ENTREPRENEUR, REVENUE, SERVICE_USAGE
from incubator_app.ui.context import AppContext
from incubator_app.ui.pages.base import Page
from incubator_app.ui.services.catalogue_tab import CatalogueTab
from incubator_app.ui.services.revenue_tab import RevenueTab
from incubator_app.ui.services.service_dialog import CATALOGUE
from incubator_app.ui.services.statement_tab import StatementTab
from incubator_app.ui.services.usage_tab import UsageTab


def _bookings_view(context: AppContext, parent: QWidget) -> QWidget:
    from incubator_app.ui.services.bookings_view import BookingsView  # the heaviest tab

    return BookingsView(context, parent)


class SharedServicesPage(Page):
    icon_name = "services"
    watched_kinds = frozenset({BOOKING, SERVICE_USAGE, CATALOGUE, REVENUE, ENTREPRENEUR})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sharedServicesTabs")
        self.catalogue = CatalogueTab(context)
        self.usage = UsageTab(context)
        self.bookings = _bookings_view(context, self)
        self.revenue = RevenueTab(context)
        self.statement = StatementTab(context)
        self.tabs.addTab(self.catalogue, self.tr("&Catalogue"))
        self.tabs.addTab(self.usage, self.tr("&Usage"))
        self.tabs.addTab(self.bookings, self.tr("&Bookings"))
        self.tabs.addTab(self.revenue, self.tr("&Revenue"))
        self.tabs.addTab(self.statement, self.tr("S&tatement"))
        # Today's bookings: what the front desk looks at first (the usage tab is empty until a
        # person is picked).
        self.tabs.setCurrentWidget(self.bookings)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        # The same words as the sidebar, like the other pages' titles.
        title = QLabel(QCoreApplication.translate("Pages", "Services & bookings"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(self.tabs)
        self._loaded: set[int] = set()
        self.tabs.currentChanged.connect(self._tab_shown)
        self.reload()

    def _tab_shown(self, index: int) -> None:
        if index not in self._loaded:
            self._reload_tab(index)

    def _reload_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        reload = getattr(widget, "reload", None)
        if callable(reload):
            reload()
        self._loaded.add(index)

    def reload(self) -> None:
        """Reloads the visible tab now, the others when they are shown."""
        self._loaded.clear()
        self._reload_tab(self.tabs.currentIndex())

    def apply_filters(self, **filters: Any) -> None:
        day = filters.get("date")
        if isinstance(day, date):
            self.tabs.setCurrentWidget(self.bookings)
            show_day = getattr(self.bookings, "show_day", None)
            if callable(show_day):
                show_day(day)
            return
        month = filters.get("month")
        if isinstance(month, date):
            self.usage.month.blockSignals(True)
            self.usage.set_month(month)
            self.usage.month.blockSignals(False)
            self.revenue.set_month(month)
            self.statement.set_month(month)
        person = filters.get("entrepreneur_id")
        if isinstance(person, int):
            with self.context.db.session() as session:
                view = get_entrepreneur(session, person, actor=self.context.actor)
            name = f"{view.first_name} {view.last_name}"
            self.usage.set_entrepreneur(person, name)
            self.statement.set_entrepreneur(person, name)
        if month is not None or person is not None:
            self.tabs.setCurrentWidget(self.usage)
            self.usage.reload()
