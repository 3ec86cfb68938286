"""Signing in to a shared PostgreSQL server as oneself: the login and password of one's own
database role (the server checks them when the app connects), optionally kept in this
computer's keyring."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from incubator_app.ui.remembered_sign_in import keyring_available
from incubator_app.ui.widgets import dialog_header


class ServerSignInDialog(QDialog):
    def __init__(
        self, server: str, login: str = "", error: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("serverSignInDialog")
        self.setWindowTitle(self.tr("Sign in to the shared database"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(
            dialog_header(
                self.tr("Sign in to the shared database"),
                self.tr("Server {server}: your own login and password on it.").format(
                    server=server
                ),
            )
        )
        form = QFormLayout()
        self.login = QLineEdit(login)
        self.login.setObjectName("serverLogin")
        self.password = QLineEdit()
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)
        layout.addLayout(form)
        self.remember = QCheckBox(self.tr("&Keep the password in this computer's keyring"))
        self.remember.setObjectName("serverRemember")
        if not keyring_available():
            self.remember.setEnabled(False)
            self.remember.setToolTip(self.tr("This computer has no keyring."))
        layout.addWidget(self.remember)
        self.error = QLabel(error)
        self.error.setObjectName("serverSignInError")
        self.error.setWordWrap(True)
        self.error.setVisible(bool(error))
        self.error.setStyleSheet("color: #b00020")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if login else self.login).setFocus()

    def _accept(self) -> None:
        if not self.login.text().strip() or not self.password.text():
            self.error.setText(self.tr("Type your login and your password."))
            self.error.setVisible(True)
            return
        self.accept()
