"""The incubator's SMTP settings: server, port, security, login, sender (one row in the
database, shared by every computer) and the password (in the keyring of each computer that
sends: Windows Credential Manager, macOS Keychain, Secret Service; never in the database).

Without a real keyring (a headless Linux with no Secret Service) the password cannot be
remembered: it is not written to a file. A command-line sender on such a machine reads it from
the environment variable INCUBATOR_APP_SMTP_PASSWORD instead."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail
from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models.outbox import MailSettings
from incubator_app.models.vocabulary import SmtpSecurity
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.records import check_version, unit_of_work, update_with_audit
from incubator_app.services.validation import Validator

KEYRING_SERVICE = "incubator-app-smtp"
PASSWORD_ENV = "INCUBATOR_APP_SMTP_PASSWORD"
#: keyring's own backends rank 1 and up; the fail and null ones and plain files rank lower
#: (the same rule as the remembered sign-in, ui/remembered_sign_in.py).
_MIN_PRIORITY = 1
_FIELDS = (
    "host",
    "port",
    "security",
    "login",
    "sender_address",
    "sender_name",
    "calendar_folder",
)


@dataclass(frozen=True)
class MailSettingsView:
    host: str
    port: int
    security: SmtpSecurity
    login: str
    sender_address: str
    sender_name: str
    calendar_folder: str
    version_id: int | None

    @property
    def configured(self) -> bool:
        """An SMTP server and a sender are set: messages can be sent."""
        return bool(self.host and self.sender_address)

    @property
    def password_key(self) -> str:
        """The keyring entry of this server and login."""
        return f"{self.login}@{self.host}:{self.port}"


_DEFAULTS = MailSettingsView("", 587, SmtpSecurity.STARTTLS, "", "", "", "", None)


def _view(row: MailSettings | None) -> MailSettingsView:
    if row is None:
        return _DEFAULTS
    return MailSettingsView(
        row.host,
        row.port,
        SmtpSecurity(row.security),
        row.login,
        row.sender_address,
        row.sender_name,
        row.calendar_folder,
        row.version_id,
    )


def get_mail_settings(session: Session) -> MailSettingsView:
    """The settings (defaults, port 587 with STARTTLS, when never saved)."""
    return _view(session.scalar(select(MailSettings).order_by(MailSettings.id).limit(1)))


def _normalise(changes: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in changes.items():
        out[key] = value.strip() if isinstance(value, str) else value
    return out


def update_mail_settings(
    session: Session, *, expected_version: int | None, actor: Actor, **changes: Any
) -> MailSettingsView:
    """Saves the SMTP settings and the calendar folder (administrators and staff)."""
    require(actor, Permission.MANAGE_SETTINGS)
    v = Validator()
    v.only_fields(changes, _FIELDS)
    changes = _normalise(changes)
    if "port" in changes:
        port = changes["port"]
        if isinstance(port, str) and port.isdigit():
            port = changes["port"] = int(port)
        if not isinstance(port, int) or isinstance(port, bool) or not 1 <= port <= 65535:
            v.add(
                "port",
                msg(QT_TRANSLATE_NOOP("MailSettings", "A port is a number from 1 to 65535.")),
            )
    if "security" in changes:
        try:
            changes["security"] = SmtpSecurity(changes["security"])
        except ValueError:
            v.add(
                "security",
                msg(QT_TRANSLATE_NOOP("MailSettings", "Security is one of: none, starttls, tls.")),
            )
    host = changes.get("host")
    if isinstance(host, str) and any(c.isspace() or c in "/@" for c in host):
        v.add(
            "host",
            msg(QT_TRANSLATE_NOOP("MailSettings", "Not a server name: {value}"), value=host),
        )
    v.email("sender_address", changes.get("sender_address"))
    for field, limit in (("host", 255), ("login", 255), ("sender_address", 320)):
        v.max_length(field, changes.get(field), limit)
    v.max_length("sender_name", changes.get("sender_name"), 200)
    for field in ("sender_name", "login"):
        value = changes.get(field)
        if isinstance(value, str) and ("\r" in value or "\n" in value):
            v.add(field, msg(QT_TRANSLATE_NOOP("Outbox", "A line break is not allowed here.")))
    v.raise_if_any()
    with unit_of_work(session):
        row = session.scalar(select(MailSettings).order_by(MailSettings.id).limit(1))
        if row is None:
            row = MailSettings(
                host="",
                port=587,
                security=SmtpSecurity.STARTTLS,
                login="",
                sender_address="",
                sender_name="",
                calendar_folder="",
            )
            session.add(row)
            session.flush()
        else:
            check_version(row, expected_version)
        update_with_audit(session, actor, row, "mail_settings", changes)
    return _view(row)


def _usable(backend: KeyringBackend) -> bool:
    if isinstance(backend, chainer.ChainerBackend):
        return any(_usable(b) for b in backend.backends)
    if isinstance(backend, fail.Keyring):
        return False
    try:
        return float(backend.priority) >= _MIN_PRIORITY
    except Exception:  # noqa: BLE001 - a backend that cannot rank itself is not trusted
        return False


def keyring_available() -> bool:
    """True when this computer has a real keyring to keep the SMTP password."""
    try:
        return _usable(keyring.get_keyring())
    except Exception:  # noqa: BLE001 - no keyring, whatever the reason
        return False


def store_smtp_password(settings: MailSettingsView, password: str) -> bool:
    """Keeps the password in this computer's keyring; False when there is no keyring (or it
    refused). An empty password deletes the entry."""
    if not keyring_available():
        return False
    try:
        if password:
            keyring.set_password(KEYRING_SERVICE, settings.password_key, password)
        elif keyring.get_password(KEYRING_SERVICE, settings.password_key) is not None:
            keyring.delete_password(KEYRING_SERVICE, settings.password_key)
    except Exception:  # noqa: BLE001 - a locked or broken keyring
        return False
    return True


def smtp_password(settings: MailSettingsView) -> str | None:
    """The password for these settings: the environment variable when set (command-line
    senders on headless machines), else this computer's keyring, else None."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    if not keyring_available():
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, settings.password_key) or None
    except Exception:  # noqa: BLE001 - a locked or broken keyring: no password
        return None
