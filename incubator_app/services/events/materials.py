"""The materials of an event (slides, handouts; for a course, each module's own): documents
stored as an entrepreneur's are, once by content hash in the documents folder, with a safe name
(services/entrepreneurs/documents.py `check_file`, `store_file`: the same checks, the same
store, the same rule that a stored file goes only when no row names it any more). Listed in the
event window; their names are given in the confirmation, offer and reminder e-mails."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.models import Event, EventMaterial
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.entrepreneurs.document_names import safe_display_name
from incubator_app.services.entrepreneurs.documents import (
    check_file,
    discard_unreferenced,
    save_content,
    store_file,
    stored_file_path,
)
from incubator_app.services.events.records import require_manage
from incubator_app.services.records import get_or_raise, record_audit, snapshot, unit_of_work
from incubator_app.services.validation import Validator

_SNAPSHOT = ["event_id", "content_hash", "original_name", "mime_type", "size_bytes"]


@dataclass(frozen=True)
class MaterialView:
    id: int
    event_id: int
    original_name: str  # as stored: show `display_name`
    mime_type: str | None
    size_bytes: int
    created_at: datetime

    @property
    def display_name(self) -> str:
        return safe_display_name(self.original_name)


def _view(m: EventMaterial) -> MaterialView:
    return MaterialView(m.id, m.event_id, m.original_name, m.mime_type, m.size_bytes, m.created_at)


def attach_material(
    session: Session,
    event_id: int,
    source: bytes | str | Path,
    *,
    original_name: str | None = None,
    actor: Actor,
) -> MaterialView:
    """Adds bytes, or the file at a path, to the event's materials."""
    require_manage(actor)
    v = Validator()
    source, name = check_file(v, source, original_name)
    v.raise_if_any()
    get_or_raise(session, Event, event_id)
    stored = store_file(source, name)  # type: ignore[arg-type]
    try:
        with unit_of_work(session):
            material = EventMaterial(
                event_id=event_id,
                content_hash=stored.content_hash,
                original_name=name,
                mime_type=stored.mime_type,
                size_bytes=stored.size,
                uploaded_by_id=actor.user_id,
            )
            session.add(material)
            session.flush()
            save_content(session, stored)
            record_audit(
                session,
                actor,
                "event_material",
                material.id,
                "create",
                snapshot(material, _SNAPSHOT),
            )
            view = _view(material)
    except BaseException:
        if stored.created:
            discard_unreferenced(session, stored.content_hash)
        raise
    return view


def list_materials(session: Session, event_id: int, *, actor: Actor) -> list[MaterialView]:
    """In the order they were added."""
    require(actor, Permission.VIEW)
    get_or_raise(session, Event, event_id)
    rows = session.scalars(
        select(EventMaterial).where(EventMaterial.event_id == event_id).order_by(EventMaterial.id)
    )
    return [_view(m) for m in rows]


def material_path(session: Session, material_id: int, *, actor: Actor) -> Path:
    """Where to open the file from (read only: the stored copy is shared by content)."""
    require(actor, Permission.VIEW)
    material = get_or_raise(session, EventMaterial, material_id)
    return stored_file_path(material.content_hash, material.original_name, session)


def remove_material(session: Session, material_id: int, *, actor: Actor) -> None:
    """Deletes the row; the stored file goes after the commit once nothing else names it."""
    require_manage(actor)
    with unit_of_work(session):
        material = get_or_raise(session, EventMaterial, material_id)
        content_hash = material.content_hash
        record_audit(
            session, actor, "event_material", material.id, "delete", snapshot(material, _SNAPSHOT)
        )
        session.delete(material)
    discard_unreferenced(session, content_hash)
