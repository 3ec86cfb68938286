"""Catalogue tab: the shared services with their current price; edit opens the price history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from incubator_app.services.actor import Permission, can
from incubator_app.services.shared_services.catalogue import SharedServiceView, list_shared_services
from incubator_app.services.sites.members import site_choices
from incubator_app.ui.context import AppContext
from incubator_app.ui.services.list_model import RowListModel
from incubator_app.ui.services.money_text import money, rate, unit_label
from incubator_app.ui.services.service_dialog import ServiceDialog
from incubator_app.ui.site_field import network_label
from incubator_app.ui.windowed_model import Column


class CatalogueTab(QWidget):
    SITE_COLUMN = 7

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.site_names: dict[int, str] = {}
        yes, no = self.tr("yes"), self.tr("no")
        self.model = RowListModel(
            [
                Column(self.tr("Category"), lambda s: s.category),
                Column(self.tr("Service"), lambda s: s.name),
                Column(self.tr("Unit"), lambda s: unit_label(s.unit)),
                Column(
                    self.tr("Price excl. VAT"),
                    lambda s: money(s.unit_price_cents),
                    align_right=True,
                ),
                Column(self.tr("VAT"), lambda s: rate(s.vat_rate_bp), align_right=True),
                Column(self.tr("Bookable"), lambda s: yes if s.bookable else no),
                Column(self.tr("Offered"), lambda s: yes if s.active else no),
                Column(self.tr("Site"), self._site_name),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("catalogueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(self.SITE_COLUMN, True)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New service…"))
        self.edit_button = QPushButton(self.tr("Edit / change &price…"))
        self.new_button.clicked.connect(self.new_service)
        self.edit_button.clicked.connect(self.edit_selected)
        allowed = can(context.actor, Permission.MANAGE_CATALOGUE)
        self.new_button.setEnabled(allowed)
        self.edit_button.setEnabled(allowed)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        shortcut = QShortcut(QKeySequence("Return"), self.table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.edit_selected)
        shortcut.setWhatsThis(self.tr("Edit the selected service"))
        self.dialog: ServiceDialog | None = None

    def reload(self) -> None:
        with self.context.db.session() as session:
            self.model.set_rows(list_shared_services(session, actor=self.context.actor))
            names = dict(site_choices(session, self.context.actor))
        # The site column: in a network only (a single office never reads "site").
        self.site_names = names
        self.table.setColumnHidden(self.SITE_COLUMN, not names)

    def _site_name(self, service: SharedServiceView) -> str:
        if service.site_id is None:
            return network_label()
        return self.site_names.get(service.site_id, "")

    def selected(self) -> SharedServiceView | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def new_service(self) -> None:
        self._open(None)

    def edit_selected(self) -> None:
        service = self.selected()
        if service is not None and self.edit_button.isEnabled():
            self._open(service)

    def _open(self, service: SharedServiceView | None) -> None:
        self.dialog = ServiceDialog(
            self.context, service, on_saved=lambda _r: self.reload(), parent=self
        )
        self.dialog.finished.connect(lambda _r: self.reload())
        self.dialog.open()
