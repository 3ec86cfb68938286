"""Retention rules: how long each kind of person stays identifiable, the monthly review list of
those past their time, and their bulk anonymisation (each through `erase_person`).

- refused candidates: 1 year after the refusal;
- former entrepreneurs (exited, graduated, withdrew): 3 years after they left (the funders'
  survival follow-up runs 36 months);
- contacts: 3 years without interaction, counted from the last contact that came from the
  person (a registration they made by e-mail or an import of theirs, a consent they gave), not
  from the incubator's own mailings.
The backups made before an anonymisation leave their folder by rotation (see
`backups_held.py`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.i18n import QT_TRANSLATE_NOOP
from incubator_app.models import (
    ConsentRecord,
    Contact,
    Entrepreneur,
    ExitOutcome,
    PathwayStage,
    Registration,
    StageChange,
)
from incubator_app.models.vocabulary import RegistrationSource
from incubator_app.services.actor import Actor
from incubator_app.services.privacy.erasure import ErasureReport, erase_person, require_admin
from incubator_app.services.privacy.people import PersonRef
from incubator_app.services.privacy.policy import ANONYMISED


@dataclass(frozen=True)
class RetentionRule:
    key: str
    label: tuple[str, str]
    years: int


REFUSED = RetentionRule(
    "refused", QT_TRANSLATE_NOOP("Privacy", "Refused candidate, 1 year after the refusal"), 1
)
FORMER = RetentionRule(
    "former", QT_TRANSLATE_NOOP("Privacy", "Former entrepreneur, 3 years after leaving"), 3
)
CONTACT = RetentionRule(
    "contact", QT_TRANSLATE_NOOP("Privacy", "Contact without interaction for 3 years"), 3
)
RETENTION_RULES = (REFUSED, FORMER, CONTACT)
_LEFT = (PathwayStage.EXITED, PathwayStage.GRADUATED, PathwayStage.WITHDREW)


@dataclass(frozen=True)
class RetentionCandidate:
    person: PersonRef
    name: str
    rule: RetentionRule
    # The day the rule counts from (refusal, exit, last interaction) and the day it ran out.
    since: date
    due_on: date


def _name(first: str | None, last: str) -> str:
    return " ".join(p for p in (first, last) if p)


def _last_stage_change(stages: tuple[PathwayStage, ...]):
    return (
        select(func.max(StageChange.changed_on))
        .where(StageChange.entrepreneur_id == Entrepreneur.id, StageChange.to_stage.in_(stages))
        .scalar_subquery()
    )


def _entrepreneurs(session: Session, today: date) -> list[RetentionCandidate]:
    out: list[RetentionCandidate] = []
    exit_on = (
        select(ExitOutcome.exit_date)
        .where(ExitOutcome.entrepreneur_id == Entrepreneur.id)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            Entrepreneur.id,
            Entrepreneur.first_name,
            Entrepreneur.last_name,
            Entrepreneur.stage,
            Entrepreneur.entry_date,
            _last_stage_change((PathwayStage.REFUSED,)),
            func.coalesce(exit_on, _last_stage_change(_LEFT)),
        ).where(
            Entrepreneur.stage.in_((PathwayStage.REFUSED, *_LEFT)),
            Entrepreneur.last_name != ANONYMISED,
        )
    ).all()
    for pid, first, last, stage, entry, refused_on, left_on in rows:
        rule = REFUSED if stage is PathwayStage.REFUSED else FORMER
        since = (refused_on if rule is REFUSED else left_on) or entry
        due = since + relativedelta(years=rule.years)
        if due <= today:
            out.append(
                RetentionCandidate(PersonRef("entrepreneur", pid), _name(first, last), rule,
                                   since, due)
            )  # fmt: skip
    return out


def _contacts(session: Session, today: date) -> list[RetentionCandidate]:
    from_them = (
        select(func.max(func.date(Registration.created_at)))
        .where(
            Registration.contact_id == Contact.id,
            Registration.source != RegistrationSource.STAFF,
        )
        .scalar_subquery()
    )
    consent = (
        select(func.max(ConsentRecord.given_on))
        .where(ConsentRecord.contact_id == Contact.id)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            Contact.id, Contact.first_name, Contact.last_name, from_them, consent,
            Contact.consent_on, Contact.created_at,
        ).where(Contact.last_name != ANONYMISED)
    ).all()  # fmt: skip
    out: list[RetentionCandidate] = []
    for cid, first, last, registered, consented, consent_on, created in rows:
        days = [_as_date(d) for d in (registered, consented, consent_on) if d is not None]
        since = max(days) if days else created.astimezone(clock.zone()).date()
        due = since + relativedelta(years=CONTACT.years)
        if due <= today:
            out.append(
                RetentionCandidate(PersonRef("contact", cid), _name(first, last), CONTACT,
                                   since, due)
            )  # fmt: skip
    return out


def _as_date(value: date | str) -> date:
    # SQLite's date() gives text.
    return date.fromisoformat(value) if isinstance(value, str) else value


def retention_review(session: Session, *, actor: Actor) -> list[RetentionCandidate]:
    """Everyone past their retention time today, the longest overdue first."""
    require_admin(actor)
    today = clock.today()
    found = _entrepreneurs(session, today) + _contacts(session, today)
    session.rollback()  # read only: no transaction left open on the database
    return sorted(found, key=lambda c: (c.due_on, c.person.kind, c.person.id))


def apply_retention(
    session: Session, people: Iterable[PersonRef], *, actor: Actor
) -> list[ErasureReport]:
    """Anonymises each person (one transaction each: a failure stops there, those before
    stay anonymised and are in the returned reports)."""
    require_admin(actor)
    return [erase_person(session, person, actor=actor) for person in people]
