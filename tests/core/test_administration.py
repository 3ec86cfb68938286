"""Administration rules: the last active administrator, SIRET, the profile's identity, retired
cohorts, backups and restores, and the audit rows of each change."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest
from factories import audit_actions, audit_rows, make_actor

from incubator_app import clock
from incubator_app.db.migrate import open_database
from incubator_app.errors import ConflictError, PermissionDenied, StorageError, ValidationError
from incubator_app.models import Role
from incubator_app.services.administration.backups import back_up_now, restore_backup
from incubator_app.services.administration.setup import (
    create_incubator,
    get_incubator_profile,
    update_incubator_profile,
)
from incubator_app.services.administration.users import (
    authenticate,
    create_user,
    get_user,
    set_password,
    set_user_active,
    set_user_role,
)
from incubator_app.services.entrepreneurs.cohorts import (
    create_cohort,
    list_cohorts,
    set_cohort_active,
)

pytestmark = pytest.mark.core

VALID_SIRET = "12345678200010"  # Luhn-valid, made up
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def incubator(session):
    admin = create_incubator(
        session,
        name="Couveuse des Arts",
        admin_login="admin",
        admin_display_name="Camille Martin",
        admin_password="admin-password",
    )
    yield admin
    clock.set_zone(clock.DEFAULT_ZONE)


def _version(session, user_id: int) -> int:
    return get_user(session, user_id, actor=make_actor(session, Role.VIEWER)).version_id


# -- the last active administrator --------------------------------------------------------


def test_the_last_active_admin_can_be_neither_disabled_nor_demoted(session, incubator) -> None:
    uid = incubator.user_id
    with pytest.raises(ConflictError) as caught:
        set_user_active(session, uid, False, expected_version=None, actor=incubator)
    assert "last active administrator" in caught.value.message.source
    with pytest.raises(ConflictError):
        set_user_role(session, uid, Role.STAFF, expected_version=None, actor=incubator)
    view = get_user(session, uid, actor=incubator)
    assert (view.role, view.active) == (Role.ADMIN, True)
    assert audit_actions(session, "user_account", uid) == ["create"]


def test_a_second_admin_makes_the_first_one_removable_but_not_both(session, incubator) -> None:
    other = create_user(
        session, login="dir", display_name="Direction", role="admin",
        password="long-enough-password", actor=incubator,
    )  # fmt: skip
    demoted = set_user_role(
        session, incubator.user_id, "staff", expected_version=None, actor=incubator
    )
    assert demoted.role is Role.STAFF
    # A disabled admin does not count as one who can still manage accounts.
    with pytest.raises(ConflictError):
        set_user_active(session, other.id, False, expected_version=None, actor=incubator)
    rows = audit_rows(session, "user_account", incubator.user_id)
    assert [r.action for r in rows] == ["create", "update"]
    assert rows[-1].changes == {"role": ["admin", "staff"]}
    assert rows[-1].user_login == "admin"


def test_disabled_accounts_cannot_sign_in_and_are_audited(session, incubator) -> None:
    user = create_user(
        session, login="coach1", display_name="Nora Benali", role="coach",
        password="long-enough-password", actor=incubator,
    )  # fmt: skip
    set_user_active(session, user.id, False, expected_version=user.version_id, actor=incubator)
    with pytest.raises(PermissionDenied):
        authenticate(session, "coach1", "long-enough-password")
    set_user_active(session, user.id, True, expected_version=None, actor=incubator)
    assert authenticate(session, "coach1", "long-enough-password").login == "coach1"
    assert get_user(session, user.id, actor=incubator).last_login_at is not None
    changes = [r.changes for r in audit_rows(session, "user_account", user.id)][1:]
    assert changes == [{"active": [True, False]}, {"active": [False, True]}]


def test_a_reset_password_is_argon2id_and_audited(session, incubator) -> None:
    user = create_user(
        session, login="staff1", display_name="Léa Roux", role="staff",
        password="long-enough-password", actor=incubator,
    )  # fmt: skip
    set_password(session, user.id, "a-brand-new-secret", actor=incubator)
    assert authenticate(session, "staff1", "a-brand-new-secret").login == "staff1"
    from incubator_app.models import User

    assert session.get(User, user.id).password_hash.startswith("$argon2id$")
    assert audit_actions(session, "user_account", user.id) == ["create", "set_password"]


def test_staff_may_not_manage_accounts(session, incubator) -> None:
    staff = make_actor(session, Role.STAFF)
    with pytest.raises(PermissionDenied):
        set_user_role(session, incubator.user_id, "viewer", expected_version=None, actor=staff)
    with pytest.raises(PermissionDenied):
        set_password(session, incubator.user_id, "whatever-long", actor=staff)


def test_an_account_made_coach_gets_a_coach_profile(session, incubator) -> None:
    from incubator_app.services.administration.users import actor_for_user

    user = create_user(
        session, login="x", display_name="Jo Vidal", role="viewer",
        password="long-enough-password", actor=incubator,
    )  # fmt: skip
    set_user_role(session, user.id, "coach", expected_version=None, actor=incubator)
    assert actor_for_user(session, user.id).coach_id is not None


# -- the incubator's identity -------------------------------------------------------------


def test_siret_is_checked_with_its_luhn_key(session, incubator) -> None:
    version = get_incubator_profile(session).version_id
    with pytest.raises(ValidationError) as caught:
        update_incubator_profile(
            session, expected_version=version, actor=incubator, siret="12345678200011"
        )
    message = caught.value.field_errors["siret"]
    assert "not a valid SIRET" in message.source
    with pytest.raises(ValidationError) as caught:
        update_incubator_profile(session, expected_version=version, actor=incubator, siret="12")
    assert "14 digits" in caught.value.field_errors["siret"].source
    # Spaces as people type them are accepted and removed.
    view = update_incubator_profile(
        session, expected_version=version, actor=incubator, siret="123 456 782 00010"
    )
    assert view.siret == VALID_SIRET
    row = audit_rows(session, "incubator_profile")[-1]
    assert row.changes == {"siret": [None, VALID_SIRET]}


def test_siret_is_checked_at_creation_too(session) -> None:
    with pytest.raises(ValidationError) as caught:
        create_incubator(
            session, name="X", admin_login="a", admin_display_name="A",
            admin_password="long-enough", siret="12345678200011",
        )  # fmt: skip
    assert set(caught.value.field_errors) == {"siret"}


def test_identity_logo_zone_and_report_language(session, incubator) -> None:
    version = get_incubator_profile(session).version_id
    view = update_incubator_profile(
        session, expected_version=version, actor=incubator,
        legal_name="Association Couveuse", address="  12 rue du Panier ", postal_code="13002",
        commune="Marseille", logo_png=PNG, time_zone="America/Martinique", locale="en_GB",
    )  # fmt: skip
    assert view.address == "12 rue du Panier"
    assert view.logo_png == PNG
    assert clock.zone_name() == "America/Martinique"
    assert view.locale == "en_GB"
    changes = audit_rows(session, "incubator_profile")[-1].changes
    assert changes["logo_png"] == [None, f"<{len(PNG)} bytes>"]
    with pytest.raises(ValidationError) as caught:
        update_incubator_profile(
            session, expected_version=view.version_id, actor=incubator,
            logo_png=b"GIF89a", locale="tlh", password_hash="x",
        )  # fmt: skip
    assert set(caught.value.field_errors) >= {"logo_png", "locale"}


def test_viewers_and_coaches_may_not_change_the_profile(session, incubator) -> None:
    for role in (Role.VIEWER, Role.COACH):
        with pytest.raises(PermissionDenied):
            update_incubator_profile(
                session, expected_version=None, actor=make_actor(session, role), name="Y"
            )


# -- retired cohorts ----------------------------------------------------------------------


def test_a_retired_cohort_leaves_the_pickers_and_stays_on_records(session, incubator) -> None:
    from datetime import date

    from factories import make_entrepreneur

    old = create_cohort(session, name="Promo 2024", start_date=date(2024, 1, 8), actor=incubator)
    new = create_cohort(session, name="Promo 2026", start_date=date(2026, 1, 5), actor=incubator)
    person = make_entrepreneur(session)
    person.cohort_id = old.id
    session.commit()
    set_cohort_active(session, old.id, False, expected_version=old.version_id, actor=incubator)
    assert [c.name for c in list_cohorts(session, actor=incubator)] == ["Promo 2026"]
    everything = list_cohorts(session, include_retired=True, actor=incubator)
    assert [(c.name, c.active) for c in everything] == [
        ("Promo 2026", True),
        ("Promo 2024", False),
    ]
    session.refresh(person)
    assert person.cohort_id == old.id
    assert audit_rows(session, "cohort", old.id)[-1].changes == {"active": [True, False]}
    with pytest.raises(PermissionDenied):
        set_cohort_active(
            session, new.id, False, expected_version=None, actor=make_actor(session, "coach")
        )


# -- backups ------------------------------------------------------------------------------


def test_restore_replaces_the_database_after_backing_it_up(tmp_path: Path) -> None:
    path = tmp_path / "live.sqlite3"
    db = open_database(path)
    with db.session() as session:
        admin = create_incubator(
            session, name="Avant", admin_login="admin", admin_display_name="Admin",
            admin_password="long-enough",
        )  # fmt: skip
        saved = back_up_now(session, db.url, actor=admin)
        assert saved.parent == tmp_path / "backups"
        version = get_incubator_profile(session).version_id
        update_incubator_profile(session, expected_version=version, actor=admin, name="Après")
        with pytest.raises(PermissionDenied):
            restore_backup(session, db.url, saved, actor=make_actor(session, Role.STAFF))
        result = restore_backup(session, db.url, saved, actor=admin)
    db.dispose()
    db = open_database(path)
    with db.session() as session:
        assert get_incubator_profile(session).name == "Avant"
        assert audit_actions(session, "database")[-1] == "restore"
    db.dispose()
    # The way back holds the database as it was just before the restore.
    assert result.previous_saved_to.suffix == ".zip"  # the database with its documents
    before = tmp_path / "before.sqlite3"
    with zipfile.ZipFile(result.previous_saved_to) as archive:
        before.write_bytes(archive.read("database.sqlite3"))
    conn = sqlite3.connect(before)
    assert conn.execute("SELECT name FROM incubator_profile").fetchone()[0] == "Après"
    conn.close()


def test_restore_refuses_files_that_are_not_incubator_backups(tmp_path: Path) -> None:
    db = open_database(tmp_path / "live.sqlite3")
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with db.session() as session:
        admin = create_incubator(
            session, name="Ici", admin_login="admin", admin_display_name="Admin",
            admin_password="long-enough",
        )  # fmt: skip
        for bad in (other, text, tmp_path / "missing.sqlite3", tmp_path / "live.sqlite3"):
            with pytest.raises(StorageError):
                restore_backup(session, db.url, bad, actor=admin)
        assert get_incubator_profile(session).name == "Ici"
    db.dispose()


def test_the_logo_chosen_in_settings_is_printed_on_the_reports(
    session, incubator, tmp_path
) -> None:
    import shutil
    import subprocess
    from io import BytesIO

    from factories import make_entrepreneur
    from PIL import Image

    from incubator_app.reports.entrepreneur_report import build_entrepreneur_report
    from incubator_app.services.reporting.entrepreneur_report import entrepreneur_report_data

    buffer = BytesIO()
    Image.new("RGB", (120, 40), (11, 110, 115)).save(buffer, format="PNG")
    logo = buffer.getvalue()
    version = get_incubator_profile(session).version_id
    update_incubator_profile(session, expected_version=version, actor=incubator, logo_png=logo)
    person = make_entrepreneur(session)
    data = entrepreneur_report_data(session, person.id, actor=incubator)
    assert data.logo_png == logo
    pdf = build_entrepreneur_report(data, tmp_path / "report.pdf")
    if shutil.which("pdfimages"):
        listing = subprocess.run(
            ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
        ).stdout
        assert " 120    40 " in listing  # the logo, at its own size
