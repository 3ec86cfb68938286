"""One actor of the directory: what the actor window shows (fields with where each came from,
sources, links) and a person's edits, validated and audited.

An edit by a person becomes the field's source: `field_sources[field]` is then
`{"user": login, "at": ISO time in UTC}` instead of a source record's id. Such an edit survives an
unmerge of an earlier merge (`merges.unmerge`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.fr import siren as stdnum_siren
from stdnum.fr import siret as stdnum_siret

from incubator_app import clock
from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, Msg, msg
from incubator_app.models import (
    ActorSource,
    Contact,
    DirectoryActor,
    Entrepreneur,
    Listing,
    SourceRecord,
)
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.directory import normalize as norm
from incubator_app.services.directory.communes import commune_reference
from incubator_app.services.records import (
    load_for_update,
    record_audit,
    unit_of_work,
    update_with_audit,
)

ENTITY = "directory_actor"

#: The types offered in the actor window (an imported listing may hold others: they are kept
#: and shown as written).
ACTOR_KINDS = (
    "festival",
    "venue",
    "museum",
    "library",
    "company",
    "association",
    "collective",
    "third_place",
    "school",
    "local_authority",
    "elected_official",
)
#: The sectors offered (territory.sector_classes reads them, and imported free texts too). An
#: actor may have several: their codes joined by ", ", in this order.
ACTOR_SECTORS = ("professional", "amateur", "for_profit", "non_profit", "public")
SECTOR_SEPARATOR = ", "


def sector_codes(text: str | None) -> tuple[str, ...] | None:
    """The codes of a sector text made only of codes ("non_profit, professional" →
    ("professional", "non_profit"), in the list's order); () for no text; None for a free text
    (an imported "associatif" is kept as written)."""
    parts = [p.strip() for p in (text or "").split(",") if p.strip()]
    if any(p not in ACTOR_SECTORS for p in parts):
        return None
    return tuple(c for c in ACTOR_SECTORS if c in parts)


def join_sectors(codes) -> str | None:
    """Sector codes as stored: joined by ", " in the list's order; None for none."""
    chosen = set(codes)
    return SECTOR_SEPARATOR.join(c for c in ACTOR_SECTORS if c in chosen) or None


#: The fields a person edits in the actor window, in the window's order.
EDITABLE_FIELDS = (
    "name",
    "aliases",
    "kind",
    "disciplines",
    "sector",
    "siret",
    "siren",
    "rna",
    "registry_ids",
    "website",
    "email",
    "phone",
    "address",
    "postal_code",
    "commune_insee",
    "latitude",
    "longitude",
    "creation_year",
    "description",
)
#: The coordinates' ranges (degrees).
_COORDINATE_RANGES = {"latitude": 90.0, "longitude": 180.0}
_REGISTRY = re.compile(r"^\s*([^:=]+?)\s*[:=]\s*(\S.*?)\s*$")


@dataclass(frozen=True)
class SourceView:
    record_id: int
    source: str
    row_number: int
    how: str
    score: float | None
    values: dict[str, Any]


@dataclass(frozen=True)
class FieldOrigin:
    """Where a field's value came from: a listing's row, or a person's edit."""

    source: str | None = None
    row_number: int | None = None
    user: str | None = None
    at: str | None = None


@dataclass(frozen=True)
class ActorDetail:
    id: int
    version_id: int
    values: dict[str, Any]
    commune: str
    epci: str
    departement: str
    merged_into_id: int | None
    origins: dict[str, FieldOrigin]
    sources: list[SourceView]
    # field → the different values the sources give (only fields where they disagree)
    disagreements: dict[str, list[str]] = field(default_factory=dict)


def _shown(value: Any) -> str:
    if value in (None, "", [], {}):
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    return str(value)


def get_actor(session: Session, actor_id: int, *, actor: Actor) -> ActorDetail:
    require(actor, Permission.VIEW)
    row = load_for_update(session, DirectoryActor, actor_id, None)
    rows = session.execute(
        select(
            SourceRecord.id,
            Listing.source,
            SourceRecord.row_number,
            ActorSource.how,
            ActorSource.score,
            SourceRecord.values,
        )
        .join(SourceRecord, SourceRecord.id == ActorSource.record_id)
        .join(Listing, Listing.id == SourceRecord.listing_id)
        .where(ActorSource.actor_id == actor_id)
        .order_by(Listing.id, SourceRecord.row_number)
    ).all()
    sources = [SourceView(r[0], r[1], r[2], r[3], r[4], dict(r[5] or {})) for r in rows]
    by_record = {s.record_id: s for s in sources}
    origins: dict[str, FieldOrigin] = {}
    for name, origin in (row.field_sources or {}).items():
        if isinstance(origin, dict):
            origins[name] = FieldOrigin(user=origin.get("user"), at=origin.get("at"))
        elif origin in by_record:
            origins[name] = FieldOrigin(by_record[origin].source, by_record[origin].row_number)
        elif isinstance(origin, int):
            found = session.execute(
                select(Listing.source, SourceRecord.row_number)
                .join(Listing, Listing.id == SourceRecord.listing_id)
                .where(SourceRecord.id == origin)
            ).first()
            if found:
                origins[name] = FieldOrigin(found[0], found[1])
    disagreements: dict[str, list[str]] = {}
    for name in EDITABLE_FIELDS:
        seen: list[str] = []
        for s in sources:
            text = _shown(s.values.get(name))
            if text and text not in seen:
                seen.append(text)
        if len(seen) > 1:
            disagreements[name] = seen
    ref = commune_reference()
    commune = ref.get(row.commune_insee)
    return ActorDetail(
        id=row.id,
        version_id=row.version_id,
        values={f: getattr(row, f) for f in EDITABLE_FIELDS},
        commune=commune.name if commune else "",
        epci=(ref.epci_name(commune.epci) or "") if commune else "",
        departement=(ref.departement_name(commune.departement) or "") if commune else "",
        merged_into_id=row.merged_into_id,
        origins=origins,
        sources=sources,
        disagreements=disagreements,
    )


def _words(value: Any) -> list[str]:
    """A list typed as `a, b; c` (or given as a list): stripped, without blanks or repeats."""
    items = value if isinstance(value, list | tuple) else re.split(r"[;,\n]", str(value or ""))
    out: list[str] = []
    for item in items:
        text = " ".join(str(item).split())
        if text and text not in out:
            out.append(text)
    return out


def _text(value: Any) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def _invalid(key: tuple[str, str], **params: Any) -> Msg:
    return msg(key, **params)


def _registry_ids(value: Any) -> tuple[dict[str, str], str | None]:
    """`museofile: M0966; deps: 12345` (or a dict) → {"museofile": "M0966", "deps": "12345"};
    the first entry that is not `registry: id`, if any."""
    if isinstance(value, Mapping):
        items = [f"{k}: {v}" for k, v in value.items()]
    else:
        items = re.split(r"[;\n]", str(value or ""))
    out: dict[str, str] = {}
    for item in items:
        if not item.strip():
            continue
        found = _REGISTRY.match(item)
        if found is None:
            return out, item.strip()
        # The registry's key as imports write it: folded (« Muséofile » → museofile).
        key = "_".join(norm.fold(found.group(1)).split())
        if not key:
            return out, item.strip()
        out[key] = " ".join(found.group(2).split())
    return out, None


def clean_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    """The typed values checked and written as the directory stores them; a ValidationError
    names every field that is wrong."""
    errors: dict[str, Msg] = {}
    out: dict[str, Any] = {}
    for name, raw in values.items():
        if name not in EDITABLE_FIELDS:
            raise ValueError(f"not an editable field: {name}")
        if name in ("aliases", "disciplines"):
            out[name] = _words(raw)
            continue
        if name == "registry_ids":
            out[name], wrong = _registry_ids(raw)
            if wrong:
                errors[name] = _invalid(
                    QT_TRANSLATE_NOOP(
                        "Directory",
                        "{value}: write each registry id as registry: id "
                        "(museofile: M0966; deps: 12345).",
                    ),
                    value=wrong,
                )
            continue
        if name == "description" or name == "address":
            text = str(raw or "").strip()
            out[name] = text or None
            continue
        text = _text(raw)
        if text is None:
            out[name] = None
            continue
        if name == "name":
            if len(text) > 300:
                errors[name] = _invalid(QT_TRANSLATE_NOOP("Directory", "At most 300 characters."))
            out[name] = text
        elif name == "kind":
            out[name] = text[:40]
        elif name == "sector":
            codes = sector_codes(text)
            if codes is None:  # a free text (an imported value kept as written)
                out[name] = text[:100]
            elif {"for_profit", "non_profit"} <= set(codes):
                errors[name] = _invalid(
                    QT_TRANSLATE_NOOP("Directory", "For-profit and non-profit exclude each other.")
                )
            else:
                out[name] = join_sectors(codes)
        elif name == "siret":
            compact = re.sub(r"[\s.]", "", text)
            try:
                out[name] = stdnum_siret.validate(compact)
            except StdnumError:
                errors[name] = _invalid(
                    QT_TRANSLATE_NOOP(
                        "Directory", "{value} is not a valid SIRET number (14 digits, checked)."
                    ),
                    value=text,
                )
        elif name == "siren":
            compact = re.sub(r"[\s.]", "", text)
            try:
                out[name] = stdnum_siren.validate(compact)
            except StdnumError:
                errors[name] = _invalid(
                    QT_TRANSLATE_NOOP(
                        "Directory", "{value} is not a valid SIREN number (9 digits, checked)."
                    ),
                    value=text,
                )
        elif name == "rna":
            out[name] = norm.rna_number(text)
            if out[name] is None:
                errors[name] = _invalid(
                    QT_TRANSLATE_NOOP(
                        "Directory", "{value} is not an RNA number (W and 9 digits)."
                    ),
                    value=text,
                )
        elif name == "website":
            out[name] = norm.web_domain(text)
            if out[name] is None:
                errors[name] = _invalid(
                    QT_TRANSLATE_NOOP("Directory", "{value} is not a web site address."),
                    value=text,
                )
        elif name == "email":
            out[name] = norm.email_address(text)
            if out[name] is None or " " in text.strip():
                errors[name] = _invalid(
                    QT_TRANSLATE_NOOP("Directory", "{value} is not an e-mail address."),
                    value=text,
                )
        elif name == "phone":
            out[name] = norm.phone_number(text)
            if out[name] is None:
                errors[name] = _invalid(
                    QT_TRANSLATE_NOOP(
                        "Directory", "{value} is not a French phone number (10 digits)."
                    ),
                    value=text,
                )
        elif name == "postal_code":
            if not re.fullmatch(r"\d{5}", text):
                errors[name] = _invalid(
                    QT_TRANSLATE_NOOP("Directory", "{value} is not a postal code (5 digits)."),
                    value=text,
                )
            out[name] = text
        elif name == "commune_insee":
            code = text.upper().zfill(5)
            commune = commune_reference().get(code)
            if commune is None:
                errors[name] = _invalid(
                    QT_TRANSLATE_NOOP("Directory", "No commune has the INSEE code {value}."),
                    value=text,
                )
            else:
                out[name] = commune.insee
        elif name in _COORDINATE_RANGES:
            limit = _COORDINATE_RANGES[name]
            try:
                number = float(text.replace(",", ".").replace("\u2212", "-"))
            except ValueError:
                number = None
            if number is None or not -limit <= number <= limit:
                key = (
                    QT_TRANSLATE_NOOP(
                        "Directory", "{value} is not a latitude (a number from -90 to 90)."
                    )
                    if name == "latitude"
                    else QT_TRANSLATE_NOOP(
                        "Directory", "{value} is not a longitude (a number from -180 to 180)."
                    )
                )
                errors[name] = _invalid(key, value=text)
            out[name] = number
        elif name == "creation_year":
            year = int(text) if text.isdigit() else None
            if year is None or not 1000 <= year <= clock.today().year:
                errors[name] = _invalid(
                    QT_TRANSLATE_NOOP("Directory", "{value} is not a year."), value=text
                )
            out[name] = year
    if "name" in values and not out.get("name"):
        errors["name"] = _invalid(QT_TRANSLATE_NOOP("Directory", "An actor needs a name."))
    if "latitude" in values and "longitude" in values and not errors.keys() & _COORDINATE_RANGES:
        if (out.get("latitude") is None) != (out.get("longitude") is None):
            missing = "longitude" if out.get("longitude") is None else "latitude"
            errors[missing] = _invalid(
                QT_TRANSLATE_NOOP(
                    "Directory", "Give both the latitude and the longitude, or neither."
                )
            )
    siret, siren = out.get("siret"), out.get("siren")
    if siret and "siren" in values:
        if siren and siren != siret[:9]:
            errors["siren"] = _invalid(
                QT_TRANSLATE_NOOP("Directory", "The SIREN number must begin the SIRET number.")
            )
        out["siren"] = siret[:9]
    if errors:
        raise ValidationError(errors)
    return out


def update_actor(
    session: Session,
    actor_id: int,
    values: Mapping[str, Any],
    *,
    expected_version: int | None,
    actor: Actor,
) -> ActorDetail:
    """Writes a person's edits of an actor; each field changed records the person as its
    source. Refused (nothing written) when a value is wrong or someone changed the actor."""
    require(actor, Permission.MANAGE_DIRECTORY)
    changes = clean_fields(values)
    with unit_of_work(session):
        row = load_for_update(session, DirectoryActor, actor_id, expected_version)
        if row.merged_into_id is not None:
            raise ValidationError(
                {
                    "name": msg(
                        QT_TRANSLATE_NOOP(
                            "Directory", "This actor was merged into another one: edit that one."
                        )
                    )
                }
            )
        really = {k: v for k, v in changes.items() if getattr(row, k) != v}
        if really:
            stamp = {"user": actor.login, "at": clock.now_utc().isoformat(timespec="seconds")}
            sources = dict(row.field_sources or {})
            for name in really:
                sources[name] = dict(stamp)
            update_with_audit(session, actor, row, ENTITY, {**really, "field_sources": sources})
    return get_actor(session, actor_id, actor=actor)


def create_actor(session: Session, values: Mapping[str, Any], *, actor: Actor) -> ActorDetail:
    """An actor typed by hand (no listing row): the same checks as an edit, the person the
    source of every field given. Refused (nothing written) when a value is wrong."""
    require(actor, Permission.MANAGE_DIRECTORY)
    fields = clean_fields({"name": "", **values})
    stamp = {"user": actor.login, "at": clock.now_utc().isoformat(timespec="seconds")}
    given = {k: v for k, v in fields.items() if v not in (None, "", [], {})}
    with unit_of_work(session):
        row = DirectoryActor(
            **{"aliases": [], "disciplines": [], **fields},
            field_sources={k: dict(stamp) for k in given},
        )
        session.add(row)
        session.flush()
        record_audit(session, actor, ENTITY, row.id, "create", given)
        actor_id = row.id
    return get_actor(session, actor_id, actor=actor)


# Searching what to link ---------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    id: int
    label: str


def find_actors(
    session: Session, text: str, *, actor: Actor, exclude: int | None = None, limit: int = 12
) -> list[Choice]:
    require(actor, Permission.VIEW)
    stmt = select(DirectoryActor.id, DirectoryActor.name, DirectoryActor.commune_insee).where(
        DirectoryActor.merged_into_id.is_(None)
    )
    lowered = func.lower(DirectoryActor.name)
    for word in text.lower().split():
        stmt = stmt.where(lowered.contains(word) | lowered.contains(norm.fold(word)))
    if exclude is not None:
        stmt = stmt.where(DirectoryActor.id != exclude)
    ref = commune_reference()
    out = []
    for actor_id, name, insee in session.execute(
        stmt.order_by(DirectoryActor.name, DirectoryActor.id).limit(limit)
    ):
        commune = ref.get(insee)
        out.append(Choice(actor_id, f"{name} ({commune.name})" if commune else name))
    return out


def find_contacts(session: Session, text: str, *, actor: Actor, limit: int = 12) -> list[Choice]:
    require(actor, Permission.MANAGE_DIRECTORY)
    stmt = select(Contact.id, Contact.first_name, Contact.last_name, Contact.organisation)
    for word in text.lower().split():
        stmt = stmt.where(
            func.lower(Contact.last_name).contains(word)
            | func.lower(func.coalesce(Contact.first_name, "")).contains(word)
            | func.lower(func.coalesce(Contact.email, "")).contains(word)
        )
    out = []
    for contact_id, first, last, organisation in session.execute(
        stmt.order_by(Contact.last_name, Contact.first_name, Contact.id).limit(limit)
    ):
        name = " ".join(p for p in (first, last) if p)
        out.append(Choice(contact_id, f"{name} — {organisation}" if organisation else name))
    return out


def find_entrepreneurs(
    session: Session, text: str, *, actor: Actor, limit: int = 12
) -> list[Choice]:
    require(actor, Permission.MANAGE_DIRECTORY)
    stmt = select(
        Entrepreneur.id, Entrepreneur.first_name, Entrepreneur.last_name, Entrepreneur.project_name
    )
    for word in text.lower().split():
        stmt = stmt.where(
            func.lower(Entrepreneur.last_name).contains(word)
            | func.lower(Entrepreneur.first_name).contains(word)
            | func.lower(func.coalesce(Entrepreneur.project_name, "")).contains(word)
        )
    out = []
    for entrepreneur_id, first, last, project in session.execute(
        stmt.order_by(Entrepreneur.last_name, Entrepreneur.first_name, Entrepreneur.id).limit(limit)
    ):
        name = f"{first} {last}"
        out.append(Choice(entrepreneur_id, f"{name} — {project}" if project else name))
    return out
