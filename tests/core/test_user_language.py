"""Each person's language (issue 19): kept on their account so that it follows them from one
office computer to the next; they set their own, an administrator sets anyone's; audited."""

from __future__ import annotations

import pytest
from factories import audit_actions, make_actor

from incubator_app.errors import PermissionDenied, ValidationError
from incubator_app.models import Role
from incubator_app.services.administration.users import (
    authenticate,
    get_user,
    set_user_language,
)

pytestmark = pytest.mark.core


def test_a_person_sets_their_own_language_and_signs_in_with_it(session) -> None:
    staff = make_actor(session, Role.STAFF, login="giulia")
    assert staff.language is None
    view = set_user_language(session, staff.user_id, "it", actor=staff)
    assert view.language == "it"
    assert authenticate(session, "giulia", "long-enough-password").language == "it"
    assert audit_actions(session, "user_account", staff.user_id)[-1] == "update"
    set_user_language(session, staff.user_id, None, actor=staff)  # back to the computer's
    assert get_user(session, staff.user_id, actor=staff).language is None


def test_only_an_administrator_sets_someone_elses(session, admin) -> None:
    staff = make_actor(session, Role.STAFF)
    other = make_actor(session, Role.STAFF)
    with pytest.raises(PermissionDenied):
        set_user_language(session, other.user_id, "es", actor=staff)
    assert set_user_language(session, other.user_id, "es", actor=admin).language == "es"


def test_an_unknown_language_is_refused_and_nothing_written(session) -> None:
    staff = make_actor(session, Role.STAFF)
    with pytest.raises(ValidationError) as refused:
        set_user_language(session, staff.user_id, "sl", actor=staff)
    assert "sl" in str(refused.value.field_errors["language"])
    assert get_user(session, staff.user_id, actor=staff).language is None
