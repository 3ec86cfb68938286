"""Sign-in hardening (issue 20 §3): the growing delay after failed attempts, the lockout an
administrator lifts, and the remember-me tokens (hashed, expiring, revocable)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from factories import audit_actions, make_actor
from sqlalchemy import select

from incubator_app.errors import PermissionDenied
from incubator_app.models import RememberToken, Role, User
from incubator_app.services.administration.remember import (
    TOKEN_DAYS,
    count_remember_tokens,
    issue_remember_token,
    revoke_remember_token,
    revoke_remember_tokens,
)
from incubator_app.services.administration.users import (
    LOCK_AFTER,
    authenticate,
    get_user,
    set_password,
    set_user_active,
    sign_in_delay,
    sign_in_remembered,
    unlock_user,
)

pytestmark = pytest.mark.core
PASSWORD = "long-enough-password"


def _fail(session, login: str = "staff") -> str:
    with pytest.raises(PermissionDenied) as refused:
        authenticate(session, login, "not-the-password")
    return str(refused.value)


def test_delay_grows_after_three_failures_and_a_success_resets(session, frozen_clock) -> None:
    make_actor(session, Role.STAFF, login="staff")
    for _ in range(3):
        assert _fail(session) == "Wrong login or password."
    # The 4th attempt, made at once, is refused without trying the password (even the right one).
    with pytest.raises(PermissionDenied, match=r"try again in 2 s"):
        authenticate(session, "staff", PASSWORD)
    frozen_clock.shift(timedelta(seconds=3))
    assert _fail(session) == "Wrong login or password."
    with pytest.raises(PermissionDenied, match=r"try again in 4 s"):
        authenticate(session, "staff", PASSWORD)
    frozen_clock.shift(timedelta(seconds=5))
    assert authenticate(session, "staff", PASSWORD).login == "staff"
    user = session.scalar(select(User).where(User.login == "staff"))
    session.refresh(user)
    assert user.failed_sign_ins == 0 and user.last_failed_sign_in_at is None
    assert _fail(session) == "Wrong login or password."  # counting starts again from zero
    assert authenticate(session, "staff", PASSWORD).login == "staff"
    assert [sign_in_delay(n) for n in range(1, 7)] == [0, 0, 2, 4, 8, 16]


def test_lockout_after_ten_failures_until_an_admin_unlocks(session, frozen_clock) -> None:
    admin = make_actor(session, Role.ADMIN, login="boss")
    staff = make_actor(session, Role.STAFF, login="staff")
    for _ in range(LOCK_AFTER - 1):
        _fail(session)
        frozen_clock.shift(timedelta(seconds=sign_in_delay(LOCK_AFTER) + 1))
    assert "locked" in _fail(session)
    frozen_clock.shift(timedelta(days=2))  # time alone does not lift a lockout
    with pytest.raises(PermissionDenied, match="locked"):
        authenticate(session, "staff", PASSWORD)
    assert get_user(session, staff.user_id, actor=admin).locked_at is not None
    with pytest.raises(PermissionDenied):
        unlock_user(session, staff.user_id, actor=staff)  # only an administrator
    unlock_user(session, staff.user_id, actor=admin)
    assert "unlock" in audit_actions(session, "user_account", staff.user_id)
    assert authenticate(session, "staff", PASSWORD).login == "staff"


def test_unknown_and_disabled_accounts_get_the_same_message(session) -> None:
    assert _fail(session, "nobody") == "Wrong login or password."


def test_a_token_signs_in_its_owner_and_is_stored_hashed(session) -> None:
    staff = make_actor(session, Role.STAFF, login="staff")
    token = issue_remember_token(session, actor=staff)
    stored = session.scalars(select(RememberToken.token_hash)).all()
    assert len(stored) == 1 and token not in stored[0] and len(stored[0]) == 64
    assert sign_in_remembered(session, token).login == "staff"
    assert session.scalar(select(RememberToken.last_used_at)) is not None


def test_forged_revoked_and_expired_tokens_sign_nobody_in(session, frozen_clock) -> None:
    staff = make_actor(session, Role.STAFF, login="staff")
    token = issue_remember_token(session, actor=staff)
    assert sign_in_remembered(session, "made-up-token") is None
    assert sign_in_remembered(session, "") is None
    assert sign_in_remembered(session, str(staff.user_id)) is None  # the old `=1` trick
    revoke_remember_token(session, token)
    assert sign_in_remembered(session, token) is None

    second = issue_remember_token(session, actor=staff)
    frozen_clock.shift(timedelta(days=TOKEN_DAYS, seconds=1))
    assert sign_in_remembered(session, second) is None


def test_password_change_deactivation_and_admin_revoke_end_tokens(session) -> None:
    admin = make_actor(session, Role.ADMIN, login="boss")
    staff = make_actor(session, Role.STAFF, login="staff")
    token = issue_remember_token(session, actor=staff)
    set_password(session, staff.user_id, "another-long-password", actor=staff)
    assert sign_in_remembered(session, token) is None

    token = issue_remember_token(session, actor=staff)
    version = get_user(session, staff.user_id, actor=admin).version_id
    set_user_active(session, staff.user_id, False, expected_version=version, actor=admin)
    version = get_user(session, staff.user_id, actor=admin).version_id
    set_user_active(session, staff.user_id, True, expected_version=version, actor=admin)
    assert sign_in_remembered(session, token) is None  # reactivation does not bring it back

    token = issue_remember_token(session, actor=staff)
    assert count_remember_tokens(session, staff.user_id) == 1
    other = make_actor(session, Role.STAFF, login="other")
    with pytest.raises(PermissionDenied):
        revoke_remember_tokens(session, staff.user_id, actor=other)
    assert revoke_remember_tokens(session, staff.user_id, actor=admin) == 1
    assert sign_in_remembered(session, token) is None
    assert count_remember_tokens(session, staff.user_id) == 0
    assert "revoke_tokens" in audit_actions(session, "user_account", staff.user_id)


def test_a_locked_account_is_not_signed_in_by_its_token(session, frozen_clock) -> None:
    staff = make_actor(session, Role.STAFF, login="staff")
    token = issue_remember_token(session, actor=staff)
    for _ in range(LOCK_AFTER):
        _fail(session)
        frozen_clock.shift(timedelta(seconds=sign_in_delay(LOCK_AFTER) + 1))
    assert sign_in_remembered(session, token) is None
