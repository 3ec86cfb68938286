"""Annuaire: the directory of the territory's cultural actors, built by crossing listings
(ui/directory/directory_view.py), and its review queue; the contacts, people who are not
entrepreneurs (ui/contacts/), and the territorial view (map, counts per commune and EPCI,
isolated actors, portrait PDF: ui/directory/territory_view.py) in tabs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from incubator_app.ui.changes import EVENT
from incubator_app.ui.contacts.contacts_view import ContactsView
from incubator_app.ui.context import AppContext
from incubator_app.ui.directory.directory_view import DIRECTORY, DirectoryView
from incubator_app.ui.directory.territory_view import TerritoryView
from incubator_app.ui.pages.base import Page


class DirectoryPage(Page):
    icon_name = "people"
    watched_kinds = frozenset({DIRECTORY, EVENT})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(QCoreApplication.translate("Pages", "Directory"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.view = DirectoryView(context)
        self.territory = TerritoryView(context)
        # The people who are not entrepreneurs (event registrants, actors' people, volunteers).
        self.contacts = ContactsView(context)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("directoryTabs")
        # No mnemonic on this tab: every letter of "Actors" is taken in one language or
        # another; Ctrl+Tab switches the tabs.
        self.tabs.addTab(self.view, self.tr("Actors"))
        self.tabs.addTab(self.territory, self.tr("Territor&y"))
        # No mnemonic either (Ctrl+Tab): the contacts' list keeps its letters for its filters.
        self.tabs.addTab(self.contacts, self.tr("Contacts"))
        layout.addWidget(self.tabs)
        self.reload()

    def reload(self) -> None:
        self.view.reload()
        self.contacts.reload()
