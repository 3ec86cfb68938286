"""How an erased person's row is told apart (services/privacy/erasure.py anonymises it): its
required name becomes `ANONYMISED`. Lower domains (contacts) hide such rows from their lists and
searches without importing the privacy domain."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement

#: What replaces a required text (a NOT NULL name or reason) of an anonymised row.
ANONYMISED = "[anonymised]"


def not_erased(last_name: ColumnElement[Any]) -> ColumnElement[bool]:
    """SQL: the row's person was not erased (their last name is not the anonymised mark)."""
    return last_name != ANONYMISED
