"""An actor's links: to other actors (member of, partner of), to contacts (the people working
there, with their role) and to entrepreneurs (their company, their partner venues). Every
change is audited on the actor (`directory_actor`, actions `link` / `unlink`)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.errors import ConflictError, ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import (
    ActorContact,
    ActorEntrepreneur,
    ActorLink,
    Contact,
    DirectoryActor,
    Entrepreneur,
)
from incubator_app.models.directory import ACTOR_LINK_KINDS, ENTREPRENEUR_LINK_KINDS
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.directory.actors import ENTITY
from incubator_app.services.records import get_or_raise, record_audit, unit_of_work

#: What `ActorLinkView.kind` reads as from the other side ("member_of" seen from the network).
INVERSE = {"member_of": "has_member", "partner_of": "partner_of"}


@dataclass(frozen=True)
class ActorLinkView:
    id: int
    kind: str  # member_of, has_member (the other actor is a member of this one), partner_of
    other_id: int
    other_name: str


@dataclass(frozen=True)
class PersonLinkView:
    id: int  # contact or entrepreneur id
    name: str
    kind: str  # the contact's role, or company / partner_venue
    holder: int = 0  # the actor the link is on (this one, or one merged into it)


@dataclass(frozen=True)
class ActorLinks:
    actors: list[ActorLinkView]
    contacts: list[PersonLinkView]
    entrepreneurs: list[PersonLinkView]


def merged_family(session: Session, actor_id: int) -> list[int]:
    """The actor and every actor merged into it (directly or through another one): their links
    are the actor's links (a merge moves no link, so that an unmerge has nothing to undo)."""
    family, frontier = [actor_id], [actor_id]
    while frontier:
        frontier = list(
            session.scalars(
                select(DirectoryActor.id).where(DirectoryActor.merged_into_id.in_(frontier))
            )
        )
        family += frontier
    return family


def actor_links(session: Session, actor_id: int, *, actor: Actor) -> ActorLinks:
    require(actor, Permission.VIEW)
    family = merged_family(session, actor_id)
    actors = []
    for link_id, kind, from_id, to_id in session.execute(
        select(ActorLink.id, ActorLink.kind, ActorLink.from_actor_id, ActorLink.to_actor_id)
        .where(ActorLink.from_actor_id.in_(family) | ActorLink.to_actor_id.in_(family))
        .order_by(ActorLink.id)
    ):
        if from_id in family and to_id in family:
            continue  # between two actors now merged into one
        mine = from_id in family
        other = to_id if mine else from_id
        name = session.scalar(select(DirectoryActor.name).where(DirectoryActor.id == other))
        actors.append(ActorLinkView(link_id, kind if mine else INVERSE[kind], other, name or ""))
    contacts = [
        PersonLinkView(cid, " ".join(p for p in (first, last) if p), role or "", holder)
        for cid, first, last, role, holder in session.execute(
            select(
                Contact.id,
                Contact.first_name,
                Contact.last_name,
                ActorContact.role,
                ActorContact.actor_id,
            )
            .join(ActorContact, ActorContact.contact_id == Contact.id)
            .where(ActorContact.actor_id.in_(family))
            .order_by(Contact.last_name, Contact.id)
        )
    ]
    entrepreneurs = [
        PersonLinkView(eid, f"{first} {last}", kind, holder)
        for eid, first, last, kind, holder in session.execute(
            select(
                Entrepreneur.id,
                Entrepreneur.first_name,
                Entrepreneur.last_name,
                ActorEntrepreneur.kind,
                ActorEntrepreneur.actor_id,
            )
            .join(ActorEntrepreneur, ActorEntrepreneur.entrepreneur_id == Entrepreneur.id)
            .where(ActorEntrepreneur.actor_id.in_(family))
            .order_by(Entrepreneur.last_name, Entrepreneur.id)
        )
    ]
    return ActorLinks(actors, contacts, entrepreneurs)


def _live(session: Session, actor_id: int) -> DirectoryActor:
    row = get_or_raise(session, DirectoryActor, actor_id)
    if row.merged_into_id is not None:
        raise ConflictError(
            msg(QT_TRANSLATE_NOOP("Directory", "This actor was merged into another one already."))
        )
    return row


def _bad_kind(kind: str) -> ValidationError:
    return ValidationError(
        {"kind": msg(QT_TRANSLATE_NOOP("Directory", "Unknown kind of link: {kind}."), kind=kind)}
    )


def _exists() -> ConflictError:
    return ConflictError(msg(QT_TRANSLATE_NOOP("Directory", "This link exists already.")))


def link_actors(session: Session, from_id: int, to_id: int, kind: str, *, actor: Actor) -> int:
    """`from` is a member of / a partner of `to`; returns the link's id."""
    require(actor, Permission.MANAGE_DIRECTORY)
    if kind not in ACTOR_LINK_KINDS:
        raise _bad_kind(kind)
    if from_id == to_id:
        raise ValidationError(
            {"to": msg(QT_TRANSLATE_NOOP("Directory", "An actor cannot be linked to itself."))}
        )
    with unit_of_work(session):
        for actor_id in sorted((from_id, to_id)):
            _live(session, actor_id)
        pairs = [(from_id, to_id)] + ([(to_id, from_id)] if kind == "partner_of" else [])
        for a, b in pairs:
            if session.scalar(
                select(ActorLink.id).where(
                    ActorLink.from_actor_id == a, ActorLink.to_actor_id == b, ActorLink.kind == kind
                )
            ):
                raise _exists()
        link = ActorLink(from_actor_id=from_id, to_actor_id=to_id, kind=kind)
        session.add(link)
        session.flush()
        change = {"link": [None, f"{kind} {to_id}"]}
        record_audit(session, actor, ENTITY, from_id, "link", change)
        record_audit(session, actor, ENTITY, to_id, "link", {"link": [None, f"{kind} ← {from_id}"]})
    return link.id


def unlink_actors(session: Session, link_id: int, *, actor: Actor) -> None:
    require(actor, Permission.MANAGE_DIRECTORY)
    with unit_of_work(session):
        link = get_or_raise(session, ActorLink, link_id)
        what = f"{link.kind} {link.to_actor_id}"
        record_audit(session, actor, ENTITY, link.from_actor_id, "unlink", {"link": [what, None]})
        record_audit(
            session,
            actor,
            ENTITY,
            link.to_actor_id,
            "unlink",
            {"link": [f"{link.kind} ← {link.from_actor_id}", None]},
        )
        session.delete(link)


def link_contact(
    session: Session, actor_id: int, contact_id: int, role: str | None, *, actor: Actor
) -> None:
    """A person working for or with the actor (their role there); a second call changes the
    role."""
    require(actor, Permission.MANAGE_DIRECTORY)
    role = " ".join((role or "").split())[:100] or None
    with unit_of_work(session):
        _live(session, actor_id)
        get_or_raise(session, Contact, contact_id)
        row = session.get(ActorContact, (actor_id, contact_id))
        before = None
        if row is None:
            session.add(ActorContact(actor_id=actor_id, contact_id=contact_id, role=role))
        else:
            before = f"contact {contact_id} ({row.role or ''})"
            row.role = role
        change = {"contact": [before, f"contact {contact_id} ({role or ''})"]}
        record_audit(session, actor, ENTITY, actor_id, "link", change)


def unlink_contact(session: Session, actor_id: int, contact_id: int, *, actor: Actor) -> None:
    require(actor, Permission.MANAGE_DIRECTORY)
    with unit_of_work(session):
        row = session.get(ActorContact, (actor_id, contact_id))
        if row is not None:
            session.delete(row)
            change = {"contact": [f"contact {contact_id}", None]}
            record_audit(session, actor, ENTITY, actor_id, "unlink", change)


def link_entrepreneur(
    session: Session, actor_id: int, entrepreneur_id: int, kind: str, *, actor: Actor
) -> None:
    """The actor is the entrepreneur's company or one of their partner venues; a second call
    changes which."""
    require(actor, Permission.MANAGE_DIRECTORY)
    if kind not in ENTREPRENEUR_LINK_KINDS:
        raise _bad_kind(kind)
    with unit_of_work(session):
        _live(session, actor_id)
        get_or_raise(session, Entrepreneur, entrepreneur_id)
        row = session.get(ActorEntrepreneur, (actor_id, entrepreneur_id))
        before = None
        if row is None:
            session.add(
                ActorEntrepreneur(actor_id=actor_id, entrepreneur_id=entrepreneur_id, kind=kind)
            )
        else:
            before = f"{row.kind} {entrepreneur_id}"
            row.kind = kind
        change = {"entrepreneur": [before, f"{kind} {entrepreneur_id}"]}
        record_audit(session, actor, ENTITY, actor_id, "link", change)


def unlink_entrepreneur(
    session: Session, actor_id: int, entrepreneur_id: int, *, actor: Actor
) -> None:
    require(actor, Permission.MANAGE_DIRECTORY)
    with unit_of_work(session):
        row = session.get(ActorEntrepreneur, (actor_id, entrepreneur_id))
        if row is not None:
            session.delete(row)
            change = {"entrepreneur": [f"{row.kind} {entrepreneur_id}", None]}
            record_audit(session, actor, ENTITY, actor_id, "unlink", change)
