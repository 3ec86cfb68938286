"""The reporting deadlines across grants (Milestones page, "Reporting deadlines" tab)."""

from __future__ import annotations

from datetime import date

import pytest

from incubator_app.errors import ValidationError
from incubator_app.services.funding.deadline_list import DeadlineListSource
from incubator_app.services.funding.grants import (
    add_grant_deadline,
    create_funder,
    create_grant,
    update_grant_deadline,
)
from incubator_app.services.paging import SortOrder

pytestmark = pytest.mark.core

TODAY = date(2026, 11, 10)


@pytest.fixture
def deadlines(session, admin):
    region = create_funder(session, name="Région Sud", kind="region", actor=admin)
    city = create_funder(session, name="Ville de Marseille", kind="municipality", actor=admin)
    g1 = create_grant(
        session,
        funder_id=region.id,
        reference="CONV-2026-01",
        title="Accompagnement",
        amount_cents=2_000_000,
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
        actor=admin,
    )
    g2 = create_grant(
        session,
        funder_id=city.id,
        reference="VDM-26",
        title="Ateliers",
        amount_cents=500_000,
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
        actor=admin,
    )
    made = {
        "late": add_grant_deadline(
            session, g1.id, label="Bilan intermédiaire", due_on=date(2026, 10, 31), actor=admin
        ),
        "today": add_grant_deadline(
            session, g2.id, label="Compte rendu", due_on=TODAY, actor=admin
        ),
        "soon": add_grant_deadline(
            session, g2.id, label="Bilan d’étape", due_on=date(2026, 12, 10), actor=admin
        ),
        "later": add_grant_deadline(
            session, g1.id, label="Bilan final", due_on=date(2027, 3, 31), actor=admin
        ),
        "sent": add_grant_deadline(
            session, g1.id, label="Dossier de demande", due_on=date(2026, 2, 1), actor=admin
        ),
    }
    update_grant_deadline(
        session,
        made["sent"].id,
        expected_version=made["sent"].version_id,
        submitted_on=date(2026, 1, 28),
        actor=admin,
    )
    return {k: d.id for k, d in made.items()}


def _labels(session, admin, state, sort=SortOrder()):
    source = DeadlineListSource(admin, TODAY, state=state)
    rows = source.fetch(session, sort, 0, 50)
    assert source.count(session) == len(rows)
    return [r.label for r in rows], rows


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        ("pending", ["Bilan intermédiaire", "Compte rendu", "Bilan d’étape", "Bilan final"]),
        ("overdue", ["Bilan intermédiaire"]),
        ("soon", ["Bilan intermédiaire", "Compte rendu", "Bilan d’étape"]),
        ("submitted", ["Dossier de demande"]),
        (
            "all",
            [
                "Dossier de demande",
                "Bilan intermédiaire",
                "Compte rendu",
                "Bilan d’étape",
                "Bilan final",
            ],
        ),
    ],
)
def test_each_state_lists_its_deadlines_soonest_first(session, admin, deadlines, state, expected):
    labels, _rows = _labels(session, admin, state)
    assert labels == expected


def test_rows_name_the_grant_and_funder_and_only_unsent_past_ones_are_late(
    session, admin, deadlines
):
    _labels_, rows = _labels(session, admin, "all")
    by_label = {r.label: r for r in rows}
    late = by_label["Bilan intermédiaire"]
    assert (late.grant_reference, late.funder_name, late.overdue) == (
        "CONV-2026-01",
        "Région Sud",
        True,
    )
    assert not by_label["Compte rendu"].overdue  # due today: not late yet
    assert not by_label["Dossier de demande"].overdue  # sent (even if its date is past)
    assert by_label["Dossier de demande"].submitted_on == date(2026, 1, 28)


def test_sorting_by_funder_then_paging_never_overlaps(session, admin, deadlines):
    source = DeadlineListSource(admin, TODAY, state="all")
    sort = SortOrder("funder", descending=True)
    pages = [source.fetch(session, sort, offset, 2) for offset in (0, 2, 4)]
    ids = [r.id for page in pages for r in page]
    assert sorted(ids) == sorted(deadlines.values()) and len(set(ids)) == 5
    assert pages[0][0].funder_name == "Ville de Marseille"


def test_an_unknown_state_is_a_field_error(admin):
    with pytest.raises(ValidationError) as err:
        DeadlineListSource(admin, TODAY, state="late")
    assert "late" in str(err.value.field_errors["state"])
