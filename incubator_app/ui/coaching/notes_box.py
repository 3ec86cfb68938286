"""The confidential notes box of the session dialog: whether it can be written, what its
placeholder says, and the warning shown when a session with notes moves to another coach (the
notes stay with their author: services/coaching/sessions.py)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from incubator_app.services.actor import Actor
from incubator_app.services.coaching.sessions import CoachingSessionView, may_write_notes


@dataclass(frozen=True)
class NotesBoxState:
    writable: bool
    placeholder: str
    move_warning: str | None  # None: nothing to warn about


def notes_box_state(
    actor: Actor, coach_id: int | None, editing: CoachingSessionView | None
) -> NotesBoxState:
    """The box for a new session (`editing` None) or an edited one, with `coach_id` chosen.
    The texts keep the dialog's translation context (a literal, for lupdate)."""
    if editing is None:
        writable = may_write_notes(actor, coach_id, has_notes=False, notes_author_id=None)
    else:
        writable = editing.notes_writable
    has_notes = editing is not None and editing.has_notes
    if writable:
        placeholder = QCoreApplication.translate(
            "LogSessionDialog", "Only you and the admins can read these notes"
        )
    elif has_notes:
        placeholder = QCoreApplication.translate(
            "LogSessionDialog", "Only their author or an admin can read or change these notes"
        )
    else:
        placeholder = QCoreApplication.translate(
            "LogSessionDialog", "Only the session's coach or an admin can read or write these notes"
        )
    warning = None
    if has_notes and coach_id != editing.coach_id:
        warning = QCoreApplication.translate(
            "LogSessionDialog",
            "This session has confidential notes: they stay with their author, and the "
            "new coach will not read them.",
        )
    return NotesBoxState(writable, placeholder, warning)
