"""Which rows are about a person, found by walking the SQLAlchemy metadata rather than a
hand-kept list: a table added later with a foreign key to the person (or to one of their rows)
is found without a change here, and the tests fail until erasure knows what to do with it.

- owned rows: the person's own row, then every row whose foreign key points at an owned row
  (their contracts, registrations and their history, exchange account and its movements…);
- context rows: rows an owned row points at that are about them too but shared with others
  (a group coaching session, an exchange transfer between two members), never walked further;
- mentions: audit rows of owned rows, e-mails sent to their address or caused by an owned row,
  and any text column of any table naming them (full name, e-mail, phone, address).
"""

from __future__ import annotations

import base64
import enum
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any, Literal

from sqlalchemy import JSON, Enum, String, Table, Text, cast, func, or_, select
from sqlalchemy.orm import Session

from incubator_app.errors import NotFound
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import AuditEntry, Base, Contact, Entrepreneur, OutboxMessage
from incubator_app.services.records import entity_label

PersonKind = Literal["entrepreneur", "contact"]
ROOT_TABLES: dict[str, type] = {"entrepreneur": Entrepreneur, "contact": Contact}
#: Rows an owned row points at that are about the person too (foreign key column -> table).
CONTEXT_LINKS: tuple[tuple[str, str], ...] = (
    ("session_participant", "session_id"),
    ("exchange_movement", "transfer_id"),
)
#: Rows that hold a private part of a context row (a session's confidential notes): taken with
#: their context row, not walked further.
CONTEXT_CHILDREN: tuple[tuple[str, str], ...] = (("coaching_note", "session_id"),)
#: Found through text, not foreign keys.
MENTION_TABLES = ("audit_entry", "outbox_message")
# Tables never walked: bookkeeping of the database itself.
_SKIPPED = {"alembic_version"}


@dataclass(frozen=True)
class PersonRef:
    kind: PersonKind
    id: int


@dataclass
class PersonRows:
    """Every row about one person, by table: primary key tuple -> row as a dict."""

    person: PersonRef
    needles: Needles
    owned: dict[str, dict[tuple, dict[str, Any]]] = field(default_factory=dict)
    context: dict[str, dict[tuple, dict[str, Any]]] = field(default_factory=dict)
    mentions: dict[str, dict[tuple, dict[str, Any]]] = field(default_factory=dict)

    def all_tables(self) -> list[str]:
        names = set(self.owned) | set(self.context) | set(self.mentions)
        return [t.name for t in Base.metadata.sorted_tables if t.name in names]

    def rows(self, table: str) -> list[dict[str, Any]]:
        seen: dict[tuple, dict[str, Any]] = {}
        for part in (self.owned, self.context, self.mentions):
            seen.update(part.get(table, {}))
        return [seen[k] for k in sorted(seen)]

    def count(self) -> int:
        return sum(len(self.rows(t)) for t in self.all_tables())


@dataclass(frozen=True)
class Needles:
    """The identifying strings of a person. `everywhere`: searched in every table (specific
    enough not to hit others: full name, e-mail, phone, address); `own_rows`: also the first
    and last name alone, searched only in the rows about them."""

    everywhere: tuple[str, ...]
    own_rows: tuple[str, ...]

    def pattern(self, *, own: bool) -> re.Pattern[str] | None:
        words = self.everywhere + (self.own_rows if own else ())
        if not words:
            return None
        alternatives = sorted({re.escape(w) for w in words}, key=len, reverse=True)
        return re.compile("|".join(alternatives), re.IGNORECASE)


def text_columns(table: Table) -> list[str]:
    """Columns holding free text (not enums, not binary): where a name can hide."""
    return [
        c.name
        for c in table.columns
        if isinstance(c.type, String | Text) and not isinstance(c.type, Enum)
    ]


def person_tables() -> list[str]:
    """Tables that can hold a row about a person, from the metadata alone: the two person
    tables, every table with a foreign key to one of them (again and again), the context
    tables and the tables found through text."""
    found = set(ROOT_TABLES)
    changed = True
    while changed:
        changed = False
        for table in Base.metadata.sorted_tables:
            if table.name in found or table.name in _SKIPPED:
                continue
            if any(fk.column.table.name in found for fk in table.foreign_keys):
                found.add(table.name)
                changed = True
    for table_name, column in CONTEXT_LINKS:
        col = Base.metadata.tables[table_name].c[column]
        found.add(next(iter(col.foreign_keys)).column.table.name)
    found.update(child for child, _column in CONTEXT_CHILDREN)
    found.update(MENTION_TABLES)
    # Rows hanging from the e-mails (their attachments).
    for table in Base.metadata.sorted_tables:
        if any(fk.column.table.name in MENTION_TABLES for fk in table.foreign_keys):
            found.add(table.name)
    return [t.name for t in Base.metadata.sorted_tables if t.name in found]


def plain(value: Any) -> Any:
    """A value as JSON can hold it."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            return "base64:" + base64.b64encode(value).decode("ascii")
    return value


def _row_dict(table: Table, row: Any) -> dict[str, Any]:
    return {c.name: plain(row._mapping[c]) for c in table.columns}


def _pk(table: Table, row: Any) -> tuple:
    return tuple(row._mapping[c] for c in table.primary_key.columns)


def load_person(session: Session, person: PersonRef) -> Any:
    obj = session.get(ROOT_TABLES[person.kind], person.id, populate_existing=True)
    if obj is None:
        raise NotFound(
            msg(
                QT_TRANSLATE_NOOP("Errors", "No {entity} with id {id}."),
                entity=entity_label(person.kind),
                id=person.id,
            )
        )
    return obj


def needles_of(obj: Any) -> Needles:
    first = (obj.first_name or "").strip()
    last = (obj.last_name or "").strip()
    everywhere: list[str] = []
    if first and last:
        everywhere += [f"{first} {last}", f"{last} {first}"]
    elif last and len(last) >= 4:
        everywhere.append(last)
    for attr in ("email", "phone", "address"):
        value = (getattr(obj, attr, None) or "").strip()
        if len(value) >= 4:
            everywhere.append(value)
    phone = re.sub(r"\D", "", getattr(obj, "phone", None) or "")
    if len(phone) >= 8:
        everywhere.append(phone)
    own = [n for n in (first, last) if len(n) >= 3]
    return Needles(tuple(everywhere), tuple(own))


def _select_in(session: Session, table: Table, column: str, ids: Iterable[Any]) -> Iterator[Any]:
    ids = sorted(set(ids))
    for start in range(0, len(ids), 500):
        yield from session.execute(
            select(table).where(table.c[column].in_(ids[start : start + 500]))
        )


def _json_forms(needle: str) -> set[str]:
    return {needle, json.dumps(needle)[1:-1]}


def _case_variants(form: str) -> set[str]:
    """The spellings of `form` a LIKE that ignores only ASCII case must try: as typed, lower,
    upper and title case when it holds other letters (SQLite's lower() and LIKE leave « É »
    alone, so « élodie » never matched « Élodie »)."""
    if form.isascii():
        return {form}
    return {form, form.lower(), form.upper(), form.title()}


def rows_mentioning(session: Session, table: Table, needles: Iterable[str]) -> Iterator[Any]:
    """Rows of `table` whose text (or JSON) columns contain one of the needles (any case)."""
    forms = set()
    for needle in needles:
        for variant in _case_variants(needle):
            forms |= _json_forms(variant)
    columns: list[Any] = [table.c[c] for c in text_columns(table)]
    columns += [cast(c, Text) for c in table.columns if isinstance(c.type, JSON)]
    if not columns or not forms:
        return iter(())
    sqlite = session.get_bind().dialect.name == "sqlite"
    clauses = []
    for form in sorted(forms):
        escaped = form.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        for column in columns:
            # One LIKE per column, no concatenation: SQLite stops at the first column that
            # matches and builds no string (2.8 times faster at the incubator scale,
            # benchmarks/RESULTS-privacy.md). LIKE (SQLite) and ILIKE (PostgreSQL) ignore the
            # case of ASCII letters; the case variants cover the others (« Élodie »).
            like = column.like if sqlite else column.ilike
            clauses.append(like(f"%{escaped}%", escape="\\"))
    return iter(session.execute(select(table).where(or_(*clauses))))


def collect_person_rows(session: Session, person: PersonRef) -> PersonRows:
    obj = load_person(session, person)
    found = PersonRows(person, needles_of(obj))
    tables = Base.metadata.tables
    root = tables[person.kind]
    found.owned[person.kind] = {
        _pk(root, r): _row_dict(root, r)
        for r in session.execute(select(root).where(root.c.id == person.id))
    }
    # Owned rows: follow foreign keys that point at owned rows, until nothing new (each round
    # only from the rows found in the round before).
    frontier: dict[str, list[dict[str, Any]]] = {
        person.kind: list(found.owned[person.kind].values())
    }
    while frontier:
        found_now: dict[str, list[dict[str, Any]]] = {}
        for table in Base.metadata.sorted_tables:
            if table.name in _SKIPPED:
                continue
            for fk in table.foreign_keys:
                new_rows = frontier.get(fk.column.table.name)
                if not new_rows:
                    continue
                ids = {row[fk.column.name] for row in new_rows}
                bucket = found.owned.setdefault(table.name, {})
                for r in _select_in(session, table, fk.parent.name, ids):
                    key = _pk(table, r)
                    if key not in bucket:
                        bucket[key] = _row_dict(table, r)
                        found_now.setdefault(table.name, []).append(bucket[key])
                if not bucket:
                    del found.owned[table.name]
        frontier = found_now
    # Context rows: shared rows the owned rows point at, not walked further.
    for table_name, column in CONTEXT_LINKS:
        rows = found.owned.get(table_name)
        if not rows:
            continue
        fk = next(iter(tables[table_name].c[column].foreign_keys))
        target = fk.column.table
        ids = {row[column] for row in rows.values() if row[column] is not None}
        owned_target = found.owned.get(target.name, {})
        for r in _select_in(session, target, fk.column.name, ids):
            key = _pk(target, r)
            if key not in owned_target:
                found.context.setdefault(target.name, {})[key] = _row_dict(target, r)
    for child_name, column in CONTEXT_CHILDREN:
        child = tables[child_name]
        parent = next(iter(child.c[column].foreign_keys)).column
        ids = {
            row[parent.name]
            for part in (found.context, found.owned)
            for row in part.get(parent.table.name, {}).values()
        }
        owned_child = found.owned.get(child_name, {})
        for r in _select_in(session, child, column, ids):
            key = _pk(child, r)
            if key not in owned_child:
                found.context.setdefault(child_name, {})[key] = _row_dict(child, r)
    _collect_mentions(session, found, obj)
    return found


def _put(part: dict, table: Table, row: Any) -> None:
    part.setdefault(table.name, {})[_pk(table, row)] = _row_dict(table, row)


def _collect_mentions(session: Session, found: PersonRows, obj: Any) -> None:
    audit = AuditEntry.__table__
    # The audit rows of their own rows are theirs; those of shared rows only mention them.
    for part, target in ((found.owned, found.owned), (found.context, found.mentions)):
        for table_name, rows in list(part.items()):
            ids = [key[0] for key in rows if len(key) == 1]
            for start in range(0, len(ids), 500):
                for r in session.execute(
                    select(audit).where(
                        audit.c.entity == table_name,
                        audit.c.entity_id.in_(ids[start : start + 500]),
                    )
                ):
                    _put(target, audit, r)
    # E-mails to their address or caused by their registrations are theirs, with attachments.
    outbox = OutboxMessage.__table__
    clauses = []
    email = (getattr(obj, "email", None) or "").strip()
    if email:
        clauses.append(func.lower(outbox.c.to_address) == email.lower())
    registrations = [k[0] for k in found.owned.get("registration", {})]
    if registrations:
        clauses.append(
            outbox.c.related_kind.like("registration%") & outbox.c.related_id.in_(registrations)
        )
    if clauses:
        for r in session.execute(select(outbox).where(or_(*clauses))):
            _put(found.owned, outbox, r)
    mails = [k[0] for k in found.owned.get("outbox_message", {})]
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is outbox and mails:
                for r in _select_in(session, table, fk.parent.name, mails):
                    _put(found.owned, table, r)
    # Text anywhere naming them.
    for table in Base.metadata.sorted_tables:
        if table.name in _SKIPPED:
            continue
        for r in rows_mentioning(session, table, found.needles.everywhere):
            key = _pk(table, r)
            if key in found.owned.get(table.name, {}) or key in found.context.get(table.name, {}):
                continue
            _put(found.mentions, table, r)
