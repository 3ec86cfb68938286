"""Entrepreneurs: field validation, text kept as typed, lists, archive, duplicates, delete."""

from __future__ import annotations

from datetime import date

import pytest
from helpers_people import count_rows, make_actor, make_entrepreneur
from sqlalchemy import select

from incubator_app import clock
from incubator_app.errors import ConflictError, PermissionDenied, ValidationError
from incubator_app.models import AuditEntry, Entrepreneur, PathwayStage, Role, StageChange
from incubator_app.services.administration.reference_lists import (
    create_discipline,
    set_reference_item_active,
)
from incubator_app.services.coaching.coaches import create_coach
from incubator_app.services.entrepreneurs.cohorts import create_cohort
from incubator_app.services.entrepreneurs.list import EntrepreneurFilter, EntrepreneurListSource
from incubator_app.services.entrepreneurs.pathway import change_stage
from incubator_app.services.entrepreneurs.records import (
    archive_entrepreneur,
    delete_entrepreneur,
    find_possible_duplicates,
    get_entrepreneur,
    update_entrepreneur,
)
from incubator_app.services.paging import SortOrder

pytestmark = pytest.mark.core


def test_text_is_kept_as_typed_leading_zero_and_accents(db, admin) -> None:
    with db.session() as s:
        theatre = create_discipline(s, code="theatre", label="Théâtre", actor=admin)
        person = make_entrepreneur(
            s,
            admin,
            first_name=" Hélène ",
            last_name="Lefèvre-Müller",
            postal_code="06414",
            commune="Cannes La Bocca",
            project_name="Compagnie « Théâtre & Cie »",
            discipline_id=theatre.id,
            gender="female",
            education_level="bac_5",
            birth_year=1990,
            job_seeker=True,
            entry_date=date(2026, 3, 2),
        )
    with db.session() as fresh:
        row = fresh.get(Entrepreneur, person.id)
        assert row.postal_code == "06414"
        assert (row.first_name, row.last_name) == ("Hélène", "Lefèvre-Müller")
        assert row.project_name == "Compagnie « Théâtre & Cie »"
        assert row.stage is PathwayStage.CANDIDATE
        view = get_entrepreneur(fresh, person.id, actor=admin)
        assert view.full_name == "Hélène Lefèvre-Müller"
        assert view.gender.value == "female"
        assert view.education_level.value == "bac_5"


def test_creation_writes_the_entry_and_audit_rows(session, admin) -> None:
    person = make_entrepreneur(session, admin, entry_date=date(2026, 2, 1))
    change = session.scalar(select(StageChange).where(StageChange.entrepreneur_id == person.id))
    assert (change.from_stage, change.to_stage, change.changed_on) == (
        None,
        PathwayStage.CANDIDATE,
        date(2026, 2, 1),
    )
    assert change.changed_by_id == admin.user_id
    actions = session.execute(
        select(AuditEntry.entity, AuditEntry.action, AuditEntry.user_login).order_by(AuditEntry.id)
    ).all()
    assert ("entrepreneur", "create", "admin") in actions
    assert ("stage_change", "create", "admin") in actions


def test_every_bad_field_is_named_and_nothing_is_written(session, admin) -> None:
    next_year = 2027  # the suite's clock is frozen in November 2026
    with pytest.raises(ValidationError) as err:
        make_entrepreneur(
            session,
            admin,
            first_name="  ",
            last_name="",
            email="helene@",
            phone="abc",
            postal_code="13 00!",
            birth_year=next_year,
            discipline_id=9999,
            referent_coach_id=9999,
            cohort_id=9999,
            gender="x",
            education_level="bac+12",
            job_seeker="yes",
        )
    assert set(err.value.field_errors) == {
        "first_name",
        "last_name",
        "email",
        "phone",
        "postal_code",
        "birth_year",
        "discipline_id",
        "referent_coach_id",
        "cohort_id",
        "gender",
        "education_level",
        "job_seeker",
    }
    assert "9999" in str(err.value.field_errors["cohort_id"])
    assert count_rows(session, Entrepreneur) == 0
    assert count_rows(session, StageChange) == 0
    assert count_rows(session, AuditEntry, AuditEntry.entity == "entrepreneur") == 0


@pytest.mark.parametrize("code", [6414, "ABCDE", "1", "13001 Marseille"])
def test_non_postal_codes_are_refused(session, admin, code) -> None:
    with pytest.raises(ValidationError) as err:
        make_entrepreneur(session, admin, postal_code=code)
    assert set(err.value.field_errors) == {"postal_code"}


def test_birth_year_bounds(session, admin) -> None:
    assert clock.today().year == 2026
    assert make_entrepreneur(session, admin, birth_year=1900).birth_year == 1900
    assert make_entrepreneur(session, admin, birth_year=2026).birth_year == 2026
    for year in (1899, 2027):
        with pytest.raises(ValidationError) as err:
            make_entrepreneur(session, admin, birth_year=year)
        assert set(err.value.field_errors) == {"birth_year"}


def test_unknown_field_is_refused(session, admin) -> None:
    with pytest.raises(ValidationError) as err:
        make_entrepreneur(session, admin, stage="incubated")
    assert set(err.value.field_errors) == {"stage"}


def test_retired_discipline_cannot_be_picked_but_stays_on_records(session, admin) -> None:
    theatre = create_discipline(session, code="theatre", label="Théâtre", actor=admin)
    person = make_entrepreneur(session, admin, discipline_id=theatre.id)
    set_reference_item_active(
        session, "discipline", theatre.id, False, expected_version=theatre.version_id, actor=admin
    )
    with pytest.raises(ValidationError) as err:
        make_entrepreneur(session, admin, first_name="Paul", discipline_id=theatre.id)
    assert set(err.value.field_errors) == {"discipline_id"}
    # Editing something else keeps the existing (now retired) discipline.
    kept = update_entrepreneur(
        session,
        person.id,
        expected_version=person.version_id,
        actor=admin,
        commune="Marseille",
        discipline_id=theatre.id,
    )
    assert (kept.commune, kept.discipline_id) == ("Marseille", theatre.id)


def test_update_lock_audit_and_stage_is_not_editable(session, admin) -> None:
    person = make_entrepreneur(session, admin, email="helene@example.org")
    updated = update_entrepreneur(
        session,
        person.id,
        expected_version=person.version_id,
        actor=admin,
        email="h.durand@example.org",
        postal_code="13001",
    )
    assert updated.version_id == person.version_id + 1
    with pytest.raises(ConflictError):
        update_entrepreneur(
            session, person.id, expected_version=person.version_id, actor=admin, commune="Aix"
        )
    with pytest.raises(ValidationError) as err:
        update_entrepreneur(
            session, person.id, expected_version=None, actor=admin, stage="incubated"
        )
    assert set(err.value.field_errors) == {"stage"}
    with pytest.raises(ValidationError) as err:
        update_entrepreneur(session, person.id, expected_version=None, actor=admin, last_name=" ")
    assert set(err.value.field_errors) == {"last_name"}
    session.expire_all()
    row = session.get(Entrepreneur, person.id)
    assert (row.commune, row.stage, row.last_name) == (None, PathwayStage.CANDIDATE, "Durand")
    audit = session.scalar(
        select(AuditEntry).where(AuditEntry.entity == "entrepreneur", AuditEntry.action == "update")
    )
    assert audit.changes == {
        "email": ["helene@example.org", "h.durand@example.org"],
        "postal_code": [None, "13001"],
    }


def listed(session, actor, *, offset: int = 0, limit: int = 100, **filters) -> list[int]:
    """Ids in the entrepreneurs list (its default order: last name, then first name)."""
    source = EntrepreneurListSource(EntrepreneurFilter(**filters), actor)
    return [r.id for r in source.fetch(session, SortOrder(), offset, limit)]


def test_list_filters_order_and_paging(session, admin) -> None:
    coach = create_coach(session, display_name="Ana", actor=admin)
    cohort = create_cohort(session, name="Promo", start_date=date(2026, 1, 5), actor=admin)
    a = make_entrepreneur(session, admin, first_name="Zoé", last_name="albert")
    b = make_entrepreneur(
        session, admin, first_name="Hélène", last_name="Bernard", referent_coach_id=coach.id
    )
    c = make_entrepreneur(
        session,
        admin,
        first_name="Yann",
        last_name="Carré",
        cohort_id=cohort.id,
        entry_date=date(2026, 2, 1),
    )
    d = make_entrepreneur(session, admin, first_name="Alice", last_name="Bernard")
    change_stage(
        session, c.id, "admitted", on=date(2026, 3, 1), expected_version=c.version_id, actor=admin
    )
    # Case-insensitive name order (PostgreSQL and SQLite agree), then first name.
    assert listed(session, admin) == [a.id, d.id, b.id, c.id]
    assert listed(session, admin, offset=1, limit=2) == [d.id, b.id]
    assert listed(session, admin, stages=(PathwayStage.ADMITTED,)) == [c.id]
    assert listed(session, admin, cohort_id=cohort.id) == [c.id]
    assert listed(session, admin, coach_id=coach.id) == [b.id]
    candidates = EntrepreneurFilter(stages=(PathwayStage.CANDIDATE,))
    assert EntrepreneurListSource(candidates, admin).count(session) == 3
    with pytest.raises(ValidationError) as err:
        EntrepreneurListSource(EntrepreneurFilter(stages=("sleeping",)), admin)
    assert set(err.value.field_errors) == {"stages"}


def test_archive_hides_from_lists_and_is_audited(session, admin) -> None:
    a = make_entrepreneur(session, admin, first_name="Ana")
    b = make_entrepreneur(session, admin, first_name="Bea")
    archived = archive_entrepreneur(session, a.id, expected_version=a.version_id, actor=admin)
    assert archived.archived is True
    assert listed(session, admin) == [b.id]
    everyone = listed(session, admin, active_only=False)
    assert everyone == [a.id, b.id]
    rows = EntrepreneurListSource(EntrepreneurFilter(active_only=False), admin).fetch(
        session, SortOrder(), 0, 10
    )
    assert [(r.first_name, r.archived) for r in rows] == [("Ana", True), ("Bea", False)]
    with pytest.raises(ConflictError):
        archive_entrepreneur(session, a.id, expected_version=a.version_id, actor=admin)
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "archive"))
    assert (entry.entity_id, entry.changes) == (a.id, {"archived": [False, True]})


def test_possible_duplicates(session, admin) -> None:
    first = make_entrepreneur(session, admin, email="Helene.Durand@Example.org", birth_year=1990)
    archive_entrepreneur(session, first.id, expected_version=first.version_id, actor=admin)
    other = make_entrepreneur(session, admin, first_name="Paul", last_name="Martin")
    by_email = find_possible_duplicates(session, email=" helene.durand@example.ORG", actor=admin)
    assert [(m.entrepreneur.id, m.same_email) for m in by_email] == [(first.id, True)]
    by_name = find_possible_duplicates(
        session, first_name="hélène", last_name="DURAND", birth_year=1990, actor=admin
    )
    assert [(m.entrepreneur.id, m.same_name_and_birth_year) for m in by_name] == [(first.id, True)]
    # A namesake is worth a warning too, whatever the birth year (accents, case, spaces aside).
    namesake = find_possible_duplicates(
        session, first_name="Helene ", last_name="durand", birth_year=1991, actor=admin
    )
    assert [(m.entrepreneur.id, m.same_name, m.same_name_and_birth_year) for m in namesake] == [
        (first.id, True, False)
    ]
    no_year = find_possible_duplicates(session, first_name="PAUL", last_name="martin", actor=admin)
    assert [(m.entrepreneur.id, m.same_name) for m in no_year] == [(other.id, True)]
    # Same words, not words that start the same: « Paule Martine » is someone else.
    assert (
        find_possible_duplicates(session, first_name="Paule", last_name="Martine", actor=admin)
        == []
    )
    assert (
        find_possible_duplicates(
            session, first_name="Paul", last_name="Martin", exclude_id=other.id, actor=admin
        )
        == []
    )
    assert (
        find_possible_duplicates(
            session, email="helene.durand@example.org", exclude_id=first.id, actor=admin
        )
        == []
    )
    assert other.id != first.id


def test_delete_without_history_removes_the_entry_too(session, admin) -> None:
    person = make_entrepreneur(session, admin)
    delete_entrepreneur(session, person.id, expected_version=person.version_id, actor=admin)
    assert count_rows(session, Entrepreneur) == 0
    assert count_rows(session, StageChange) == 0
    entry = session.scalar(
        select(AuditEntry).where(AuditEntry.entity == "entrepreneur", AuditEntry.action == "delete")
    )
    assert entry.entity_id == person.id
    assert entry.changes["last_name"] == "Durand"


def test_delete_with_history_is_refused(session, admin) -> None:
    person = make_entrepreneur(session, admin)
    moved = change_stage(
        session,
        person.id,
        "admitted",
        on=date(2026, 11, 18),  # today, the entry date (frozen clock)
        expected_version=person.version_id,
        actor=admin,
    )
    with pytest.raises(ConflictError) as err:
        delete_entrepreneur(
            session, person.id, expected_version=moved.entrepreneur.version_id, actor=admin
        )
    assert "stage changes" in str(err.value)
    assert "Hélène Durand" in str(err.value)
    assert count_rows(session, Entrepreneur) == 1
    assert count_rows(session, AuditEntry, AuditEntry.action == "delete") == 0


def test_coach_reads_but_cannot_create_viewer_changes_nothing(session, admin) -> None:
    person = make_entrepreneur(session, admin)
    coach = make_actor(session, Role.COACH)
    viewer = make_actor(session, Role.VIEWER)
    assert get_entrepreneur(session, person.id, actor=coach).id == person.id
    assert listed(session, viewer) == [person.id]
    for someone in (coach, viewer):
        with pytest.raises(PermissionDenied):
            make_entrepreneur(session, someone, first_name="Intrus")
        with pytest.raises(PermissionDenied):
            update_entrepreneur(
                session, person.id, expected_version=None, actor=someone, commune="X"
            )
        with pytest.raises(PermissionDenied):
            archive_entrepreneur(session, person.id, expected_version=None, actor=someone)
        with pytest.raises(PermissionDenied):
            delete_entrepreneur(session, person.id, expected_version=None, actor=someone)
    session.expire_all()
    row = session.get(Entrepreneur, person.id)
    assert (row.commune, row.archived, count_rows(session, Entrepreneur)) == (None, False, 1)
