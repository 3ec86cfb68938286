"""The entrepreneurs list at network scale (50,000 people): filters and sorts run in SQL.

`EntrepreneurListSource(filter, actor)` is a services/paging.py `ListSource`: the list page
shows it through `WindowedTableModel`, the export (h3io) walks it page by page. A page is one
query for the rows (joined labels, running contract) plus one batched query for the last
coaching session and the next milestone of those rows only; sorting on those two columns
reads them from `entrepreneur_activity`, kept by triggers (revision 0003).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, bindparam, case, exists, func, or_, select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import (
    Coach,
    CoachingSession,
    Cohort,
    Discipline,
    Entrepreneur,
    EntrepreneurActivity,
    Milestone,
    MilestoneStatus,
    PathwayStage,
    SessionParticipant,
    SupportContract,
)
from incubator_app.models.vocabulary import ACTIVE_STAGES
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.entrepreneurs.contract_status import (
    CONTRACT_WARNING_DAYS,
    ContractState,
    contract_state,
    ending_soon_condition,
    past_end_condition,
)
from incubator_app.services.entrepreneurs.quick_search import entrepreneur_text_condition
from incubator_app.services.paging import SortOrder, apply_sort, row_maker
from incubator_app.services.sites.members import sites_of

MAX_PAGE = 5_000
#: Sorts on entrepreneur_activity's dates (kept by triggers, indexed).
_ACTIVITY_SORTS = ("last_session", "next_milestone")
#: See EntrepreneurListSource._broad: one person in 20 or more.
BROAD_SHARE = 20

#: Stages in pathway order, for sorting by stage (not alphabetically).
STAGE_ORDER: tuple[PathwayStage, ...] = (
    PathwayStage.CANDIDATE,
    PathwayStage.ADMITTED,
    PathwayStage.INCUBATED,
    PathwayStage.GRADUATED,
    PathwayStage.EXITED,
    PathwayStage.REFUSED,
    PathwayStage.WITHDREW,
)
_OPEN_MILESTONE = (MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS)


@dataclass(frozen=True)
class EntrepreneurFilter:
    """What the user narrowed the list to. Empty values mean "no restriction"."""

    #: Matched as the quick search matches (services/text_match.py).
    text: str = ""
    stages: tuple[PathwayStage, ...] = ()
    discipline_id: int | None = None
    coach_id: int | None = None
    cohort_id: int | None = None
    #: Candidates, admitted and incubated people (ACTIVE_STAGES) not archived; stages picked
    #: in `stages` replace the stage part.
    active_only: bool = True
    entered_from: date | None = None
    entered_to: date | None = None
    contract_ending_within_days: int | None = None
    #: Only people whose contract is still open after its end date (stage to update).
    contract_past_end: bool = False
    #: One site picked in the filter. None: the user's own sites (every site for network-level
    #: people, and on an install with fewer than two sites).
    site_id: int | None = None


@dataclass(frozen=True)
class EntrepreneurRow:
    id: int
    first_name: str
    last_name: str
    project_name: str | None
    discipline: str | None
    stage: PathwayStage
    coach: str | None
    cohort: str | None
    entry_date: date
    last_session_on: date | None
    next_milestone_due: date | None
    next_milestone_title: str | None
    contract_end: date | None
    archived: bool
    email: str | None
    phone: str | None
    commune: str | None
    postal_code: str | None
    version_id: int

    @property
    def display_name(self) -> str:
        """ "Last name First name", as lists sorted by last name read."""
        return f"{self.last_name} {self.first_name}".strip()

    def contract_ends_soon(self, today: date | None = None) -> bool:
        """The running contract ends between today and today + CONTRACT_WARNING_DAYS."""
        state = contract_state(self.contract_end, None, today or clock.today())
        return state is ContractState.ENDING_SOON

    def contract_past_end(self, today: date | None = None) -> bool:
        """The contract is still open but its end date has passed (the stage needs updating)."""
        state = contract_state(self.contract_end, None, today or clock.today())
        return state is ContractState.PAST_END


_make_row = row_maker(EntrepreneurRow)

#: The sort keys the source accepts (one per list column, plus a few for exports).
SORT_KEYS = (
    "name",
    "project",
    "discipline",
    "stage",
    "coach",
    "cohort",
    "entry_date",
    "last_session",
    "next_milestone",
    "contract_end",
    "email",
    "commune",
)


def last_session_subquery() -> ColumnElement[Any]:
    """Date of the latest coaching session the entrepreneur took part in (correlated)."""
    return (
        select(func.max(CoachingSession.session_date))
        .select_from(SessionParticipant)
        .join(CoachingSession, CoachingSession.id == SessionParticipant.session_id)
        .where(SessionParticipant.entrepreneur_id == Entrepreneur.id)
        .correlate(Entrepreneur)
        .scalar_subquery()
    )


def next_milestone_subquery() -> ColumnElement[Any]:
    """Due date of the earliest milestone still planned or in progress (correlated)."""
    return (
        select(func.min(Milestone.due_on))
        .where(Milestone.entrepreneur_id == Entrepreneur.id, Milestone.status.in_(_OPEN_MILESTONE))
        .correlate(Entrepreneur)
        .scalar_subquery()
    )


def running_contract_end() -> ColumnElement[Any]:
    """End date of the running CAPE (none once ended)."""
    return (
        select(func.max(SupportContract.end_date))
        .where(
            SupportContract.entrepreneur_id == Entrepreneur.id,
            SupportContract.ended_on.is_(None),
        )
        .correlate(Entrepreneur)
        .scalar_subquery()
    )


def _unindexed(column: Any, dialect: str) -> Any:
    """`column` as SQLite cannot look it up in an index (coalesce() of a NOT NULL column is a
    no-op): the planner then counts from a better index or reads the page's order off the
    name index instead of sorting every matching row. PostgreSQL plans from its statistics."""
    return func.coalesce(column, column) if dialect == "sqlite" else column


def _conditions(
    flt: EntrepreneurFilter, today: date, dialect: str, *, broad_stages: bool = False
) -> list[ColumnElement[bool]]:
    """The filter as WHERE terms. `broad_stages`: the stages match many people, so the page
    walks the name index rather than the stage index (set by the source once it has counted)."""
    conditions: list[ColumnElement[bool]] = []
    stage = _unindexed(Entrepreneur.stage, dialect) if broad_stages else Entrepreneur.stage
    text_condition = entrepreneur_text_condition(flt.text, dialect)
    if text_condition is not None:
        conditions.append(text_condition)
    if flt.stages:
        conditions.append(stage.in_(flt.stages))
    if flt.discipline_id is not None:
        conditions.append(Entrepreneur.discipline_id == flt.discipline_id)
    if flt.coach_id is not None:
        conditions.append(Entrepreneur.referent_coach_id == flt.coach_id)
    if flt.cohort_id is not None:
        conditions.append(Entrepreneur.cohort_id == flt.cohort_id)
    if flt.active_only:
        # Half the people are not archived: that index never narrows enough to be worth it.
        conditions.append(_unindexed(Entrepreneur.archived, dialect).is_(False))
        if not flt.stages:
            # A stage picked on purpose (the graduates, say) is shown even so.
            conditions.append(stage.in_(ACTIVE_STAGES))
    if flt.entered_from is not None:
        conditions.append(Entrepreneur.entry_date >= flt.entered_from)
    if flt.entered_to is not None:
        conditions.append(Entrepreneur.entry_date <= flt.entered_to)
    # Both contract filters ticked: either kind of contract to deal with (not neither).
    contract_states = []
    if flt.contract_ending_within_days is not None:
        contract_states.append(ending_soon_condition(today, flt.contract_ending_within_days))
    if flt.contract_past_end:
        contract_states.append(past_end_condition(today))
    if contract_states:
        conditions.append(
            exists().where(
                SupportContract.entrepreneur_id == Entrepreneur.id, or_(*contract_states)
            )
        )
    return conditions


def _validate(flt: EntrepreneurFilter) -> None:
    errors = {}
    if flt.entered_from and flt.entered_to and flt.entered_to < flt.entered_from:
        errors["entered_to"] = msg(
            QT_TRANSLATE_NOOP("Validation", "Must come after {start}."),
            start=flt.entered_from.strftime("%d/%m/%Y"),
        )
    days = flt.contract_ending_within_days
    if days is not None and (isinstance(days, bool) or not isinstance(days, int) or days < 0):
        errors["contract_ending_within_days"] = msg(
            QT_TRANSLATE_NOOP("Validation", "Must not be negative.")
        )
    for value in flt.stages:
        if not isinstance(value, PathwayStage):
            errors["stages"] = msg(
                QT_TRANSLATE_NOOP(
                    "Validation", "Unknown value {value}; expected one of {allowed}."
                ),
                value=value,
                allowed=", ".join(s.value for s in PathwayStage),
            )
    if errors:
        raise ValidationError(errors)


#: The statements of the list, built once per filters, order and day (see _cached).
_STATEMENTS: dict[tuple, Select] = {}
#: The table's size for _broad (max(id), read off the primary key), asked with the count.
_MAX_ID = select(func.max(Entrepreneur.id)).scalar_subquery()
_OFFSET = bindparam("offset", type_=Integer)
_LIMIT = bindparam("limit", type_=Integer)


def _cached(key: tuple, build: Any) -> Select:
    """A list page opening ran its SELECTs built anew each time: building them with SQLAlchemy
    (a dozen sort expressions, the filter's terms, the joins) cost about as much as running
    them at network scale (issue 12). They depend only on what is in `key`; the page's offset
    and size are bound at each run."""
    try:
        stmt = _STATEMENTS.get(key)
    except TypeError:  # a filter built with a list (a script): built each time, as before
        return build()
    if stmt is None:
        if len(_STATEMENTS) >= 512:  # typed texts, coaches, cohorts and days are open-ended
            _STATEMENTS.clear()
        stmt = _STATEMENTS[key] = build()
    return stmt


def _run(session: Session, stmt: Select, params: dict[str, Any] | None = None) -> Any:
    """`stmt` through the session's connection: plain rows, without the ORM's per-statement
    work (the session's own pending changes are flushed first, as the ORM would)."""
    if session.autoflush:
        session.flush()
    return session.connection().execute(stmt, params or {})


class EntrepreneurListSource:
    """The filtered entrepreneurs, counted and fetched one window at a time."""

    def __init__(
        self, entrepreneur_filter: EntrepreneurFilter, actor: Actor, *, today: date | None = None
    ) -> None:
        require(actor, Permission.VIEW)
        _validate(entrepreneur_filter)
        self.filter = entrepreneur_filter
        self.actor = actor
        self.today = today or clock.today()
        self._count: int | None = None
        self._size: int | None = None
        self._site_key: tuple | None = None

    def _site_ids(self, session: Session) -> tuple:
        """Which sites the list keeps, worked out once per source: ("all",), ("picked", id)
        or ("mine", ids). The site picked, else the user's own sites. Someone restricted to
        some sites never sees another site's people."""
        if self._site_key is None:
            mine = sites_of(session, self.actor)
            picked = self.filter.site_id
            if picked is not None:
                allowed = mine is None or picked in mine
                self._site_key = ("picked", picked if allowed else -1)
            elif mine is not None:
                self._site_key = ("mine", tuple(mine))
            else:
                self._site_key = ("all",)
        return self._site_key

    def _key(self, session: Session, *parts: Any) -> tuple:
        """What a statement of this source depends on (the day: the contract filters)."""
        return (
            session.get_bind().dialect.name,
            self.filter,
            self.today,
            self._site_ids(session),
            *parts,
        )

    def _where(self, session: Session, *, broad_stages: bool = False) -> list[ColumnElement[bool]]:
        dialect = session.get_bind().dialect.name
        conditions = _conditions(self.filter, self.today, dialect, broad_stages=broad_stages)
        site_key = self._site_ids(session)
        if site_key[0] == "picked":
            conditions.append(Entrepreneur.site_id == site_key[1])
        elif site_key[0] == "mine":
            conditions.append(Entrepreneur.site_id.in_(site_key[1]))
        return conditions

    def count(self, session: Session) -> int:
        """The rows kept, and (same statement) the table's size for _broad."""
        stmt = _cached(
            self._key(session, "count"),
            lambda: (
                select(func.count(), _MAX_ID).select_from(Entrepreneur).where(*self._where(session))
            ),
        )
        count, size = _run(session, stmt).one()
        self._count, self._size = count or 0, size or 0
        return self._count

    def _broad(self, session: Session) -> bool:
        """The filter keeps more than 1 person in BROAD_SHARE: walking the name index finds a
        page of them sooner than reading them all from the stage index and sorting them.
        max(id) stands for the table's size (read from the primary key, with the count)."""
        if self._count is None or self._size is None:
            self.count(session)
        return (self._count or 0) * BROAD_SHARE > (self._size or 0)

    def _sort_columns(self) -> dict[str, ColumnElement[Any] | Sequence[ColumnElement[Any]]]:
        stage_rank = case(
            {stage.value: rank for rank, stage in enumerate(STAGE_ORDER)},
            value=Entrepreneur.stage,
            else_=len(STAGE_ORDER),
        )
        name = [func.lower(Entrepreneur.last_name), func.lower(Entrepreneur.first_name)]
        return {
            "name": name,
            "project": [func.lower(Entrepreneur.project_name)],
            "discipline": [Discipline.label],
            "stage": [stage_rank],
            "coach": [func.lower(Coach.display_name)],
            "cohort": [Cohort.name],
            "entry_date": [Entrepreneur.entry_date],
            "last_session": [EntrepreneurActivity.last_session_on],
            "next_milestone": [EntrepreneurActivity.next_milestone_due],
            "contract_end": [running_contract_end()],
            "email": [func.lower(Entrepreneur.email)],
            "commune": [func.lower(Entrepreneur.commune)],
        }

    def _statement(
        self, session: Session, sort: SortOrder, *, dated_only: bool, broad: bool
    ) -> Select:
        """The page's SELECT in `sort` order, its window bound at each run (offset, limit).
        `dated_only` (the activity sorts): only the people whose activity date is known, read
        in that date's index order (see fetch). `broad`: see _broad."""
        stmt = (
            select(
                Entrepreneur.id,
                Entrepreneur.first_name,
                Entrepreneur.last_name,
                Entrepreneur.project_name,
                Discipline.label,
                Entrepreneur.stage,
                Coach.display_name,
                Cohort.name,
                Entrepreneur.entry_date,
                running_contract_end(),
                Entrepreneur.archived,
                Entrepreneur.email,
                Entrepreneur.phone,
                Entrepreneur.commune,
                Entrepreneur.postal_code,
                Entrepreneur.version_id,
            )
            .outerjoin(Discipline, Discipline.id == Entrepreneur.discipline_id)
            .outerjoin(Coach, Coach.id == Entrepreneur.referent_coach_id)
            .outerjoin(Cohort, Cohort.id == Entrepreneur.cohort_id)
        )
        stmt = stmt.where(*self._where(session, broad_stages=broad))
        columns = self._sort_columns()
        if dated_only:
            (date_column,) = columns[sort.key]
            person = EntrepreneurActivity.entrepreneur_id
            return (
                stmt.join(EntrepreneurActivity, person == Entrepreneur.id)
                .where(date_column.is_not(None))
                .order_by(
                    *(
                        (date_column.desc(), person.desc())
                        if sort.descending
                        else (date_column.asc(), person.asc())
                    )
                )
                .offset(_OFFSET)
                .limit(_LIMIT)
            )
        if sort.key in _ACTIVITY_SORTS:
            stmt = stmt.outerjoin(
                EntrepreneurActivity, EntrepreneurActivity.entrepreneur_id == Entrepreneur.id
            )
        return (
            apply_sort(
                stmt,
                sort,
                columns,
                default=list(columns["name"]),
                tiebreak=Entrepreneur.id,
                # NOT NULL columns of entrepreneur (the stage rank has an ELSE).
                never_empty=("name", "stage", "entry_date"),
            )
            .offset(_OFFSET)
            .limit(_LIMIT)
        )

    def _page(
        self, session: Session, sort: SortOrder, offset: int, limit: int, *, dated_only: bool
    ) -> list[Any]:
        walks_an_index = sort.key in (None, "name") or dated_only
        broad = walks_an_index and not self.filter.text and self._broad(session)
        stmt = _cached(
            self._key(session, "page", sort, dated_only, broad),
            lambda: self._statement(session, sort, dated_only=dated_only, broad=broad),
        )
        return _run(session, stmt, {"offset": max(0, offset), "limit": max(0, limit)}).all()

    def fetch(
        self, session: Session, sort: SortOrder, offset: int, limit: int
    ) -> list[EntrepreneurRow]:
        limit = min(limit, MAX_PAGE)
        rows = None
        if sort.key in _ACTIVITY_SORTS:
            # People with a date come first in either direction (empty values last), in the
            # order of the date's index: a full window of them is the page, read off the index
            # instead of sorting every matching person. A window that reaches the people
            # without a date takes the general statement.
            rows = self._page(session, sort, offset, limit, dated_only=True)
            if len(rows) < limit:
                rows = None
        if rows is None:
            rows = self._page(session, sort, offset, limit, dated_only=False)
        activity = _activity(session, [r[0] for r in rows])
        make, nothing = _make_row, (None, None, None)
        out = []
        for r in rows:
            last_on, next_due, next_title = activity.get(r[0], nothing)
            out.append(
                make(
                    {
                        "id": r[0],
                        "first_name": r[1],
                        "last_name": r[2],
                        "project_name": r[3],
                        "discipline": r[4],
                        "stage": r[5],
                        "coach": r[6],
                        "cohort": r[7],
                        "entry_date": r[8],
                        "last_session_on": last_on,
                        "next_milestone_due": next_due,
                        "next_milestone_title": next_title,
                        "contract_end": r[9],
                        "archived": r[10],
                        "email": r[11],
                        "phone": r[12],
                        "commune": r[13],
                        "postal_code": r[14],
                        "version_id": r[15],
                    }
                )
            )
        return out


def _activity(
    session: Session, ids: list[int]
) -> dict[int, tuple[date | None, date | None, str | None]]:
    """Last session and next milestone (date, title) of a page's rows, in one query."""
    if not ids:
        return {}
    return {row[0]: (row[1], row[2], row[3]) for row in _run(session, _ACTIVITY, {"ids": ids})}


def _activity_statement() -> Select:
    next_title = (
        select(Milestone.title)
        .where(
            Milestone.entrepreneur_id == EntrepreneurActivity.entrepreneur_id,
            Milestone.status.in_(_OPEN_MILESTONE),
        )
        .order_by(Milestone.due_on, Milestone.id)
        .limit(1)
        .correlate(EntrepreneurActivity)
        .scalar_subquery()
    )
    return select(
        EntrepreneurActivity.entrepreneur_id,
        EntrepreneurActivity.last_session_on,
        EntrepreneurActivity.next_milestone_due,
        next_title,
    ).where(EntrepreneurActivity.entrepreneur_id.in_(bindparam("ids", expanding=True)))


# Built once: the page's ids change, not the statement (an expanding bind instead of building a
# 200-value IN for every page).
_ACTIVITY = _activity_statement()


def entrepreneur_filter_from(**filters: Any) -> EntrepreneurFilter:
    """A filter from the keys pages and the dashboard pass around (stage may be one stage or
    several; unknown keys are ignored)."""
    values: dict[str, Any] = {}
    stage = filters.get("stage", filters.get("stages"))
    if stage is not None:
        items = [stage] if isinstance(stage, str | PathwayStage) else list(stage)
        values["stages"] = tuple(PathwayStage(s) for s in items)
    for key in (
        "text",
        "discipline_id",
        "coach_id",
        "cohort_id",
        "active_only",
        "entered_from",
        "entered_to",
        "contract_ending_within_days",
        "contract_past_end",
    ):
        if key in filters:
            values[key] = filters[key]
    return EntrepreneurFilter(**values)


__all__ = [
    "CONTRACT_WARNING_DAYS",
    "SORT_KEYS",
    "EntrepreneurFilter",
    "EntrepreneurListSource",
    "EntrepreneurRow",
    "entrepreneur_filter_from",
]
