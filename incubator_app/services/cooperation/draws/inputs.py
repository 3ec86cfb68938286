"""The inputs of a draw: the pool of volunteers, the quotas, the panel size and the groups.

Text is normalised once, here, so that the frozen hash and the result never depend on how a
spreadsheet spelled a value: Unicode NFC, surrounding blanks removed, inner runs of blanks made
one space; category names and values are also case-folded ("Rural", "RURAL " and "rural" are one
value). Identifiers keep their case. A volunteer with no organisation belongs to none (the "one
person per organisation" rule only binds people who share a non-empty organisation).

Pool table: a column `id` (or `identifiant`), optionally `organisation` (or `organization`,
`organisme`); columns `name`/`nom`/`email`/`e-mail`/`courriel` are ignored (personal data the
draw does not need); every other column is a category. Quotas table: `category`, `value`,
`min`, `max` (empty: no maximum) and optionally `scope` = `draw` (default, the whole panel) or
`group` (each group).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from incubator_app.errors import DomainError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg

SCOPE_DRAW = "draw"
SCOPE_GROUP = "group"
MAX_POOL = 20_000
MAX_QUOTAS = 2_000
MAX_CATEGORIES = 50
MAX_TEXT = 200

_ID_HEADERS = ("id", "identifiant")
_ORGANISATION_HEADERS = ("organisation", "organization", "organisme")
_IGNORED_HEADERS = ("name", "nom", "email", "e-mail", "courriel", "prénom", "prenom")


class DrawInputError(DomainError):
    """The pool, the quotas or the sizes cannot be used; the message says why."""


def _error(key: tuple[str, str], **params: Any) -> DrawInputError:
    return DrawInputError(msg(key, **params))


def clean_text(value: Any) -> str:
    """NFC, trimmed, inner blanks made single spaces; numbers as a spreadsheet shows them."""
    if value is None:
        return ""
    if isinstance(value, bool):
        value = "1" if value else "0"
    elif isinstance(value, float) and value.is_integer():
        value = str(int(value))
    text = unicodedata.normalize("NFC", str(value))
    text = "".join(" " if ch.isspace() else ch for ch in text if ch.isprintable() or ch.isspace())
    return " ".join(text.split())


def clean_key(value: Any) -> str:
    """A category name or value: `clean_text`, case-folded."""
    return unicodedata.normalize("NFC", clean_text(value).casefold())


@dataclass(frozen=True)
class Person:
    id: str
    organisation: str  # "" = none
    values: tuple[tuple[str, str], ...]  # (category, value), sorted by category

    def value(self, category: str) -> str:
        for name, value in self.values:
            if name == category:
                return value
        return ""


@dataclass(frozen=True)
class Quota:
    category: str
    value: str
    minimum: int
    maximum: int | None  # None: no maximum
    scope: str = SCOPE_DRAW

    def label(self) -> str:
        return f"{self.category}={self.value}"


@dataclass(frozen=True)
class DrawInputs:
    people: tuple[Person, ...]  # sorted by id
    quotas: tuple[Quota, ...]  # sorted by (scope, category, value)
    size: int
    groups: int

    @property
    def group_sizes(self) -> tuple[int, ...]:
        """Equal groups; the first `size % groups` get one more person."""
        base, extra = divmod(self.size, self.groups)
        return tuple(base + (1 if g < extra else 0) for g in range(self.groups))

    @property
    def quota_categories(self) -> tuple[str, ...]:
        return tuple(sorted({q.category for q in self.quotas}))

    def cell_of(self, person: Person) -> tuple[tuple[str, str], ...]:
        """The quota cell: the person's values on every category that has a quota."""
        return tuple((c, person.value(c)) for c in self.quota_categories)


def cell_label(cell: Sequence[tuple[str, str]]) -> str:
    return "|".join(f"{c}={v}" for c, v in cell) or "*"


def _index(header: Sequence[str], names: Iterable[str]) -> int | None:
    keys = [clean_key(h) for h in header]
    for name in names:
        if name in keys:
            return keys.index(name)
    return None


def people_from_rows(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> tuple[Person, ...]:
    """The pool from a table (header + rows); raises DrawInputError on anything unusable."""
    id_index = _index(header, _ID_HEADERS)
    if id_index is None:
        raise _error(QT_TRANSLATE_NOOP("Draws", "The pool has no “id” column."))
    org_index = _index(header, _ORGANISATION_HEADERS)
    categories: list[tuple[int, str]] = []
    for i, name in enumerate(header):
        key = clean_key(name)
        if i in (id_index, org_index) or key in _IGNORED_HEADERS:
            continue
        if not key:
            continue
        if any(key == other for _, other in categories):
            raise _error(
                QT_TRANSLATE_NOOP("Draws", "The pool has the column “{name}” twice."), name=key
            )
        categories.append((i, key))
    if len(categories) > MAX_CATEGORIES:
        raise _error(
            QT_TRANSLATE_NOOP("Draws", "The pool has more than {limit} categories."),
            limit=MAX_CATEGORIES,
        )
    if len(rows) > MAX_POOL:
        raise _error(
            QT_TRANSLATE_NOOP("Draws", "The pool has more than {limit} volunteers."),
            limit=MAX_POOL,
        )
    people: dict[str, Person] = {}
    for number, row in enumerate(rows, start=2):
        ident = clean_text(row[id_index] if id_index < len(row) else None)
        if not ident:
            raise _error(QT_TRANSLATE_NOOP("Draws", "Row {row} of the pool has no id."), row=number)
        if ident in people:
            raise _error(
                QT_TRANSLATE_NOOP("Draws", "The id “{id}” appears twice in the pool."), id=ident
            )
        values = tuple(
            sorted((name, clean_key(row[i] if i < len(row) else None)) for i, name in categories)
        )
        org = clean_key(row[org_index]) if org_index is not None and org_index < len(row) else ""
        for text in (ident, org, *(v for _, v in values)):
            if len(text) > MAX_TEXT:
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Draws", "Row {row} of the pool has a value over {limit} characters."
                    ),
                    row=number,
                    limit=MAX_TEXT,
                )
        people[ident] = Person(ident, org, values)
    if not people:
        raise _error(QT_TRANSLATE_NOOP("Draws", "The pool is empty."))
    return tuple(people[k] for k in sorted(people))


def _count(value: Any, label: str, number: int, *, blank: int | None) -> int | None:
    text = clean_text(value)
    if not text:
        return blank
    try:
        result = int(text)
    except ValueError:
        result = -1
    if result < 0:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Draws",
                "Row {row} of the quotas: “{field}” must be a whole number ≥ 0, not “{value}”.",
            ),
            row=number,
            field=label,
            value=text[:40],
        )
    return result


def quotas_from_rows(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> tuple[Quota, ...]:
    """The quotas from a table with columns category, value, min, max[, scope]."""
    columns = {}
    for name in ("category", "value", "min", "max", "scope"):
        columns[name] = _index(header, (name,))
    for name in ("category", "value", "min", "max"):
        if columns[name] is None:
            raise _error(
                QT_TRANSLATE_NOOP("Draws", "The quotas have no “{name}” column."), name=name
            )
    if len(rows) > MAX_QUOTAS:
        raise _error(
            QT_TRANSLATE_NOOP("Draws", "There are more than {limit} quotas."), limit=MAX_QUOTAS
        )

    def cell(row: Sequence[Any], name: str) -> Any:
        index = columns[name]
        return row[index] if index is not None and index < len(row) else None

    quotas: dict[tuple[str, str, str], Quota] = {}
    for number, row in enumerate(rows, start=2):
        category, value = clean_key(cell(row, "category")), clean_key(cell(row, "value"))
        if not category:
            raise _error(
                QT_TRANSLATE_NOOP("Draws", "Row {row} of the quotas has no category."), row=number
            )
        scope = clean_key(cell(row, "scope")) or SCOPE_DRAW
        if scope not in (SCOPE_DRAW, SCOPE_GROUP):
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Draws", "Row {row} of the quotas: the scope must be “draw” or “group”."
                ),
                row=number,
            )
        minimum = _count(cell(row, "min"), "min", number, blank=0) or 0
        maximum = _count(cell(row, "max"), "max", number, blank=None)
        if maximum is not None and maximum < minimum:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Draws",
                    "Row {row} of the quotas: the maximum {max} is below the minimum {min}.",
                ),
                row=number,
                max=maximum,
                min=minimum,
            )
        key = (scope, category, value)
        if key in quotas:
            raise _error(
                QT_TRANSLATE_NOOP("Draws", "The quota {label} appears twice."),
                label=f"{category}={value}",
            )
        quotas[key] = Quota(category, value, minimum, maximum, scope)
    return tuple(quotas[k] for k in sorted(quotas))


def make_inputs(
    people: Sequence[Person], quotas: Sequence[Quota], size: int, groups: int = 1
) -> DrawInputs:
    """Checks the pieces fit together (categories exist, sizes make sense)."""
    if size < 1:
        raise _error(QT_TRANSLATE_NOOP("Draws", "The panel size must be at least 1."))
    if groups < 1 or groups > size:
        raise _error(
            QT_TRANSLATE_NOOP("Draws", "The number of groups must be between 1 and {size}."),
            size=size,
        )
    if size > len(people):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Draws", "The panel size {size} is larger than the pool ({count} volunteers)."
            ),
            size=size,
            count=len(people),
        )
    known = {c for p in people for c, _ in p.values}
    for quota in quotas:
        if quota.category not in known:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Draws", "The quota {label} names a category the pool does not have."
                ),
                label=quota.label(),
            )
    return DrawInputs(
        tuple(sorted(people, key=lambda p: p.id)),
        tuple(sorted(quotas, key=lambda q: (q.scope, q.category, q.value))),
        size,
        groups,
    )
