"""Key figures of a grant over a period, as funders ask for them, counted from its beneficiaries.

Definitions (the same on SQLite and PostgreSQL, documented here because funders ask):

- *Beneficiaries*: the entrepreneurs attributed to the grant (`grant_beneficiary`).
- *Admitted on*: the first stage change into ``admitted`` or ``incubated``; for records with no
  pathway history, the entry date when the current stage is past the candidate stage.
- *Left on*: the exit outcome's date, else the first change into ``graduated``, ``exited``,
  ``withdrew`` or ``refused``.
- *People supported* in [start, end]: beneficiaries whose pathway overlaps the period
  (admitted on or before the end, not left before the start), plus beneficiaries who attended a
  coaching session in the period (a follow-up session after exit is support too). The annex
  lists exactly these people, so the annex hours add up to the participant hours.
- *Admissions* / *incubations*: beneficiaries admitted / whose CAPE started (first change into
  ``incubated``) in the period.
- *Exits*: beneficiaries whose exit outcome is dated in the period, by exit type.
- *Businesses still active* 12/24/36 months after exit: follow-up checkpoints of beneficiaries
  who left to create their business, due on or before the end of the period (`due`); those
  answered on or before the end (`checked`: the latest status known when the report is
  written, recorded by the follow-up campaign), `active` still running; `due - checked` is
  stated as unknown. The rate is `active / checked`.
- *Coaching*: sessions dated in the period that at least one beneficiary attended (`sessions`,
  `coaching_minutes` delivered once per session), and `participant_minutes`, the minutes each
  attending beneficiary received (a two-hour workshop with three beneficiaries counts 6 h).
- *Profile* of the people supported: gender, age band (age in the year of admission, else of
  the period start), job-seeker status, social minima and priority district, at entry.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import (
    CTE,
    String,
    and_,
    case,
    distinct,
    func,
    or_,
    select,
    type_coerce,
    union,
)
from sqlalchemy.orm import Session

from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import (
    CoachingSession,
    Entrepreneur,
    ExitOutcome,
    ExitType,
    FollowUpCheckpoint,
    Funder,
    Gender,
    Grant,
    IncubatorProfile,
    PathwayStage,
    SessionKind,
    SessionParticipant,
    StageChange,
    grant_beneficiary,
)
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.records import get_or_raise
from incubator_app.services.validation import Validator

SURVIVAL_MONTHS = (12, 24, 36)
#: Upper bounds (inclusive) of the age bands; the last band is "55 and over".
AGE_BANDS = (("under_26", 25), ("26_34", 34), ("35_44", 44), ("45_54", 54), ("55_plus", None))
UNKNOWN = "unknown"
#: The exits funders count as positive ("sorties positives"): into a business, a job, a training.
POSITIVE_EXITS = frozenset(
    {ExitType.BUSINESS_CREATED.value, ExitType.SALARIED_JOB.value, ExitType.TRAINING.value}
)
ANNEX_CHUNK = 500

_ADMITTED = (PathwayStage.ADMITTED, PathwayStage.INCUBATED)
_PAST_CANDIDATE = (
    PathwayStage.ADMITTED,
    PathwayStage.INCUBATED,
    PathwayStage.GRADUATED,
    PathwayStage.EXITED,
)
_LEAVING = (
    PathwayStage.GRADUATED,
    PathwayStage.EXITED,
    PathwayStage.WITHDREW,
    PathwayStage.REFUSED,
)


@dataclass(frozen=True)
class GrantSummary:
    id: int
    reference: str
    title: str
    funder_name: str
    amount_cents: int
    period_start: date
    period_end: date


@dataclass(frozen=True)
class ReportIdentity:
    """Who writes the report: printed on its cover and page headers."""

    incubator_name: str
    logo_png: bytes | None


@dataclass(frozen=True)
class Tally:
    """One line of a breakdown: a key (enum value, band code, "yes"/"no"/"unknown") and a count."""

    key: str
    count: int


@dataclass(frozen=True)
class Survival:
    """`due`: checkpoints due by the end of the period; `checked` of them answered (the
    follow-up campaign's answers), `active` still running; the rest is unknown."""

    months: int
    checked: int
    active: int
    due: int = 0

    @property
    def unknown(self) -> int:
        return max(self.due - self.checked, 0)


@dataclass(frozen=True)
class FunderKpis:
    grant: GrantSummary
    period_start: date
    period_end: date
    beneficiaries: int
    people_supported: int
    admissions: int
    incubations: int
    exits: tuple[Tally, ...]
    survival: tuple[Survival, ...]
    sessions: int
    individual_sessions: int
    collective_sessions: int
    coaching_minutes: int
    participant_minutes: int
    by_gender: tuple[Tally, ...]
    by_age_band: tuple[Tally, ...]
    by_job_seeker: tuple[Tally, ...]
    by_social_minima: tuple[Tally, ...]
    by_priority_district: tuple[Tally, ...]

    @property
    def exits_total(self) -> int:
        return sum(t.count for t in self.exits)

    @property
    def positive_exits(self) -> int:
        """Exits to a business created, a salaried job or a training (POSITIVE_EXITS)."""
        return sum(t.count for t in self.exits if t.key in POSITIVE_EXITS)

    @property
    def has_data(self) -> bool:
        """False when nobody was supported in the period (the report says so)."""
        return self.people_supported > 0


@dataclass(frozen=True)
class BeneficiaryRow:
    """One line of the annex: a person supported and the coaching they attended in the period."""

    id: int
    last_name: str
    first_name: str
    stage: PathwayStage
    admitted_on: date | None
    left_on: date | None
    exit_type: ExitType | None
    sessions: int
    minutes: int


# --- validation ---------------------------------------------------------------------------------


def _check_period(start: date, end: date) -> None:
    v = Validator()
    for field, value in (("from", start), ("to", end)):
        if not isinstance(value, date):
            v.add(field, msg(QT_TRANSLATE_NOOP("Validation", "Not a date.")))
    if not v.errors and end < start:
        v.add(
            "to",
            msg(
                QT_TRANSLATE_NOOP("FunderReport", "The period ends before it starts ({start})."),
                start=start.strftime("%d/%m/%Y"),
            ),
        )
    v.raise_if_any()


def grant_summary(session: Session, grant_id: int, *, actor: Actor) -> GrantSummary:
    """The grant as the report's cover shows it (NotFound for an unknown id)."""
    require(actor, Permission.VIEW)
    grant = get_or_raise(session, Grant, grant_id)
    funder_name = session.scalar(select(Funder.name).where(Funder.id == grant.funder_id)) or ""
    return GrantSummary(
        id=grant.id,
        reference=grant.reference,
        title=grant.title,
        funder_name=funder_name,
        amount_cents=grant.amount_cents,
        period_start=grant.period_start,
        period_end=grant.period_end,
    )


def report_identity(session: Session) -> ReportIdentity:
    row = session.execute(select(IncubatorProfile.name, IncubatorProfile.logo_png).limit(1)).first()
    return ReportIdentity(row[0], row[1]) if row else ReportIdentity("", None)


# --- building blocks ----------------------------------------------------------------------------


def _first_change(stages: tuple[PathwayStage, ...]):
    """The first day the entrepreneur of the outer row entered one of `stages` (a correlated
    subquery: one index lookup per beneficiary, never a pass over the whole history)."""
    return (
        select(func.min(StageChange.changed_on))
        .where(StageChange.entrepreneur_id == Entrepreneur.id, StageChange.to_stage.in_(stages))
        .scalar_subquery()
    )


def _in_period(start: date, end: date) -> list:
    """The period's terms on coaching_session. coalesce() (a no-op: the date is never empty)
    keeps the planner off the date indexes: the sessions are reached from the grant's
    beneficiaries, so a grant's figures cost what its beneficiaries cost, not what the whole
    network's sessions of the period cost."""
    day = func.coalesce(CoachingSession.session_date, CoachingSession.session_date)
    return [day >= start, day <= end]


def _of_site(site_id: int | None) -> list:
    """The beneficiaries of one site of a network (none: every beneficiary)."""
    if site_id is None:
        return []
    return [
        grant_beneficiary.c.entrepreneur_id.in_(
            select(Entrepreneur.id).where(Entrepreneur.site_id == site_id)
        )
    ]


def _attended_in_period(grant_id: int, start: date, end: date, site_id: int | None = None):
    """(entrepreneur_id, session_id, duration) for each attendance of a beneficiary."""
    return (
        select(
            SessionParticipant.entrepreneur_id.label("entrepreneur_id"),
            CoachingSession.id.label("session_id"),
            CoachingSession.duration_minutes.label("minutes"),
            # The stored text: no enum conversion for each of thousands of rows.
            type_coerce(CoachingSession.kind, String).label("kind"),
        )
        .select_from(grant_beneficiary)
        .join(
            SessionParticipant,
            SessionParticipant.entrepreneur_id == grant_beneficiary.c.entrepreneur_id,
        )
        .join(CoachingSession, CoachingSession.id == SessionParticipant.session_id)
        .where(
            grant_beneficiary.c.grant_id == grant_id,
            SessionParticipant.attended.is_(True),
            *_in_period(start, end),
            *_of_site(site_id),
        )
    )


def _pathway(grant_id: int) -> CTE:
    """Every beneficiary of the grant with the dates of their pathway."""
    admitted_on = func.coalesce(
        _first_change(_ADMITTED),
        case((Entrepreneur.stage.in_(_PAST_CANDIDATE), Entrepreneur.entry_date), else_=None),
    )
    return (
        select(
            Entrepreneur.id.label("entrepreneur_id"),
            admitted_on.label("admitted_on"),
            _first_change((PathwayStage.INCUBATED,)).label("incubated_on"),
            func.coalesce(ExitOutcome.exit_date, _first_change(_LEAVING)).label("left_on"),
        )
        .join(grant_beneficiary, grant_beneficiary.c.entrepreneur_id == Entrepreneur.id)
        .outerjoin(ExitOutcome, ExitOutcome.entrepreneur_id == Entrepreneur.id)
        .where(grant_beneficiary.c.grant_id == grant_id)
        .cte("pathway")
    )


def _supported(grant_id: int, start: date, end: date, pathway: CTE) -> CTE:
    """Ids of the people supported in the period (see the module docstring)."""
    attended = _attended_in_period(grant_id, start, end).subquery("attended")
    in_pathway = select(pathway.c.entrepreneur_id).where(
        pathway.c.admitted_on <= end,
        or_(pathway.c.left_on.is_(None), pathway.c.left_on >= start),
    )
    coached = select(attended.c.entrepreneur_id)
    ids = union(in_pathway, coached).subquery("supported_ids")
    return select(ids.c.entrepreneur_id.label("entrepreneur_id")).cte("supported")


# --- the figures --------------------------------------------------------------------------------


def _facts_statement(grant_id: int, site_id: int | None = None):
    """One row per beneficiary: pathway dates, exit, profile at entry."""
    admitted_on = func.coalesce(
        _first_change(_ADMITTED),
        case((Entrepreneur.stage.in_(_PAST_CANDIDATE), Entrepreneur.entry_date), else_=None),
    )
    return (
        select(
            Entrepreneur.id,
            admitted_on,
            _first_change((PathwayStage.INCUBATED,)),
            func.coalesce(ExitOutcome.exit_date, _first_change(_LEAVING)),
            ExitOutcome.exit_type,
            ExitOutcome.exit_date,
            Entrepreneur.gender,
            Entrepreneur.birth_year,
            Entrepreneur.job_seeker,
            Entrepreneur.social_minima,
            Entrepreneur.priority_district,
        )
        .select_from(grant_beneficiary)
        .join(Entrepreneur, Entrepreneur.id == grant_beneficiary.c.entrepreneur_id)
        .outerjoin(ExitOutcome, ExitOutcome.entrepreneur_id == Entrepreneur.id)
        .where(grant_beneficiary.c.grant_id == grant_id, *_of_site(site_id))
    )


def _band_of(age: int | None) -> str:
    if age is None:
        return UNKNOWN
    for code, upper in AGE_BANDS:
        if upper is not None and age <= upper:
            return code
    return AGE_BANDS[-1][0]


def _yes_no_of(value: bool | None) -> str:
    return UNKNOWN if value is None else ("yes" if value else "no")


def _counted(counter: dict[str, int], order: list[str]) -> tuple[Tally, ...]:
    return tuple(Tally(k, counter.get(k, 0)) for k in order)


def funder_kpis(
    session: Session,
    grant_id: int,
    start: date,
    end: date,
    *,
    actor: Actor,
    site_id: int | None = None,
) -> FunderKpis:
    """All the key figures of `grant_id` over [start, end] (both days included); with
    `site_id`, those of the beneficiaries of that site of a network only.

    One pass from the grant's beneficiaries: their attendances in the period, one row per
    beneficiary (pathway, exit, profile), counted here, and one statement for the follow-up
    checkpoints. The same definitions as the annex's SQL (see the module
    docstring; tests compare both)."""
    require(actor, Permission.VIEW)
    _check_period(start, end)
    grant = grant_summary(session, grant_id, actor=actor)

    # The period's attendances of the beneficiaries, read once: who was coached, and per
    # session its minutes (delivered once) and kind; participant minutes add up per row.
    coached: set[int] = set()
    financed: dict[int, tuple[int, str]] = {}
    received = 0
    for person_id, session_id, minutes, kind in session.execute(
        _attended_in_period(grant_id, start, end, site_id)
    ):
        coached.add(person_id)
        financed[session_id] = (minutes, kind)
        received += minutes

    beneficiaries = people = admissions = incubations = 0
    exit_counts: dict[ExitType, int] = {}
    by_gender: dict[str, int] = {}
    by_band: dict[str, int] = {}
    by_seeker: dict[str, int] = {}
    by_minima: dict[str, int] = {}
    by_district: dict[str, int] = {}
    for row in session.execute(_facts_statement(grant_id, site_id)):
        person_id, admitted_on, incubated_on, left_on, exit_type, exit_date, gender = row[:7]
        birth_year, job_seeker, social_minima, priority_district = row[7:]
        beneficiaries += 1
        if admitted_on is not None and start <= admitted_on <= end:
            admissions += 1
        if incubated_on is not None and start <= incubated_on <= end:
            incubations += 1
        if exit_date is not None and start <= exit_date <= end:
            exit_counts[exit_type] = exit_counts.get(exit_type, 0) + 1
        in_pathway = (
            admitted_on is not None and admitted_on <= end and (left_on is None or left_on >= start)
        )
        if not (in_pathway or person_id in coached):
            continue
        people += 1
        key = gender.value if gender is not None else UNKNOWN
        by_gender[key] = by_gender.get(key, 0) + 1
        year = admitted_on.year if admitted_on is not None else start.year
        band = _band_of(None if birth_year is None else year - birth_year)
        by_band[band] = by_band.get(band, 0) + 1
        for counter, value in (
            (by_seeker, job_seeker),
            (by_minima, social_minima),
            (by_district, priority_district),
        ):
            key = _yes_no_of(value)
            counter[key] = counter.get(key, 0) + 1
    exits = tuple(Tally(t.value, exit_counts.get(t, 0)) for t in ExitType)

    answered = and_(
        FollowUpCheckpoint.business_active.is_not(None), FollowUpCheckpoint.checked_on <= end
    )
    survival_rows = {
        months: (checked or 0, active or 0, due)
        for months, due, checked, active in session.execute(
            select(
                FollowUpCheckpoint.months_after_exit,
                func.count(),
                func.sum(case((answered, 1), else_=0)),
                func.sum(
                    case((and_(answered, FollowUpCheckpoint.business_active.is_(True)), 1), else_=0)
                ),
            )
            .select_from(grant_beneficiary)
            .join(
                FollowUpCheckpoint,
                grant_beneficiary.c.entrepreneur_id == FollowUpCheckpoint.entrepreneur_id,
            )
            .join(ExitOutcome, ExitOutcome.entrepreneur_id == FollowUpCheckpoint.entrepreneur_id)
            .where(
                grant_beneficiary.c.grant_id == grant_id,
                ExitOutcome.exit_type == ExitType.BUSINESS_CREATED,
                FollowUpCheckpoint.months_after_exit.in_(SURVIVAL_MONTHS),
                or_(FollowUpCheckpoint.due_on <= end, answered),
                *_of_site(site_id),
            )
            .group_by(FollowUpCheckpoint.months_after_exit)
        )
    }
    survival = tuple(
        Survival(m, *(int(n) for n in survival_rows.get(m, (0, 0, 0)))) for m in SURVIVAL_MONTHS
    )

    sessions = len(financed)
    individual = sum(1 for _, kind in financed.values() if kind == SessionKind.INDIVIDUAL.value)
    collective = sum(1 for _, kind in financed.values() if kind == SessionKind.COLLECTIVE.value)
    delivered = sum(minutes for minutes, _ in financed.values())

    band_order = [code for code, _ in AGE_BANDS] + [UNKNOWN]
    yes_no = ["yes", "no", UNKNOWN]
    return FunderKpis(
        grant=grant,
        period_start=start,
        period_end=end,
        beneficiaries=beneficiaries,
        people_supported=people,
        admissions=admissions,
        incubations=incubations,
        exits=exits,
        survival=survival,
        sessions=sessions,
        individual_sessions=individual,
        collective_sessions=collective,
        coaching_minutes=delivered,
        participant_minutes=received,
        by_gender=_counted(by_gender, [g.value for g in Gender] + [UNKNOWN]),
        by_age_band=_counted(by_band, band_order),
        by_job_seeker=_counted(by_seeker, yes_no),
        by_social_minima=_counted(by_minima, yes_no),
        by_priority_district=_counted(by_district, yes_no),
    )


def _annex_statement(grant_id: int, start: date, end: date):
    pathway = _pathway(grant_id)
    supported = _supported(grant_id, start, end, pathway)
    attended = _attended_in_period(grant_id, start, end).subquery("attendance")
    per_person = (
        select(
            attended.c.entrepreneur_id,
            func.count(distinct(attended.c.session_id)).label("sessions"),
            func.sum(attended.c.minutes).label("minutes"),
        )
        .group_by(attended.c.entrepreneur_id)
        .subquery("per_person")
    )
    return (
        select(
            Entrepreneur.id,
            Entrepreneur.last_name,
            Entrepreneur.first_name,
            Entrepreneur.stage,
            pathway.c.admitted_on,
            pathway.c.left_on,
            ExitOutcome.exit_type,
            func.coalesce(per_person.c.sessions, 0),
            func.coalesce(per_person.c.minutes, 0),
        )
        .select_from(supported)
        .join(Entrepreneur, Entrepreneur.id == supported.c.entrepreneur_id)
        .join(pathway, pathway.c.entrepreneur_id == supported.c.entrepreneur_id)
        .outerjoin(ExitOutcome, ExitOutcome.entrepreneur_id == Entrepreneur.id)
        .outerjoin(per_person, per_person.c.entrepreneur_id == Entrepreneur.id)
        .order_by(Entrepreneur.last_name, Entrepreneur.first_name, Entrepreneur.id)
    )


def iter_beneficiary_rows(
    session: Session,
    grant_id: int,
    start: date,
    end: date,
    *,
    actor: Actor,
    chunk: int = ANNEX_CHUNK,
) -> Iterator[BeneficiaryRow]:
    """The annex, in name order, streamed `chunk` rows at a time (a server-side cursor on
    PostgreSQL): memory stays flat however many beneficiaries the grant has. The session must
    stay open while the iterator is consumed. Permission, period and grant are checked now,
    before the first row is asked for."""
    require(actor, Permission.VIEW)
    _check_period(start, end)
    get_or_raise(session, Grant, grant_id)
    stmt = _annex_statement(grant_id, start, end).execution_options(yield_per=chunk)
    return _rows(session, stmt)


def _rows(session: Session, stmt) -> Iterator[BeneficiaryRow]:
    for row in session.execute(stmt):
        yield BeneficiaryRow(
            id=row[0],
            last_name=row[1],
            first_name=row[2],
            stage=PathwayStage(row[3]),
            admitted_on=row[4],
            left_on=row[5],
            exit_type=ExitType(row[6]) if row[6] is not None else None,
            sessions=int(row[7]),
            minutes=int(row[8]),
        )


__all__ = [
    "AGE_BANDS",
    "POSITIVE_EXITS",
    "SURVIVAL_MONTHS",
    "UNKNOWN",
    "BeneficiaryRow",
    "FunderKpis",
    "GrantSummary",
    "ReportIdentity",
    "Survival",
    "Tally",
    "funder_kpis",
    "grant_summary",
    "iter_beneficiary_rows",
    "report_identity",
]
