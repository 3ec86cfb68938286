"""Projects under way: a working group of the territory (often the confirmed group of a draw)
with its dates, places and participants — entrepreneurs, contacts, and the people of the
directory's actors (who are contacts linked to their organisation).

Projects are shared in the toolbox (tagged by discipline, theme and territory), and a toolbox
sheet can be started from one (services/toolbox/sheets.py `sheet_values_from_project`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from incubator_app.errors import NotFound, ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import ActorContact, Contact, DirectoryActor, Entrepreneur, ToolboxSheet
from incubator_app.models.cooperation import (
    CooperationCall,
    CooperationDraw,
    CooperationProject,
    CooperationProjectMember,
    CooperationVolunteer,
)
from incubator_app.models.vocabulary import ProjectStatus
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.cooperation.confirmations import CONFIRMED, panel_state
from incubator_app.services.records import (
    get_or_raise,
    load_for_update,
    record_audit,
    snapshot,
    unit_of_work,
    update_with_audit,
)
from incubator_app.services.validation import Validator

EDITABLE = (
    "title",
    "description",
    "status",
    "territory",
    "places",
    "disciplines",
    "themes",
    "starts_on",
    "ends_on",
    "call_id",
    "group_number",
)
_LIMITS = {"title": 200, "territory": 200}
MAX_GROUPS = 10_000
_TEXT_LIMIT = 20_000
#: The length of a participant's role (the column's).
MAX_ROLE = 100
_LIST_SPLIT = re.compile(r"[,;\n]+")
#: Who a participant is: ("entrepreneur", id) or ("contact", id).
PersonKey = tuple[str, int]


@dataclass(frozen=True)
class MemberView:
    kind: str  # "entrepreneur" or "contact"
    person_id: int
    name: str
    organisation: str | None  # the contact's directory actor(s), or their organisation text
    email: str | None
    role: str | None

    @property
    def key(self) -> PersonKey:
        return (self.kind, self.person_id)


@dataclass(frozen=True)
class ProjectView:
    id: int
    title: str
    description: str | None
    status: ProjectStatus
    territory: str | None
    places: str | None
    disciplines: str | None
    themes: str | None
    starts_on: date | None
    ends_on: date | None
    call_id: int | None
    group_number: int | None
    version_id: int
    members: tuple[MemberView, ...] = ()

    def tags(self) -> list[str]:
        return split_list(self.disciplines) + split_list(self.themes)


@dataclass(frozen=True)
class PersonChoice:
    """Someone who can join a project (from `find_people`)."""

    kind: str
    person_id: int
    name: str
    organisation: str | None
    email: str | None

    @property
    def key(self) -> PersonKey:
        return (self.kind, self.person_id)


def split_list(text: str | None) -> list[str]:
    """`"théâtre, Médiation ; théâtre"` -> `["théâtre", "Médiation"]` (repeats dropped)."""
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
        if name in ("disciplines", "themes") and value is not None:
            value = ", ".join(split_list(value)) or None
        if name == "places" and value is not None:
            value = "\n".join(line.strip() for line in value.splitlines() if line.strip()) or None
        if name == "status":
            value = v.choice(name, value, ProjectStatus)
            v.required(name, value)
        if name in ("starts_on", "ends_on") and value is not None and not isinstance(value, date):
            v.add(name, msg(QT_TRANSLATE_NOOP("Validation", "Not a date.")))
            value = None
        if name in ("call_id", "group_number") and value is not None:
            if not v.whole_number(name, value):
                value = None
        if isinstance(value, str):
            v.max_length(name, value, _LIMITS.get(name, _TEXT_LIMIT))
        out[name] = value
    if "title" in out:
        v.required("title", out["title"])
    if out.get("call_id") is not None and session.get(CooperationCall, out["call_id"]) is None:
        v.add(
            "call_id",
            msg(QT_TRANSLATE_NOOP("Validation", "No {entity} with id {id}."), entity="call",
                id=out["call_id"]),
        )  # fmt: skip
    if out.get("group_number") is not None:
        v.int_range("group_number", out["group_number"], 1, MAX_GROUPS)
    return out


def _person_keys(members: Iterable[Any]) -> list[tuple[str, int, str | None]]:
    """`members`: (kind, id) or (kind, id, role) tuples; checked kinds, repeats dropped."""
    out: list[tuple[str, int, str | None]] = []
    seen: set[PersonKey] = set()
    for member in members:
        kind, person_id = member[0], int(member[1])
        role = (member[2] or "").strip() or None if len(member) > 2 else None
        if kind not in ("entrepreneur", "contact"):
            raise ValidationError(
                {"members": msg(QT_TRANSLATE_NOOP(
                    "Projects", "A participant is an entrepreneur or a contact, not “{kind}”."
                ), kind=kind)}
            )  # fmt: skip
        if role is not None and len(role) > MAX_ROLE:
            raise ValidationError(
                {"members": msg(QT_TRANSLATE_NOOP(
                    "Projects", "A participant's role is at most {max} characters."
                ), max=MAX_ROLE)}
            )  # fmt: skip
        if (kind, person_id) not in seen:
            seen.add((kind, person_id))
            out.append((kind, person_id, role))
    return out


def _write_members(
    session: Session, project_id: int, members: Sequence[tuple[str, int, str | None]]
) -> None:
    session.execute(
        delete(CooperationProjectMember).where(CooperationProjectMember.project_id == project_id)
    )
    for kind, person_id, role in members:
        model = Entrepreneur if kind == "entrepreneur" else Contact
        get_or_raise(session, model, person_id)
        session.add(
            CooperationProjectMember(
                project_id=project_id,
                entrepreneur_id=person_id if kind == "entrepreneur" else None,
                contact_id=person_id if kind == "contact" else None,
                role=role,
            )
        )


def create_project(
    session: Session,
    values: Mapping[str, Any],
    *,
    members: Iterable[Any] = (),
    actor: Actor,
) -> ProjectView:
    """A new project (`values`: fields of EDITABLE, a title at least; `members`: (kind, id[,
    role]) with kind "entrepreneur" or "contact")."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    v = Validator()
    cleaned = _clean(values, v, session)
    v.required("title", cleaned.get("title"))
    v.dates_in_order("ends_on", cleaned.get("starts_on"), cleaned.get("ends_on"))
    v.raise_if_any()
    people = _person_keys(members)
    with unit_of_work(session):
        project = CooperationProject(**{"status": ProjectStatus.UNDER_WAY, **cleaned})
        session.add(project)
        session.flush()
        _write_members(session, project.id, people)
        record_audit(
            session,
            actor,
            "cooperation_project",
            project.id,
            "create",
            {**snapshot(project, list(cleaned)), "members": [f"{k}:{i}" for k, i, _r in people]},
        )
        session.flush()
        return _view(session, project)


def update_project(
    session: Session,
    project_id: int,
    changes: Mapping[str, Any],
    *,
    members: Iterable[Any] | None = None,
    expected_version: int | None,
    actor: Actor,
) -> ProjectView:
    """Changes the fields given; `members`, when given, replaces the participants."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    v = Validator()
    with unit_of_work(session):
        project = load_for_update(session, CooperationProject, project_id, expected_version)
        cleaned = _clean(changes, v, session)
        v.dates_in_order(
            "ends_on",
            cleaned.get("starts_on", project.starts_on),
            cleaned.get("ends_on", project.ends_on),
        )
        v.raise_if_any()
        update_with_audit(session, actor, project, "cooperation_project", cleaned)
        if members is not None:
            people = _person_keys(members)
            # A participant and their role: a role changed in the dialog is audited too.
            before = [
                _member_text(m.kind, m.person_id, m.role)
                for m in _members(session, [project_id])[project_id]
            ]
            after = [_member_text(k, i, r) for k, i, r in people]
            _write_members(session, project_id, people)
            if sorted(before) != sorted(after):
                record_audit(
                    session, actor, "cooperation_project", project_id, "set_members",
                    {"members": [before, after]},
                )  # fmt: skip
        session.flush()
        return _view(session, project)


def _member_text(kind: str, person_id: int, role: str | None) -> str:
    return f"{kind}:{person_id}" + (f" ({role})" if role else "")


def delete_project(
    session: Session, project_id: int, *, expected_version: int | None, actor: Actor
) -> None:
    """Deletes a project and its participants (staff; the version the user saw). The audit row
    keeps its fields and participants; the toolbox sheets started from it keep their text and
    lose the link (each such change audited on the sheet)."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    with unit_of_work(session):
        project = load_for_update(session, CooperationProject, project_id, expected_version)
        members = [
            _member_text(m.kind, m.person_id, m.role)
            for m in _members(session, [project_id])[project_id]
        ]
        # The sheets started from it (services/toolbox/sheets.py writes `project_id`, a plain
        # column without a foreign key) would otherwise point at nothing.
        sheets = session.scalars(
            select(ToolboxSheet)
            .where(ToolboxSheet.project_id == project_id)
            .order_by(ToolboxSheet.id)
        ).all()
        for sheet in sheets:
            update_with_audit(session, actor, sheet, "toolbox_sheet", {"project_id": None})
        values = {**snapshot(project, list(EDITABLE)), "members": members}
        session.execute(
            delete(CooperationProjectMember).where(
                CooperationProjectMember.project_id == project_id
            )
        )
        session.delete(project)
        record_audit(session, actor, "cooperation_project", project_id, "delete", values)


def set_member_role(
    session: Session,
    project_id: int,
    person: PersonKey,
    role: str | None,
    *,
    actor: Actor,
) -> ProjectView:
    """Sets (or clears, with an empty text) the role of one participant, audited."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    kind, person_id = person
    v = Validator()
    role = (role or "").strip() or None
    if role is not None:
        v.max_length("role", role, MAX_ROLE)
    v.raise_if_any()
    with unit_of_work(session):
        project = get_or_raise(session, CooperationProject, project_id)
        column = (
            CooperationProjectMember.entrepreneur_id
            if kind == "entrepreneur"
            else CooperationProjectMember.contact_id
        )
        member = session.scalar(
            select(CooperationProjectMember).where(
                CooperationProjectMember.project_id == project_id, column == int(person_id)
            )
        )
        if member is None:
            raise NotFound(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Projects", "{kind} {id} does not take part in this project."
                    ),
                    kind=kind,
                    id=person_id,
                )
            )
        if member.role != role:
            record_audit(
                session, actor, "cooperation_project", project_id, "set_role",
                {"member": f"{kind}:{person_id}", "role": [member.role, role]},
            )  # fmt: skip
            member.role = role
        session.flush()
        return _view(session, project)


def _actor_names(session: Session, contact_ids: Iterable[int]) -> dict[int, str]:
    ids = list(contact_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(ActorContact.contact_id, DirectoryActor.name)
        .join(DirectoryActor, DirectoryActor.id == ActorContact.actor_id)
        .where(ActorContact.contact_id.in_(ids))
        .order_by(ActorContact.contact_id, DirectoryActor.name)
    ).all()
    names: dict[int, list[str]] = {}
    for contact_id, name in rows:
        names.setdefault(contact_id, []).append(name)
    return {k: ", ".join(v) for k, v in names.items()}


def _members(session: Session, project_ids: Sequence[int]) -> dict[int, list[MemberView]]:
    out: dict[int, list[MemberView]] = {pid: [] for pid in project_ids}
    if not project_ids:
        return out
    rows = session.execute(
        select(CooperationProjectMember, Entrepreneur, Contact)
        .outerjoin(Entrepreneur, Entrepreneur.id == CooperationProjectMember.entrepreneur_id)
        .outerjoin(Contact, Contact.id == CooperationProjectMember.contact_id)
        .where(CooperationProjectMember.project_id.in_(project_ids))
        .order_by(CooperationProjectMember.id)
    ).all()
    actors = _actor_names(session, [c.id for _m, _e, c in rows if c is not None])
    for member, e, c in rows:
        if e is not None:
            view = MemberView(
                "entrepreneur", e.id, f"{e.first_name} {e.last_name}", e.project_name, e.email,
                member.role,
            )  # fmt: skip
        else:
            name = " ".join(p for p in (c.first_name, c.last_name) if p)
            view = MemberView(
                "contact", c.id, name, actors.get(c.id) or c.organisation, c.email, member.role
            )
        out[member.project_id].append(view)
    for views in out.values():
        views.sort(key=lambda m: m.name.casefold())
    return out


def _view(session: Session, project: CooperationProject, members=None) -> ProjectView:
    if members is None:
        members = _members(session, [project.id])[project.id]
    return ProjectView(
        project.id,
        project.title,
        project.description,
        project.status,
        project.territory,
        project.places,
        project.disciplines,
        project.themes,
        project.starts_on,
        project.ends_on,
        project.call_id,
        project.group_number,
        project.version_id,
        tuple(members),
    )


def get_project(session: Session, project_id: int, *, actor: Actor) -> ProjectView:
    require(actor, Permission.VIEW)
    return _view(session, get_or_raise(session, CooperationProject, project_id))


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def list_projects(
    session: Session,
    *,
    text: str = "",
    statuses: Sequence[ProjectStatus | str] | None = None,
    actor: Actor,
) -> list[ProjectView]:
    """Projects, those under way first then by start date (newest first); `text` matches the
    title, description, territory, places, disciplines and themes (any case)."""
    require(actor, Permission.VIEW)
    query = select(CooperationProject)
    if statuses:
        query = query.where(CooperationProject.status.in_([ProjectStatus(s) for s in statuses]))
    for word in text.split():
        pattern = _like(word.lower())
        query = query.where(
            or_(
                *(
                    func.lower(column).like(pattern, escape="\\")
                    for column in (
                        CooperationProject.title,
                        CooperationProject.description,
                        CooperationProject.territory,
                        CooperationProject.places,
                        CooperationProject.disciplines,
                        CooperationProject.themes,
                    )
                )
            )
        )
    projects = session.scalars(query).all()
    order = {s: i for i, s in enumerate(
        (ProjectStatus.UNDER_WAY, ProjectStatus.PLANNED, ProjectStatus.DONE, ProjectStatus.STOPPED)
    )}  # fmt: skip
    projects = sorted(
        projects,
        key=lambda p: (order[p.status], -(p.starts_on.toordinal() if p.starts_on else 0), p.id),
    )
    members = _members(session, [p.id for p in projects])
    return [_view(session, p, members[p.id]) for p in projects]


def find_people(
    session: Session, text: str = "", *, limit: int = 50, actor: Actor
) -> list[PersonChoice]:
    """Entrepreneurs (not archived) and contacts whose name, e-mail or organisation (their
    directory actor's name too) holds every word of `text`."""
    require(actor, Permission.VIEW)
    words = [_like(w.lower()) for w in text.split()]
    e_query = select(Entrepreneur).where(Entrepreneur.archived.is_(False))
    for w in words:
        e_query = e_query.where(
            or_(
                func.lower(Entrepreneur.first_name).like(w, escape="\\"),
                func.lower(Entrepreneur.last_name).like(w, escape="\\"),
                func.lower(Entrepreneur.email).like(w, escape="\\"),
                func.lower(Entrepreneur.project_name).like(w, escape="\\"),
            )
        )
    e_rows = session.scalars(
        e_query.order_by(Entrepreneur.last_name, Entrepreneur.first_name, Entrepreneur.id).limit(
            limit
        )
    ).all()
    actor_of = (
        select(ActorContact.contact_id)
        .join(DirectoryActor, DirectoryActor.id == ActorContact.actor_id)
        .where(ActorContact.contact_id == Contact.id)
    )
    c_query = select(Contact)
    for w in words:
        c_query = c_query.where(
            or_(
                func.lower(Contact.first_name).like(w, escape="\\"),
                func.lower(Contact.last_name).like(w, escape="\\"),
                func.lower(Contact.email).like(w, escape="\\"),
                func.lower(Contact.organisation).like(w, escape="\\"),
                actor_of.where(func.lower(DirectoryActor.name).like(w, escape="\\")).exists(),
            )
        )
    c_rows = session.scalars(
        c_query.order_by(Contact.last_name, Contact.first_name, Contact.id).limit(limit)
    ).all()
    actors = _actor_names(session, [c.id for c in c_rows])
    choices = [
        PersonChoice("entrepreneur", e.id, f"{e.first_name} {e.last_name}", e.project_name, e.email)
        for e in e_rows
    ] + [
        PersonChoice(
            "contact",
            c.id,
            " ".join(p for p in (c.first_name, c.last_name) if p),
            actors.get(c.id) or c.organisation,
            c.email,
        )
        for c in c_rows
    ]
    choices.sort(key=lambda p: (p.name.casefold(), p.kind, p.person_id))
    return choices[:limit]


def describe_people(
    session: Session, keys: Sequence[PersonKey], *, actor: Actor
) -> list[PersonChoice]:
    """The people of `keys` (("entrepreneur" | "contact", id)), in that order; unknown ones
    are left out."""
    require(actor, Permission.VIEW)
    contact_ids = [i for k, i in keys if k == "contact"]
    actors = _actor_names(session, contact_ids)
    out: list[PersonChoice] = []
    for kind, person_id in keys:
        if kind == "entrepreneur":
            e = session.get(Entrepreneur, person_id)
            if e is not None:
                name = f"{e.first_name} {e.last_name}"
                out.append(PersonChoice(kind, e.id, name, e.project_name, e.email))
        elif kind == "contact":
            c = session.get(Contact, person_id)
            if c is not None:
                name = " ".join(p for p in (c.first_name, c.last_name) if p)
                organisation = actors.get(c.id) or c.organisation
                out.append(PersonChoice(kind, c.id, name, organisation, c.email))
    return out


def project_values_from_group(
    session: Session, draw_id: int, group_number: int, *, actor: Actor
) -> tuple[dict[str, Any], list[PersonKey]]:
    """A new project's first values and participants from a confirmed group of a draw: the
    call's title, purpose and territory; the members who confirmed and are entrepreneurs (or
    contacts) of the app. The user completes them and saves with `create_project`."""
    require(actor, Permission.VIEW)
    draw = get_or_raise(session, CooperationDraw, draw_id)
    call = get_or_raise(session, CooperationCall, draw.call_id)
    codes = [
        p.code
        for p in panel_state(session, draw_id, actor=actor).places
        if p.group == group_number and p.status == CONFIRMED
    ]
    volunteers = session.scalars(
        select(CooperationVolunteer)
        .where(CooperationVolunteer.call_id == call.id, CooperationVolunteer.code.in_(codes))
        .order_by(CooperationVolunteer.code)
    ).all()
    people: list[PersonKey] = [
        ("entrepreneur", v.entrepreneur_id) for v in volunteers if v.entrepreneur_id is not None
    ]
    contact_ids = [getattr(v, "contact_id", None) for v in volunteers if v.entrepreneur_id is None]
    people += [("contact", c) for c in contact_ids if c is not None]
    title = call.title if call.group_count == 1 else f"{call.title} — {group_number}"
    values = {
        "title": title,
        "description": call.purpose,
        "territory": call.territory,
        "call_id": call.id,
        "group_number": group_number,
    }
    return values, people
