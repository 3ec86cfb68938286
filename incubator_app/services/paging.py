"""Windowed lists: the shape every big table of the app shares (no Qt).

A list service for a page exposes a *source*: an object bound to the filters the user chose
(and to the actor, for permissions) that can count its rows and fetch one window of them in a
given order. The UI's WindowedTableModel asks it for the count once, then for pages of rows as
the user scrolls; sorting and filtering always run in SQL.

    class EntrepreneurListSource:            # in services/entrepreneurs/list.py
        def count(self, session) -> int: ...
        def fetch(self, session, sort: SortOrder, offset: int, limit: int) -> list[Row]: ...

Rows are plain frozen dataclasses with an `id` attribute.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any, Protocol, TypeVar

from sqlalchemy import Select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg


@dataclass(frozen=True)
class SortOrder:
    """Sort key (one of the source's documented keys; None = the source's default order)."""

    key: str | None = None
    descending: bool = False


class ListSource(Protocol):
    def count(self, session: Session) -> int: ...

    def fetch(
        self, session: Session, sort: SortOrder, offset: int, limit: int
    ) -> Sequence[Any]: ...


def apply_sort(
    stmt: Select,
    sort: SortOrder,
    columns: Mapping[str, ColumnElement[Any] | Sequence[ColumnElement[Any]]],
    *,
    default: Sequence[ColumnElement[Any]],
    tiebreak: ColumnElement[Any],
    never_empty: Collection[str] = (),
) -> Select:
    """ORDER BY the column(s) named by `sort.key` (empty values last), then `tiebreak` so that
    pages never overlap or skip rows when values are equal.

    Keys in `never_empty` (NOT NULL columns of the listed table, not of an outer join) get no
    NULLS LAST: it would change nothing but keep SQLite from reading the order off an index,
    sorting every matching row to show the first 200."""
    if sort.key is None:
        return stmt.order_by(*default, tiebreak)
    if sort.key not in columns:
        raise ValidationError(
            {
                "sort": msg(
                    QT_TRANSLATE_NOOP("Validation", "Unknown sort key {sort_key}."),
                    sort_key=sort.key,
                )
            }
        )
    chosen = columns[sort.key]
    keys = list(chosen) if isinstance(chosen, Sequence) else [chosen]
    ordered = [k.desc() if sort.descending else k.asc() for k in keys]
    if sort.key not in never_empty:
        ordered = [o.nulls_last() for o in ordered]
    tie = tiebreak.desc() if sort.descending else tiebreak.asc()
    return stmt.order_by(*ordered, tie)


def window(stmt: Select, offset: int, limit: int) -> Select:
    return stmt.offset(max(0, offset)).limit(max(0, limit))


Row = TypeVar("Row")


def row_maker(cls: type[Row]) -> Callable[[dict[str, Any]], Row]:
    """Makes instances of `cls`, a frozen dataclass, from a dict of all its fields, the way
    `dataclasses.replace` and copy do it: without the generated `__init__`, whose one
    `object.__setattr__` call per field (frozen) cost ~1 ms per window of 200 rows, a third of
    the overdue milestones page (issue 12). The rows are the same objects: frozen, compared and
    hashed by their fields. For plain row classes only: no `__post_init__`, defaults applied or
    `__slots__`; the caller passes every field (the list sources' tests compare the rows with
    those `__init__` makes)."""
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    params = getattr(cls, "__dataclass_params__", None)
    if (
        params is None
        or not params.frozen
        or hasattr(cls, "__post_init__")
        or "__slots__" in cls.__dict__
        or not names
    ):
        raise TypeError(f"{cls.__name__} is not a plain frozen dataclass")
    new, set_dict = object.__new__, object.__setattr__

    def make(values: dict[str, Any]) -> Row:
        row = new(cls)
        set_dict(row, "__dict__", values)
        return row

    return make
