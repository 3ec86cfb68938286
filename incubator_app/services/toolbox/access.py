"""Who sees and who changes a sheet.

Everyone signed in sees the published sheets. A sheet's author sees and edits it at any status;
those who may publish (staff, administrators) see and edit every sheet, publish, take back to
draft and archive. Coaches write sheets; viewers only read.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_

from incubator_app.errors import PermissionDenied
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import SheetStatus, ToolboxSheet
from incubator_app.services.actor import Actor, Permission, can, require


def may_publish(actor: Actor) -> bool:
    return can(actor, Permission.PUBLISH_TOOLBOX)


def may_edit(actor: Actor, sheet: ToolboxSheet) -> bool:
    if may_publish(actor):
        return True
    return (
        can(actor, Permission.WRITE_TOOLBOX)
        and actor.user_id is not None
        and sheet.author_id == actor.user_id
    )


def may_see(actor: Actor, sheet: ToolboxSheet) -> bool:
    return sheet.status is SheetStatus.PUBLISHED or may_edit(actor, sheet)


def require_edit(actor: Actor, sheet: ToolboxSheet) -> None:
    require(actor, Permission.WRITE_TOOLBOX)
    if not may_edit(actor, sheet):
        raise PermissionDenied(
            msg(
                QT_TRANSLATE_NOOP(
                    "Permissions", "Only its author or a publisher may change the sheet “{title}”."
                ),
                title=sheet.title,
            )
        )


def visible_condition(actor: Actor) -> ColumnElement[bool] | None:
    """WHERE term on toolbox_sheet for what `actor` may see (None: everything)."""
    if may_publish(actor):
        return None
    published = ToolboxSheet.status == SheetStatus.PUBLISHED
    if actor.user_id is None or not can(actor, Permission.WRITE_TOOLBOX):
        return published
    return or_(published, ToolboxSheet.author_id == actor.user_id)
