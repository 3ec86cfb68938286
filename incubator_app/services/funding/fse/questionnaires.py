"""Record and read the FSE+ participant questionnaires, and list those that are due.

Staff and administrators record them (MANAGE_FUNDING); every change is audited. The optional
characteristics of Annex I, point 1.2 (disability, nationality, background, minority, housing,
rural area) are kept only while the person's latest consent for the purpose "fse_survey"
(consent_record, services/privacy/legal_basis.py) is given; each may be "declined"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import ConsentRecord, Entrepreneur, ExitOutcome, FseQuestionnaire
from incubator_app.models.fse import RESULT_FIELDS, SENSITIVE_FIELDS
from incubator_app.models.vocabulary import FseAnswer, FseMoment, IscedLevel, LabourStatus
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.records import (
    get_or_raise,
    load_for_update,
    record_audit,
    snapshot,
    to_view,
    unit_of_work,
    update_with_audit,
)
from incubator_app.services.validation import Validator

CONSENT_PURPOSE = "fse_survey"
ENTRY_FIELDS: tuple[str, ...] = ("labour_status", "education", *SENSITIVE_FIELDS)
_FIELDS = ["entrepreneur_id", "moment", "answered_on", *ENTRY_FIELDS, *RESULT_FIELDS]
#: The exit questionnaire is answered within four weeks after leaving (Annex I, point 2).
EXIT_WINDOW = timedelta(weeks=4)
SIX_MONTHS = relativedelta(months=6)
#: How long an unanswered questionnaire stays in the due list after its window closed.
OVERDUE_KEPT = relativedelta(months=3)


@dataclass(frozen=True)
class QuestionnaireView:
    id: int
    entrepreneur_id: int
    moment: FseMoment
    answered_on: date
    labour_status: LabourStatus | None
    education: IscedLevel | None
    disability: FseAnswer | None
    third_country_national: FseAnswer | None
    foreign_background: FseAnswer | None
    minority: FseAnswer | None
    homeless: FseAnswer | None
    rural_area: FseAnswer | None
    job_searching: bool | None
    in_education: bool | None
    gained_qualification: bool | None
    employed: bool | None
    improved_situation: bool | None
    version_id: int


@dataclass(frozen=True)
class DueQuestionnaire:
    entrepreneur_id: int
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    moment: FseMoment
    exit_date: date
    due_on: date  # the exit date, or six months after it
    deadline: date  # the last day of the window (exit + 4 weeks; six months + 4 weeks)


def has_fse_consent(session: Session, entrepreneur_id: int) -> bool:
    """True if the person's latest consent record for the FSE+ questionnaires gives it."""
    given = session.scalar(
        select(ConsentRecord.given)
        .where(
            ConsentRecord.entrepreneur_id == entrepreneur_id,
            ConsentRecord.purpose == CONSENT_PURPOSE,
        )
        .order_by(ConsentRecord.given_on.desc(), ConsentRecord.id.desc())
        .limit(1)
    )
    return bool(given)


def _validate(
    v: Validator, session: Session, entrepreneur_id: int, moment: FseMoment, values: dict
) -> None:
    if "answered_on" in values:
        if not isinstance(values["answered_on"], date):
            v.add("answered_on", msg(QT_TRANSLATE_NOOP("Validation", "Not a date.")))
        elif values["answered_on"] > clock.today():
            v.add(
                "answered_on",
                msg(QT_TRANSLATE_NOOP("Fse", "A questionnaire cannot be answered in the future.")),
            )
    choices = {"labour_status": LabourStatus, "education": IscedLevel}
    choices.update(dict.fromkeys(SENSITIVE_FIELDS, FseAnswer))
    for field, enum_cls in choices.items():
        if values.get(field) is not None:
            values[field] = v.choice(field, values[field], enum_cls)
    for field in RESULT_FIELDS:
        if values.get(field) is not None and not isinstance(values[field], bool):
            v.add(field, msg(QT_TRANSLATE_NOOP("Fse", "Answer yes, no or leave it empty.")))
    asked = ENTRY_FIELDS if moment is FseMoment.ENTRY else RESULT_FIELDS
    for field in _FIELDS[3:]:
        if field not in asked and values.get(field) is not None:
            v.add(field, msg(QT_TRANSLATE_NOOP("Fse", "Not asked in this questionnaire.")))
    if moment is FseMoment.EXIT and values.get("improved_situation") is not None:
        v.add(
            "improved_situation",
            msg(QT_TRANSLATE_NOOP("Fse", "Asked six months after leaving only.")),
        )
    sensitive = [f for f in SENSITIVE_FIELDS if values.get(f) is not None]
    if sensitive and not has_fse_consent(session, entrepreneur_id):
        for field in sensitive:
            v.add(
                field,
                msg(
                    QT_TRANSLATE_NOOP(
                        "Fse",
                        "Needs the person's consent to the FSE+ questionnaires "
                        "(record it in their consents first).",
                    )
                ),
            )


def record_questionnaire(
    session: Session,
    entrepreneur_id: int,
    moment: FseMoment | str,
    *,
    answered_on: date,
    actor: Actor,
    **answers: Any,
) -> QuestionnaireView:
    """Records a person's questionnaire for a moment; one per person and moment (a second
    entry questionnaire is refused: the first entry date is kept; correct it instead)."""
    require(actor, Permission.MANAGE_FUNDING)
    v = Validator()
    moment = v.choice("moment", moment, FseMoment)
    v.raise_if_any()
    v.only_fields(answers, set(_FIELDS[3:]))
    values: dict[str, Any] = {"answered_on": answered_on, **answers}
    with unit_of_work(session):
        get_or_raise(session, Entrepreneur, entrepreneur_id)
        _validate(v, session, entrepreneur_id, moment, values)
        existing = session.scalar(
            select(FseQuestionnaire.id).where(
                FseQuestionnaire.entrepreneur_id == entrepreneur_id,
                FseQuestionnaire.moment == moment,
            )
        )
        if existing is not None:
            v.add(
                "moment",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Fse", "This person already has this questionnaire; correct it instead."
                    )
                ),
            )
        v.raise_if_any()
        row = FseQuestionnaire(
            entrepreneur_id=entrepreneur_id, moment=moment, recorded_by=actor.login, **values
        )
        session.add(row)
        session.flush()
        record_audit(session, actor, "fse_questionnaire", row.id, "create", snapshot(row, _FIELDS))
    return to_view(row, QuestionnaireView)


def update_questionnaire(
    session: Session,
    questionnaire_id: int,
    *,
    expected_version: int | None,
    actor: Actor,
    **changes: Any,
) -> QuestionnaireView:
    require(actor, Permission.MANAGE_FUNDING)
    v = Validator()
    v.only_fields(changes, set(_FIELDS[2:]))
    v.raise_if_any()
    with unit_of_work(session):
        row = load_for_update(session, FseQuestionnaire, questionnaire_id, expected_version)
        merged = {f: getattr(row, f) for f in _FIELDS[2:]} | changes
        _validate(v, session, row.entrepreneur_id, row.moment, merged)
        v.raise_if_any()
        update_with_audit(session, actor, row, "fse_questionnaire", {f: merged[f] for f in changes})
    return to_view(row, QuestionnaireView)


def list_questionnaires(
    session: Session, entrepreneur_id: int, *, actor: Actor
) -> dict[FseMoment, QuestionnaireView]:
    # Sensitive answers: read by those who record them (staff, administrators), not coaches.
    require(actor, Permission.MANAGE_FUNDING)
    rows = session.scalars(
        select(FseQuestionnaire).where(FseQuestionnaire.entrepreneur_id == entrepreneur_id)
    )
    return {row.moment: to_view(row, QuestionnaireView) for row in rows}


def due_questionnaires(
    session: Session, *, actor: Actor, on: date | None = None, horizon_days: int = 31
) -> list[DueQuestionnaire]:
    """The exit and six-month questionnaires of FSE+ participants (people with an entry
    questionnaire) that are not answered and are due by `on` + horizon, with those overdue by
    less than three months (older ones are counted as unknown in the indicators); sorted by
    due date."""
    require(actor, Permission.VIEW)
    on = on or clock.today()
    until = on + timedelta(days=horizon_days)
    entry = FseQuestionnaire.__table__.alias("entry_q")
    out: list[DueQuestionnaire] = []
    for moment, shift in ((FseMoment.EXIT, None), (FseMoment.SIX_MONTHS, SIX_MONTHS)):
        answered = FseQuestionnaire.__table__.alias("answered_q")
        last_exit = until - shift if shift else until
        first_exit = on - OVERDUE_KEPT - EXIT_WINDOW - (shift or relativedelta())
        stmt = (
            select(
                Entrepreneur.id,
                Entrepreneur.first_name,
                Entrepreneur.last_name,
                Entrepreneur.email,
                Entrepreneur.phone,
                ExitOutcome.exit_date,
            )
            .join(ExitOutcome, ExitOutcome.entrepreneur_id == Entrepreneur.id)
            .join(
                entry,
                and_(entry.c.entrepreneur_id == Entrepreneur.id, entry.c.moment == "entry"),
            )
            .outerjoin(
                answered,
                and_(
                    answered.c.entrepreneur_id == Entrepreneur.id,
                    answered.c.moment == moment.value,
                ),
            )
            .where(answered.c.id.is_(None), ExitOutcome.exit_date.between(first_exit, last_exit))
        )
        for eid, first, last, email, phone, exit_date in session.execute(stmt):
            due_on = exit_date + shift if shift else exit_date
            out.append(
                DueQuestionnaire(
                    eid, first, last, email, phone, moment, exit_date, due_on, due_on + EXIT_WINDOW
                )
            )
    out.sort(key=lambda d: (d.due_on, d.last_name.lower(), d.entrepreneur_id))
    return out


@dataclass(frozen=True)
class FseRecord:
    """What the record window's FSE+ tab shows for one person."""

    questionnaires: dict[FseMoment, QuestionnaireView]
    consent: bool  # may the optional characteristics be recorded
    birth_year: int | None
    exit_date: date | None


def fse_record(session: Session, entrepreneur_id: int, *, actor: Actor) -> FseRecord:
    questionnaires = list_questionnaires(session, entrepreneur_id, actor=actor)
    person = get_or_raise(session, Entrepreneur, entrepreneur_id)
    exit_date = session.scalar(
        select(ExitOutcome.exit_date).where(ExitOutcome.entrepreneur_id == entrepreneur_id)
    )
    return FseRecord(
        questionnaires, has_fse_consent(session, entrepreneur_id), person.birth_year, exit_date
    )
