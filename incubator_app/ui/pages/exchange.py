"""Échange de savoir-faire (time bank): offers and requests with their matches, recording
exchanges and answering payment requests, a member's statement, the incubator's overview, the
rules (delays, limits by default and per category of members).

apply_filters keys: `account_id` (opens that member's statement), `tab="listings"` (the offers
and requests, e.g. from the dashboard's list of offers about to expire)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from incubator_app.ui.changes import ENTREPRENEUR, EXCHANGE
from incubator_app.ui.context import AppContext
from incubator_app.ui.exchange.listings_tab import ListingsTab
from incubator_app.ui.exchange.overview_tab import OverviewTab
from incubator_app.ui.exchange.rules_tab import RulesTab
from incubator_app.ui.exchange.statement_tab import ExchangeStatementTab
from incubator_app.ui.exchange.transfer_tab import TransferTab
from incubator_app.ui.pages.base import Page


class ExchangePage(Page):
    icon_name = "exchange"
    watched_kinds = frozenset({EXCHANGE, ENTREPRENEUR})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("exchangeTabs")
        self.transfers = TransferTab(context)
        self.listings = ListingsTab(context)
        self.statement = ExchangeStatementTab(context)
        self.overview = OverviewTab(context)
        self.rules = RulesTab(context)
        self.listings.record_requested.connect(self.record_for_listing)
        self.tabs.addTab(self.transfers, self.tr("&Record"))
        self.tabs.addTab(self.listings, self.tr("&Offers and requests"))
        self.tabs.addTab(self.statement, self.tr("&Statement"))
        self.tabs.addTab(self.overview, self.tr("Overv&iew"))
        self.tabs.addTab(self.rules, self.tr("Ru&les"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        # The same words as the sidebar, like the other pages' titles.
        title = QLabel(QCoreApplication.translate("Pages", "Skills exchange"))
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
        widget.reload()  # type: ignore[attr-defined]
        self._loaded.add(index)

    def reload(self) -> None:
        """Reloads the visible tab now, the others when they are shown."""
        self._loaded.clear()
        self._reload_tab(self.tabs.currentIndex())

    def record_for_listing(self, listing: object) -> None:
        """The Record tab, linked to that offer or request and its author on the right side."""
        self.tabs.setCurrentWidget(self.transfers)
        self.transfers.settle_listing(listing)

    def apply_filters(self, **filters: Any) -> None:
        if filters.get("tab") == "listings":
            self.tabs.setCurrentWidget(self.listings)
        account_id = filters.get("account_id")
        if isinstance(account_id, int):
            self.tabs.setCurrentWidget(self.statement)
            self.statement.show_member(account_id)
