"""The contacts' list (a tab of the Directory page): event registrants, the people of the
directory's actors and the pools' volunteers, searched by name, e-mail or organisation, in a
windowed table (SQL pages). Enter or a double click opens the contact's window."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app.services.contacts.listing import ContactFilter, ContactListSource
from incubator_app.ui.app import language_names
from incubator_app.ui.contacts.contact_window import ContactWindow
from incubator_app.ui.context import AppContext
from incubator_app.ui.table_headers import fit_header_titles
from incubator_app.ui.windowed_model import Column, Debouncer, WindowedTableModel

SEARCH_DELAY_MS = 200


class ContactsView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.window_: ContactWindow | None = None
        self.search = QLineEdit()
        self.search.setObjectName("contactSearch")
        self.search.setPlaceholderText(self.tr("Search a name, an e-mail, an organisation…"))
        self.search.setClearButtonEnabled(True)
        self.consent = QComboBox()
        self.consent.setObjectName("contactConsentFilter")
        self.consent.addItem(self.tr("All"), None)
        self.consent.addItem(self.tr("Agreed to be kept on file"), True)
        self.consent.addItem(self.tr("No consent on file"), False)
        consent_label = QLabel(self.tr("Co&nsent:"))
        consent_label.setBuddy(self.consent)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(consent_label)
        top.addWidget(self.consent)
        self.count = QLabel()
        self.count.setObjectName("contactCount")
        languages = language_names()
        self.model = WindowedTableModel(
            context.db,
            [
                Column(self.tr("Name"), lambda r: r.name, "name"),
                Column(self.tr("E-mail"), lambda r: r.email or "", "email"),
                Column(self.tr("Phone"), lambda r: r.phone or ""),
                Column(self.tr("Organisation"), lambda r: r.organisation or "", "organisation"),
                Column(
                    self.tr("Language"), lambda r: languages.get(r.language, r.language), "language"
                ),
                Column(
                    self.tr("Consent"),
                    lambda r: self.tr("yes") if r.consent else self.tr("no"),
                ),
                Column(
                    self.tr("Registrations"),
                    lambda r: str(r.registrations),
                    "registrations",
                    align_right=True,
                ),
            ],
            parent=self,
        )
        self.model.count_changed.connect(
            lambda n: self.count.setText(self.tr("%n contact(s)", "", n))
        )
        self.table = QTableView()
        self.table.setObjectName("contactsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 190), (1, 200), (2, 120), (3, 160), (4, 90)):
            self.table.setColumnWidth(column, width)
        fit_header_titles(self.table)
        # Enter or a double click opens the contact's window.
        self.table.activated.connect(self._open_row)
        self.search.returnPressed.connect(self.table.setFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.debounce = Debouncer(SEARCH_DELAY_MS, self._apply, self)
        self.search.textChanged.connect(self.debounce.poke)
        self.search.returnPressed.connect(self.debounce.flush)
        self.consent.currentIndexChanged.connect(self._apply)
        self.model.set_sort("name")
        self._apply()

    def reload(self) -> None:
        self.model.refresh()

    def current_filter(self) -> ContactFilter:
        return ContactFilter(text=self.search.text(), consent=self.consent.currentData())

    def _apply(self) -> None:
        self.model.set_source(ContactListSource(self.context.actor, self.current_filter()))

    def _open_row(self, index) -> None:
        contact_id = self.model.id_at(index.row()) if index.isValid() else None
        if contact_id is not None:
            self.open_contact(contact_id)

    def open_contact(self, contact_id: int) -> ContactWindow:
        window = ContactWindow(self.context, contact_id, self)
        window.changed.connect(self.model.refresh)
        window.open()
        self.window_ = window
        return window
