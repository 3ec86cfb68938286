"""Windowed lists (services/paging.py) of milestones and of action items, across entrepreneurs.

    source = MilestoneListSource(actor, today=..., due="overdue", coach_id=3)
    source.count(session); source.fetch(session, SortOrder("due_on"), 0, 200)

Filters: `due` ("overdue", "this_month", "next_30_days" or None), `status` (a MilestoneStatus,
"open" for planned + in progress, or None), `coach_id` (the entrepreneur's referent coach),
`cohort_id`, `entrepreneur_id`. No Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Date, Integer, Select, bindparam, func, literal_column, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import (
    ActionItem,
    Coach,
    CoachingSession,
    Cohort,
    Entrepreneur,
    Milestone,
    MilestoneStatus,
)
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.paging import SortOrder, apply_sort, row_maker, window
from incubator_app.services.periods import month_of
from incubator_app.services.sites.scope import visible_sites

OPEN = (MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS)
# The days a milestone list compares with, bound at each run (see MilestoneListSource._dates).
_TODAY = bindparam("today", type_=Date)
_MONTH_FIRST = bindparam("month_first", type_=Date)
_MONTH_AFTER = bindparam("month_after", type_=Date)
_IN_30_DAYS = bindparam("in_30_days", type_=Date)
_STATEMENTS: dict[tuple, Select] = {}
# status IN ('planned', 'in_progress') with the values written out, as in the WHERE of the
# partial index ix_milestone_open_due: SQLite uses a partial index only for a query that
# repeats its terms, and an "expanding" parameter would be rendered again at every run.
_IS_OPEN = Milestone.status.in_([literal_column(f"'{status.value}'") for status in OPEN])
DUE_FILTERS = ("overdue", "this_month", "next_30_days")
ACTION_STATES = ("open", "overdue", "done", "all")


def _bad(field_name: str, value: Any) -> ValidationError:
    return ValidationError(
        {
            field_name: msg(
                QT_TRANSLATE_NOOP("Validation", "Unknown filter value {value}."), value=value
            )
        }
    )


@dataclass(frozen=True)
class MilestoneRow:
    id: int
    entrepreneur_id: int
    entrepreneur_name: str
    project_name: str | None
    coach_name: str | None
    cohort_name: str | None
    title: str
    category: str | None
    due_on: date
    status: MilestoneStatus
    achieved_on: date | None
    evidence: str | None
    overdue: bool
    version_id: int


_make_row = row_maker(MilestoneRow)

# The list's sort keys (the ids' order and the rows' order are the same).
_SORT_COLUMNS = {
    "due_on": Milestone.due_on,
    "title": Milestone.title,
    "entrepreneur": (Entrepreneur.last_name, Entrepreneur.first_name),
    "coach": Coach.display_name,
    "cohort": Cohort.name,
    "status": Milestone.status,
    "achieved_on": Milestone.achieved_on,
}

# Plain rows, not ORM objects: the list only shows them.
_MILESTONE_DETAILS = (
    select(
        Milestone.id,
        Milestone.entrepreneur_id,
        Entrepreneur.first_name,
        Entrepreneur.last_name,
        Entrepreneur.project_name,
        Coach.display_name,
        Cohort.name,
        Milestone.title,
        Milestone.category,
        Milestone.due_on,
        Milestone.status,
        Milestone.achieved_on,
        Milestone.evidence,
        Milestone.version_id,
    )
    .join(Entrepreneur, Entrepreneur.id == Milestone.entrepreneur_id)
    .outerjoin(Coach, Coach.id == Entrepreneur.referent_coach_id)
    .outerjoin(Cohort, Cohort.id == Entrepreneur.cohort_id)
)


@dataclass(frozen=True)
class MilestoneListSource:
    actor: Actor
    today: date
    due: str | None = None
    status: MilestoneStatus | str | None = "open"
    coach_id: int | None = None
    cohort_id: int | None = None
    entrepreneur_id: int | None = None
    #: One site picked; None: the user's own sites (every site for network-level people).
    site_id: int | None = None

    def __post_init__(self) -> None:
        require(self.actor, Permission.VIEW)
        if self.due is not None and self.due not in DUE_FILTERS:
            raise _bad("due", self.due)
        if self.status not in (None, "open"):
            try:
                object.__setattr__(self, "status", MilestoneStatus(self.status))
            except ValueError:
                raise _bad("status", self.status) from None

    def _people_filters(self) -> list[ColumnElement[bool]]:
        """Conditions on the entrepreneur: never the archived ones, then coach and cohort."""
        conditions = [Entrepreneur.archived.is_(False)]
        if self.coach_id is not None:
            conditions.append(Entrepreneur.referent_coach_id == self.coach_id)
        if self.cohort_id is not None:
            conditions.append(Entrepreneur.cohort_id == self.cohort_id)
        sites = self.__dict__.get("_sites")
        if sites is not None:
            conditions.append(Entrepreneur.site_id.in_(sites))
        return conditions

    def _read_sites(self, session: Session) -> None:
        """The sites shown (services/sites/scope.py), read once per source; part of the
        statements' key."""
        if "_sites" not in self.__dict__:
            object.__setattr__(self, "_sites", visible_sites(session, self.actor, self.site_id))

    def _by_status(self) -> bool:
        narrow_people = (self.coach_id, self.cohort_id, self.entrepreneur_id) != (None,) * 3
        return not narrow_people and (self.status is not None or self.due is not None)

    def _where(self, stmt: Select, dialect: str, *, joined: bool = False) -> Select:
        """The filters, with the dates as bound parameters (`_dates`), so that the statement
        depends on the filters only and is built once (`_statement`)."""
        if not joined:  # else the statement joins Entrepreneur already (sort by name, coach…)
            # A plain join: the count and a window's ids read ix_milestone_status_due and
            # ix_entrepreneur_archived (archived, id), both covering. Driven from the milestones'
            # status/due index when the milestone filters are the narrow part (open: 5 % of the
            # rows), from the entrepreneurs when they are (a coach, a cohort, one person, or any
            # status). "+ 0" keeps SQLite from walking 25,000 entrepreneurs' milestones when the
            # status index is the way in.
            column = (
                Milestone.entrepreneur_id + 0 if self._by_status() else Milestone.entrepreneur_id
            )
            if self._by_status() and self.due is not None and dialect == "postgresql":
                # PostgreSQL takes status and due date as independent and expects 23,000
                # overdue milestones where there are a few hundred (open ones are mostly due
                # later), so it hashes the 22,000 people kept (14 ms). Asked of each milestone
                # found instead (a subplan: one index probe per row, never a hash), the count
                # is a few hundred probes and a window stops after its 200 rows. Not for all
                # the open ones (25,000 probes): there the hash is right.
                kept = (
                    select(Entrepreneur.id)
                    .where(Entrepreneur.id == Milestone.entrepreneur_id, *self._people_filters())
                    .correlate(Milestone)
                    .scalar_subquery()
                )
                stmt = stmt.where(kept.is_not(None))
            else:
                stmt = stmt.join(Entrepreneur, Entrepreneur.id == column)
                stmt = stmt.where(*self._people_filters())
        else:
            stmt = stmt.where(*self._people_filters())
        if self.status == "open":
            stmt = stmt.where(_IS_OPEN)
        elif self.status is not None:
            stmt = stmt.where(Milestone.status == self.status)
        if self.due == "overdue":
            # Open milestones only (once: a repeated term halves PostgreSQL's estimate again).
            if self.status != "open":
                stmt = stmt.where(_IS_OPEN)
            stmt = stmt.where(Milestone.due_on < _TODAY)
        elif self.due == "this_month":
            stmt = stmt.where(Milestone.due_on >= _MONTH_FIRST, Milestone.due_on < _MONTH_AFTER)
        elif self.due == "next_30_days":
            stmt = stmt.where(Milestone.due_on >= _TODAY, Milestone.due_on <= _IN_30_DAYS)
        if self.entrepreneur_id is not None:
            stmt = stmt.where(Milestone.entrepreneur_id == self.entrepreneur_id)
        return stmt

    def _dates(self) -> dict[str, date]:
        first, after = month_of(self.today)
        return {
            "today": self.today,
            "month_first": first,
            "month_after": after,
            "in_30_days": self.today + timedelta(days=30),
        }

    def _statement(self, kind: str, sort: SortOrder | None, build: Callable[[], Select]) -> Select:
        """Each list screen runs the same few statements with other dates: building them with
        SQLAlchemy cost more than running them (issue 12), so they are built once per filters
        and order. The actor and the day are not part of a statement."""
        key = (
            kind,
            self.due,
            self.status,
            self.coach_id,
            self.cohort_id,
            self.entrepreneur_id,
            self.__dict__.get("_sites"),
            sort,
        )
        stmt = _STATEMENTS.get(key)
        if stmt is None:
            if len(_STATEMENTS) >= 512:  # coach and cohort ids are open-ended
                _STATEMENTS.clear()
            stmt = _STATEMENTS[key] = build()
        return stmt

    def count(self, session: Session) -> int:
        self._read_sites(session)
        dialect = session.get_bind().dialect.name
        stmt = self._statement(
            f"count {dialect}",
            None,
            lambda: self._where(select(func.count()).select_from(Milestone), dialect),
        )
        return session.connection().scalar(stmt, self._dates()) or 0

    def _ids_statement(self, sort: SortOrder, dialect: str) -> Select:
        # Ids first (filters and order over indexes, joins only for a sort that needs them),
        # then the details of those few rows.
        joined = sort.key in ("entrepreneur", "coach", "cohort")
        ids_stmt = select(Milestone.id)
        if joined:
            ids_stmt = ids_stmt.join(Entrepreneur, Entrepreneur.id == Milestone.entrepreneur_id)
        if sort.key == "coach":
            ids_stmt = ids_stmt.outerjoin(Coach, Coach.id == Entrepreneur.referent_coach_id)
        if sort.key == "cohort":
            ids_stmt = ids_stmt.outerjoin(Cohort, Cohort.id == Entrepreneur.cohort_id)
        ids_stmt = apply_sort(
            self._where(ids_stmt, dialect, joined=joined),
            sort,
            _SORT_COLUMNS,
            # Through the status index, the few open rows are sorted; walking the due-date index
            # instead (what SQLite would pick for a plain ORDER BY due_on) visits most of the
            # 500,000 milestones before finding 200 open ones. coalesce() (a no-op: due_on is
            # never empty) keeps that order from being read off ix_milestone_due_status.
            # PostgreSQL reads the open ones in due order off ix_milestone_open_due (0037).
            default=[func.coalesce(Milestone.due_on, Milestone.due_on)]
            if self._by_status() and dialect == "sqlite"
            else [Milestone.due_on],
            tiebreak=Milestone.id,
        )
        return ids_stmt.offset(bindparam("offset", type_=Integer)).limit(
            bindparam("limit", type_=Integer)
        )

    def _page_statement(self, sort: SortOrder, dialect: str) -> Select:
        """One statement, ids then rows inside it: the window's ids (filters and order over
        the indexes) as a subquery, then the details of those rows only, in the same order."""
        if dialect == "postgresql" and self._by_status() and self.due is not None:
            # A due-date window holds a few hundred milestones: PostgreSQL reads them in due
            # order off ix_milestone_open_due and joins each person's row as it goes (archived
            # people skipped there), stopping at the window's end. The ids subquery cost a
            # second visit of each milestone through its primary key, a hash of the ids and a
            # sort: 2.0-2.2 ms of execution against 1.0-1.2 ms (network demo, psql).
            return (
                apply_sort(
                    self._where(_MILESTONE_DETAILS, dialect, joined=True),
                    sort,
                    _SORT_COLUMNS,
                    default=[Milestone.due_on],
                    tiebreak=Milestone.id,
                )
                .offset(bindparam("offset", type_=Integer))
                .limit(bindparam("limit", type_=Integer))
            )
        # correlate(None): the subquery reads its own milestone and entrepreneur rows.
        page_ids = self._ids_statement(sort, dialect).correlate(None).scalar_subquery()
        return apply_sort(
            _MILESTONE_DETAILS.where(Milestone.id.in_(page_ids)),
            sort,
            _SORT_COLUMNS,
            default=[Milestone.due_on],
            tiebreak=Milestone.id,
        )

    def fetch(
        self, session: Session, sort: SortOrder, offset: int, limit: int
    ) -> list[MilestoneRow]:
        self._read_sites(session)
        dialect = session.get_bind().dialect.name
        stmt = self._statement(f"page {dialect}", sort, lambda: self._page_statement(sort, dialect))
        params = {**self._dates(), "offset": max(0, offset), "limit": max(0, limit)}
        today = self.today
        make = _make_row
        return [
            make(
                {
                    "id": mid,
                    "entrepreneur_id": person_id,
                    "entrepreneur_name": f"{first} {last}",
                    "project_name": project,
                    "coach_name": coach,
                    "cohort_name": cohort,
                    "title": title,
                    "category": category,
                    "due_on": due_on,
                    "status": status,
                    "achieved_on": achieved_on,
                    "evidence": evidence,
                    "overdue": status in OPEN and due_on < today,
                    "version_id": version_id,
                }
            )
            for (
                mid,
                person_id,
                first,
                last,
                project,
                coach,
                cohort,
                title,
                category,
                due_on,
                status,
                achieved_on,
                evidence,
                version_id,
            ) in session.connection().execute(stmt, params)
        ]


@dataclass(frozen=True)
class ActionItemRow:
    id: int
    entrepreneur_id: int
    entrepreneur_name: str
    assignee_coach_id: int | None
    assignee_name: str | None
    text: str
    due_on: date | None
    done: bool
    done_on: date | None
    session_date: date | None
    overdue: bool
    version_id: int


@dataclass(frozen=True)
class ActionItemListSource:
    """Action items across entrepreneurs. `coach_id` keeps the items assigned to that coach;
    `state` is "open" (default), "overdue", "done" or "all"."""

    actor: Actor
    today: date
    state: str = "open"
    coach_id: int | None = None
    entrepreneur_id: int | None = None
    #: One site picked; None: the user's own sites (every site for network-level people).
    site_id: int | None = None

    def __post_init__(self) -> None:
        require(self.actor, Permission.VIEW)
        if self.state not in ACTION_STATES:
            raise _bad("state", self.state)

    def _sites(self, session: Session) -> tuple[int, ...] | None:
        """The sites shown (services/sites/scope.py), read once per source."""
        if "_site_ids" not in self.__dict__:
            object.__setattr__(self, "_site_ids", visible_sites(session, self.actor, self.site_id))
        return self.__dict__["_site_ids"]

    def _where(self, stmt: Select, *, joined: bool = False, session: Session) -> Select:
        sites = self._sites(session)
        if joined:  # the statement joins Entrepreneur anyway (sort by name)
            stmt = stmt.where(Entrepreneur.archived.is_(False))
            if sites is not None:
                stmt = stmt.where(Entrepreneur.site_id.in_(sites))
        else:
            # Membership in the set of people not archived rather than a join: the count and
            # the ids read only ix_action_item_entrepreneur_done_due (or the assignee's index).
            people = select(Entrepreneur.id).where(Entrepreneur.archived.is_(False))
            if sites is not None:  # in a network: the people of the sites shown
                people = people.where(Entrepreneur.site_id.in_(sites))
            stmt = stmt.where(ActionItem.entrepreneur_id.in_(people))
        if self.state in ("open", "overdue"):
            stmt = stmt.where(ActionItem.done.is_(False))
        if self.state == "overdue":
            stmt = stmt.where(ActionItem.due_on < self.today)
        elif self.state == "done":
            stmt = stmt.where(ActionItem.done.is_(True))
        if self.coach_id is not None:
            stmt = stmt.where(ActionItem.assignee_coach_id == self.coach_id)
        if self.entrepreneur_id is not None:
            stmt = stmt.where(ActionItem.entrepreneur_id == self.entrepreneur_id)
        return stmt

    def count(self, session: Session) -> int:
        stmt = self._where(select(func.count()).select_from(ActionItem), session=session)
        return session.scalar(stmt) or 0

    def fetch(
        self, session: Session, sort: SortOrder, offset: int, limit: int
    ) -> list[ActionItemRow]:
        assignee = aliased(Coach)
        # Ids first (index-only for the default order), then the details of those rows.
        ids_stmt = select(ActionItem.id)
        if sort.key == "entrepreneur":
            ids_stmt = ids_stmt.join(Entrepreneur, Entrepreneur.id == ActionItem.entrepreneur_id)
        if sort.key == "assignee":
            ids_stmt = ids_stmt.outerjoin(assignee, assignee.id == ActionItem.assignee_coach_id)
        # Items without a due date after the dated ones (apply_sort puts empty values last).
        ids_stmt = apply_sort(
            self._where(ids_stmt, joined=sort.key == "entrepreneur", session=session),
            sort,
            {
                "due_on": ActionItem.due_on,
                "text": ActionItem.text,
                "entrepreneur": (Entrepreneur.last_name, Entrepreneur.first_name),
                "assignee": assignee.display_name,
                "done_on": ActionItem.done_on,
            },
            default=[ActionItem.due_on.is_(None), ActionItem.due_on],
            tiebreak=ActionItem.id,
        )
        ids = list(session.scalars(window(ids_stmt, offset, limit)))
        if not ids:
            return []
        stmt = (
            select(
                ActionItem,
                Entrepreneur.first_name,
                Entrepreneur.last_name,
                assignee.display_name,
                CoachingSession.session_date,
            )
            .join(Entrepreneur, Entrepreneur.id == ActionItem.entrepreneur_id)
            .outerjoin(assignee, assignee.id == ActionItem.assignee_coach_id)
            .outerjoin(CoachingSession, CoachingSession.id == ActionItem.session_id)
            .where(ActionItem.id.in_(ids))
        )
        by_id = {}
        for item, first, last, coach, session_date in session.execute(stmt):
            by_id[item.id] = ActionItemRow(
                id=item.id,
                entrepreneur_id=item.entrepreneur_id,
                entrepreneur_name=f"{first} {last}",
                assignee_coach_id=item.assignee_coach_id,
                assignee_name=coach,
                text=item.text,
                due_on=item.due_on,
                done=item.done,
                done_on=item.done_on,
                session_date=session_date,
                overdue=bool(
                    not item.done and item.due_on is not None and item.due_on < self.today
                ),
                version_id=item.version_id,
            )
        return [by_id[i] for i in ids]
