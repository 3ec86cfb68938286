"""Connecting to a shared database on a PostgreSQL server: server, port, database, the person's
login (empty: asked at each start), TLS (sslmode), and "Test connection". The password typed
here only tests: the sign-in asks for it and the keyring may keep it, never the settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from incubator_app.db.engine import SSL_MODES, resolve_url, server_key, server_url, try_connection
from incubator_app.errors import StorageError
from incubator_app.ui.messages import tr_msg
from incubator_app.ui.widgets import dialog_header


class ServerConnectionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverConnectionDialog")
        self.setWindowTitle(self.tr("Connect to a shared database"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(
            dialog_header(
                self.tr("Connect to a shared database"),
                self.tr("A PostgreSQL server that several computers of the incubator share."),
            )
        )
        form = QFormLayout()
        self.host = QLineEdit()
        self.host.setObjectName("serverHost")
        self.host.setPlaceholderText("db.example.org")
        self.port = QSpinBox()
        self.port.setObjectName("serverPort")
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.database.setObjectName("serverDatabase")
        self.user = QLineEdit()
        self.user.setObjectName("serverUser")
        self.user.setPlaceholderText(self.tr("asked when signing in"))
        self.password = QLineEdit()
        self.password.setObjectName("serverTestPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("only to test, never saved"))
        self.sslmode = QComboBox()
        self.sslmode.setObjectName("serverSslMode")
        labels = {
            "disable": self.tr("No encryption"),
            "prefer": self.tr("Encrypted when the server offers it"),
            "require": self.tr("Always encrypted"),
            "verify-ca": self.tr("Encrypted, server certificate checked"),
            "verify-full": self.tr("Encrypted, certificate and server name checked"),
        }
        for mode in SSL_MODES:
            self.sslmode.addItem(labels[mode], mode)
        self.sslmode.setCurrentIndex(SSL_MODES.index("require"))
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&Your login:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("&TLS:"), self.sslmode)
        layout.addLayout(form)
        self.test_button = QPushButton(self.tr("Te&st connection"))
        self.test_button.setObjectName("serverTestButton")
        self.test_button.clicked.connect(self.test_connection)
        layout.addWidget(self.test_button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.status = QLabel()
        self.status.setObjectName("serverConnectionStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def url_text(self) -> str:
        """The database's URL, with neither user nor password: the app connects as whoever
        signs in (the login typed here is offered first, see `server_key`)."""
        url = server_url(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            "",
            str(self.sslmode.currentData()),
        )
        return url.render_as_string(hide_password=True)

    def server_key(self) -> str:
        return server_key(resolve_url(self.url_text()))

    def _missing(self) -> bool:
        if self.host.text().strip() and self.database.text().strip():
            return False
        self.status.setText(self.tr("Name the server and the database."))
        return True

    def test_connection(self) -> None:
        if self._missing():
            return
        url = server_url(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            str(self.sslmode.currentData()),
        )
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            found = try_connection(url, self.password.text() or None)
        except StorageError as exc:
            self.status.setText(tr_msg(exc.message))
        else:
            self.status.setText(self.tr("Connected: {server}.").format(server=found))
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _accept(self) -> None:
        if not self._missing():
            self.accept()
