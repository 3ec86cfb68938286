"""Key figures of a grant over a period, as funders ask for them — every figure computed in SQL.

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
  who left to create their business, checked on or before the end of the period (the latest
  status known when the report is written); `checked` of them, `active` still running.
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
    Integer,
    String,
    and_,
    case,
    cast,
    distinct,
    extract,
    func,
    literal,
    or_,
    select,
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
    months: int
    checked: int
    active: int


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


def _attended_in_period(grant_id: int, start: date, end: date):
    """(entrepreneur_id, session_id, duration) for each attendance of a beneficiary."""
    return (
        select(
            SessionParticipant.entrepreneur_id.label("entrepreneur_id"),
            CoachingSession.id.label("session_id"),
            CoachingSession.duration_minutes.label("minutes"),
            CoachingSession.kind.label("kind"),
        )
        .join(CoachingSession, CoachingSession.id == SessionParticipant.session_id)
        .join(
            grant_beneficiary,
            and_(
                # "+ 0": SQLite would otherwise walk every session of every beneficiary (all
                # years, random reads); from the period's sessions it reads 10x less.
                grant_beneficiary.c.entrepreneur_id == SessionParticipant.entrepreneur_id + 0,
                grant_beneficiary.c.grant_id == grant_id,
            ),
        )
        .where(
            SessionParticipant.attended.is_(True),
            CoachingSession.session_date >= start,
            CoachingSession.session_date <= end,
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


def _tallies(session: Session, key, people, order: list[str]) -> tuple[Tally, ...]:
    """Counts of `people` (a FROM clause holding the entrepreneur) by `key`, every key of
    `order` present (zeros too). The key is computed in a subquery and grouped by name:
    PostgreSQL would not see two bound copies of a CASE expression as the same."""
    keyed = select(key.label("k")).select_from(people).subquery("keyed")
    stmt = select(keyed.c.k, func.count()).group_by(keyed.c.k)
    counts = {str(k): n for k, n in session.execute(stmt)}
    return tuple(Tally(k, counts.get(k, 0)) for k in order)


def _yes_no(column):
    return case((column.is_(True), "yes"), (column.is_(False), "no"), else_=UNKNOWN)


def _age_band(age):
    whens = []
    for code, upper in AGE_BANDS:
        if upper is not None:
            whens.append((age <= upper, code))
    return case((age.is_(None), UNKNOWN), *whens, else_=AGE_BANDS[-1][0])


# --- the figures --------------------------------------------------------------------------------


def funder_kpis(
    session: Session, grant_id: int, start: date, end: date, *, actor: Actor
) -> FunderKpis:
    """All the key figures of `grant_id` over [start, end] (both days included)."""
    require(actor, Permission.VIEW)
    _check_period(start, end)
    grant = grant_summary(session, grant_id, actor=actor)
    pathway = _pathway(grant_id)
    supported = _supported(grant_id, start, end, pathway)

    beneficiaries = session.scalar(
        select(func.count()).where(grant_beneficiary.c.grant_id == grant_id)
    )
    people = session.scalar(select(func.count()).select_from(supported))
    admissions, incubations = session.execute(
        select(
            func.count(case((pathway.c.admitted_on.between(start, end), 1))),
            func.count(case((pathway.c.incubated_on.between(start, end), 1))),
        ).select_from(pathway)
    ).one()

    exit_counts = dict(
        session.execute(
            select(ExitOutcome.exit_type, func.count())
            .join(
                grant_beneficiary,
                grant_beneficiary.c.entrepreneur_id == ExitOutcome.entrepreneur_id,
            )
            .where(
                grant_beneficiary.c.grant_id == grant_id,
                ExitOutcome.exit_date >= start,
                ExitOutcome.exit_date <= end,
            )
            .group_by(ExitOutcome.exit_type)
        ).all()
    )
    exits = tuple(Tally(t.value, exit_counts.get(t, 0)) for t in ExitType)

    survival_rows = {
        months: (checked, active or 0)
        for months, checked, active in session.execute(
            select(
                FollowUpCheckpoint.months_after_exit,
                func.count(),
                func.sum(case((FollowUpCheckpoint.business_active.is_(True), 1), else_=0)),
            )
            .join(
                grant_beneficiary,
                grant_beneficiary.c.entrepreneur_id == FollowUpCheckpoint.entrepreneur_id,
            )
            .join(ExitOutcome, ExitOutcome.entrepreneur_id == FollowUpCheckpoint.entrepreneur_id)
            .where(
                grant_beneficiary.c.grant_id == grant_id,
                ExitOutcome.exit_type == ExitType.BUSINESS_CREATED,
                FollowUpCheckpoint.months_after_exit.in_(SURVIVAL_MONTHS),
                FollowUpCheckpoint.business_active.is_not(None),
                FollowUpCheckpoint.checked_on <= end,
            )
            .group_by(FollowUpCheckpoint.months_after_exit)
        )
    }
    survival = tuple(
        Survival(m, int(survival_rows.get(m, (0, 0))[0]), int(survival_rows.get(m, (0, 0))[1]))
        for m in SURVIVAL_MONTHS
    )

    attended = _attended_in_period(grant_id, start, end).subquery("attendance")
    per_session = (
        select(attended.c.session_id, attended.c.minutes, attended.c.kind)
        .distinct()
        .subquery("financed_sessions")
    )
    sessions, individual, collective, delivered = session.execute(
        select(
            func.count(),
            func.count(case((per_session.c.kind == SessionKind.INDIVIDUAL, 1))),
            func.count(case((per_session.c.kind == SessionKind.COLLECTIVE, 1))),
            func.coalesce(func.sum(per_session.c.minutes), 0),
        ).select_from(per_session)
    ).one()
    received = session.scalar(
        select(func.coalesce(func.sum(attended.c.minutes), 0)).select_from(attended)
    )

    admitted_year = extract("year", pathway.c.admitted_on)
    year = func.coalesce(cast(admitted_year, Integer), literal(start.year))
    people_from = supported.join(Entrepreneur, Entrepreneur.id == supported.c.entrepreneur_id).join(
        pathway, pathway.c.entrepreneur_id == supported.c.entrepreneur_id
    )
    band_order = [code for code, _ in AGE_BANDS] + [UNKNOWN]
    yes_no = ["yes", "no", UNKNOWN]
    # VARCHAR, not the enum type: "unknown" is no Gender value.
    gender_key = func.coalesce(cast(Entrepreneur.gender, String), UNKNOWN)
    return FunderKpis(
        grant=grant,
        period_start=start,
        period_end=end,
        beneficiaries=int(beneficiaries or 0),
        people_supported=int(people or 0),
        admissions=int(admissions),
        incubations=int(incubations),
        exits=exits,
        survival=survival,
        sessions=int(sessions),
        individual_sessions=int(individual),
        collective_sessions=int(collective),
        coaching_minutes=int(delivered),
        participant_minutes=int(received or 0),
        by_gender=_tallies(session, gender_key, people_from, [g.value for g in Gender] + [UNKNOWN]),
        by_age_band=_tallies(
            session, _age_band(year - Entrepreneur.birth_year), people_from, band_order
        ),
        by_job_seeker=_tallies(session, _yes_no(Entrepreneur.job_seeker), people_from, yes_no),
        by_social_minima=_tallies(
            session, _yes_no(Entrepreneur.social_minima), people_from, yes_no
        ),
        by_priority_district=_tallies(
            session, _yes_no(Entrepreneur.priority_district), people_from, yes_no
        ),
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
