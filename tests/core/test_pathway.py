"""Pathway rules, CAPE contracts and renewals, exit outcome, follow-up checkpoints."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from helpers_people import count_rows, make_actor, make_entrepreneur
from sqlalchemy import select

from incubator_app.errors import ConflictError, PermissionDenied, ValidationError
from incubator_app.models import (
    AuditEntry,
    Entrepreneur,
    ExitOutcome,
    ExitType,
    FollowUpCheckpoint,
    PathwayStage,
    Role,
    StageChange,
    SupportContract,
)
from incubator_app.services.entrepreneurs.pathway import (
    change_stage,
    get_exit_outcome,
    list_contracts,
    list_follow_ups,
    record_follow_up,
    renew_contract,
    stage_history,
)

pytestmark = pytest.mark.core

ENTRY = date(2025, 1, 6)


def _to(session, person, stage, on, actor, **kw):
    """Moves a person and returns the result (uses the person's current version)."""
    version = session.get(Entrepreneur, person.id).version_id
    return change_stage(
        session, person.id, stage, on=on, expected_version=version, actor=actor, **kw
    )


def _incubated(session, actor, on=date(2025, 3, 3), **kw):
    """Entered 60 days and admitted 30 days before incubation on `on`."""
    person = make_entrepreneur(session, actor, entry_date=on - timedelta(days=60))
    _to(session, person, "admitted", on - timedelta(days=30), actor)
    return person, _to(session, person, "incubated", on, actor, **kw)


def test_incubation_starts_a_cape_in_the_same_change(session, admin) -> None:
    person, result = _incubated(session, admin, on=date(2025, 3, 3))
    assert result.entrepreneur.stage is PathwayStage.INCUBATED
    contract = result.contract
    assert (contract.start_date, contract.end_date) == (date(2025, 3, 3), date(2026, 3, 3))
    assert (contract.months_per_term, contract.renewals, contract.revenue_share_bp) == (12, 0, 0)
    assert contract.ended_on is None
    history = stage_history(session, person.id, actor=admin)
    assert [(h.from_stage, h.to_stage) for h in history] == [
        (None, PathwayStage.CANDIDATE),
        (PathwayStage.CANDIDATE, PathwayStage.ADMITTED),
        (PathwayStage.ADMITTED, PathwayStage.INCUBATED),
    ]
    assert [h.changed_on for h in history] == [date(2025, 1, 2), date(2025, 2, 1), date(2025, 3, 3)]
    assert history[-1].changed_by_name == "Admin Istrateur"
    audited = session.scalars(
        select(AuditEntry.entity).where(AuditEntry.entity == "support_contract")
    ).all()
    assert audited == ["support_contract"]


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ([], "incubated"),
        ([], "graduated"),
        ([], "withdrew"),
        ([], "candidate"),
        (["admitted"], "refused"),
        (["admitted"], "exited"),
        (["admitted", "incubated"], "admitted"),
        (["refused"], "admitted"),
        (["admitted", "withdrew"], "incubated"),
    ],
)
def test_forbidden_moves_name_both_stages_and_write_nothing(session, admin, path, target) -> None:
    person = make_entrepreneur(session, admin, entry_date=ENTRY)
    day = ENTRY
    for stage in path:
        day += timedelta(days=7)
        _to(session, person, stage, day, admin)
    current = session.get(Entrepreneur, person.id).stage
    changes_before = count_rows(session, StageChange)
    audit_before = count_rows(session, AuditEntry)
    with pytest.raises(ValidationError) as err:
        _to(session, person, target, day + timedelta(days=7), admin, exit_type="other", reason="r")
    assert set(err.value.field_errors) == {"to_stage"}
    text = str(err.value)
    assert current.value in text and target in text
    session.expire_all()
    assert session.get(Entrepreneur, person.id).stage is current
    assert count_rows(session, StageChange) == changes_before
    assert count_rows(session, AuditEntry) == audit_before


def test_unknown_stage_and_missing_date_are_field_errors(session, admin) -> None:
    person = make_entrepreneur(session, admin)
    with pytest.raises(ValidationError) as err:
        change_stage(session, person.id, "hibernating", on=None, expected_version=None, actor=admin)
    assert set(err.value.field_errors) == {"to_stage", "on"}


def test_change_before_the_previous_one_is_refused(session, admin) -> None:
    person = make_entrepreneur(session, admin, entry_date=ENTRY)
    with pytest.raises(ValidationError) as err:
        _to(session, person, "admitted", ENTRY - timedelta(days=1), admin)
    assert set(err.value.field_errors) == {"on"}


def test_stale_version_is_a_conflict(session, admin) -> None:
    person = make_entrepreneur(session, admin, entry_date=ENTRY)
    _to(session, person, "admitted", date(2025, 2, 1), admin)
    with pytest.raises(ConflictError):
        change_stage(
            session,
            person.id,
            "incubated",
            on=date(2025, 3, 1),
            expected_version=person.version_id,
            actor=admin,
        )
    assert count_rows(session, SupportContract) == 0


def test_two_renewals_then_a_clear_refusal(session, admin) -> None:
    _, result = _incubated(session, admin, on=date(2025, 3, 3))
    contract = result.contract
    first = renew_contract(session, contract.id, expected_version=contract.version_id, actor=admin)
    assert (first.renewals, first.end_date) == (1, date(2027, 3, 3))
    second = renew_contract(session, contract.id, expected_version=first.version_id, actor=admin)
    assert (second.renewals, second.end_date, second.can_renew) == (2, date(2028, 3, 3), False)
    with pytest.raises(ValidationError) as err:
        renew_contract(session, contract.id, expected_version=second.version_id, actor=admin)
    assert set(err.value.field_errors) == {"renewals"}
    assert "at most 2 times" in str(err.value)
    session.expire_all()
    row = session.get(SupportContract, contract.id)
    assert (row.renewals, row.end_date) == (2, date(2028, 3, 3))
    renewals = session.scalars(
        select(AuditEntry).where(AuditEntry.action == "renew").order_by(AuditEntry.id)
    ).all()
    assert [r.changes for r in renewals] == [
        {"renewals": [0, 1], "end_date": ["2026-03-03", "2027-03-03"]},
        {"renewals": [1, 2], "end_date": ["2027-03-03", "2028-03-03"]},
    ]
    with pytest.raises(ConflictError):
        renew_contract(session, contract.id, expected_version=contract.version_id, actor=admin)


def test_end_dates_at_month_ends(session, admin) -> None:
    # 31 January + 1 month is 28 February; later terms go back to the 31st, counted from start.
    _, result = _incubated(session, admin, on=date(2025, 1, 31), months_per_term=1)
    contract = result.contract
    assert contract.end_date == date(2025, 2, 28)
    once = renew_contract(session, contract.id, expected_version=contract.version_id, actor=admin)
    assert once.end_date == date(2025, 3, 31)
    twice = renew_contract(session, contract.id, expected_version=once.version_id, actor=admin)
    assert twice.end_date == date(2025, 4, 30)
    # A leap day start: 12 months later is 28 February.
    _, leap = _incubated(session, admin, on=date(2024, 2, 29))
    assert leap.contract.end_date == date(2025, 2, 28)


def test_contract_terms_are_validated(session, admin) -> None:
    person = make_entrepreneur(session, admin, entry_date=ENTRY)
    _to(session, person, "admitted", date(2025, 2, 3), admin)
    with pytest.raises(ValidationError) as err:
        _to(
            session,
            person,
            "incubated",
            date(2025, 3, 3),
            admin,
            months_per_term=0,
            revenue_share_bp=10_001,
        )
    assert set(err.value.field_errors) == {"months_per_term", "revenue_share_bp"}
    assert count_rows(session, SupportContract) == 0


def test_exit_needs_an_outcome(session, admin) -> None:
    person, _ = _incubated(session, admin)
    with pytest.raises(ValidationError) as err:
        _to(session, person, "exited", date(2025, 9, 1), admin)
    assert set(err.value.field_errors) == {"exit_type", "reason"}
    with pytest.raises(ValidationError) as err:
        _to(session, person, "exited", date(2025, 9, 1), admin, exit_type="vanished", reason="x")
    assert set(err.value.field_errors) == {"exit_type"}
    session.expire_all()
    assert session.get(Entrepreneur, person.id).stage is PathwayStage.INCUBATED
    assert count_rows(session, ExitOutcome) == 0
    assert count_rows(session, FollowUpCheckpoint) == 0


def test_exit_ends_contract_records_outcome_and_plans_follow_up(session, admin) -> None:
    person, incubated = _incubated(session, admin, on=date(2025, 3, 3))
    result = _to(
        session,
        person,
        "exited",
        date(2025, 8, 31),
        admin,
        exit_type=ExitType.SALARIED_JOB,
        reason="Embauchée comme régisseuse au Théâtre du Gymnase",
    )
    assert result.entrepreneur.stage is PathwayStage.EXITED
    assert result.contract.id == incubated.contract.id
    assert result.contract.ended_on == date(2025, 8, 31)
    outcome = get_exit_outcome(session, person.id, actor=admin)
    assert (outcome.exit_type, outcome.exit_date) == (ExitType.SALARIED_JOB, date(2025, 8, 31))
    assert outcome.reason == "Embauchée comme régisseuse au Théâtre du Gymnase"
    follow_ups = list_follow_ups(session, entrepreneur_id=person.id, actor=admin)
    assert [(f.months_after_exit, f.due_on) for f in follow_ups] == [
        (6, date(2026, 2, 28)),
        (12, date(2026, 8, 31)),
        (24, date(2027, 8, 31)),
        (36, date(2028, 8, 31)),
    ]
    assert stage_history(session, person.id, actor=admin)[-1].reason.startswith("Embauchée")
    entities = session.scalars(select(AuditEntry.entity)).all()
    assert entities.count("follow_up_checkpoint") == 4
    assert entities.count("exit_outcome") == 1
    with pytest.raises(ValidationError):
        renew_contract(session, incubated.contract.id, expected_version=None, actor=admin)


def test_graduation_ends_contract_and_gets_follow_up(session, admin) -> None:
    person, incubated = _incubated(session, admin, on=date(2025, 3, 3))
    result = _to(session, person, "graduated", date(2026, 3, 2), admin)
    assert result.contract.ended_on == date(2026, 3, 2)
    assert result.exit_outcome.exit_type is ExitType.BUSINESS_CREATED
    assert [f.due_on for f in result.follow_ups] == [
        date(2026, 9, 2),
        date(2027, 3, 2),
        date(2028, 3, 2),
        date(2029, 3, 2),
    ]
    assert list_contracts(session, person.id, actor=admin)[0].ended_on == date(2026, 3, 2)


def test_a_failure_midway_leaves_nothing_half_written(session, admin) -> None:
    person, incubated = _incubated(session, admin)
    # A checkpoint already there makes the planned one break a unique constraint, after the
    # stage, the outcome and the contract end were written in the same transaction.
    session.add(
        FollowUpCheckpoint(entrepreneur_id=person.id, months_after_exit=6, due_on=date(2030, 1, 1))
    )
    session.commit()
    changes_before = count_rows(session, StageChange)
    with pytest.raises(ConflictError):
        _to(session, person, "exited", date(2025, 9, 1), admin, exit_type="stopped", reason="r")
    session.expire_all()
    assert session.get(Entrepreneur, person.id).stage is PathwayStage.INCUBATED
    assert session.get(SupportContract, incubated.contract.id).ended_on is None
    assert count_rows(session, StageChange) == changes_before
    assert count_rows(session, ExitOutcome) == 0
    assert count_rows(session, FollowUpCheckpoint) == 1


def test_record_follow_up(session, admin) -> None:
    person, _ = _incubated(session, admin)
    result = _to(session, person, "graduated", date(2025, 6, 2), admin)
    checkpoint = result.follow_ups[0]
    done = record_follow_up(
        session,
        checkpoint.id,
        True,
        date(2025, 12, 5),
        "Toujours en activité, 3 salariés",
        expected_version=checkpoint.version_id,
        actor=admin,
    )
    assert (done.business_active, done.checked_on) == (True, date(2025, 12, 5))
    assert [f.id for f in list_follow_ups(session, pending_only=True, actor=admin)] == [
        f.id for f in result.follow_ups[1:]
    ]
    assert len(list_follow_ups(session, due_by=date(2026, 6, 2), actor=admin)) == 2
    audit = session.scalar(
        select(AuditEntry).where(
            AuditEntry.entity == "follow_up_checkpoint", AuditEntry.action == "update"
        )
    )
    assert audit.changes["business_active"] == [None, True]
    with pytest.raises(ConflictError):
        record_follow_up(
            session,
            checkpoint.id,
            False,
            date(2025, 12, 6),
            expected_version=checkpoint.version_id,
            actor=admin,
        )
    with pytest.raises(ValidationError) as err:
        record_follow_up(
            session,
            checkpoint.id,
            "maybe",
            date(2026, 11, 19),  # tomorrow: the suite's clock is frozen on 18/11/2026
            expected_version=None,
            actor=admin,
        )
    assert set(err.value.field_errors) == {"business_active", "checked_on"}


@pytest.mark.parametrize("role", [Role.VIEWER, Role.COACH])
def test_pathway_changes_are_denied_to_viewer_and_coach(session, admin, role) -> None:
    person, result = _incubated(session, admin)
    graduate = make_entrepreneur(session, admin, first_name="Paul", entry_date=ENTRY)
    someone = make_actor(session, role)
    before = count_rows(session, AuditEntry)
    with pytest.raises(PermissionDenied):
        _to(session, graduate, "admitted", date(2025, 2, 1), someone)
    with pytest.raises(PermissionDenied):
        renew_contract(session, result.contract.id, expected_version=None, actor=someone)
    _to(session, person, "graduated", date(2025, 6, 2), admin)
    checkpoint = list_follow_ups(session, entrepreneur_id=person.id, actor=someone)[0]
    after_graduation = count_rows(session, AuditEntry)
    with pytest.raises(PermissionDenied):
        record_follow_up(
            session, checkpoint.id, True, date(2025, 12, 1), expected_version=None, actor=someone
        )
    assert count_rows(session, AuditEntry) == after_graduation > before
    assert len(stage_history(session, person.id, actor=someone)) == 4
