"""The shared mutation mechanics: optimistic lock across two sessions, audit rows, rollback."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from incubator_app.db.backup import backup_database
from incubator_app.db.engine import is_sqlite
from incubator_app.errors import ConflictError, PermissionDenied, ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, load_ts_catalog, msg
from incubator_app.models import AuditEntry, Role, User
from incubator_app.services.actor import Actor
from incubator_app.services.administration.setup import (
    create_incubator,
    get_incubator_profile,
    is_initialised,
)
from incubator_app.services.administration.users import (
    authenticate,
    create_user,
    get_user,
    update_user,
)

pytestmark = pytest.mark.core


def test_two_editors_never_overwrite_each_other(db, admin: Actor) -> None:
    with db.session() as s:
        user = create_user(
            s, login="lea", display_name="Léa", role="staff", password="password-1", actor=admin
        )
    # Two people open the same record (same version), then both save.
    with db.session() as first, db.session() as second:
        seen_by_first = get_user(first, user.id, actor=admin)
        seen_by_second = get_user(second, user.id, actor=admin)
        update_user(
            first,
            user.id,
            expected_version=seen_by_first.version_id,
            actor=admin,
            display_name="Léa Martin",
        )
        with pytest.raises(ConflictError):
            update_user(
                second,
                user.id,
                expected_version=seen_by_second.version_id,
                actor=admin,
                display_name="Léa Dupont",
            )
    with db.session() as s:
        assert s.get(User, user.id).display_name == "Léa Martin"


def test_every_change_leaves_an_audit_row(session, admin: Actor) -> None:
    user = create_user(
        session,
        login="marc",
        display_name="Marc",
        role="viewer",
        password="password-1",
        actor=admin,
    )
    update_user(
        session,
        user.id,
        expected_version=user.version_id,
        actor=admin,
        display_name="Marc Aurèle",
        role="staff",
    )
    rows = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == "user_account", AuditEntry.entity_id == user.id)
        .order_by(AuditEntry.id)
    ).all()
    assert [r.action for r in rows] == ["create", "update"]
    assert rows[1].user_login == "admin"
    assert rows[1].changes == {"display_name": ["Marc", "Marc Aurèle"], "role": ["viewer", "staff"]}


def test_invalid_input_names_every_field_and_writes_nothing(session, admin: Actor) -> None:
    before = session.scalar(select(func.count()).select_from(User))
    with pytest.raises(ValidationError) as caught:
        create_user(
            session,
            login=" ",
            display_name="",
            role="boss",
            password="short",
            email="pas-un-mail",
            actor=admin,
        )
    assert set(caught.value.field_errors) == {"login", "display_name", "role", "password", "email"}
    assert session.scalar(select(func.count()).select_from(User)) == before


def test_viewer_changes_nothing(session, admin: Actor) -> None:
    viewer = Actor(user_id=None, login="vera", role=Role.VIEWER)
    with pytest.raises(PermissionDenied):
        create_user(
            session, login="x1", display_name="X", role="staff", password="password-1", actor=viewer
        )
    assert session.scalar(select(User.id).where(User.login == "x1")) is None


def test_login_checks_argon2_hash_and_does_not_bump_version(session, admin: Actor) -> None:
    user = session.scalar(select(User).where(User.login == "admin"))
    assert user.password_hash.startswith("$argon2id$")
    version = user.version_id
    assert authenticate(session, "admin", "admin-password").role is Role.ADMIN
    session.refresh(user)
    assert user.version_id == version and user.last_login_at is not None
    for login, password in [("admin", "wrong"), ("nobody", "admin-password")]:
        with pytest.raises(PermissionDenied, match="Wrong login or password"):
            authenticate(session, login, password)


def test_first_run_creates_incubator_in_one_transaction(session) -> None:
    assert not is_initialised(session)
    with pytest.raises(ValidationError) as caught:
        create_incubator(
            session,
            name="CADO",
            siret="123",
            admin_login="root",
            admin_display_name="Root",
            admin_password="short",
        )
    # Profile and account problems are reported together.
    assert set(caught.value.field_errors) == {"siret", "password"}
    assert not is_initialised(session)
    assert session.scalar(select(func.count()).select_from(User)) == 0
    admin = create_incubator(
        session,
        name="Couveuse CADO",
        admin_login="root",
        admin_display_name="Root",
        admin_password="long-password",
        postal_code="04000",
        commune="Digne-les-Bains",
    )
    assert admin.role is Role.ADMIN and is_initialised(session)
    profile = get_incubator_profile(session)
    assert profile.postal_code == "04000" and not profile.is_demo


def test_core_messages_are_translated_from_the_ts_catalogue() -> None:
    from incubator_app.i18n import TRANSLATIONS_DIR

    catalogue = load_ts_catalog(TRANSLATIONS_DIR / "incubator_app_fr.ts")
    key = QT_TRANSLATE_NOOP("Storage", "The database {path} does not exist.")
    assert key in catalogue
    assert "{path}" in catalogue[key]
    assert msg(key, path="x").render(catalogue[key]) != str(msg(key, path="x"))


def test_backup_of_the_test_database(db, tmp_path: Path) -> None:
    dest = tmp_path / ("copy.sqlite3" if is_sqlite(db.url) else "copy.sql")
    written = backup_database(db.url, dest)
    assert written == dest and dest.stat().st_size > 0
    if not is_sqlite(db.url):
        assert "CREATE TABLE public.entrepreneur" in dest.read_text(encoding="utf-8")


def test_not_found_names_the_entity_in_the_users_language(session, admin: Actor) -> None:
    from incubator_app.errors import NotFound
    from incubator_app.i18n import set_core_language

    with pytest.raises(NotFound) as caught:
        get_user(session, 4242, actor=admin)
    try:
        set_core_language("en")
        assert str(caught.value) == "No user account with id 4242."
        set_core_language("fr")
        french = str(caught.value)
        assert "4242" in french and "user account" not in french
    finally:
        set_core_language("en")
