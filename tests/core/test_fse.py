"""FSE+ questionnaires and the Annex I indicator table (Regulation (EU) 2021/1057) on a
hand-counted grant (fse_fixture.py), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from factories import audit_actions, make_actor, make_entrepreneur
from fse_fixture import HAND, PERIOD, build_fse_fixture

from incubator_app.errors import PermissionDenied, ValidationError
from incubator_app.models import ConsentRecord, ExitOutcome, ExitType, Role
from incubator_app.models.vocabulary import FseMoment
from incubator_app.services.funding.fse.codes import ALL_LABELS
from incubator_app.services.funding.fse.indicators import fse_indicator_table, is_fse_cofunded
from incubator_app.services.funding.fse.questionnaires import (
    due_questionnaires,
    list_questionnaires,
    record_questionnaire,
    update_questionnaire,
)

pytestmark = pytest.mark.core


def test_indicator_table_matches_the_hand_count(session, admin):
    grant_id = build_fse_fixture(session)
    table = fse_indicator_table(session, grant_id, *PERIOD, actor=admin)
    by_key = {r.key: (r.total, r.women, r.men, r.non_binary, r.gender_unknown) for r in table.rows}
    for key, expected in HAND.items():
        assert by_key[key] == expected, key
    # Every code of the Annex has a row, and nothing the hand count did not list is non-zero.
    assert set(ALL_LABELS) <= set(by_key)
    for key, counts in by_key.items():
        if key not in HAND:
            assert counts == (0, 0, 0, 0, 0), key


def test_a_shorter_period_counts_only_its_entries_and_answers(session, admin):
    grant_id = build_fse_fixture(session)
    table = fse_indicator_table(
        session, grant_id, date(2026, 8, 1), date(2026, 12, 31), actor=admin
    )
    assert table.value("EECO01") == 0  # everybody entered in January
    assert table.value("EECR05") == 1  # Anna answered in September
    assert table.value("EECR01") == 0


def test_recording_needs_consent_for_sensitive_answers_and_is_audited(session, admin):
    person = make_entrepreneur(session, "Inès")
    with pytest.raises(ValidationError):
        record_questionnaire(session, person.id, "entry", answered_on=date(2026, 1, 5),
                             labour_status="inactive", disability="yes", actor=admin)  # fmt: skip
    view = record_questionnaire(
        session, person.id, "entry", answered_on=date(2026, 1, 5),
        labour_status="inactive", education="isced_5_8", actor=admin,
    )  # fmt: skip
    session.add(ConsentRecord(
        entrepreneur_id=person.id, purpose="fse_survey", given_on=date(2026, 1, 5),
        source="paper", text_version="v1",
    ))  # fmt: skip
    session.commit()
    view = update_questionnaire(session, view.id, expected_version=view.version_id,
                                disability="declined", actor=admin)  # fmt: skip
    assert view.disability == "declined"
    assert audit_actions(session, "fse_questionnaire", view.id) == ["create", "update"]
    # A withdrawn consent refuses new sensitive answers.
    session.add(ConsentRecord(
        entrepreneur_id=person.id, purpose="fse_survey", given=False,
        given_on=date(2026, 2, 1), source="mail", text_version="v1",
    ))  # fmt: skip
    session.commit()
    with pytest.raises(ValidationError):
        update_questionnaire(session, view.id, expected_version=view.version_id,
                             rural_area="yes", actor=admin)  # fmt: skip
    # One entry questionnaire per person: the first entry date is kept.
    with pytest.raises(ValidationError):
        record_questionnaire(session, person.id, "entry", answered_on=date(2026, 3, 1),
                             actor=admin)  # fmt: skip
    assert list_questionnaires(session, person.id, actor=admin)[FseMoment.ENTRY].answered_on == (
        date(2026, 1, 5)
    )


def test_bad_answers_and_roles_are_refused(session, admin):
    person = make_entrepreneur(session, "Jo")
    coach = make_actor(session, Role.COACH)
    with pytest.raises(PermissionDenied):
        record_questionnaire(session, person.id, "entry", answered_on=date(2026, 1, 5),
                             actor=coach)  # fmt: skip
    with pytest.raises(PermissionDenied):
        list_questionnaires(session, person.id, actor=coach)
    for bad in (
        {"labour_status": "retired"},
        {"employed": True},  # not asked at entry
    ):
        with pytest.raises(ValidationError):
            record_questionnaire(session, person.id, "entry", answered_on=date(2026, 1, 5),
                                 actor=admin, **bad)  # fmt: skip
    with pytest.raises(ValidationError):
        record_questionnaire(session, person.id, "exit", answered_on=date(2026, 1, 5),
                             improved_situation=True, actor=admin)  # fmt: skip
    with pytest.raises(ValidationError):
        record_questionnaire(session, person.id, "later", answered_on=date(2026, 1, 5),
                             actor=admin)  # fmt: skip


@pytest.mark.clock("2026-08-20 10:00")
def test_due_questionnaires(session, admin):
    build_fse_fixture(session)
    due = {(d.first_name, d.moment.value): d for d in due_questionnaires(session, actor=admin)}
    # Dominique left on 1 May: the exit questionnaire is overdue (window closed 29 May, kept
    # three months); the six-month one is due on 1 November, beyond the 31-day horizon.
    assert ("Dominique", "exit") in due
    assert due[("Dominique", "exit")].deadline == date(2026, 5, 29)
    assert ("Dominique", "six_months") not in due
    # Bruno left on 1 February: six months on 1 August, not answered.
    assert due[("Bruno", "six_months")].due_on == date(2026, 8, 1)
    assert ("Anna", "six_months") not in due and ("Anna", "exit") not in due
    # Gaspard has no entry questionnaire: not an FSE+ participant, never due.
    assert not any(name == "Gaspard" for name, _ in due)


def test_cofunded_rule():
    assert is_fse_cofunded("european_union", None)
    assert is_fse_cofunded("region", "Ville, FSE+")
    assert is_fse_cofunded("region", "esf")
    assert not is_fse_cofunded("region", "FSEA, Ville")
    assert not is_fse_cofunded("region", None)


def test_exit_without_questionnaire_counts_unknown(session, admin):
    grant_id = build_fse_fixture(session)
    before = fse_indicator_table(session, grant_id, *PERIOD, actor=admin).value("exit")
    # Chloé leaves in June without answering: one more unknown exit.
    from incubator_app.models import Entrepreneur

    chloe = session.query(Entrepreneur).filter_by(first_name="Chloé").one()
    session.add(ExitOutcome(entrepreneur_id=chloe.id, exit_type=ExitType.TRAINING,
                            reason="formation", exit_date=date(2026, 6, 1)))  # fmt: skip
    session.commit()
    assert fse_indicator_table(session, grant_id, *PERIOD, actor=admin).value("exit") == before + 1


def test_erasure_keeps_the_indicator_table(session, admin):
    from incubator_app.models import Entrepreneur
    from incubator_app.services.privacy.erasure import erase_person
    from incubator_app.services.privacy.people import PersonRef

    grant_id = build_fse_fixture(session)
    before = fse_indicator_table(session, grant_id, *PERIOD, actor=admin).rows
    anna = session.query(Entrepreneur).filter_by(first_name="Anna").one().id
    erase_person(session, PersonRef("entrepreneur", anna), actor=admin)
    session.expire_all()
    assert fse_indicator_table(session, grant_id, *PERIOD, actor=admin).rows == before
