"""Follow-up campaigns: who is due this month, e-mails through the outbox (reminders), calls,
the answer that closes a checkpoint, and the survival rates with their unknowns (the funder
report's and the grant indicators' figures are the same)."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta

import openpyxl
import pytest
from funder_fixture import build_funder_fixture
from helpers_people import count_rows, make_actor, make_entrepreneur
from sqlalchemy import select

from incubator_app.errors import ConflictError, PermissionDenied, ValidationError
from incubator_app.models import (
    AuditEntry,
    Entrepreneur,
    FollowUpCheckpoint,
    FollowUpContact,
    OutboxMessage,
)
from incubator_app.reports.funder_report import write_funder_report
from incubator_app.reports.funder_workbook import write_funder_workbook
from incubator_app.services.entrepreneurs.follow_up_answers import (
    FollowUpAnswer,
    record_follow_up_answer,
)
from incubator_app.services.entrepreneurs.follow_up_campaign import (
    campaign_rows,
    log_follow_up_call,
    send_follow_up_emails,
)
from incubator_app.services.entrepreneurs.pathway import change_stage
from incubator_app.services.funding.fse.questionnaires import record_questionnaire
from incubator_app.services.reporting.funder_kpis import Survival, funder_kpis
from incubator_app.services.reporting.indicators import (
    EXTRACTORS,
    all_indicator_values,
    grant_indicators,
)

pytestmark = [pytest.mark.core, pytest.mark.clock("2026-12-15 10:00")]


def _left(session, actor, first, last, left_on, email="x@example.org"):
    """A person who left on `left_on` to create their business (checkpoints planned)."""
    person = make_entrepreneur(
        session,
        actor,
        first_name=first,
        last_name=last,
        email=email,
        phone="06 12 34 56 78",
        entry_date=left_on - timedelta(days=400),
    )
    for stage, on, kw in (
        ("admitted", left_on - timedelta(days=380), {}),
        ("incubated", left_on - timedelta(days=365), {}),
        ("graduated", left_on, {"exit_type": "business_created", "reason": "SARL"}),
    ):
        version = session.get(Entrepreneur, person.id).version_id
        change_stage(session, person.id, stage, on=on, expected_version=version, actor=actor, **kw)
    return person


def test_due_this_month_with_contact_details_and_filters(session, admin):
    alice = _left(session, admin, "Alice", "Arnaud", date(2025, 12, 10))  # 12 m: 10/12/2026
    bruno = _left(session, admin, "Bruno", "Blanc", date(2026, 6, 5))  # 6 m: 05/12/2026
    _left(session, admin, "Carla", "Cruz", date(2026, 3, 1))  # nothing due in December
    fse = _left(session, admin, "Dina", "Duval", date(2026, 12, 3))  # FSE+ exit: 03/12/2026
    record_questionnaire(
        session, fse.id, "entry", answered_on=date(2025, 11, 1), labour_status="inactive",
        actor=admin,
    )  # fmt: skip

    rows = campaign_rows(session, actor=admin)
    assert [(r.last_name, r.checkpoint, r.due_on) for r in rows] == [
        ("Duval", "fse_exit", date(2026, 12, 3)),
        ("Blanc", "m6", date(2026, 12, 5)),
        ("Arnaud", "m12", date(2026, 12, 10)),
    ]
    assert rows[1].email == "x@example.org" and rows[1].phone == "06 12 34 56 78"
    assert not any(r.answered for r in rows)

    only_12 = campaign_rows(session, checkpoint="m12", actor=admin)
    assert [r.entrepreneur_id for r in only_12] == [alice.id]
    june = campaign_rows(session, month=date(2027, 6, 1), actor=admin)
    assert {(r.entrepreneur_id, r.checkpoint) for r in june} == {
        (fse.id, "fse_six_months"),
        (fse.id, "m6"),
        (bruno.id, "m12"),
    }

    with pytest.raises(ValidationError) as err:
        campaign_rows(session, checkpoint="m7", actor=admin)
    assert "checkpoint" in err.value.field_errors
    coach = make_actor(session, "coach")
    with pytest.raises(PermissionDenied):
        campaign_rows(session, actor=coach)


def test_emails_go_through_the_outbox_audited_and_reminders_follow(session, admin, frozen_clock):
    alice = _left(session, admin, "Alice", "Arnaud", date(2025, 12, 10), email="alice@example.org")
    ids = send_follow_up_emails(session, [(alice.id, "m12")], actor=admin)
    message = session.get(OutboxMessage, ids[0])
    assert message.to_address == "alice@example.org"
    assert "Alice Arnaud" in message.body_text and "10/12/2025" in message.body_text
    assert message.related_kind == "follow_up:m12" and message.related_id == alice.id
    contact = session.scalar(select(FollowUpContact))
    assert (contact.channel, contact.reminder, contact.outbox_message_id) == (
        "email",
        False,
        ids[0],
    )
    assert count_rows(session, AuditEntry, AuditEntry.entity == "follow_up_contact") == 1

    (row,) = campaign_rows(session, actor=admin)
    assert (row.attempts, row.needs_reminder) == (1, False)
    frozen_clock.shift(timedelta(days=14))
    (row,) = campaign_rows(session, month=date(2026, 12, 1), actor=admin)
    assert row.needs_reminder
    (row,) = campaign_rows(session, month=date(2026, 12, 1), reminder_days=20, actor=admin)
    assert not row.needs_reminder

    ids = send_follow_up_emails(session, [(alice.id, "m12")], actor=admin)
    reminder = session.get(OutboxMessage, ids[0])
    assert reminder.subject.startswith(("Reminder", "Relance"))
    (row,) = campaign_rows(session, month=date(2026, 12, 1), actor=admin)
    assert (row.attempts, row.needs_reminder) == (2, False)


def test_a_batch_with_a_person_without_address_writes_nothing(session, admin):
    alice = _left(session, admin, "Alice", "Arnaud", date(2025, 12, 10))
    bruno = _left(session, admin, "Bruno", "Blanc", date(2026, 6, 5), email=None)
    with pytest.raises(ValidationError) as err:
        send_follow_up_emails(session, [(alice.id, "m12"), (bruno.id, "m6")], actor=admin)
    assert "Bruno Blanc" in str(err.value.field_errors["people[2]"])
    assert count_rows(session, OutboxMessage) == 0
    assert count_rows(session, FollowUpContact) == 0
    with pytest.raises(ValidationError):
        send_follow_up_emails(session, [], actor=admin)


def test_a_call_is_logged_and_the_answer_closes_the_checkpoint(session, admin):
    alice = _left(session, admin, "Alice", "Arnaud", date(2025, 12, 10))
    log_follow_up_call(session, alice.id, "m12", reached=False, note="messagerie", actor=admin)
    (row,) = campaign_rows(session, actor=admin)
    assert row.attempts == 1 and row.checkpoint_id is not None
    answer = FollowUpAnswer(
        business_active=True,
        checked_on=date(2026, 12, 14),
        legal_form="company",
        revenue_band="30k_80k",
        jobs_created=2,
        situation="own_business",
        notes="  SAS depuis mars ",
    )
    record_follow_up_answer(
        session, row.checkpoint_id, answer, expected_version=row.version_id, actor=admin
    )
    cp = session.get(FollowUpCheckpoint, row.checkpoint_id)
    assert (cp.business_active, cp.legal_form, cp.jobs_created, cp.notes) == (
        True,
        "company",
        2,
        "SAS depuis mars",
    )
    assert campaign_rows(session, answered=False, actor=admin) == []
    (answered,) = campaign_rows(session, answered=True, actor=admin)
    assert answered.answered_on == date(2026, 12, 14) and not answered.needs_reminder
    with pytest.raises(ConflictError):
        record_follow_up_answer(
            session, row.checkpoint_id, answer, expected_version=row.version_id, actor=admin
        )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("legal_form", "sarl"),
        ("revenue_band", "lots"),
        ("situation", "retired"),
        ("jobs_created", -1),
        ("checked_on", date(2026, 12, 16)),
        ("business_active", None),
    ],
)
def test_a_bad_answer_names_its_field_and_changes_nothing(session, admin, field, value):
    alice = _left(session, admin, "Alice", "Arnaud", date(2025, 12, 10))
    (row,) = campaign_rows(session, actor=admin)
    values = {"business_active": True, "checked_on": date(2026, 12, 14), field: value}
    with pytest.raises(ValidationError) as err:
        record_follow_up_answer(
            session,
            row.checkpoint_id,
            FollowUpAnswer(**values),
            expected_version=row.version_id,
            actor=admin,
        )
    assert field in err.value.field_errors
    assert session.get(FollowUpCheckpoint, row.checkpoint_id).checked_on is None
    assert alice.id == row.entrepreneur_id


def test_survival_states_the_unknowns_and_the_indicators_equal_the_report(session, admin):
    fx = build_funder_fixture(session)
    period = (date(2026, 1, 1), date(2027, 5, 31))
    k = funder_kpis(session, fx.grant_id, *period, actor=admin)
    # Chloé's 12 and 24 m are answered, her 36 m (due 01/02/2027) is not; Bruno's 12 m (due
    # 31/05/2027, the last day) is answered on 02/06/2027: unknown when the report is written.
    assert k.survival == (Survival(12, 1, 1, 2), Survival(24, 1, 0, 1), Survival(36, 0, 0, 1))
    assert [s.unknown for s in k.survival] == [1, 0, 1]
    by_key = {v.key: v for v in all_indicator_values(k)}
    assert (by_key["survival_12"].actual, by_key["survival_12"].unknown_share) == (100.0, 50.0)
    assert (by_key["survival_36"].actual, by_key["survival_36"].unknown_share) == (None, 100.0)
    assert by_key["people_supported"].unknown_share is None

    chloe_36 = session.scalar(
        select(FollowUpCheckpoint).where(
            FollowUpCheckpoint.entrepreneur_id == fx.ids["chloe"],
            FollowUpCheckpoint.months_after_exit == 36,
        )
    )
    record_follow_up_answer(
        session,
        chloe_36.id,
        FollowUpAnswer(business_active=True, checked_on=date(2026, 12, 1)),
        expected_version=chloe_36.version_id,
        actor=admin,
    )
    k, _ = grant_indicators(session, fx.grant_id, *period, actor=admin)
    assert k.survival[2] == Survival(36, 1, 1, 1)
    assert EXTRACTORS["survival_36"](k) == 100.0
    assert EXTRACTORS["survival_12"](k) == 100.0
    assert EXTRACTORS["survival_24"](k) == 0.0


def test_the_report_and_its_workbook_state_the_unknowns(session, admin, tmp_path):
    fx = build_funder_fixture(session)
    period = (date(2026, 1, 1), date(2027, 5, 31))
    pdf = write_funder_report(session, fx.grant_id, *period, tmp_path / "r.pdf", actor=admin,
                              locale="en")  # fmt: skip
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "After Due Checked Still active Rate Unknown" in lines
    assert "12 months 2 1 1 100% 50%" in lines
    assert "36 months 1 0 0 — 100%" in lines
    xlsx = write_funder_workbook(session, fx.grant_id, *period, tmp_path / "r.xlsx",
                                 actor=admin, locale="en")  # fmt: skip
    rows = [[c.value for c in r] for ws in openpyxl.load_workbook(xlsx) for r in ws.iter_rows()]
    assert ["12 months", 2, 1, 1, 1, 0.5] in [r[:6] for r in rows]
    assert ["36 months", 1, 0, 0, None, 1] in [r[:6] for r in rows]
