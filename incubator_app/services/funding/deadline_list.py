"""The grants' reporting deadlines across grants, as a windowed list (services/paging.py): the
"Reporting deadlines" tab of the Milestones page, beside the milestones and action items.

    source = DeadlineListSource(actor, today, state="overdue")
    source.count(session); source.fetch(session, SortOrder("due_on"), 0, 200)

States: "pending" (not sent yet), "overdue" (not sent, due before today), "soon" (not sent,
due within DEADLINE_WARNING_DAYS or already late: what the dashboard's card counts),
"submitted", "all". Soonest first, then the grant. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import Funder, Grant, GrantDeadline
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.funding.rules import DEADLINE_WARNING_DAYS
from incubator_app.services.paging import SortOrder, apply_sort, window

DEADLINE_STATES = ("pending", "overdue", "soon", "submitted", "all")


@dataclass(frozen=True)
class DeadlineRow:
    id: int
    grant_id: int
    grant_reference: str
    grant_title: str
    funder_name: str
    label: str
    due_on: date
    submitted_on: date | None
    version_id: int
    overdue: bool


class DeadlineListSource:
    SORT_COLUMNS = {
        "due_on": GrantDeadline.due_on,
        "label": GrantDeadline.label,
        "grant": Grant.reference,
        "funder": Funder.name,
        "submitted_on": GrantDeadline.submitted_on,
    }

    def __init__(self, actor: Actor, today: date, *, state: str = "pending") -> None:
        require(actor, Permission.VIEW)
        if state not in DEADLINE_STATES:
            raise ValidationError(
                {
                    "state": msg(
                        QT_TRANSLATE_NOOP("Validation", "Unknown filter value {value}."),
                        value=state,
                    )
                }
            )
        self.today = today
        self.state = state

    def _where(self, stmt: Select) -> Select:
        pending = GrantDeadline.submitted_on.is_(None)
        if self.state == "pending":
            return stmt.where(pending)
        if self.state == "overdue":
            return stmt.where(pending, GrantDeadline.due_on < self.today)
        if self.state == "soon":
            horizon = self.today + timedelta(days=DEADLINE_WARNING_DAYS)
            return stmt.where(pending, GrantDeadline.due_on <= horizon)
        if self.state == "submitted":
            return stmt.where(GrantDeadline.submitted_on.is_not(None))
        return stmt

    def count(self, session: Session) -> int:
        return int(session.scalar(self._where(select(func.count()).select_from(GrantDeadline))))

    def fetch(
        self, session: Session, sort: SortOrder, offset: int, limit: int
    ) -> list[DeadlineRow]:
        stmt = self._where(
            select(
                GrantDeadline.id,
                Grant.id,
                Grant.reference,
                Grant.title,
                Funder.name,
                GrantDeadline.label,
                GrantDeadline.due_on,
                GrantDeadline.submitted_on,
                GrantDeadline.version_id,
            )
            .join(Grant, Grant.id == GrantDeadline.grant_id)
            .join(Funder, Funder.id == Grant.funder_id)
        )
        stmt = apply_sort(
            stmt,
            sort,
            self.SORT_COLUMNS,
            default=[GrantDeadline.due_on],
            tiebreak=GrantDeadline.id,
            never_empty=("due_on", "label", "grant", "funder"),
        )
        return [
            DeadlineRow(*row, overdue=row[7] is None and row[6] < self.today)
            for row in session.execute(window(stmt, offset, limit))
        ]


__all__ = ["DEADLINE_STATES", "DeadlineListSource", "DeadlineRow"]
