"""Log in to an incubator database (services.users.authenticate, which also throttles failed
attempts: its refusals, "try again in 8 s" or "locked", are shown as they come, the GUI thread
never waits)."""

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

from incubator_app.errors import DomainError
from incubator_app.services.actor import Actor
from incubator_app.services.administration.remember import (
    issue_remember_token,
    revoke_remember_token,
)
from incubator_app.services.administration.users import authenticate
from incubator_app.ui.messages import tr_msg
from incubator_app.ui.ops import Operations
from incubator_app.ui.remembered_sign_in import keyring_available, store_token
from incubator_app.ui.settings import AppSettings
from incubator_app.ui.widgets import FieldError, dialog_header


class LoginDialog(QDialog):
    """On success `actor` holds the logged-in user; with "remember me" a new random token goes
    to the keyring for this database (its hash to the database) so the next start skips the
    dialog. Without a keyring the box is disabled and says why."""

    def __init__(
        self,
        ops: Operations,
        settings: AppSettings,
        db_key: str,
        *,
        incubator_name: str = "",
        is_demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.settings = settings
        self.db_key = db_key
        self.actor: Actor | None = None
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Log in"))
        self.setMinimumWidth(440)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(
            dialog_header(
                incubator_name or self.tr("Incubator"),
                self.tr("Log in with your account to continue."),
                "lock",
            )
        )

        form = QFormLayout()
        form.setSpacing(8)
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("loginEdit")
        form.addRow(self.tr("&Login:"), self.login_edit)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Password:"), self.password_edit)
        layout.addLayout(form)

        self.remember = QCheckBox(self.tr("&Remember me on this computer"))
        self.remember.setObjectName("rememberCheck")
        self.remember.setToolTip(
            self.tr(
                "Next time, open directly without asking for the password. "
                "Only if you are the only person using this computer."
            )
        )
        self.remember_offered = keyring_available()
        if not self.remember_offered:
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                self.tr(
                    "Not available: this computer has no password keyring (such as Secret "
                    "Service or the Windows Credential Manager) to keep the sign-in safely."
                )
            )
        layout.addWidget(self.remember)

        self.demo_hint = QLabel(self.tr("Demo database: log in as admin / demo-admin"))
        self.demo_hint.setObjectName("demoHint")
        self.demo_hint.setStyleSheet(
            "background: #fff4d6; color: #5a4500; border: 1px solid #e8c66a;"
            " border-radius: 6px; padding: 6px 10px;"
        )
        self.demo_hint.setVisible(is_demo)
        layout.addWidget(self.demo_hint)

        self.error = FieldError()
        self.error.setObjectName("loginError")
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Log &in"))
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.login_edit.textChanged.connect(self._update_ok)
        self.password_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(
            bool(self.login_edit.text().strip() and self.password_edit.text())
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.login_edit, self.password_edit, self.buttons):
            widget.setEnabled(not busy)
        self.remember.setEnabled(self.remember_offered and not busy)
        if not busy:
            self._update_ok()

    def try_login(self) -> None:
        if not self.ok_button.isEnabled():
            return
        login, password = self.login_edit.text(), self.password_edit.text()
        self.error.clear_error()
        self._set_busy(True)
        remember = self.remember_offered and self.remember.isChecked()

        def sign_in(session) -> tuple[Actor, str | None]:
            actor = authenticate(session, login, password)
            token = issue_remember_token(session, actor=actor) if remember else None
            return actor, token

        self.ops.run(
            sign_in,
            parent=self,
            label=self.tr("Checking your password…"),
            on_done=self._logged_in,
            on_error=self._failed,
        )

    def _logged_in(self, result: tuple[Actor, str | None]) -> None:
        self.actor, token = result
        if token is not None and not store_token(self.db_key, token):
            # The keyring refused it: the token must not stay valid anywhere.
            self.ops.run(lambda session: revoke_remember_token(session, token))
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        self._set_busy(False)
        if not isinstance(exc, DomainError):
            return False
        self.error.show_error(tr_msg(exc.message))
        self.password_edit.selectAll()
        self.password_edit.setFocus()
        return True
