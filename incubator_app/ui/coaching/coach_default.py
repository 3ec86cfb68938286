"""Which coach a coaching form or view starts on: the signed-in user's own coach profile, else
the coach they worked with last (remembered per user and database), else the first one; never
simply the first coach of the alphabet when the app knows better."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from incubator_app.ui.context import AppContext


def _user_key(context: AppContext) -> str:
    return f"{context.db_key}#{context.actor.login}"


def select_preferred_coach(combo: QComboBox, context: AppContext) -> None:
    """Sets `combo` (coach ids as item data) on the coach this user should start with."""
    own = combo.findData(context.actor.coach_id) if context.actor.coach_id else -1
    if own < 0:
        last = context.settings.last_session_coach(_user_key(context))
        own = combo.findData(last) if last is not None else -1
    combo.setCurrentIndex(max(own, 0) if combo.count() else -1)


def remember_coach(context: AppContext, coach_id: int | None) -> None:
    """Notes the coach this user just worked with (a session logged, a week or caseload shown)."""
    if coach_id is not None and coach_id != context.actor.coach_id:
        context.settings.set_last_session_coach(_user_key(context), coach_id)
