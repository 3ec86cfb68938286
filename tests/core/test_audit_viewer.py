"""The administrators' audit viewer: filters, paging, who may open it, the export, and the
confidential notes of coaching sessions, which never appear (screen rows or export)."""

from __future__ import annotations

import csv
from datetime import date, timedelta

import openpyxl
import pytest
from factories import make_coach, make_entrepreneur
from helpers_people import make_actor
from sqlalchemy import insert

from incubator_app.errors import PermissionDenied, ValidationError
from incubator_app.models import AuditEntry, Role
from incubator_app.services.administration.audit_viewer import (
    AuditFilter,
    AuditListSource,
    audit_choices,
    export_audit,
)
from incubator_app.services.coaching.sessions import (
    log_coaching_session,
    update_coaching_session,
)
from incubator_app.services.entrepreneurs.cohorts import create_cohort
from incubator_app.services.paging import SortOrder

pytestmark = pytest.mark.core
SECRET = "Difficultés personnelles très secrètes"


def _all(session, source):
    return source.fetch(session, SortOrder(), 0, source.count(session) + 5)


@pytest.mark.clock("2026-03-10 10:00")
def test_filters_by_who_kind_action_and_period(session, admin, frozen_clock):
    staff = make_actor(session, Role.STAFF, "lea")
    create_cohort(session, name="Promo 2026", start_date=date(2026, 1, 5), actor=staff)
    frozen_clock.shift(timedelta(days=5))
    create_cohort(session, name="Promo 2027", start_date=date(2027, 1, 5), actor=admin)

    everything = AuditListSource(admin)
    rows = _all(session, everything)
    assert [r.id for r in rows] == sorted((r.id for r in rows), reverse=True)
    assert everything.count(session) == len(rows)

    by_lea = _all(session, AuditListSource(admin, AuditFilter(user_login="lea")))
    assert [(r.entity, r.action, r.user_login) for r in by_lea] == [("cohort", "create", "lea")]
    assert by_lea[0].user_name  # the account's display name, for the screen
    cohorts = AuditListSource(admin, AuditFilter(entity="cohort", action="create"))
    assert cohorts.count(session) == 2
    in_march_10 = AuditListSource(
        admin, AuditFilter(entity="cohort", start=date(2026, 3, 10), end=date(2026, 3, 10))
    )
    assert [r.changes["name"] for r in _all(session, in_march_10)] == ["Promo 2026"]
    later = AuditListSource(admin, AuditFilter(entity="cohort", start=date(2026, 3, 11)))
    assert [r.changes["name"] for r in _all(session, later)] == ["Promo 2027"]
    # Pages never overlap or skip.
    page1 = everything.fetch(session, SortOrder(), 0, 2)
    page2 = everything.fetch(session, SortOrder(), 2, 2)
    assert [r.id for r in page1 + page2] == [r.id for r in rows[:4]]
    sorted_by_kind = everything.fetch(session, SortOrder("entity"), 0, 100)
    assert [r.entity for r in sorted_by_kind] == sorted(r.entity for r in sorted_by_kind)

    choices = audit_choices(session, actor=admin)
    assert "lea" in [login for login, _ in choices.users] and "cohort" in choices.entities
    assert "audit_entry" not in choices.entities


def test_only_administrators(session, admin):
    for role in (Role.STAFF, Role.COACH, Role.VIEWER):
        with pytest.raises(PermissionDenied):
            AuditListSource(make_actor(session, role, f"u{role.value}"))
        with pytest.raises(PermissionDenied):
            audit_choices(session, actor=make_actor(session, role, f"v{role.value}"))


def test_a_period_ending_before_it_starts_is_refused(session, admin):
    with pytest.raises(ValidationError):
        AuditListSource(admin, AuditFilter(start=date(2026, 5, 2), end=date(2026, 5, 1)))


def test_confidential_notes_never_appear_on_screen_or_in_exports(session, admin, tmp_path):
    coach = make_coach(session)
    person = make_entrepreneur(session)
    view = log_coaching_session(
        session,
        session_date=date(2026, 3, 2),
        duration_minutes=60,
        coach_id=coach.id,
        participants=[person.id],
        summary="Devis révisé",
        confidential_notes=SECRET,
        actor=admin,
    )
    update_coaching_session(
        session, view.id, expected_version=view.version_id, actor=admin,
        confidential_notes=SECRET + " (suite)",
    )  # fmt: skip
    # An older row written before the notes were masked: its text must not show either.
    session.execute(
        insert(AuditEntry),
        [
            {
                "user_login": "admin",
                "entity": "coaching_session",
                "entity_id": view.id,
                "action": "update",
                "changes": {"confidential_notes": [None, SECRET], "summary": ["a", "b"]},
            }
        ],
    )
    session.commit()
    source = AuditListSource(admin, AuditFilter(entity="coaching_session"))
    rows = _all(session, source)
    assert len(rows) == 3
    for row in rows:
        assert "confidential_notes" not in (row.changes or {})
        assert SECRET not in repr(row)
    assert rows[-1].changes["summary"] == "Devis révisé"

    for fmt in ("csv", "xlsx"):
        path = tmp_path / f"audit.{fmt}"
        n = export_audit(
            session,
            source,
            path,
            file_format=fmt,
            headers=["id", "action", "changes"],
            cells=lambda r: [r.id, r.action, repr(r.changes)],
        )
        assert n == 3
        if fmt == "csv":
            text = path.read_text(encoding="utf-8-sig")
            lines = list(csv.reader(text.splitlines(), delimiter=";"))
            assert lines[0] == ["id", "action", "changes"] and len(lines) == 4
        else:
            text = repr(
                [[c.value for c in r] for r in openpyxl.load_workbook(path).active.iter_rows()]
            )
        assert SECRET not in text and "Difficult" not in text
        assert "Devis révisé" in text


def test_export_neutralises_formulas_and_refuses_unknown_formats(session, admin, tmp_path):
    create_cohort(session, name="=HYPERLINK(1)", start_date=date(2026, 1, 5), actor=admin)
    source = AuditListSource(admin, AuditFilter(entity="cohort"))
    path = tmp_path / "a.csv"
    export_audit(session, source, path, file_format="csv", headers=["name"],
                 cells=lambda r: [r.changes["name"]])  # fmt: skip
    assert path.read_text(encoding="utf-8-sig").splitlines()[1] == "'=HYPERLINK(1)"
    with pytest.raises(ValidationError):
        export_audit(session, source, tmp_path / "a.pdf", file_format="pdf", headers=[],
                     cells=lambda r: [])  # fmt: skip
    assert not (tmp_path / "a.pdf").exists()


def test_the_count_stops_at_its_cap_and_counts_further_when_asked(session, admin):
    session.execute(
        insert(AuditEntry),
        [{"user_login": "bench", "entity": "cohort", "entity_id": n, "action": "update"}
         for n in range(30)],
    )  # fmt: skip
    session.commit()
    total = AuditListSource(admin, count_cap=None).count(session)
    assert total >= 30
    capped = AuditListSource(admin, count_cap=10)
    assert capped.count(session) == 11 and capped.more_than(11)  # « more than 10 »
    assert capped.count_up_to(session, 100) == total and not capped.more_than(total, 100)
    assert capped.count_up_to(session, None) == total
    # A filter served by its index counts the same way; fewer rows than the cap: exact.
    updates = AuditListSource(admin, AuditFilter(entity="cohort", action="update"), count_cap=10)
    assert updates.count(session) == 11
    assert updates.count_up_to(session, 1000) == 30
    few = AuditListSource(admin, AuditFilter(user_login="nobody"), count_cap=10)
    assert few.count(session) == 0 and not few.more_than(0)
    assert len(capped.fetch(session, SortOrder(), 0, 200)) == total  # pages are not capped
