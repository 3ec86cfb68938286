"""Turning core `Msg`s and domain errors into translated text and message boxes."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from incubator_app.errors import (
    ConflictError,
    DomainError,
    NotFound,
    PermissionDenied,
    StorageError,
    ValidationError,
)
from incubator_app.i18n import Msg

log = logging.getLogger(__name__)

# Parentless boxes would be garbage-collected as soon as show_error returns: keep them open.
_open_boxes: set[QMessageBox] = set()


def tr_msg(message: Msg) -> str:
    """Translates a core message with the installed Qt translators, then fills its fields."""
    return message.render(
        QCoreApplication.translate(message.context, message.source), translate=tr_msg
    )


def field_label(name: str) -> str:
    """User-facing names of the service fields that can appear in a validation error."""
    labels = {
        "name": QCoreApplication.translate("Fields", "Name"),
        "legal_name": QCoreApplication.translate("Fields", "Legal name"),
        "siret": QCoreApplication.translate("Fields", "SIRET"),
        "postal_code": QCoreApplication.translate("Fields", "Postal code"),
        "commune": QCoreApplication.translate("Fields", "Town"),
        "login": QCoreApplication.translate("Fields", "Login"),
        "display_name": QCoreApplication.translate("Fields", "Display name"),
        "password": QCoreApplication.translate("Fields", "Password"),
        "email": QCoreApplication.translate("Fields", "E-mail"),
        "role": QCoreApplication.translate("Fields", "Role"),
        "language": QCoreApplication.translate("Fields", "Language"),
    }
    return labels.get(name, name)


def error_text(exc: DomainError) -> str:
    if isinstance(exc, ValidationError):
        line = QCoreApplication.translate("Messages", "• {field}: {message}")
        lines = [
            line.format(field=field_label(name), message=tr_msg(m))
            for name, m in exc.field_errors.items()
        ]
        header = QCoreApplication.translate("Messages", "Some fields need attention:")
        return "\n".join([header, *lines])
    return tr_msg(exc.message)


def inline_error_text(exc: BaseException, labels: Mapping[str, str] | None = None) -> str | None:
    """Text for an error shown inside a dialog: one "Field: message" line per invalid field
    (`labels` names the dialog's own fields, `field_label` the rest), the message of any other
    domain error, or None for an error the user cannot fix there (ops then shows a box)."""
    if isinstance(exc, ValidationError):
        names = labels or {}
        return "\n".join(
            f"{names.get(name) or field_label(name)}: {tr_msg(m)}"
            for name, m in exc.field_errors.items()
        )
    if isinstance(exc, DomainError):
        return tr_msg(exc.message)
    return None


def error_title(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return QCoreApplication.translate("Messages", "Invalid input")
    if isinstance(exc, PermissionDenied):
        return QCoreApplication.translate("Messages", "Not allowed")
    if isinstance(exc, NotFound):
        return QCoreApplication.translate("Messages", "Not found")
    if isinstance(exc, ConflictError):
        return QCoreApplication.translate("Messages", "Conflict")
    if isinstance(exc, StorageError):
        return QCoreApplication.translate("Messages", "Database problem")
    return QCoreApplication.translate("Messages", "Error")


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """Shows a domain error as a plain message, anything else as an unexpected error.

    Returns the (non-blocking, window-modal) box so tests can read what the user sees.
    A lost database server (a list reading in the window's own thread) is a plain message too.
    """
    from incubator_app.db.unavailable import as_domain_error  # not at start-up (no database yet)

    exc = as_domain_error(exc)
    box = QMessageBox(parent)
    box.setWindowTitle(error_title(exc))
    if isinstance(exc, DomainError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(error_text(exc))
    else:
        log.error("Unexpected error", exc_info=exc)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(
            QCoreApplication.translate(
                "Messages", "Something went wrong. The operation was not completed."
            )
        )
        box.setInformativeText(f"{type(exc).__name__}: {exc}")
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.setObjectName("errorMessageBox")
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    modality = Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal
    box.setWindowModality(modality)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:
        _open_boxes.add(box)
        box.finished.connect(lambda _result: _open_boxes.discard(box))
    box.open()
    return box


def role_label(role: str) -> str:
    labels = {
        "admin": QCoreApplication.translate("Roles", "administrator"),
        "staff": QCoreApplication.translate("Roles", "staff"),
        "coach": QCoreApplication.translate("Roles", "coach"),
        "viewer": QCoreApplication.translate("Roles", "viewer"),
    }
    return labels.get(str(role), str(role))
