"""The pathway (parcours): stage rules, CAPE support contracts, exit outcome and follow-up.

candidate → admitted | refused;  admitted → incubated | withdrew;  incubated → graduated | exited.
Incubating starts a CAPE; leaving (graduated or exited) ends it, records the exit outcome and
plans the follow-up checkpoints funders ask about (is the business still active 6/12/24/36 months
later?). Everything a change implies is written in the same transaction as the change itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import (
    Entrepreneur,
    ExitOutcome,
    ExitType,
    FollowUpCheckpoint,
    PathwayStage,
    StageChange,
    SupportContract,
    User,
)
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.entrepreneurs.records import EntrepreneurView
from incubator_app.services.milestones.records import plan_contract_milestones
from incubator_app.services.records import (
    apply_changes,
    get_or_raise,
    load_for_update,
    record_audit,
    snapshot,
    to_view,
    unit_of_work,
)
from incubator_app.services.sites.rights import require_for_person
from incubator_app.services.validation import Validator

S = PathwayStage
TRANSITIONS: dict[PathwayStage, frozenset[PathwayStage]] = {
    S.CANDIDATE: frozenset({S.ADMITTED, S.REFUSED}),
    S.ADMITTED: frozenset({S.INCUBATED, S.WITHDREW}),
    S.INCUBATED: frozenset({S.GRADUATED, S.EXITED}),
}
LEAVING_STAGES = frozenset({S.GRADUATED, S.EXITED})
CAPE_MONTHS = 12
MAX_RENEWALS = 2
FOLLOW_UP_MONTHS = (6, 12, 24, 36)

_CONTRACT_FIELDS = [
    "entrepreneur_id",
    "start_date",
    "end_date",
    "months_per_term",
    "renewals",
    "revenue_share_bp",
]


@dataclass(frozen=True)
class StageChangeView:
    id: int
    entrepreneur_id: int
    from_stage: PathwayStage | None
    to_stage: PathwayStage
    changed_on: date
    reason: str | None
    changed_by_id: int | None
    changed_by_name: str | None
    created_at: datetime


@dataclass(frozen=True)
class ContractView:
    id: int
    entrepreneur_id: int
    start_date: date
    end_date: date
    months_per_term: int
    renewals: int
    revenue_share_bp: int
    ended_on: date | None
    version_id: int

    @property
    def can_renew(self) -> bool:
        return self.ended_on is None and self.renewals < MAX_RENEWALS


@dataclass(frozen=True)
class ExitOutcomeView:
    id: int
    entrepreneur_id: int
    exit_type: ExitType
    reason: str
    exit_date: date
    version_id: int


@dataclass(frozen=True)
class FollowUpView:
    id: int
    entrepreneur_id: int
    months_after_exit: int
    due_on: date
    checked_on: date | None
    business_active: bool | None
    notes: str | None
    version_id: int


@dataclass(frozen=True)
class StageChangeResult:
    """Everything one change wrote, so the UI can refresh without asking again."""

    entrepreneur: EntrepreneurView
    change: StageChangeView
    contract: ContractView | None = None
    exit_outcome: ExitOutcomeView | None = None
    follow_ups: list[FollowUpView] = field(default_factory=list)


def _is_date(value: object) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


def _date_required(v: Validator, name: str, value: object) -> None:
    if value is None:
        v.required(name, None)
    elif not _is_date(value):
        v.add(name, msg(QT_TRANSLATE_NOOP("Validation", "A date is expected.")))


def contract_end(start: date, months_per_term: int, renewals: int) -> date:
    """End after `renewals` renewals, counted from the start rather than from the previous end:
    a contract begun on 31 January then ends on the 31st whenever the month has one, instead of
    drifting to the 28th forever after a February."""
    return start + relativedelta(months=months_per_term * (renewals + 1))


def _change_view(session: Session, change: StageChange) -> StageChangeView:
    name = session.get(User, change.changed_by_id).display_name if change.changed_by_id else None
    return to_view(change, StageChangeView, changed_by_name=name)


def change_stage(
    session: Session,
    entrepreneur_id: int,
    to_stage: PathwayStage | str,
    *,
    on: date,
    reason: str | None = None,
    expected_version: int | None,
    actor: Actor,
    exit_type: ExitType | str | None = None,
    months_per_term: int = CAPE_MONTHS,
    revenue_share_bp: int = 0,
) -> StageChangeResult:
    """Moves an entrepreneur along the pathway on date `on`.

    Exiting needs `exit_type` and `reason` (the exit outcome); graduating records an outcome
    too, "business created" unless told otherwise. `months_per_term` and `revenue_share_bp`
    (1000 = 10 %) shape the CAPE started by incubation.
    """
    require(actor, Permission.EDIT_ENTREPRENEURS)
    v = Validator()
    if to_stage is None:
        v.required("to_stage", None)
    target = v.choice("to_stage", to_stage, PathwayStage)
    _date_required(v, "on", on)
    reason = (reason.strip() or None) if isinstance(reason, str) else reason
    if target in LEAVING_STAGES:
        if target is S.GRADUATED and exit_type is None:
            exit_type = ExitType.BUSINESS_CREATED
        if exit_type is None:
            v.required("exit_type", None)
        exit_type = v.choice("exit_type", exit_type, ExitType)
        if target is S.EXITED:
            v.required("reason", reason)
    if target is S.INCUBATED:
        if isinstance(months_per_term, bool) or not isinstance(months_per_term, int):
            v.add("months_per_term", msg(QT_TRANSLATE_NOOP("Validation", "A whole number.")))
        else:
            v.int_range("months_per_term", months_per_term, 1, CAPE_MONTHS)
        if isinstance(revenue_share_bp, bool) or not isinstance(revenue_share_bp, int):
            v.add("revenue_share_bp", msg(QT_TRANSLATE_NOOP("Validation", "A whole number.")))
        else:
            v.int_range("revenue_share_bp", revenue_share_bp, 0, 10_000)
    v.raise_if_any()

    with unit_of_work(session):
        person = load_for_update(session, Entrepreneur, entrepreneur_id, expected_version)
        require_for_person(session, actor, Permission.EDIT_ENTREPRENEURS, person.id)
        from_stage = person.stage
        if target not in TRANSITIONS.get(from_stage, frozenset()):
            allowed = ", ".join(sorted(s.value for s in TRANSITIONS.get(from_stage, ()))) or "—"
            raise ValidationError(
                {
                    "to_stage": msg(
                        QT_TRANSLATE_NOOP(
                            "Validation",
                            "Cannot go from stage {from_stage} to stage {to_stage} "
                            "(possible: {allowed}).",
                        ),
                        from_stage=from_stage.value,
                        to_stage=target.value,
                        allowed=allowed,
                    )
                }
            )
        last_on = session.scalar(
            select(StageChange.changed_on)
            .where(StageChange.entrepreneur_id == person.id)
            .order_by(StageChange.changed_on.desc())
            .limit(1)
        )
        v.dates_in_order("on", last_on, on)
        v.raise_if_any()

        diff = apply_changes(person, {"stage": target})
        record_audit(session, actor, "entrepreneur", person.id, "update", diff)
        change = StageChange(
            entrepreneur_id=person.id,
            from_stage=from_stage,
            to_stage=target,
            changed_on=on,
            reason=reason,
            changed_by_id=actor.user_id,
        )
        session.add(change)
        session.flush()
        record_audit(
            session,
            actor,
            "stage_change",
            change.id,
            "create",
            snapshot(change, ["entrepreneur_id", "from_stage", "to_stage", "changed_on", "reason"]),
        )

        contract: SupportContract | None = None
        outcome: ExitOutcome | None = None
        follow_ups: list[FollowUpCheckpoint] = []
        if target is S.INCUBATED:
            contract = _start_contract(
                session, person, on, months_per_term, revenue_share_bp, actor
            )
            plan_contract_milestones(session, person, on, actor)
        if target in LEAVING_STAGES:
            contract = _end_contracts(session, person, on, actor)
            outcome = ExitOutcome(
                entrepreneur_id=person.id,
                exit_type=exit_type,
                reason=reason or "",
                exit_date=on,
            )
            session.add(outcome)
            session.flush()
            record_audit(
                session,
                actor,
                "exit_outcome",
                outcome.id,
                "create",
                snapshot(outcome, ["entrepreneur_id", "exit_type", "reason", "exit_date"]),
            )
            follow_ups = _plan_follow_ups(session, person, on, actor)
    return StageChangeResult(
        entrepreneur=to_view(person, EntrepreneurView),
        change=_change_view(session, change),
        contract=to_view(contract, ContractView) if contract else None,
        exit_outcome=to_view(outcome, ExitOutcomeView) if outcome else None,
        follow_ups=[to_view(f, FollowUpView) for f in follow_ups],
    )


def _start_contract(
    session: Session,
    person: Entrepreneur,
    on: date,
    months_per_term: int,
    revenue_share_bp: int,
    actor: Actor,
) -> SupportContract:
    contract = SupportContract(
        entrepreneur_id=person.id,
        start_date=on,
        end_date=contract_end(on, months_per_term, 0),
        months_per_term=months_per_term,
        renewals=0,
        revenue_share_bp=revenue_share_bp,
    )
    session.add(contract)
    session.flush()
    record_audit(
        session,
        actor,
        "support_contract",
        contract.id,
        "create",
        snapshot(contract, _CONTRACT_FIELDS),
    )
    return contract


def _end_contracts(
    session: Session, person: Entrepreneur, on: date, actor: Actor
) -> SupportContract | None:
    """Ends every running contract on the exit date; returns the latest one."""
    running = list(
        session.scalars(
            select(SupportContract)
            .where(SupportContract.entrepreneur_id == person.id, SupportContract.ended_on.is_(None))
            .order_by(SupportContract.start_date, SupportContract.id)
        )
    )
    for contract in running:
        diff = apply_changes(contract, {"ended_on": on})
        record_audit(session, actor, "support_contract", contract.id, "update", diff)
    return running[-1] if running else None


def _plan_follow_ups(
    session: Session, person: Entrepreneur, exit_date: date, actor: Actor
) -> list[FollowUpCheckpoint]:
    checkpoints = []
    for months in FOLLOW_UP_MONTHS:
        checkpoint = FollowUpCheckpoint(
            entrepreneur_id=person.id,
            months_after_exit=months,
            due_on=exit_date + relativedelta(months=months),
        )
        session.add(checkpoint)
        session.flush()
        record_audit(
            session,
            actor,
            "follow_up_checkpoint",
            checkpoint.id,
            "create",
            snapshot(checkpoint, ["entrepreneur_id", "months_after_exit", "due_on"]),
        )
        checkpoints.append(checkpoint)
    return checkpoints


def renew_contract(
    session: Session, contract_id: int, *, expected_version: int | None, actor: Actor
) -> ContractView:
    """Adds one term to a running CAPE; a CAPE is renewable twice, never a third time."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    v = Validator()
    with unit_of_work(session):
        contract = load_for_update(session, SupportContract, contract_id, expected_version)
        require_for_person(session, actor, Permission.EDIT_ENTREPRENEURS, contract.entrepreneur_id)
        if contract.ended_on is not None:
            v.add(
                "contract",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Validation", "This contract ended on {date} and cannot be renewed."
                    ),
                    date=contract.ended_on.strftime("%d/%m/%Y"),
                ),
            )
        elif contract.renewals >= MAX_RENEWALS:
            v.add(
                "renewals",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "A CAPE can be renewed at most {max} times; this one already was "
                        "(it ends on {date}).",
                    ),
                    max=MAX_RENEWALS,
                    date=contract.end_date.strftime("%d/%m/%Y"),
                ),
            )
        v.raise_if_any()
        renewals = contract.renewals + 1
        new_end = contract_end(contract.start_date, contract.months_per_term, renewals)
        diff = apply_changes(contract, {"renewals": renewals, "end_date": new_end})
        record_audit(session, actor, "support_contract", contract.id, "renew", diff)
    return to_view(contract, ContractView)


def list_contracts(session: Session, entrepreneur_id: int, *, actor: Actor) -> list[ContractView]:
    require(actor, Permission.VIEW)
    get_or_raise(session, Entrepreneur, entrepreneur_id)
    query = (
        select(SupportContract)
        .where(SupportContract.entrepreneur_id == entrepreneur_id)
        .order_by(SupportContract.start_date, SupportContract.id)
    )
    return [to_view(c, ContractView) for c in session.scalars(query)]


def stage_history(session: Session, entrepreneur_id: int, *, actor: Actor) -> list[StageChangeView]:
    """The timeline, oldest first, with who made each change."""
    require(actor, Permission.VIEW)
    get_or_raise(session, Entrepreneur, entrepreneur_id)
    rows = session.execute(
        select(StageChange, User.display_name)
        .outerjoin(User, User.id == StageChange.changed_by_id)
        .where(StageChange.entrepreneur_id == entrepreneur_id)
        .order_by(StageChange.changed_on, StageChange.id)
    )
    return [to_view(change, StageChangeView, changed_by_name=name) for change, name in rows]


def get_exit_outcome(
    session: Session, entrepreneur_id: int, *, actor: Actor
) -> ExitOutcomeView | None:
    require(actor, Permission.VIEW)
    outcome = session.scalar(
        select(ExitOutcome).where(ExitOutcome.entrepreneur_id == entrepreneur_id)
    )
    return to_view(outcome, ExitOutcomeView) if outcome else None


def list_follow_ups(
    session: Session,
    *,
    entrepreneur_id: int | None = None,
    due_by: date | None = None,
    pending_only: bool = False,
    actor: Actor,
) -> list[FollowUpView]:
    """Checkpoints by due date; `pending_only` and `due_by` give the "to call" list."""
    require(actor, Permission.VIEW)
    query = select(FollowUpCheckpoint).order_by(FollowUpCheckpoint.due_on, FollowUpCheckpoint.id)
    if entrepreneur_id is not None:
        query = query.where(FollowUpCheckpoint.entrepreneur_id == entrepreneur_id)
    if due_by is not None:
        query = query.where(FollowUpCheckpoint.due_on <= due_by)
    if pending_only:
        query = query.where(FollowUpCheckpoint.checked_on.is_(None))
    return [to_view(c, FollowUpView) for c in session.scalars(query)]


def record_follow_up(
    session: Session,
    checkpoint_id: int,
    business_active: bool,
    checked_on: date,
    notes: str | None = None,
    *,
    expected_version: int | None,
    actor: Actor,
) -> FollowUpView:
    """Records the answer to "is the business still active?" at one checkpoint."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    v = Validator()
    if not isinstance(business_active, bool):
        v.add("business_active", msg(QT_TRANSLATE_NOOP("Validation", "Yes or no is expected.")))
    _date_required(v, "checked_on", checked_on)
    if _is_date(checked_on) and checked_on > clock.today():
        v.add("checked_on", msg(QT_TRANSLATE_NOOP("Validation", "Cannot be in the future.")))
    if notes is not None and not isinstance(notes, str):
        v.add("notes", msg(QT_TRANSLATE_NOOP("Validation", "Text is expected.")))
    v.raise_if_any()
    with unit_of_work(session):
        checkpoint = load_for_update(session, FollowUpCheckpoint, checkpoint_id, expected_version)
        require_for_person(
            session, actor, Permission.EDIT_ENTREPRENEURS, checkpoint.entrepreneur_id
        )
        diff = apply_changes(
            checkpoint,
            {
                "business_active": business_active,
                "checked_on": checked_on,
                "notes": (notes or "").strip() or None,
            },
        )
        if diff:
            record_audit(session, actor, "follow_up_checkpoint", checkpoint.id, "update", diff)
    return to_view(checkpoint, FollowUpView)
