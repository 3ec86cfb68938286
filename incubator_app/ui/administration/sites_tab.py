"""Sites (administrators): the sites of a network (antennas, member incubators), added,
renamed, deactivated, and who works on each with which role there. Below two active sites the
install is a single office: the other pages never show a site."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from incubator_app.errors import ValidationError
from incubator_app.services.actor import Permission, can
from incubator_app.services.administration.users import list_users
from incubator_app.services.sites.members import (
    MemberRow,
    add_member,
    list_members,
    remove_member,
)
from incubator_app.services.sites.records import (
    SiteRow,
    create_site,
    list_sites,
    set_site_active,
    update_site,
)
from incubator_app.ui.administration.account_dialogs import role_combo
from incubator_app.ui.administration.common import read_only_note, row_table
from incubator_app.ui.changes import ENTREPRENEUR, SITE
from incubator_app.ui.context import AppContext
from incubator_app.ui.entrepreneurs.labels import ChoiceCombo
from incubator_app.ui.flow_layout import FlowLayout, grouped
from incubator_app.ui.messages import role_label
from incubator_app.ui.services.list_model import RowListModel
from incubator_app.ui.windowed_model import Column


class SitesTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.allowed = can(context.actor, Permission.MANAGE_USERS)
        active, inactive = self.tr("active"), self.tr("deactivated")
        self.model = RowListModel(
            [
                Column(self.tr("Code"), lambda r: r.code),
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Town"), lambda r: r.commune or ""),
                Column(self.tr("Members"), lambda r: str(r.members)),
                Column(self.tr("Entrepreneurs"), lambda r: str(r.entrepreneurs)),
                Column(self.tr("Status"), lambda r: active if r.active else inactive),
            ],
            self,
        )
        self.table = row_table("sitesTable", self.model, stretch=1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())

        form_box = QGroupBox(self.tr("Site"))
        form = QFormLayout(form_box)
        self.name = QLineEdit()
        self.name.setObjectName("siteName")
        self.name.setMaxLength(120)
        self.code = QLineEdit()
        self.code.setObjectName("siteCode")
        self.code.setMaxLength(12)
        self.commune = QLineEdit()
        self.commune.setObjectName("siteCommune")
        self.address = QLineEdit()
        self.address.setObjectName("siteAddress")
        for text, field in (
            (self.tr("&Name:"), self.name),
            (self.tr("Co&de:"), self.code),
            (self.tr("To&wn:"), self.commune),
            (self.tr("Address:"), self.address),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        self.add_button = QPushButton(self.tr("&Add as a new site"))
        self.add_button.setObjectName("addSite")
        self.add_button.clicked.connect(self.add_site)
        self.save_button = QPushButton(self.tr("&Save the changes"))
        self.save_button.setObjectName("saveSite")
        self.save_button.clicked.connect(self.save_site)
        self.active_button = QPushButton(self.tr("Deac&tivate"))
        self.active_button.setObjectName("toggleSite")
        self.active_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)

        members_box = QGroupBox(self.tr("Who works on this site"))
        members_layout = QVBoxLayout(members_box)
        self.members_model = RowListModel(
            [
                Column(self.tr("Login"), lambda m: m.login),
                Column(self.tr("Name"), lambda m: m.display_name),
                Column(self.tr("Role on this site"), lambda m: role_label(m.role.value)),
            ],
            self,
        )
        self.members = row_table("siteMembersTable", self.members_model, stretch=1)
        self.person = ChoiceCombo()
        self.person.setObjectName("memberPerson")
        person_label = QLabel(self.tr("&Person:"))
        person_label.setBuddy(self.person)
        self.role = role_combo()
        self.role.setObjectName("memberRole")
        role_label_widget = QLabel(self.tr("&Role:"))
        role_label_widget.setBuddy(self.role)
        self.add_member_button = QPushButton(self.tr("&Give access to the site"))
        self.add_member_button.setObjectName("addMember")
        self.add_member_button.clicked.connect(self.add_member)
        self.remove_member_button = QPushButton(self.tr("Remove from the site"))
        self.remove_member_button.setObjectName("removeMember")
        self.remove_member_button.clicked.connect(self.remove_member)
        member_actions = FlowLayout(spacing=8)
        member_actions.addWidget(grouped(person_label, self.person))
        member_actions.addWidget(grouped(role_label_widget, self.role, self.add_member_button))
        member_actions.addWidget(self.remove_member_button)
        members_layout.addWidget(self.members, 1)
        members_layout.addLayout(member_actions)

        self.status = QLabel()
        self.status.setObjectName("sitesStatus")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        if not self.allowed:
            layout.addWidget(read_only_note(self.tr("Only an administrator changes the sites.")))
        layout.addWidget(
            QLabel(
                self.tr(
                    "A network of incubators or an incubator with antennas works with sites:"
                    " from two active sites on, each person sees the entrepreneurs of their"
                    " own sites. Administrators and accounts on no site see every site."
                )
            )
        )
        layout.itemAt(layout.count() - 1).widget().setWordWrap(True)
        layout.addWidget(self.table, 2)
        row = QHBoxLayout()
        row.addWidget(form_box, 1)
        row.addWidget(members_box, 1)
        layout.addLayout(row, 3)
        layout.addWidget(self.status)
        self._selected()

    # Reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        current = self.selected()
        actor = self.context.actor
        with self.context.db.session() as session:
            rows = list_sites(session, actor=actor, include_inactive=True)
            users = list_users(session, actor=actor) if self.allowed else []
        self.model.set_rows(rows)
        self.person.clear_choices()
        for user in users:
            if user.active:
                self.person.add(f"{user.display_name} ({user.login})", user.id)
        if current is not None:
            self.select_site(current.id)
        self._selected()

    def select_site(self, site_id: int) -> None:
        for row, site in enumerate(self.model.rows()):
            if site.id == site_id:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.model.index(row, 0))
                return

    def selected(self) -> SiteRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_member(self) -> MemberRow | None:
        index = self.members.currentIndex()
        return self.members_model.row_at(index.row()) if index.isValid() else None

    def _selected(self) -> None:
        site = self.selected()
        for widget in (self.name, self.code, self.commune, self.address, self.add_button):
            widget.setEnabled(self.allowed)
        for widget in (
            self.save_button,
            self.active_button,
            self.person,
            self.role,
            self.add_member_button,
            self.remove_member_button,
        ):
            widget.setEnabled(self.allowed and site is not None)
        if site is None:
            self.members_model.set_rows([])
            return
        self.name.setText(site.name)
        self.code.setText(site.code)
        self.commune.setText(site.commune or "")
        self.address.setText(site.address or "")
        self.active_button.setText(
            self.tr("Deac&tivate") if site.active else self.tr("Reac&tivate")
        )
        with self.context.db.session() as session:
            self.members_model.set_rows(list_members(session, site.id, actor=self.context.actor))

    # Changing --------------------------------------------------------------------------

    def _run(self, fn: Any, text: str, select_id: int | None = None) -> None:
        def done(result: Any) -> None:
            self.status.setText(text)
            self.reload()
            wanted = getattr(result, "id", None) if select_id is None else select_id
            if isinstance(wanted, int):
                self.select_site(wanted)

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, ValidationError):
                self.status.setText(str(exc))
                return True
            return False

        self.context.ops.run(
            fn,
            label=self.tr("Saving…"),
            parent=self,
            on_done=done,
            on_error=failed,
            changes={SITE, ENTREPRENEUR},
        )

    def add_site(self) -> None:
        actor = self.context.actor
        name, code = self.name.text(), self.code.text()
        commune, address = self.commune.text(), self.address.text()
        self._run(
            lambda s: create_site(
                s, name=name, code=code, commune=commune, address=address, actor=actor
            ),
            self.tr("Site {name} added.").format(name=name.strip()),
        )

    def save_site(self) -> None:
        site = self.selected()
        if site is None:
            return
        actor = self.context.actor
        changes = {
            "name": self.name.text(),
            "code": self.code.text(),
            "commune": self.commune.text(),
            "address": self.address.text(),
        }
        self._run(
            lambda s: update_site(
                s, site.id, expected_version=site.version_id, actor=actor, **changes
            ),
            self.tr("Site {name} saved.").format(name=changes["name"].strip()),
        )

    def toggle_active(self) -> None:
        site = self.selected()
        if site is None:
            return
        actor, active = self.context.actor, not site.active
        text = (
            self.tr("Site {name} is active again.")
            if active
            else self.tr("Site {name} deactivated: its people keep it until moved.")
        )
        self._run(
            lambda s: set_site_active(
                s, site.id, active=active, expected_version=site.version_id, actor=actor
            ),
            text.format(name=site.name),
        )

    def add_member(self) -> None:
        site, user_id = self.selected(), self.person.value()
        if site is None or user_id is None:
            return
        actor, role = self.context.actor, self.role.currentData()
        self._run(
            lambda s: add_member(s, site.id, user_id, role, actor=actor),
            self.tr("{person} works on {site}.").format(
                person=self.person.currentText(), site=site.name
            ),
            select_id=site.id,
        )

    def remove_member(self) -> None:
        site, member = self.selected(), self.selected_member()
        if site is None or member is None:
            return
        actor = self.context.actor
        self._run(
            lambda s: remove_member(s, member.id, actor=actor),
            self.tr("{person} no longer works on {site}.").format(
                person=member.display_name, site=site.name
            ),
            select_id=site.id,
        )
