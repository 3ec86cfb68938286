"""Disciplines and coaching topics: unique codes, rename/reorder/deactivate, audit, roles."""

from __future__ import annotations

import pytest
from helpers_people import count_rows, make_actor
from sqlalchemy import select

from incubator_app.errors import ConflictError, PermissionDenied, ValidationError
from incubator_app.models import AuditEntry, CoachingTopic, Discipline, Role
from incubator_app.services.administration.reference_lists import (
    ReferenceKind,
    create_coaching_topic,
    create_discipline,
    list_coaching_topics,
    list_disciplines,
    rename_reference_item,
    reorder_reference_items,
    set_reference_item_active,
    update_reference_item,
)

pytestmark = pytest.mark.core


def test_created_items_are_listed_in_position_order_with_accents(session, admin) -> None:
    create_discipline(session, code="theatre", label="Théâtre", actor=admin)
    create_discipline(session, code="musique", label="Musique", position=0, actor=admin)
    items = list_disciplines(session, actor=admin)
    assert [(i.code, i.label) for i in items] == [("musique", "Musique"), ("theatre", "Théâtre")]
    # Without a position an item goes last.
    late = create_discipline(session, code="Arts-Visuels ", label="Arts visuels", actor=admin)
    assert late.code == "arts-visuels"
    assert late.position == 1
    assert list_disciplines(session, actor=admin)[-1].code == "arts-visuels"


def test_duplicate_code_is_a_conflict_naming_the_code(session, admin) -> None:
    create_discipline(session, code="theatre", label="Théâtre", actor=admin)
    with pytest.raises(ConflictError) as err:
        create_discipline(session, code="THEATRE", label="Théâtre bis", actor=admin)
    assert "theatre" in str(err.value)
    assert "Théâtre" in str(err.value)
    assert count_rows(session, Discipline) == 1


def test_same_code_may_exist_in_both_lists(session, admin) -> None:
    create_discipline(session, code="diffusion", label="Diffusion", actor=admin)
    topic = create_coaching_topic(session, code="diffusion", label="Diffusion", actor=admin)
    assert [t.id for t in list_coaching_topics(session, actor=admin)] == [topic.id]


def test_every_bad_field_is_reported_and_nothing_written(session, admin) -> None:
    with pytest.raises(ValidationError) as err:
        create_discipline(session, code="a b!", label="  ", position=-1, actor=admin)
    assert set(err.value.field_errors) == {"code", "label", "position"}
    assert count_rows(session, Discipline) == 0
    assert count_rows(session, AuditEntry, AuditEntry.entity == "discipline") == 0


def test_rename_deactivate_and_audit(session, admin) -> None:
    item = create_discipline(session, code="theatre", label="Theatre", actor=admin)
    renamed = rename_reference_item(
        session,
        ReferenceKind.DISCIPLINE,
        item.id,
        " Théâtre ",
        expected_version=item.version_id,
        actor=admin,
    )
    assert renamed.label == "Théâtre"
    assert renamed.version_id == item.version_id + 1
    off = set_reference_item_active(
        session,
        "discipline",
        item.id,
        False,
        expected_version=renamed.version_id,
        actor=admin,
    )
    assert off.active is False
    assert list_disciplines(session, actor=admin) == []
    assert [i.id for i in list_disciplines(session, include_inactive=True, actor=admin)] == [
        item.id
    ]
    audit = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == "discipline", AuditEntry.entity_id == item.id)
        .order_by(AuditEntry.id)
    ).all()
    assert [a.action for a in audit] == ["create", "update", "update"]
    assert audit[0].changes["code"] == "theatre"
    assert audit[1].changes == {"label": ["Theatre", "Théâtre"]}
    assert audit[2].changes == {"active": [True, False]}


def test_stale_version_is_a_conflict_and_changes_nothing(session, admin) -> None:
    item = create_coaching_topic(session, code="prix", label="Prix", actor=admin)
    update_reference_item(
        session,
        ReferenceKind.COACHING_TOPIC,
        item.id,
        expected_version=item.version_id,
        actor=admin,
        label="Prix et devis",
    )
    with pytest.raises(ConflictError):
        update_reference_item(
            session,
            ReferenceKind.COACHING_TOPIC,
            item.id,
            expected_version=item.version_id,
            actor=admin,
            label="Tarifs",
        )
    session.expire_all()
    assert session.get(CoachingTopic, item.id).label == "Prix et devis"


def test_code_cannot_be_changed(session, admin) -> None:
    item = create_discipline(session, code="theatre", label="Théâtre", actor=admin)
    with pytest.raises(ValidationError) as err:
        update_reference_item(
            session, "discipline", item.id, expected_version=None, actor=admin, code="x"
        )
    assert set(err.value.field_errors) == {"code"}


def test_reorder_puts_listed_items_first(session, admin) -> None:
    a = create_discipline(session, code="a", label="A", actor=admin)
    b = create_discipline(session, code="b", label="B", actor=admin)
    c = create_discipline(session, code="c", label="C", actor=admin)
    result = reorder_reference_items(session, "discipline", [c.id, a.id], actor=admin)
    assert [(i.code, i.position) for i in result] == [("c", 0), ("a", 1), ("b", 2)]
    assert [i.code for i in list_disciplines(session, actor=admin)] == ["c", "a", "b"]
    moved = session.scalars(
        select(AuditEntry.entity_id).where(
            AuditEntry.entity == "discipline", AuditEntry.action == "update"
        )
    ).all()
    assert sorted(moved) == sorted([a.id, b.id, c.id])
    with pytest.raises(ValidationError) as err:
        reorder_reference_items(session, "discipline", [a.id, 9999], actor=admin)
    assert "ordered_ids" in err.value.field_errors
    assert [i.code for i in list_disciplines(session, actor=admin)] == ["c", "a", "b"]


@pytest.mark.parametrize("role", [Role.VIEWER, Role.COACH])
def test_only_settings_managers_change_lists(session, admin, role) -> None:
    item = create_discipline(session, code="theatre", label="Théâtre", actor=admin)
    someone = make_actor(session, role)
    with pytest.raises(PermissionDenied):
        create_discipline(session, code="cirque", label="Cirque", actor=someone)
    with pytest.raises(PermissionDenied):
        rename_reference_item(
            session, "discipline", item.id, "X", expected_version=None, actor=someone
        )
    with pytest.raises(PermissionDenied):
        reorder_reference_items(session, "discipline", [item.id], actor=someone)
    assert count_rows(session, Discipline) == 1
    # Reading stays allowed.
    assert [i.label for i in list_disciplines(session, actor=someone)] == ["Théâtre"]


def test_staff_may_change_lists(session, admin) -> None:
    staff = make_actor(session, Role.STAFF)
    item = create_coaching_topic(session, code="juridique", label="Juridique", actor=staff)
    assert item.id is not None
