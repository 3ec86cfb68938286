"""Importing a listing of actors: the file read as the entrepreneur import reads it
(tabular_files: BOMs, `;`, CRLF, quoted line breaks, XLSX), its columns mapped to the actor's
fields (guessed from the headers, or a JSON mapping), values cleaned, communes resolved to INSEE
codes; one source record per data row (never edited) and one new actor per record, which linking
merges later.

A listing that cannot be used writes nothing and says why in one line: empty, not a table, no
column naming an actor, or commune names that the reference does not know.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import DomainError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import ActorSource, DirectoryActor, Listing, SourceRecord
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.directory import normalize as norm
from incubator_app.services.directory.bulk import without_cycle_collector
from incubator_app.services.directory.communes import commune_reference, resolve_commune
from incubator_app.services.records import record_audit
from incubator_app.services.tabular_files import TabularFileError, read_small_text, read_table

#: Fields a column may hold, and the header words that name them (folded, first match wins).
FIELD_PATTERNS: tuple[tuple[str, str], ...] = (
    ("insee", r"^(code )?insee( commune)?$|code commune|^insee"),
    ("epci", r"epci"),
    ("museofile", r"museofile|^ref$|^ref m$"),
    ("deps", r"ref deps|ref du musee|^ref deps$"),
    ("registry_id", r"^identifiant$|^id$"),
    ("siret", r"siret"),
    ("siren", r"siren"),
    ("rna", r"\brna\b"),
    ("postal_code", r"code postal|^cp\b|^cp m$|postal"),
    ("geocode", r"geocodage|geolocalisation"),
    ("latitude", r"^lat(itude)?$"),
    ("longitude", r"^lon(g|gitude)?$"),
    ("website", r"site|url|web"),
    ("email", r"mail|courriel"),
    ("phone", r"telephone|^tel"),
    ("creation_year", r"annee de creation|an creat|^creation|date de creation"),
    ("disciplines", r"discipline"),
    ("departement", r"^departement|^dpt$|^dep$"),
    ("commune", r"commune|ville|localite"),
    ("address", r"adresse|adrl1|voie"),
    ("description", r"^description|^hist$|presentation"),
    ("kind", r"^type$|^type d acteur$"),
    ("name", r"^nom|nomoff|denomination|raison sociale|^name$|^titre"),
)
FIELDS = tuple(f for f, _ in FIELD_PATTERNS)
_ALLOWED_UNKNOWN_COMMUNES = 0.05


class ListingError(DomainError):
    """The listing cannot be imported; the message says why (nothing was written)."""


@dataclass
class ListingImport:
    listing_id: int | None
    rows: int
    mapping: dict[str, str]  # header → field
    unresolved_communes: list[str] = field(default_factory=list)
    dry_run: bool = False


def _fold_header(header: str) -> str:
    return norm.fold(header)


def guess_mapping(header: tuple[str, ...]) -> dict[str, str]:
    """Header → field for the columns recognised (each field taken once, the first column)."""
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for column in header:
        folded = _fold_header(column)
        for fld, pattern in FIELD_PATTERNS:
            if fld in taken and fld not in {"address"}:
                continue
            if re.search(pattern, folded):
                if fld == "address" and "address" in taken:
                    break
                mapping[column] = fld
                taken.add(fld)
                break
    return mapping


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def row_values(
    raw: Mapping[str, Any], mapping: Mapping[str, str], values_map: Mapping[str, Any]
) -> dict[str, Any]:
    """The actor's fields read from one row (plain JSON values)."""
    by_field: dict[str, list[Any]] = {}
    for column, fld in mapping.items():
        if column in raw and raw[column] not in (None, ""):
            by_field.setdefault(fld, []).append(raw[column])

    def first(fld: str) -> Any:
        return by_field.get(fld, [None])[0]

    def mapped(fld: str, text: str | None) -> str | None:
        choices = values_map.get(fld) or {}
        return choices.get(text, text) if text is not None else None

    out: dict[str, Any] = {}
    out["name"] = _text(first("name"))
    out["kind"] = mapped("kind", _text(first("kind")))
    discipline = mapped("disciplines", _text(first("disciplines")))
    out["disciplines"] = [discipline] if discipline else []
    out["siret"] = norm.siret_number(_text(first("siret")))
    out["siren"] = norm.siren_number(_text(first("siren"))) or (
        out["siret"][:9] if out["siret"] else None
    )
    out["rna"] = norm.rna_number(_text(first("rna")))
    registry = {}
    for key in ("museofile", "deps", "registry_id"):
        value = _text(first(key))
        if value:
            registry[key] = value
    out["registry_ids"] = registry
    out["website"] = norm.web_domain(_text(first("website")))
    emails = [_text(v) for v in by_field.get("email", [])]
    out["email"] = next((e for v in emails if (e := norm.email_address(v))), None)
    phone = norm.phone_number(_text(first("phone")))
    if phone is None:  # phone numbers written in the e-mail column
        phone = next((p for v in emails if (p := norm.phone_number(v))), None)
    out["phone"] = phone
    address = " ".join(t for v in by_field.get("address", []) if (t := _text(v)))
    out["address"] = address or None
    out["creation_year"] = norm.creation_year(first("creation_year"))
    out["description"] = _text(first("description"))
    lat, lon = norm.coordinate(first("latitude")), norm.coordinate(first("longitude"))
    if lat is None and first("geocode"):
        lat, lon = norm.lat_lon(_text(first("geocode")))
    out["latitude"], out["longitude"] = lat, lon
    out["commune_text"] = _text(first("commune"))
    commune = resolve_commune(
        insee=first("insee"),
        postal=first("postal_code"),
        name=first("commune"),
        departement=first("departement"),
    )
    out["commune_insee"] = commune.insee if commune else None
    postal = norm.fold(_text(first("postal_code")) or "").split()
    out["postal_code"] = (postal[0].zfill(5) if postal and postal[0].isdigit() else None) or None
    if out["postal_code"] and len(out["postal_code"]) != 5:
        out["postal_code"] = None
    return out


def _hash_row(raw: Mapping[str, Any]) -> str:
    text = json.dumps(raw, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _error(text: tuple[str, str], **params: Any) -> ListingError:
    return ListingError(msg(text, **params))


def load_mapping_file(path: str | Path, header: tuple[str, ...]) -> dict[str, str]:
    """A JSON object {column header: field}; unknown columns or fields are refused."""
    try:
        data = json.loads(read_small_text(path))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _error(
            QT_TRANSLATE_NOOP("Directory", "The mapping {name} is not a readable JSON file."),
            name=Path(path).name,
        ) from exc
    if not isinstance(data, dict):
        raise _error(
            QT_TRANSLATE_NOOP("Directory", "The mapping {name} must map column headers to fields."),
            name=Path(path).name,
        )
    for column, fld in data.items():
        if column not in header:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Directory", "The mapping names a column {column} the file lacks."
                ),
                column=column,
            )
        if fld not in FIELDS:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Directory", "Unknown field {field} in the mapping; expected one of {allowed}."
                ),
                field=fld,
                allowed=", ".join(FIELDS),
            )
    return {str(k): str(v) for k, v in data.items()}


@without_cycle_collector
def import_listing(
    session: Session,
    path: str | Path,
    *,
    source: str,
    mapping: Mapping[str, str] | str | Path | None = None,
    values_map: Mapping[str, Any] | None = None,
    has_duplicates: bool = False,
    kind: str | None = None,
    dry_run: bool = False,
    actor: Actor,
) -> ListingImport:
    """Reads the file, checks it, and (unless dry_run) writes the listing, its records and one
    actor per record in one transaction. Raises ListingError / TabularFileError, writing nothing."""
    require(actor, Permission.MANAGE_DIRECTORY)
    path = Path(path)
    try:
        table = read_table(path)
    except TabularFileError:
        raise
    if not table.rows:
        raise _error(QT_TRANSLATE_NOOP("Directory", "{name} holds no data row."), name=path.name)
    header = tuple(str(h) for h in table.header)
    if isinstance(mapping, str | Path):
        columns = load_mapping_file(mapping, header)
    else:
        columns = dict(mapping) if mapping else guess_mapping(header)
    if "name" not in columns.values():
        raise _error(
            QT_TRANSLATE_NOOP(
                "Directory",
                "{name}: no column names the actors (expected a header such as “Nom”); "
                "give a --mapping.",
            ),
            name=path.name,
        )
    values_map = dict(values_map or {})
    if kind:
        values_map.setdefault("kind", {})
    records: list[tuple[int, dict[str, Any], dict[str, Any]]] = []
    unresolved: dict[str, int] = {}
    with_commune = 0
    for number, row in enumerate(table.rows, start=1):
        raw = {h: _text(v) for h, v in zip(header, row, strict=False) if _text(v) is not None}
        values = row_values(raw, columns, values_map)
        if not values["name"]:
            continue
        if kind and not values["kind"]:
            values["kind"] = kind
        if values["commune_text"] or any(f in columns.values() for f in ("insee", "postal_code")):
            with_commune += 1
            if values["commune_insee"] is None:
                key = values["commune_text"] or str(raw.get(_column(columns, "postal_code"), ""))
                unresolved[key] = unresolved.get(key, 0) + 1
        records.append((number, raw, values))
    if not records:
        raise _error(QT_TRANSLATE_NOOP("Directory", "{name}: no row has a name."), name=path.name)
    missing = sum(unresolved.values())
    if with_commune and missing > _ALLOWED_UNKNOWN_COMMUNES * with_commune:
        shown = ", ".join(f"“{k}”" for k in list(unresolved)[:3])
        raise _error(
            QT_TRANSLATE_NOOP(
                "Directory",
                "{name}: {count} rows name a commune the reference does not know ({examples}…); "
                "check the commune column.",
            ),
            name=path.name,
            count=missing,
            examples=shown,
        )
    result = ListingImport(None, len(records), columns, sorted(unresolved), dry_run)
    if dry_run:
        return result
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    listing = Listing(
        name=path.name,
        source=source,
        imported_on=clock.today(),
        file_hash=digest,
        column_mapping=columns,
        value_mapping=values_map,
        has_duplicates=has_duplicates,
        row_count=len(records),
        imported_by_id=actor.user_id,
    )
    session.add(listing)
    session.flush()
    write_records(session, listing.id, records, actor=actor)
    record_audit(session, actor, "directory_listing", listing.id, "import", {"rows": len(records)})
    session.commit()
    result.listing_id = listing.id
    return result


def _column(columns: Mapping[str, str], fld: str) -> str:
    return next((c for c, f in columns.items() if f == fld), "")


def write_records(
    session: Session,
    listing_id: int,
    records: list[tuple[int, dict[str, Any], dict[str, Any]]],
    *,
    actor: Actor,
) -> None:
    """Bulk insert: the records, one actor each, and the links between them."""
    now = clock.now_utc()
    session.execute(
        insert(SourceRecord.__table__),
        [
            {
                "listing_id": listing_id,
                "row_number": number,
                "raw": raw,
                "values": values,
                "row_hash": _hash_row(raw),
            }
            for number, raw, values in records
        ],
    )
    record_ids = dict(
        session.execute(
            select(SourceRecord.row_number, SourceRecord.id).where(
                SourceRecord.listing_id == listing_id
            )
        ).all()
    )
    # Ids given here (a RETURNING of 50,000 rows costs minutes in SQLAlchemy's batching); on
    # PostgreSQL the table is locked meanwhile and its sequence moved past them afterwards.
    postgres = session.get_bind().dialect.name == "postgresql"
    if postgres:
        session.execute(text("LOCK TABLE directory_actor IN EXCLUSIVE MODE"))
    first = session.scalar(select(func.max(DirectoryActor.id))) or 0
    actor_ids = list(range(first + 1, first + 1 + len(records)))
    actors = [
        # listing_count: a new actor holds this one record (services/directory/counts.py).
        {"id": actor_id, **actor_row(values, record_ids[number], now), "listing_count": 1}
        for (number, _raw, values), actor_id in zip(records, actor_ids, strict=True)
    ]
    session.execute(insert(DirectoryActor.__table__), actors)
    if postgres:
        session.execute(
            text(
                "SELECT setval(pg_get_serial_sequence('directory_actor', 'id'), "
                "(SELECT max(id) FROM directory_actor))"
            )
        )
    links = [
        {
            "record_id": record_ids[number],
            "actor_id": actor_id,
            "how": "import",
            "decided_by_id": actor.user_id,
            "decided_at": now,
        }
        for (number, _raw, _values), actor_id in zip(records, actor_ids, strict=True)
    ]
    session.execute(insert(ActorSource.__table__), links)


def actor_row(values: Mapping[str, Any], record_id: int, now: Any) -> dict:
    fields = {
        "name": values["name"][:300],
        "aliases": [],
        "kind": values.get("kind"),
        "disciplines": values.get("disciplines") or [],
        "sector": values.get("sector"),
        "siret": values.get("siret"),
        "siren": values.get("siren"),
        "rna": values.get("rna"),
        "registry_ids": values.get("registry_ids") or {},
        "website": values.get("website"),
        "email": values.get("email"),
        "phone": values.get("phone"),
        "address": values.get("address"),
        "postal_code": values.get("postal_code"),
        "commune_insee": values.get("commune_insee"),
        "latitude": values.get("latitude"),
        "longitude": values.get("longitude"),
        "creation_year": values.get("creation_year"),
        "description": values.get("description"),
    }
    fields["field_sources"] = {
        k: record_id for k, v in fields.items() if v not in (None, [], {}, "")
    }
    return {
        **fields,
        "version_id": 1,
        "created_at": now,
        "updated_at": now,
    }


def reference_attribution() -> str:
    return commune_reference().attribution
