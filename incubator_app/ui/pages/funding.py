"""Financeurs: the funders and their grants on the left, the chosen grant's window on the right
(indicators with target, actual and gap; people and sessions attached; reporting deadlines).

apply_filters keys: `grant_id` (selects that grant, e.g. from the dashboard's deadlines)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from incubator_app.services.actor import Permission, can
from incubator_app.services.funding.grants import (
    FunderView,
    GrantView,
    get_funder,
    get_grant,
    list_funders,
    list_grants,
)
from incubator_app.ui.changes import ENTREPRENEUR, FUNDING
from incubator_app.ui.context import AppContext
from incubator_app.ui.funding.dialogs import FunderDialog, GrantDialog
from incubator_app.ui.funding.grant_panel import GrantPanel
from incubator_app.ui.funding.texts import funder_kind_label
from incubator_app.ui.pages.base import Page

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class FundingPage(Page):
    icon_name = "reports"
    watched_kinds = frozenset({FUNDING, ENTREPRENEUR})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        may_edit = can(context.actor, Permission.MANAGE_FUNDING)
        title = QLabel(QCoreApplication.translate("Pages", "Funders"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)

        self.tree = QTreeWidget()
        self.tree.setObjectName("funderTree")
        self.tree.setHeaderLabels([self.tr("Funder / grant"), self.tr("People")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_a: self._current_changed())
        self.tree.itemDoubleClicked.connect(lambda *_a: self.edit_current())
        self.new_funder = QPushButton(self.tr("New fu&nder…"))
        self.new_funder.setObjectName("newFunder")
        self.new_funder.clicked.connect(self.add_funder)
        self.new_grant = QPushButton(self.tr("New &grant…"))
        self.new_grant.setObjectName("newGrant")
        self.new_grant.clicked.connect(self.add_grant)
        self.edit_button = QPushButton(self.tr("Edi&t…"))
        self.edit_button.setObjectName("editFunding")
        self.edit_button.clicked.connect(self.edit_current)
        for button in (self.new_funder, self.new_grant, self.edit_button):
            button.setVisible(may_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_funder)
        buttons.addWidget(self.new_grant)
        buttons.addWidget(self.edit_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(buttons)

        self.panel = GrantPanel(context)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([340, 720])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(title)
        layout.addWidget(splitter, 1)
        self._funders: dict[int, FunderView] = {}
        self.reload()

    # Tree ---------------------------------------------------------------------------------

    def reload(self) -> None:
        current = self.current()
        with self.context.db.session() as session:
            actor = self.context.actor
            funders = list_funders(session, actor=actor)
            grants = list_grants(session, actor=actor)
        self._funders = {f.id: f for f in funders}
        by_funder: dict[int, list[GrantView]] = {}
        for g in grants:
            by_funder.setdefault(g.funder_id, []).append(g)
        self.tree.blockSignals(True)
        self.tree.clear()
        select: QTreeWidgetItem | None = None
        for f in funders:
            top = QTreeWidgetItem(self.tree, [f"{f.name} ({funder_kind_label(f.kind)})", ""])
            top.setData(0, KIND_ROLE, "funder")
            top.setData(0, ID_ROLE, f.id)
            for g in by_funder.get(f.id, []):
                child = QTreeWidgetItem(
                    top, [f"{g.reference} — {g.title}", str(g.beneficiary_count)]
                )
                child.setData(0, KIND_ROLE, "grant")
                child.setData(0, ID_ROLE, g.id)
                child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
                if current == ("grant", g.id):
                    select = child
            if current == ("funder", f.id):
                select = top
        self.tree.expandAll()
        self.tree.blockSignals(False)
        if select is None and self.tree.topLevelItemCount():
            # The first grant (the newest of the first funder that has one), else a funder.
            tops = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
            with_grants = [t for t in tops if t.childCount()]
            select = with_grants[0].child(0) if with_grants else tops[0]
        if select is not None:
            self.tree.setCurrentItem(select)
        self._current_changed()

    def current(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return item.data(0, KIND_ROLE), item.data(0, ID_ROLE)

    def _current_funder_id(self) -> int | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        if item.data(0, KIND_ROLE) == "grant":
            item = item.parent()
        return item.data(0, ID_ROLE)

    def _current_changed(self) -> None:
        current = self.current()
        self.new_grant.setEnabled(current is not None)
        self.edit_button.setEnabled(current is not None)
        if current is not None and current[0] == "grant":
            funder = self._funders.get(self._current_funder_id() or -1)
            self.panel.show_grant(current[1], funder.name if funder else "")
        else:
            self.panel.show_grant(None)

    def select_grant(self, grant_id: int) -> None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, ID_ROLE) == grant_id:
                    self.tree.setCurrentItem(top.child(j))
                    return

    # Actions ------------------------------------------------------------------------------

    def add_funder(self) -> None:
        dialog = FunderDialog(self.context, parent=self)
        if dialog.exec():
            self.reload()

    def add_grant(self) -> None:
        funder_id = self._current_funder_id()
        if funder_id is None:
            return
        dialog = GrantDialog(self.context, funder_id, parent=self)
        if dialog.exec():
            self.reload()
            self.select_grant(dialog.result_value.id)

    def edit_current(self) -> None:
        current = self.current()
        if current is None:
            return
        kind, record_id = current
        with self.context.db.session() as session:
            if kind == "funder":
                dialog: Any = FunderDialog(
                    self.context, get_funder(session, record_id, actor=self.context.actor), self
                )
            else:
                grant = get_grant(session, record_id, actor=self.context.actor)
                dialog = GrantDialog(self.context, grant.funder_id, grant, self)
        if dialog.exec():
            self.reload()

    def apply_filters(self, **filters: Any) -> None:
        grant_id = filters.get("grant_id")
        if isinstance(grant_id, int):
            self.select_grant(grant_id)
