"""E-mail and calendars: the SMTP server the outbox sends through (the password goes to this
computer's keyring, never to the database), a test message, and the shared folder where the
coaches' and rooms' calendar feeds are published."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from incubator_app.models.vocabulary import SmtpSecurity
from incubator_app.services.actor import Permission, can
from incubator_app.services.calendars.feeds import PublishReport, publish_calendars
from incubator_app.services.mail.sending import send_test_message
from incubator_app.services.mail.smtp_settings import (
    MailSettingsView,
    get_mail_settings,
    keyring_available,
    store_smtp_password,
    update_mail_settings,
)
from incubator_app.ui.administration.common import set_editable
from incubator_app.ui.context import AppContext
from incubator_app.ui.messages import inline_error_text
from incubator_app.ui.widgets import FieldError


class MailTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.view: MailSettingsView | None = None
        self.host = QLineEdit()
        self.host.setObjectName("smtpHost")
        self.host.setPlaceholderText(self.tr("e.g. smtp.example.org"))
        self.port = QSpinBox()
        self.port.setObjectName("smtpPort")
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.security = QComboBox()
        self.security.setObjectName("smtpSecurity")
        self.security.addItem(self.tr("STARTTLS (port 587)"), SmtpSecurity.STARTTLS.value)
        self.security.addItem(self.tr("TLS from the start (port 465)"), SmtpSecurity.TLS.value)
        self.security.addItem(self.tr("None (a local relay only)"), SmtpSecurity.NONE.value)
        self.login = QLineEdit()
        self.login.setObjectName("smtpLogin")
        self.password = QLineEdit()
        self.password.setObjectName("smtpPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender_address = QLineEdit()
        self.sender_address.setObjectName("senderAddress")
        self.sender_address.setPlaceholderText(self.tr("e.g. accueil@couveuse.fr"))
        self.sender_name = QLineEdit()
        self.sender_name.setObjectName("senderName")
        self.folder = QLineEdit()
        self.folder.setObjectName("calendarFolder")
        self.choose_folder = QPushButton(self.tr("Choose…"))
        self.choose_folder.setObjectName("chooseCalendarFolder")
        self.choose_folder.clicked.connect(self._choose_folder)

        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        if keyring_available():
            self.password.setPlaceholderText(self.tr("kept in this computer's keyring"))
        else:
            self.password.setEnabled(False)
            self.keyring_note.setText(
                self.tr(
                    "This computer has no keyring to keep the password: the messages are sent"
                    " from a computer that has one, or from the command line."
                )
            )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_folder)
        rows: list[tuple[str, Any, QWidget]] = [
            (self.tr("&Server:"), self.host, self.host),
            (self.tr("&Port:"), self.port, self.port),
            (self.tr("Securit&y:"), self.security, self.security),
            (self.tr("Lo&gin:"), self.login, self.login),
            (self.tr("Pass&word:"), self.password, self.password),
            (self.tr("Se&nder address:"), self.sender_address, self.sender_address),
            (self.tr("Sende&r name:"), self.sender_name, self.sender_name),
            (self.tr("Shared c&alendar folder:"), folder_row, self.folder),
        ]
        for text, field, buddy in rows:
            label = QLabel(text)
            label.setBuddy(buddy)
            form.addRow(label, field)
        form.addRow("", self.keyring_note)

        self.error = FieldError()
        self.status = QLabel()
        self.status.setObjectName("mailStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveMailSettings")
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.save_button.clicked.connect(self.save)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        shortcut.setWhatsThis(self.tr("Save the e-mail settings"))
        self.test_button = QPushButton(self.tr("Send a &test message…"))
        self.test_button.setObjectName("sendTestMessage")
        self.test_button.clicked.connect(self._ask_test_address)
        self.publish_button = QPushButton(self.tr("P&ublish calendars"))
        self.publish_button.setObjectName("publishCalendars")
        self.publish_button.setToolTip(
            self.tr(
                "Writes one .ics file per coach and per bookable room into the shared folder;"
                " Outlook, Thunderbird or Google subscribe to them."
            )
        )
        self.publish_button.clicked.connect(self.publish)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.publish_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.allowed = can(context.actor, Permission.MANAGE_SETTINGS)
        editors: list[QWidget] = [field for _t, _f, field in rows if field is not self.password]
        set_editable(
            [*editors, self.choose_folder, self.save_button, self.test_button,
             self.publish_button],
            self.allowed,
        )  # fmt: skip

    def reload(self) -> None:
        with self.context.db.session() as session:
            self.fill(get_mail_settings(session))

    def fill(self, view: MailSettingsView) -> None:
        self.view = view
        self.host.setText(view.host)
        self.port.setValue(view.port)
        self.security.setCurrentIndex(max(0, self.security.findData(view.security.value)))
        self.login.setText(view.login)
        self.password.clear()
        self.sender_address.setText(view.sender_address)
        self.sender_name.setText(view.sender_name)
        self.folder.setText(view.calendar_folder)

    def values(self) -> dict[str, Any]:
        return {
            "host": self.host.text(),
            "port": self.port.value(),
            "security": self.security.currentData(),
            "login": self.login.text(),
            "sender_address": self.sender_address.text(),
            "sender_name": self.sender_name.text(),
            "calendar_folder": self.folder.text(),
        }

    def _labels(self) -> dict[str, str]:
        return {
            "host": self.tr("Server"),
            "port": self.tr("Port"),
            "security": self.tr("Security"),
            "login": self.tr("Login"),
            "sender_address": self.tr("Sender address"),
            "sender_name": self.tr("Sender name"),
            "calendar_folder": self.tr("Shared calendar folder"),
            "to_address": self.tr("Address"),
        }

    def _fail(self, exc: BaseException) -> bool:
        text = inline_error_text(exc, self._labels())
        if text is None:
            return False
        self.status.clear()
        self.error.show_error(text)
        return True

    def save(self):
        if not self.allowed or self.view is None:
            return None
        self.error.clear_error()
        version, actor, values = self.view.version_id, self.context.actor, self.values()
        return self.context.ops.run(
            lambda s: update_mail_settings(s, expected_version=version, actor=actor, **values),
            label=self.tr("Saving the e-mail settings…"),
            parent=self,
            on_done=self._saved,
            on_error=self._fail,
        )

    def _saved(self, view: MailSettingsView) -> None:
        password = self.password.text()
        self.fill(view)
        if password and not store_smtp_password(view, password):
            self.status.setText(self.tr("Saved, but the keyring refused the password."))
            return
        self.status.setText(self.tr("Saved."))

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Shared calendar folder"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def _ask_test_address(self) -> None:
        address, ok = QInputDialog.getText(
            self,
            self.tr("Send a test message"),
            self.tr("Send a test message to:"),
            text=self.sender_address.text(),
        )
        if ok:
            self.send_test(address)

    def send_test(self, address: str):
        self.error.clear_error()
        actor = self.context.actor
        return self.context.ops.run(
            lambda s: send_test_message(s, to_address=address, actor=actor),
            label=self.tr("Sending a test message…"),
            parent=self,
            on_done=lambda _r: self.status.setText(
                self.tr("The server took the test message for {address}.").format(address=address)
            ),
            on_error=self._fail,
        )

    def publish(self):
        self.error.clear_error()
        actor = self.context.actor
        return self.context.ops.run(
            lambda s: publish_calendars(s, actor=actor),
            label=self.tr("Publishing the calendars…"),
            parent=self,
            on_done=self._published,
            on_error=self._fail,
        )

    def _published(self, report: PublishReport) -> None:
        self.status.setText(
            self.tr("Calendars in {folder}: {written} written, {unchanged} unchanged.").format(
                folder=report.folder,
                written=len(report.written),
                unchanged=len(report.unchanged),
            )
        )
