"""Accounts: who may sign in, with which role; disable, enable, reset a password, unlock an
account locked by failed sign-ins, end its remembered sign-ins on every computer. The service
refuses to disable or demote the last active administrator; every change is audited."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from incubator_app.services.actor import Permission, can
from incubator_app.services.administration.remember import revoke_remember_tokens
from incubator_app.services.administration.users import (
    UserView,
    list_users,
    set_user_active,
    set_user_role,
    unlock_user,
)
from incubator_app.ui.administration.account_dialogs import (
    NewAccountDialog,
    PasswordDialog,
    role_combo,
)
from incubator_app.ui.administration.common import (
    local_day_text,
    read_only_note,
    row_table,
    set_editable,
)
from incubator_app.ui.changes import USER
from incubator_app.ui.context import AppContext
from incubator_app.ui.flow_layout import FlowLayout, grouped
from incubator_app.ui.messages import role_label
from incubator_app.ui.services.list_model import RowListModel
from incubator_app.ui.widgets import is_alive
from incubator_app.ui.windowed_model import Column


class AccountsTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        active, disabled = self.tr("active"), self.tr("disabled")
        locked = self.tr("locked (failed sign-ins)")
        self.model = RowListModel(
            [
                Column(self.tr("Login"), lambda u: u.login),
                Column(self.tr("Name"), lambda u: u.display_name),
                Column(self.tr("Role"), lambda u: role_label(u.role.value)),
                Column(
                    self.tr("Status"),
                    lambda u: locked if u.locked_at else active if u.active else disabled,
                ),
                Column(self.tr("Last sign-in"), lambda u: local_day_text(u.last_login_at)),
            ],
            self,
        )
        self.table = row_table("accountsTable", self.model, stretch=1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())

        self.new_button = QPushButton(self.tr("&New account…"))
        self.new_button.setObjectName("newAccount")
        self.new_button.clicked.connect(self.new_account)
        self.role = role_combo()
        self.role.setObjectName("accountRole")
        role_label_widget = QLabel(self.tr("&Role:"))
        role_label_widget.setBuddy(self.role)
        self.role_button = QPushButton(self.tr("Change the role"))
        self.role_button.setObjectName("changeRole")
        self.role_button.clicked.connect(self.change_role)
        self.active_button = QPushButton(self.tr("&Disable"))
        self.active_button.setObjectName("toggleActive")
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button = QPushButton(self.tr("Reset the &password…"))
        self.password_button.setObjectName("resetPassword")
        self.password_button.clicked.connect(self.reset_password)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("unlockAccount")
        self.unlock_button.setToolTip(
            self.tr("Lets an account locked after too many failed sign-ins sign in again.")
        )
        self.unlock_button.clicked.connect(self.unlock)
        self.forget_button = QPushButton(self.tr("Forget remembered si&gn-ins"))
        self.forget_button.setObjectName("revokeTokens")
        self.forget_button.setToolTip(
            self.tr("Every computer that remembers this account asks for its password again.")
        )
        self.forget_button.clicked.connect(self.revoke_tokens)
        self.status = QLabel()
        self.status.setObjectName("accountsStatus")
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addStretch(1)
        # The actions wrap onto a second line in a narrow window (six of them since sign-in
        # throttling and remembered sign-ins came).
        actions = FlowLayout(spacing=8)
        actions.addWidget(grouped(role_label_widget, self.role, self.role_button))
        for button in (
            self.active_button,
            self.password_button,
            self.unlock_button,
            self.forget_button,
        ):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        self.allowed = can(context.actor, Permission.MANAGE_USERS)
        if not self.allowed:
            layout.addWidget(
                read_only_note(self.tr("Only an administrator creates and changes accounts."))
            )
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        self.editors: list[QWidget] = [
            self.new_button,
            self.role,
            self.role_button,
            self.active_button,
            self.password_button,
        ]
        self.dialog: Any = None
        self._selected()

    def reload(self) -> None:
        current = self.selected()
        with self.context.db.session() as session:
            self.model.set_rows(list_users(session, actor=self.context.actor))
        if current is not None:
            self.select_login(current.login)
        self._selected()

    def select_login(self, login: str) -> None:
        for row, user in enumerate(self.model.rows()):
            if user.login == login:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.model.index(row, 0))
                return

    def selected(self) -> UserView | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _selected(self) -> None:
        user = self.selected()
        set_editable(self.editors[1:], self.allowed and user is not None)
        self.new_button.setEnabled(self.allowed)
        self.unlock_button.setEnabled(
            self.allowed and user is not None and user.locked_at is not None
        )
        # Anyone may end their own remembered sign-ins; an administrator anyone's.
        self.forget_button.setEnabled(
            user is not None and (self.allowed or user.id == self.context.actor.user_id)
        )
        if user is None:
            return
        self.role.setCurrentIndex(self.role.findData(user.role.value))
        self.active_button.setText(self.tr("&Disable") if user.active else self.tr("En&able"))

    def _after(self, text: str) -> Any:
        def done(view: UserView) -> None:
            self.status.setText(text.format(name=view.display_name))
            self.reload()

        return done

    def new_account(self) -> None:
        if is_alive(self.dialog) and self.dialog.isVisible():
            self.dialog.raise_()
            return

        def created(view: UserView) -> None:
            self.reload()
            self.select_login(view.login)
            self.status.setText(
                self.tr("Account of {name} created.").format(name=view.display_name)
            )

        self.dialog = NewAccountDialog(self.context, on_saved=created, parent=self)
        self.dialog.open()

    def change_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        role, actor = self.role.currentData(), self.context.actor
        self.context.ops.run(
            lambda s: set_user_role(
                s, user.id, role, expected_version=user.version_id, actor=actor
            ),
            label=self.tr("Changing the role…"),
            parent=self,
            on_done=self._after(self.tr("{name} has a new role.")),
            on_error=lambda _e: self.reload(),
            changes={USER},
        )

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        actor, active = self.context.actor, not user.active
        message = (
            self.tr("{name} may sign in again.")
            if active
            else self.tr("{name} can no longer sign in.")
        )
        self.context.ops.run(
            lambda s: set_user_active(
                s, user.id, active, expected_version=user.version_id, actor=actor
            ),
            label=self.tr("Saving…"),
            parent=self,
            on_done=self._after(message),
            changes={USER},
        )

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        self.dialog = PasswordDialog(
            self.context,
            user,
            on_saved=lambda _r: self.status.setText(
                self.tr("New password saved for {name}.").format(name=user.display_name)
            ),
            parent=self,
        )
        self.dialog.open()

    def unlock(self) -> None:
        user = self.selected()
        if user is None:
            return
        actor = self.context.actor

        def done(_result: object) -> None:
            self.status.setText(self.tr("{name} may sign in again.").format(name=user.display_name))
            self.reload()

        self.context.ops.run(
            lambda s: unlock_user(s, user.id, actor=actor),
            label=self.tr("Saving…"),
            parent=self,
            on_done=done,
            changes={USER},
        )

    def revoke_tokens(self) -> None:
        user = self.selected()
        if user is None:
            return
        actor = self.context.actor

        def done(count: int) -> None:
            self.status.setText(
                self.tr("{name}: {count} remembered sign-in(s) ended.").format(
                    name=user.display_name, count=count
                )
            )

        self.context.ops.run(
            lambda s: revoke_remember_tokens(s, user.id, actor=actor),
            label=self.tr("Saving…"),
            parent=self,
            on_done=done,
            changes={USER},
        )
