"""The administrators' view of the whole audit trail: a windowed list (services/paging.py) with
filters (who, what kind of record, when, what action) and its export to CSV or XLSX.

Administrators only (MANAGE_USERS): the trail holds every old and new value of every record.
Confidential coaching notes never leave this module: the coaching service writes a marker
instead of their text, and the fields in `NEVER_SHOWN` are taken out of every row here, so
that neither the screen nor an export can show them, whatever an older row holds.

Fast at a million rows: the count and each page are one indexed query (newest first by id, the
order rows were written); the period filters on the indexed `at` column. Names of people and
things a page refers to are looked up for that page only. The count stops at `COUNT_CAP`
(« more than 10,000 entries »): PostgreSQL reads every row to count them exactly (452 ms at a
million rows, benchmarks/RESULTS-funding.md); the list then grows as one scrolls to its end
(`count_up_to` with a ten times larger cap, ui/administration/audit_tab.py).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, literal, select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import ValidationError
from incubator_app.file_modes import replaced_on_success
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import AuditEntry, Base, User
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.administration.audit_log import _reference_names
from incubator_app.services.paging import SortOrder, apply_sort, window
from incubator_app.services.spreadsheet_text import neutralise
from incubator_app.services.validation import Validator

#: Fields taken out of every row before it leaves the service (confidential notes and their
#: author, secrets of accounts): never on screen, never in an export.
NEVER_SHOWN = frozenset({"confidential_notes", "notes_author_id", "password_hash", "token_hash"})

#: The actions the filter offers (any other is still listed under "all actions").
KNOWN_ACTIONS = (
    "create",
    "update",
    "delete",
    "archive",
    "unarchive",
    "attribute",
    "unattribute",
    "cancel",
    "renew",
    "charge",
    "import",
    "set_password",
    "unlock",
    "backup",
)
EXPORT_FORMATS = ("csv", "xlsx")
CHUNK = 2000
#: The first screen counts this many matching rows at most; more shows as « more than ».
COUNT_CAP = 10_000


@dataclass(frozen=True)
class AuditFilter:
    user_login: str | None = None
    entity: str | None = None
    action: str | None = None
    start: date | None = None  # first day, in the incubator's zone
    end: date | None = None  # last day, included


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    user_login: str | None
    user_name: str | None
    entity: str
    entity_id: int | None
    action: str
    changes: dict[str, Any] | None
    # Names of the rows the changes refer to by id, for this page (see audit_log).
    names: dict[str, dict[int, str]] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class AuditChoices:
    users: list[tuple[str, str]]  # (login, display name)
    entities: list[str]
    actions: tuple[str, ...]


def _visible(changes: Any) -> dict[str, Any] | None:
    if not isinstance(changes, dict):
        return None
    kept = {k: v for k, v in changes.items() if k not in NEVER_SHOWN}
    return kept or None


def _day_start_utc(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=clock.zone()).astimezone(UTC)


def _check_filter(f: AuditFilter) -> None:
    v = Validator()
    for name in ("start", "end"):
        value = getattr(f, name)
        if value is not None and not isinstance(value, date):
            v.add(name, msg(QT_TRANSLATE_NOOP("Validation", "Not a date.")))
    if not v.errors and f.start and f.end:
        v.dates_in_order("end", f.start, f.end)
    v.raise_if_any()


class AuditListSource:
    """The audit trail filtered as `AuditFilter` says, newest first (see services/paging.py)."""

    SORT_COLUMNS = {
        "at": AuditEntry.at,
        "user": AuditEntry.user_login,
        "entity": AuditEntry.entity,
        "action": AuditEntry.action,
    }

    def __init__(
        self,
        actor: Actor,
        filters: AuditFilter | None = None,
        *,
        count_cap: int | None = COUNT_CAP,
    ) -> None:
        require(actor, Permission.MANAGE_USERS)
        self.filters = filters or AuditFilter()
        self.count_cap = count_cap
        _check_filter(self.filters)

    def _where(self, stmt):
        f = self.filters
        if f.user_login:
            stmt = stmt.where(AuditEntry.user_login == f.user_login)
        if f.entity:
            stmt = stmt.where(AuditEntry.entity == f.entity)
        if f.action:
            stmt = stmt.where(AuditEntry.action == f.action)
        if f.start:
            stmt = stmt.where(AuditEntry.at >= _day_start_utc(f.start))
        if f.end:
            stmt = stmt.where(AuditEntry.at < _day_start_utc(f.end + timedelta(days=1)))
        return stmt

    def count(self, session: Session) -> int:
        """The matching rows, counted up to `count_cap`: `count_cap + 1` means « more »."""
        return self.count_up_to(session, self.count_cap)

    def count_up_to(self, session: Session, cap: int | None) -> int:
        """The exact count when at most `cap` rows match (or `cap` is None), else `cap + 1`:
        the index serving the filters stops after `cap + 1` rows."""
        if cap is None:
            return int(session.scalar(self._where(select(func.count()).select_from(AuditEntry))))
        first = self._where(select(literal(1)).select_from(AuditEntry)).limit(cap + 1)
        return int(session.scalar(select(func.count()).select_from(first.subquery())))

    def more_than(self, count: int, cap: int | None = None) -> bool:
        """Whether `count` (from `count`/`count_up_to` with `cap`) stands for « more »."""
        cap = self.count_cap if cap is None else cap
        return cap is not None and count > cap

    def fetch(self, session: Session, sort: SortOrder, offset: int, limit: int) -> list[AuditRow]:
        # A period alone is read off the index on `at`, newest first; otherwise newest id first.
        by_time = sort.key is None and (self.filters.start or self.filters.end)
        stmt = apply_sort(
            self._where(select(AuditEntry)),
            sort,
            self.SORT_COLUMNS,
            default=[AuditEntry.at.desc()] if by_time else [],
            tiebreak=AuditEntry.id.desc() if sort.key is None else AuditEntry.id,
            never_empty=("at", "entity", "action"),
        )
        entries = list(session.scalars(window(stmt, offset, limit)))
        return _rows(session, entries)


def _rows(session: Session, entries: Sequence[AuditEntry]) -> list[AuditRow]:
    names = _reference_names(session, list(entries))
    users = names.get("user", {})
    return [
        AuditRow(
            id=e.id,
            at=e.at,
            user_login=e.user_login,
            user_name=users.get(e.user_id) if e.user_id is not None else None,
            entity=e.entity,
            entity_id=e.entity_id,
            action=e.action,
            changes=_visible(e.changes),
            names=names,
        )
        for e in entries
    ]


def audit_choices(session: Session, *, actor: Actor) -> AuditChoices:
    """What the filters offer: the accounts (and `system`), every kind of record, the actions.
    No pass over the trail: a million rows must not slow the page's opening."""
    require(actor, Permission.MANAGE_USERS)
    users = [
        (login, name) for login, name in session.execute(select(User.login, User.display_name))
    ]
    users.sort(key=lambda u: u[1].casefold())
    users.append(("system", "system"))
    entities = sorted(t.name for t in Base.metadata.sorted_tables if t.name != "audit_entry")
    return AuditChoices(users, entities, KNOWN_ACTIONS)


def iter_audit_rows(
    session: Session, source: AuditListSource, chunk: int = CHUNK
) -> Iterator[AuditRow]:
    """Every row of the source, newest first, one indexed window at a time (keyset on the id,
    so the millionth row costs what the first does)."""
    last_id: int | None = None
    while True:
        stmt = source._where(select(AuditEntry)).order_by(AuditEntry.id.desc()).limit(chunk)
        if last_id is not None:
            stmt = stmt.where(AuditEntry.id < last_id)
        entries = list(session.scalars(stmt))
        if not entries:
            return
        yield from _rows(session, entries)
        last_id = entries[-1].id
        session.expunge_all()


def export_audit(
    session: Session,
    source: AuditListSource,
    path: str | Path,
    *,
    file_format: str,
    headers: Sequence[str],
    cells: Callable[[AuditRow], Sequence[Any]],
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Writes the filtered trail to `path` (CSV for French spreadsheets: `;`, UTF-8 with BOM;
    or XLSX), atomically; `cells` turns a row into the texts the screen shows (the caller's
    language). Returns the number of rows written. Text is neutralised against formulas."""
    if file_format not in EXPORT_FORMATS:
        raise ValidationError(
            {
                "format": msg(
                    QT_TRANSLATE_NOOP(
                        "Validation", "Unknown value {value}; expected one of {allowed}."
                    ),
                    value=file_format,
                    allowed=", ".join(EXPORT_FORMATS),
                )
            }
        )
    written = 0

    def rows() -> Iterator[list[Any]]:
        nonlocal written
        for row in iter_audit_rows(session, source):
            if cancelled is not None and cancelled():
                raise ExportCancelled
            written += 1
            yield [neutralise(c) if isinstance(c, str) else c for c in cells(row)]

    target = Path(path)
    with replaced_on_success(target) as tmp:
        if file_format == "csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
                writer.writerow([neutralise(h) for h in headers])
                writer.writerows(rows())
        else:
            from openpyxl import Workbook

            book = Workbook(write_only=True)
            sheet = book.create_sheet("Audit")
            sheet.append([neutralise(h) for h in headers])
            for row in rows():
                sheet.append(row)
            book.save(tmp)
    session.rollback()  # reads only: release the snapshot
    return written


class ExportCancelled(Exception):  # noqa: N818 (the user asked for it)
    pass


__all__ = [
    "EXPORT_FORMATS",
    "KNOWN_ACTIONS",
    "NEVER_SHOWN",
    "AuditChoices",
    "AuditFilter",
    "AuditListSource",
    "AuditRow",
    "COUNT_CAP",
    "ExportCancelled",
    "audit_choices",
    "export_audit",
    "iter_audit_rows",
]
