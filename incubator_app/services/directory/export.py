"""Exporting the directory: one line per actor, or (with the sources) one line per source record
with its actor's id, the listing's source name and the row number (1 = first data record).
CSV (`;`, UTF-8 with BOM, CRLF) or XLSX; cells guarded against formulas; written atomically."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.errors import StorageError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import ActorSource, DirectoryActor, Listing, SourceRecord
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.directory.communes import commune_reference
from incubator_app.services.spreadsheet_text import neutralise

ACTOR_COLUMNS = (
    "actor_id",
    "name",
    "aliases",
    "kind",
    "disciplines",
    "sector",  # the codes joined by ", " ("professional, non_profit"), or an imported text
    "website",
    "email",
    "phone",
    "address",
    "postal_code",
    "commune_insee",
    "commune",
    "departement",
    "epci",
    "latitude",
    "longitude",
    "creation_year",
    "registry_ids",
    "sources",
)
SOURCE_COLUMNS = ("actor_id", "actor_name", "source", "listing", "row_number", "record_name")


def _actor_rows(session: Session) -> Iterator[list[Any]]:
    ref = commune_reference()
    counts: dict[int, int] = {}
    for (actor_id,) in session.execute(select(ActorSource.actor_id)):
        counts[actor_id] = counts.get(actor_id, 0) + 1
    query = (
        select(DirectoryActor)
        .where(DirectoryActor.merged_into_id.is_(None))
        .order_by(DirectoryActor.id)
        .execution_options(yield_per=2000)
    )
    for a in session.scalars(query):
        commune = ref.get(a.commune_insee)
        yield [
            a.id,
            a.name,
            " | ".join(a.aliases or []),
            a.kind,
            ", ".join(a.disciplines or []),
            a.sector,
            a.website,
            a.email,
            a.phone,
            a.address,
            a.postal_code,
            a.commune_insee,
            commune.name if commune else None,
            commune.departement if commune else None,
            ref.epci_name(commune.epci) if commune else None,
            a.latitude,
            a.longitude,
            a.creation_year,
            ", ".join(f"{k}:{v}" for k, v in sorted((a.registry_ids or {}).items())),
            counts.get(a.id, 0),
        ]


def _source_rows(session: Session) -> Iterator[list[Any]]:
    query = (
        select(
            ActorSource.actor_id,
            DirectoryActor.name,
            Listing.source,
            Listing.name,
            SourceRecord.row_number,
            SourceRecord.values,
        )
        .join(SourceRecord, SourceRecord.id == ActorSource.record_id)
        .join(Listing, Listing.id == SourceRecord.listing_id)
        .join(DirectoryActor, DirectoryActor.id == ActorSource.actor_id)
        .order_by(ActorSource.actor_id, Listing.id, SourceRecord.row_number)
        .execution_options(yield_per=2000)
    )
    for actor_id, actor_name, source, listing, row_number, values in session.execute(query):
        yield [actor_id, actor_name, source, listing, row_number, (values or {}).get("name")]


def _cell(value: Any) -> Any:
    return neutralise(value) if isinstance(value, str) else value


def export_directory(
    session: Session,
    dest: str | Path,
    *,
    file_format: str = "csv",
    with_sources: bool = False,
    actor: Actor,
) -> int:
    """Writes the file; returns the number of data lines."""
    require(actor, Permission.VIEW)
    dest = Path(dest)
    headers = SOURCE_COLUMNS if with_sources else ACTOR_COLUMNS
    rows = _source_rows(session) if with_sources else _actor_rows(session)
    handle, temp_name = tempfile.mkstemp(prefix=".directory-", dir=dest.parent or ".")
    os.close(handle)
    temp = Path(temp_name)
    written = 0
    try:
        if file_format == "csv":
            with temp.open("w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
                writer.writerow(headers)
                for row in rows:
                    writer.writerow(["" if v is None else _cell(v) for v in row])
                    written += 1
        else:
            from openpyxl import Workbook

            workbook = Workbook(write_only=True)
            sheet = workbook.create_sheet(title="Sources" if with_sources else "Acteurs")
            sheet.append(list(headers))
            for row in rows:
                sheet.append([_cell(v) for v in row])
                written += 1
            workbook.save(temp)
        os.chmod(temp, 0o644)
        os.replace(temp, dest)
    except OSError as exc:
        raise StorageError(
            msg(
                QT_TRANSLATE_NOOP("Storage", "Cannot write {path}: {reason}"),
                path=str(dest),
                reason=exc.strerror or str(exc),
            )
        ) from exc
    finally:
        if temp.exists():
            temp.unlink()
        session.rollback()
    return written
