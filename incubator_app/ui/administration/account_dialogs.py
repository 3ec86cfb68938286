"""The two small forms of the Accounts tab: a new account, and a new password for one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from incubator_app.models.vocabulary import Role
from incubator_app.services.administration.users import UserView, create_user, set_password
from incubator_app.ui.changes import USER
from incubator_app.ui.context import AppContext
from incubator_app.ui.messages import inline_error_text, role_label
from incubator_app.ui.widgets import FieldError, dialog_header


def role_combo() -> QComboBox:
    combo = QComboBox()
    for role in Role:
        combo.addItem(role_label(role.value), role.value)
    return combo


def _form_row(form: QFormLayout, text: str, field: QWidget) -> None:
    label = QLabel(text)
    label.setBuddy(field)
    form.addRow(label, field)


class NewAccountDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        *,
        on_saved: Callable[[UserView], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self._on_saved = context, on_saved
        self.setObjectName("newAccountDialog")
        self.setWindowTitle(self.tr("New account"))
        self.setMinimumWidth(460)
        outer = QVBoxLayout(self)
        outer.addWidget(
            dialog_header(
                self.windowTitle(),
                self.tr("The person signs in with this login and password, then may change it."),
                "settings",
            )
        )
        form = QFormLayout()
        self.login = QLineEdit()
        self.display_name = QLineEdit()
        self.email = QLineEdit()
        self.role = role_combo()
        self.role.setCurrentIndex(self.role.findData(Role.STAFF.value))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        _form_row(form, self.tr("&Login:"), self.login)
        _form_row(form, self.tr("&Name:"), self.display_name)
        _form_row(form, self.tr("E-&mail:"), self.email)
        _form_row(form, self.tr("&Role:"), self.role)
        _form_row(form, self.tr("&Password:"), self.password)
        outer.addLayout(form)
        self.error = FieldError()
        outer.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def _fail(self, exc: BaseException) -> bool:
        text = inline_error_text(exc)
        if text is None:
            return False
        self.error.show_error(text)
        return True

    def save(self) -> None:
        self.error.clear_error()
        actor = self.context.actor
        values: dict[str, Any] = {
            "login": self.login.text(),
            "display_name": self.display_name.text(),
            "email": self.email.text().strip() or None,
            "role": self.role.currentData(),
            "password": self.password.text(),
        }
        self.context.ops.run(
            lambda s: create_user(s, **values, actor=actor),
            label=self.tr("Creating the account…"),
            parent=self,
            on_done=self._done,
            on_error=self._fail,
            changes={USER},
        )

    def _done(self, view: UserView) -> None:
        if self._on_saved:
            self._on_saved(view)
        self.accept()


class PasswordDialog(QDialog):
    """Sets a new password (argon2id) for an account; typed twice."""

    def __init__(
        self,
        context: AppContext,
        user: UserView,
        *,
        on_saved: Callable[[Any], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.user, self._on_saved = context, user, on_saved
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("New password"))
        self.setMinimumWidth(420)
        outer = QVBoxLayout(self)
        outer.addWidget(
            dialog_header(
                self.windowTitle(),
                self.tr("For {name} ({login}). Tell them in person, not by e-mail.").format(
                    name=user.display_name, login=user.login
                ),
                "settings",
            )
        )
        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        _form_row(form, self.tr("&Password:"), self.password)
        _form_row(form, self.tr("&Again:"), self.again)
        outer.addLayout(form)
        self.error = FieldError()
        outer.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def save(self) -> None:
        if self.password.text() != self.again.text():
            self.error.show_error(
                QCoreApplication.translate("PasswordDialog", "The two passwords differ.")
            )
            return
        self.error.clear_error()
        uid, password, actor = self.user.id, self.password.text(), self.context.actor
        self.context.ops.run(
            lambda s: set_password(s, uid, password, actor=actor),
            label=self.tr("Saving the password…"),
            parent=self,
            on_done=self._done,
            on_error=self._fail,
            changes={USER},
        )

    def _fail(self, exc: BaseException) -> bool:
        text = inline_error_text(exc)
        if text is None:
            return False
        self.error.show_error(text)
        return True

    def _done(self, result: Any) -> None:
        if self._on_saved:
            self._on_saved(result)
        self.accept()
