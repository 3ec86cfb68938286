"""Field-level validation that collects every problem before raising one ValidationError."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, Msg, msg

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_RE = re.compile(r"^\+?[0-9 .()-]{6,20}$")
POSTAL_CODE_RE = re.compile(r"^[0-9A-Za-z -]{3,10}$")


class Validator:
    def __init__(self) -> None:
        self.errors: dict[str, Msg] = {}

    def add(self, field: str, message: Msg) -> None:
        self.errors.setdefault(field, message)

    def required(self, field: str, value: Any) -> bool:
        if value is None or (isinstance(value, str) and not value.strip()):
            self.add(field, msg(QT_TRANSLATE_NOOP("Validation", "This field is required.")))
            return False
        return True

    def max_length(self, field: str, value: str | None, limit: int) -> None:
        if value is not None and len(value) > limit:
            self.add(
                field,
                msg(QT_TRANSLATE_NOOP("Validation", "At most {limit} characters."), limit=limit),
            )

    def email(self, field: str, value: str | None) -> None:
        if value and not EMAIL_RE.match(value):
            self.add(
                field,
                msg(
                    QT_TRANSLATE_NOOP("Validation", "Not a valid e-mail address: {value}"),
                    value=value,
                ),
            )

    def phone(self, field: str, value: str | None) -> None:
        if value and not PHONE_RE.match(value):
            self.add(
                field,
                msg(
                    QT_TRANSLATE_NOOP("Validation", "Not a valid phone number: {value}"),
                    value=value,
                ),
            )

    def postal_code(self, field: str, value: str | None) -> None:
        if value and not POSTAL_CODE_RE.match(value):
            self.add(
                field,
                msg(
                    QT_TRANSLATE_NOOP("Validation", "Not a valid postal code: {value}"), value=value
                ),
            )

    def only_fields(self, changes: Mapping[str, Any], editable: Iterable[str]) -> None:
        """Refuses, by name, every field that this kind of update may not change."""
        for name in sorted(set(changes) - set(editable)):
            self.add(
                name, msg(QT_TRANSLATE_NOOP("Validation", "This field cannot be changed here."))
            )

    def whole_number(self, field: str, value: Any) -> bool:
        """Money and counts are integers: a float (or a bool) is refused, never rounded."""
        if not isinstance(value, int) or isinstance(value, bool):
            self.add(field, msg(QT_TRANSLATE_NOOP("Validation", "Not a whole number.")))
            return False
        return True

    def int_range(self, field: str, value: int | None, low: int, high: int) -> None:
        if value is not None and not (low <= value <= high):
            self.add(
                field,
                msg(
                    QT_TRANSLATE_NOOP("Validation", "Must be between {low} and {high}."),
                    low=low,
                    high=high,
                ),
            )

    def positive(self, field: str, value: int | None) -> None:
        if value is not None and value <= 0:
            self.add(field, msg(QT_TRANSLATE_NOOP("Validation", "Must be greater than zero.")))

    def not_negative(self, field: str, value: int | None) -> None:
        if value is not None and value < 0:
            self.add(field, msg(QT_TRANSLATE_NOOP("Validation", "Must not be negative.")))

    def dates_in_order(
        self, field: str, start: date | None, end: date | None, *, strict: bool = False
    ) -> None:
        if start is None or end is None:
            return
        if end < start or (strict and end == start):
            self.add(
                field,
                msg(
                    QT_TRANSLATE_NOOP("Validation", "Must come after {start}."),
                    start=start.strftime("%d/%m/%Y"),
                ),
            )

    def choice(self, field: str, value: Any, allowed: type) -> Any:
        """Coerces a string to the enum `allowed`; records an error naming the valid values."""
        if value is None or isinstance(value, allowed):
            return value
        try:
            return allowed(value)
        except ValueError:
            self.add(
                field,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Validation", "Unknown value {value}; expected one of {allowed}."
                    ),
                    value=value,
                    allowed=", ".join(m.value for m in allowed),
                ),
            )
            return None

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)
