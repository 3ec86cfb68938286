"""Who is acting, and what each role may do."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from incubator_app.errors import PermissionDenied
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import Role


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    login: str
    role: Role
    coach_id: int | None = None
    display_name: str = ""
    #: The language this person chose for the application (None: the computer's own).
    language: str | None = None

    @classmethod
    def system(cls) -> Actor:
        """For headless jobs (demo data, migrations): an admin with no account."""
        return cls(user_id=None, login="system", role=Role.ADMIN, display_name="system")

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN


class Permission(enum.Enum):
    VIEW = "view"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    EDIT_ENTREPRENEURS = "edit_entrepreneurs"
    LOG_COACHING = "log_coaching"
    EDIT_MILESTONES = "edit_milestones"
    MANAGE_CATALOGUE = "manage_catalogue"
    RECORD_SERVICE_USE = "record_service_use"
    MANAGE_FUNDING = "manage_funding"
    # Create events, register people, run the waiting lists, mark attendance.
    MANAGE_EVENTS = "manage_events"
    # Import listings of actors, link them, review pairs, merge and unmerge (the directory).
    MANAGE_DIRECTORY = "manage_directory"
    # Write toolbox sheets (one's own; publishers may edit any) / publish and archive them.
    WRITE_TOOLBOX = "write_toolbox"
    PUBLISH_TOOLBOX = "publish_toolbox"
    # Hand the outbox to the SMTP server (it changes each message's state): everyone who writes.
    SEND_MAIL = "send_mail"


_ALL = frozenset(Permission)
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: _ALL,
    Role.STAFF: _ALL - {Permission.MANAGE_USERS},
    Role.COACH: frozenset(
        {
            Permission.VIEW,
            Permission.LOG_COACHING,
            Permission.EDIT_MILESTONES,
            Permission.WRITE_TOOLBOX,
            Permission.SEND_MAIL,
        }
    ),
    Role.VIEWER: frozenset({Permission.VIEW}),
}


def can(actor: Actor, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[actor.role]


def require(actor: Actor, permission: Permission) -> None:
    if not can(actor, permission):
        raise PermissionDenied(
            msg(
                QT_TRANSLATE_NOOP("Permissions", "{login} ({role}) may not do this: {permission}."),
                login=actor.login,
                role=actor.role.value,
                permission=permission.value,
            )
        )
