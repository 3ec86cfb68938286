"""Removing a person's identifying strings from rows that are kept: free text of their own rows
(first or last name alone too) and of any row in any table (full name, e-mail, phone, address).
JSON columns (the audit trail's changes) are walked value by value."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from sqlalchemy import JSON, Table, select, update
from sqlalchemy.orm import Session

from incubator_app.models import Base
from incubator_app.services.privacy.people import PersonRows, rows_mentioning, text_columns
from incubator_app.services.privacy.policy import ANONYMISED

_SKIPPED = {"alembic_version"}


def redact_value(value: Any, pattern: re.Pattern[str]) -> Any:
    if isinstance(value, str):
        return pattern.sub(ANONYMISED, value)
    if isinstance(value, dict):
        return {k: redact_value(v, pattern) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_value(v, pattern) for v in value]
    return value


def _redact_row(session: Session, table: Table, row: Any, pattern: re.Pattern[str]) -> bool:
    values: dict[str, Any] = {}
    columns = text_columns(table) + [c.name for c in table.columns if isinstance(c.type, JSON)]
    for name in columns:
        old = row._mapping[table.c[name]]
        new = redact_value(old, pattern)
        if new != old:
            values[name] = new
    if not values:
        return False
    if "version_id" in table.c:
        values["version_id"] = table.c.version_id + 1
    where = [c == row._mapping[c] for c in table.primary_key.columns]
    session.execute(update(table).where(*where).values(**values))
    return True


def redact_everywhere(session: Session, found: PersonRows) -> Counter[str]:
    """Redacts the person's strings; returns the number of rows changed per table."""
    changed: Counter[str] = Counter()
    own = found.needles.pattern(own=True)
    anywhere = found.needles.pattern(own=False)
    tables = Base.metadata.tables
    # Their own rows and the shared rows about them: names alone count too.
    if own is not None:
        for part in (found.owned, found.context, found.mentions):
            for table_name, rows in part.items():
                table = tables[table_name]
                for key in rows:
                    where = [c == v for c, v in zip(table.primary_key.columns, key, strict=True)]
                    row = session.execute(select(table).where(*where)).first()
                    if row is not None and _redact_row(session, table, row, own):
                        changed[table_name] += 1
    # Any other row naming them fully.
    if anywhere is not None:
        for table in Base.metadata.sorted_tables:
            if table.name in _SKIPPED:
                continue
            for row in list(rows_mentioning(session, table, found.needles.everywhere)):
                if _redact_row(session, table, row, anywhere):
                    changed[table.name] += 1
    return changed
