"""Sheets of the toolbox: write, change, publish, archive, read, and their version history.

Each save that changes something writes a revision (the sheet's fields as JSON, numbered from 1)
and an audit row, in the same transaction as the change.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import NotFound
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import (
    CooperationCall,
    CooperationProject,
    Event,
    SheetKind,
    SheetStatus,
    ToolboxSheet,
    ToolboxSheetRevision,
)
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.cooperation.projects import get_project
from incubator_app.services.records import (
    get_or_raise,
    load_for_update,
    record_audit,
    snapshot,
    to_view,
    unit_of_work,
    update_with_audit,
)
from incubator_app.services.toolbox.access import may_edit, may_see, require_edit
from incubator_app.services.validation import Validator

#: What a user types into a sheet (the rest: status, author, dates of publication, is set here).
EDITABLE = (
    "title",
    "kind",
    "summary",
    "body",
    "context",
    "partners",
    "budget",
    "worked",
    "failed",
    "results",
    "tags",
    "disciplines",
    "territory",
    "url",
    "licence",
    "last_reviewed_on",
    "call_id",
    "event_id",
    "project_id",
)
_LIMITS = {"title": 200, "territory": 200, "url": 2000, "licence": 60}
_TEXT_LIMIT = 200_000
_LIST_SPLIT = re.compile(r"[,;\n]+")
_REVISION_FIELDS = [*EDITABLE, "status"]


@dataclass(frozen=True)
class SheetView:
    id: int
    title: str
    kind: SheetKind
    status: SheetStatus
    summary: str | None
    body: str | None
    context: str | None
    partners: str | None
    budget: str | None
    worked: str | None
    failed: str | None
    results: str | None
    tags: str | None
    disciplines: str | None
    territory: str | None
    url: str | None
    licence: str | None
    author_id: int | None
    author_name: str
    published_at: datetime | None
    last_reviewed_on: date | None
    call_id: int | None
    event_id: int | None
    project_id: int | None
    created_at: datetime
    updated_at: datetime
    version_id: int
    can_edit: bool = False

    @property
    def tag_list(self) -> list[str]:
        return split_list(self.tags)


@dataclass(frozen=True)
class RevisionView:
    number: int
    saved_at: datetime
    saved_by_login: str
    content: dict[str, Any]


def split_list(text: str | None) -> list[str]:
    """`"théâtre, Médiation ; théâtre"` -> `["théâtre", "Médiation"]` (case-insensitive repeats
    dropped, first spelling kept)."""
    seen: set[str] = set()
    items: list[str] = []
    for part in _LIST_SPLIT.split(text or ""):
        item = " ".join(part.split())
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            items.append(item)
    return items


def _clean(values: Mapping[str, Any], v: Validator, session: Session) -> dict[str, Any]:
    v.only_fields(values, EDITABLE)
    out: dict[str, Any] = {}
    for name, value in values.items():
        if name not in EDITABLE:
            continue
        if isinstance(value, str):
            value = value.strip() or None
        if name in ("tags", "disciplines") and value is not None:
            value = ", ".join(split_list(value)) or None
        if name == "kind":
            value = v.choice(name, value, SheetKind)
        if name == "last_reviewed_on" and value is not None and not isinstance(value, date):
            v.add(name, msg(QT_TRANSLATE_NOOP("Validation", "Not a date.")))
        if isinstance(value, str):
            v.max_length(name, value, _LIMITS.get(name, _TEXT_LIMIT))
        out[name] = value
    if "title" in out:
        v.required("title", out["title"])
    if "kind" in values and out.get("kind") is None:
        v.required("kind", None)
    for name, model, entity in (
        ("call_id", CooperationCall, "call"),
        ("event_id", Event, "event"),
        ("project_id", CooperationProject, "project"),
    ):
        if out.get(name) is not None and session.get(model, out[name]) is None:
            v.add(
                name,
                msg(
                    QT_TRANSLATE_NOOP("Validation", "No {entity} with id {id}."),
                    entity=entity,
                    id=out[name],
                ),
            )
    return out


def _view(sheet: ToolboxSheet, actor: Actor) -> SheetView:
    return to_view(sheet, SheetView, can_edit=may_edit(actor, sheet))


def _save_revision(session: Session, sheet: ToolboxSheet, actor: Actor) -> None:
    number = (
        session.scalar(
            select(func.max(ToolboxSheetRevision.number)).where(
                ToolboxSheetRevision.sheet_id == sheet.id
            )
        )
        or 0
    ) + 1
    session.add(
        ToolboxSheetRevision(
            sheet_id=sheet.id,
            number=number,
            saved_by_id=actor.user_id,
            saved_by_login=actor.login,
            content=json.dumps(snapshot(sheet, _REVISION_FIELDS), ensure_ascii=False),
        )
    )


def create_sheet(session: Session, values: Mapping[str, Any], *, actor: Actor) -> SheetView:
    """A new sheet, a draft of its author (`values`: fields of EDITABLE; title and kind)."""
    require(actor, Permission.WRITE_TOOLBOX)
    v = Validator()
    cleaned = _clean(values, v, session)
    v.required("title", cleaned.get("title"))
    v.required("kind", cleaned.get("kind"))
    v.raise_if_any()
    with unit_of_work(session):
        sheet = ToolboxSheet(
            **cleaned,
            status=SheetStatus.DRAFT,
            author_id=actor.user_id,
            author_name=actor.display_name or actor.login,
        )
        session.add(sheet)
        session.flush()
        _save_revision(session, sheet, actor)
        record_audit(
            session, actor, "toolbox_sheet", sheet.id, "create", snapshot(sheet, list(cleaned))
        )
    return _view(sheet, actor)


def update_sheet(
    session: Session,
    sheet_id: int,
    changes: Mapping[str, Any],
    *,
    expected_version: int | None,
    actor: Actor,
) -> SheetView:
    v = Validator()
    with unit_of_work(session):
        sheet = load_for_update(session, ToolboxSheet, sheet_id, expected_version)
        require_edit(actor, sheet)
        cleaned = _clean(changes, v, session)
        v.raise_if_any()
        if update_with_audit(session, actor, sheet, "toolbox_sheet", cleaned):
            session.flush()
            _save_revision(session, sheet, actor)
    return _view(sheet, actor)


def set_sheet_status(
    session: Session,
    sheet_id: int,
    status: SheetStatus | str,
    *,
    expected_version: int | None,
    actor: Actor,
) -> SheetView:
    """Publish, take back to draft or archive (publishers only)."""
    require(actor, Permission.PUBLISH_TOOLBOX)
    v = Validator()
    status = v.choice("status", status, SheetStatus)
    v.required("status", status)
    v.raise_if_any()
    with unit_of_work(session):
        sheet = load_for_update(session, ToolboxSheet, sheet_id, expected_version)
        changes: dict[str, Any] = {"status": status}
        if status is SheetStatus.PUBLISHED and sheet.published_at is None:
            changes["published_at"] = clock.now_utc()
        action = {"published": "publish", "archived": "archive"}.get(status.value, "unpublish")
        if update_with_audit(session, actor, sheet, "toolbox_sheet", changes, action):
            session.flush()
            _save_revision(session, sheet, actor)
    return _view(sheet, actor)


def _visible_or_raise(session: Session, sheet_id: int, actor: Actor) -> ToolboxSheet:
    require(actor, Permission.VIEW)
    sheet = get_or_raise(session, ToolboxSheet, sheet_id)
    if not may_see(actor, sheet):
        # A draft of someone else is, to this reader, not there.
        raise NotFound(
            msg(
                QT_TRANSLATE_NOOP("Errors", "No {entity} with id {id}."),
                entity="sheet",
                id=sheet_id,
            )
        )
    return sheet


def get_sheet(session: Session, sheet_id: int, *, actor: Actor) -> SheetView:
    return _view(_visible_or_raise(session, sheet_id, actor), actor)


def list_revisions(session: Session, sheet_id: int, *, actor: Actor) -> list[RevisionView]:
    """Newest first."""
    _visible_or_raise(session, sheet_id, actor)
    rows = session.scalars(
        select(ToolboxSheetRevision)
        .where(ToolboxSheetRevision.sheet_id == sheet_id)
        .order_by(ToolboxSheetRevision.number.desc())
    )
    return [
        RevisionView(r.number, r.saved_at, r.saved_by_login, json.loads(r.content)) for r in rows
    ]


def sheet_values_from_event(session: Session, event_id: int, *, actor: Actor) -> dict[str, Any]:
    """A new experience sheet's first values taken from an event of the app (title, date,
    place, what it was): the user completes and saves them with `create_sheet`."""
    require(actor, Permission.VIEW)
    event = get_or_raise(session, Event, event_id)
    starts = event.starts_at
    if starts.tzinfo is None:  # SQLite gives naive UTC back
        starts = starts.replace(tzinfo=UTC)
    when = starts.astimezone(clock.zone()).strftime("%d/%m/%Y")
    context = " — ".join(p for p in (when, event.address or "") if p)
    return {
        "title": event.title,
        "kind": SheetKind.EXPERIENCE,
        "context": context,
        "body": event.description,
        "event_id": event.id,
    }


def sheet_values_from_call(session: Session, call_id: int, *, actor: Actor) -> dict[str, Any]:
    """A new experience sheet's first values taken from a call for volunteers."""
    require(actor, Permission.VIEW)
    call = get_or_raise(session, CooperationCall, call_id)
    return {
        "title": call.title,
        "kind": SheetKind.EXPERIENCE,
        "context": call.purpose,
        "territory": call.territory,
        "call_id": call.id,
    }


def sheet_values_from_project(session: Session, project_id: int, *, actor: Actor) -> dict[str, Any]:
    """A new experience sheet's first values taken from a project of the app: its title,
    dates and places (context), participants (partners), territory, disciplines and themes."""
    project = get_project(session, project_id, actor=actor)
    day = "%d/%m/%Y"
    if project.starts_on and project.ends_on:
        dates = f"{project.starts_on.strftime(day)} – {project.ends_on.strftime(day)}"
    else:
        dates = project.starts_on.strftime(day) if project.starts_on else ""
    places = ", ".join((project.places or "").splitlines())
    context = "\n".join(p for p in (dates, places, project.description or "") if p)
    partners = "\n".join(
        m.name + "".join(f" ({x})" for x in (m.organisation, m.role) if x) for m in project.members
    )
    return {
        "title": project.title,
        "kind": SheetKind.EXPERIENCE,
        "context": context or None,
        "partners": partners or None,
        "territory": project.territory,
        "disciplines": project.disciplines,
        "tags": project.themes,
        "call_id": project.call_id,
        "project_id": project.id,
    }
