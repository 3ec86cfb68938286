"""Typed domain errors. Each carries a translatable message; UI shows it, CLI prints it (exit 2)."""

from __future__ import annotations

from collections.abc import Mapping

from incubator_app.i18n import QT_TRANSLATE_NOOP, Msg, msg


class DomainError(Exception):
    def __init__(self, message: Msg) -> None:
        super().__init__(str(message))
        self.message = message

    def __str__(self) -> str:
        return str(self.message)


class ValidationError(DomainError):
    """Bad input; `field_errors` maps each offending field to its message."""

    def __init__(self, field_errors: Mapping[str, Msg]) -> None:
        self.field_errors = dict(field_errors)
        parts = "; ".join(f"{name}: {m}" for name, m in self.field_errors.items())
        super().__init__(
            msg(QT_TRANSLATE_NOOP("Errors", "Invalid input — {details}"), details=parts)
        )

    def __str__(self) -> str:
        parts = "; ".join(f"{name}: {m}" for name, m in self.field_errors.items())
        return str(msg(self.message.key, details=parts))


class NotFound(DomainError):
    pass


class PermissionDenied(DomainError):
    pass


class ConflictError(DomainError):
    """The row changed underneath (optimistic lock) or a uniqueness/overlap rule was broken."""


class StorageError(DomainError):
    """The database cannot be opened, migrated or backed up as asked."""


class DatabaseUnavailable(StorageError):
    """The shared database server went away (stopped, restarted, network cut): nothing of the
    operation was written (its transaction died with the connection); the next try reconnects.
    See `incubator_app.db.unavailable`."""

    def __init__(self) -> None:
        super().__init__(
            msg(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database server cannot be reached. Nothing was saved; what you typed "
                    "is still there. Try again when the server is back.",
                )
            )
        )
