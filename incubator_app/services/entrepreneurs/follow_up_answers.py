"""The answer of a follow-up checkpoint (6/12/24/36 months after exit): business still active,
legal form, revenue band, jobs created, situation, a free note. Recording it closes the
checkpoint; the funder report's survival rates (services/reporting/funder_kpis.py) and the
grant indicators count these answers, and state the checkpoints due but not answered as
unknown."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import FollowUpCheckpoint
from incubator_app.models.vocabulary import FollowUpSituation, LegalForm, RevenueBand
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.records import (
    apply_changes,
    load_for_update,
    record_audit,
    unit_of_work,
)
from incubator_app.services.validation import Validator

MAX_JOBS = 10_000


@dataclass(frozen=True)
class FollowUpAnswer:
    business_active: bool
    checked_on: date
    legal_form: str | None = None
    revenue_band: str | None = None
    jobs_created: int | None = None
    situation: str | None = None
    notes: str | None = None


def _code(v: Validator, field: str, value: Any, allowed: type) -> None:
    if value is not None and value not in {m.value for m in allowed}:
        v.add(
            field,
            msg(
                QT_TRANSLATE_NOOP("FollowUp", "Unknown value {value}; expected one of {codes}."),
                value=value,
                codes=", ".join(m.value for m in allowed),
            ),
        )


def validate_answer(answer: FollowUpAnswer) -> Validator:
    v = Validator()
    if not isinstance(answer.business_active, bool):
        v.add("business_active", msg(QT_TRANSLATE_NOOP("Validation", "Yes or no is expected.")))
    if not isinstance(answer.checked_on, date):
        v.add("checked_on", msg(QT_TRANSLATE_NOOP("Validation", "A date is expected.")))
    elif answer.checked_on > clock.today():
        v.add("checked_on", msg(QT_TRANSLATE_NOOP("Validation", "Cannot be in the future.")))
    _code(v, "legal_form", answer.legal_form, LegalForm)
    _code(v, "revenue_band", answer.revenue_band, RevenueBand)
    _code(v, "situation", answer.situation, FollowUpSituation)
    jobs = answer.jobs_created
    if jobs is not None and (
        not isinstance(jobs, int) or isinstance(jobs, bool) or not 0 <= jobs <= MAX_JOBS
    ):
        v.add(
            "jobs_created",
            msg(
                QT_TRANSLATE_NOOP("FollowUp", "A whole number from 0 to {max} is expected."),
                max=MAX_JOBS,
            ),
        )
    if answer.notes is not None and not isinstance(answer.notes, str):
        v.add("notes", msg(QT_TRANSLATE_NOOP("Validation", "Text is expected.")))
    return v


def record_follow_up_answer(
    session: Session,
    checkpoint_id: int,
    answer: FollowUpAnswer,
    *,
    expected_version: int | None,
    actor: Actor,
) -> int:
    """Records the answer at one checkpoint (closing it), audited; returns the new version."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    validate_answer(answer).raise_if_any()
    with unit_of_work(session):
        checkpoint = load_for_update(session, FollowUpCheckpoint, checkpoint_id, expected_version)
        diff = apply_changes(
            checkpoint,
            {
                "business_active": answer.business_active,
                "checked_on": answer.checked_on,
                "legal_form": answer.legal_form,
                "revenue_band": answer.revenue_band,
                "jobs_created": answer.jobs_created,
                "situation": answer.situation,
                "notes": (answer.notes or "").strip() or None,
            },
        )
        if diff:
            record_audit(session, actor, "follow_up_checkpoint", checkpoint.id, "answer", diff)
        session.flush()
        version = checkpoint.version_id
    return version
