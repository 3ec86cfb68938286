"""Right of access (GDPR art. 15): everything the application holds about a person, exported
into a folder as a readable PDF, one JSON file and one CSV file per table, and copies of their
documents. Written into a temporary folder renamed at the end: a failed export leaves nothing.
The export is in the audit trail (what was exported, never the values)."""

from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import DomainError, NotFound
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.services.actor import Actor
from incubator_app.services.entrepreneurs.document_names import safe_display_name
from incubator_app.services.entrepreneurs.documents import stored_file_path
from incubator_app.services.privacy.erasure import require_admin
from incubator_app.services.privacy.legal_basis import DATA_KINDS
from incubator_app.services.privacy.people import PersonRef, PersonRows, collect_person_rows
from incubator_app.services.records import record_audit, unit_of_work
from incubator_app.services.spreadsheet_text import neutralise

PDF_NAME = "personal-data.pdf"
JSON_NAME = "personal-data.json"
CSV_FOLDER = "csv"
DOCUMENTS_FOLDER = "documents"


@dataclass(frozen=True)
class AccessExport:
    folder: Path
    person: PersonRef
    display_name: str
    generated_at: datetime
    tables: dict[str, int]
    documents: int
    files: tuple[str, ...]


def person_display_name(found: PersonRows) -> str:
    row = next(iter(found.owned[found.person.kind].values()))
    return " ".join(p for p in (row.get("first_name"), row.get("last_name")) if p)


def access_data(found: PersonRows, generated_at: datetime, by_login: str) -> dict[str, Any]:
    """The machine-readable export: what the JSON file holds and the PDF prints."""
    return {
        "person": {"kind": found.person.kind, "id": found.person.id},
        "name": person_display_name(found),
        "generated_at": generated_at.isoformat(),
        "generated_by": by_login,
        "legal_basis": [
            {
                "data": k.label[1],
                "basis": k.basis[1],
                "purpose": k.purpose[1],
                "retention": k.retention[1],
                "tables": list(k.tables),
            }
            for k in DATA_KINDS
        ],
        "tables": {t: found.rows(t) for t in found.all_tables()},
    }


def _target_folder(folder: Path) -> Path:
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise DomainError(
            msg(
                QT_TRANSLATE_NOOP("Privacy", "{folder} already exists and is not empty."),
                folder=str(folder),
            )
        )
    if not folder.parent.is_dir():
        raise DomainError(
            msg(
                QT_TRANSLATE_NOOP("Privacy", "The folder {folder} does not exist."),
                folder=str(folder.parent),
            )
        )
    return folder


def _write_csv(path: Path, rows: list[dict[str, Any]]) -> None:
    columns: list[str] = []
    for row in rows:
        columns += [c for c in row if c not in columns]
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(columns)
        for row in rows:
            cells = []
            for c in columns:
                value = row.get(c)
                if isinstance(value, dict | list):
                    value = json.dumps(value, ensure_ascii=False)
                cells.append(neutralise(value) if isinstance(value, str) else value)
            writer.writerow(cells)


def _copy_documents(session: Session, found: PersonRows, folder: Path) -> int:
    """The person's documents (from the database when this PC lacks them, PostgreSQL)."""
    rows = found.rows("document")
    copied = 0
    for row in rows:
        try:
            source = stored_file_path(row["content_hash"], row["original_name"], session)
        except NotFound:
            continue
        name = safe_display_name(row["original_name"]).replace("/", "_").replace("\\", "_")
        target = folder / DOCUMENTS_FOLDER / f"{row['id']}-{name}"
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(source, target)
        copied += 1
    return copied


def export_personal_data(
    session: Session,
    person: PersonRef,
    folder: Path,
    *,
    actor: Actor,
    write_pdf: Callable[[dict[str, Any], Path], object],
) -> AccessExport:
    """Writes the access export of `person` into `folder` (new or empty). `write_pdf(data,
    path)` prints the data (reports/personal_data.py; services never import the reports)."""
    require_admin(actor)
    folder = _target_folder(folder)
    generated_at = clock.now()
    found = collect_person_rows(session, person)
    data = access_data(found, generated_at, actor.login)
    work = Path(tempfile.mkdtemp(prefix=".export-", dir=folder.parent))
    try:
        (work / JSON_NAME).write_text(
            json.dumps(data, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
        )
        (work / CSV_FOLDER).mkdir()
        for table, rows in data["tables"].items():
            _write_csv(work / CSV_FOLDER / f"{table}.csv", rows)
        documents = _copy_documents(session, found, work)
        write_pdf(data, work / PDF_NAME)
        with unit_of_work(session):
            record_audit(
                session,
                actor,
                person.kind,
                person.id,
                "export",
                {"tables": len(data["tables"]), "rows": found.count(), "documents": documents},
            )
        if folder.exists():
            folder.rmdir()
        os.replace(work, folder)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    files = tuple(sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()))
    return AccessExport(
        folder=folder,
        person=person,
        display_name=data["name"],
        generated_at=generated_at,
        tables={t: len(r) for t, r in data["tables"].items()},
        documents=documents,
        files=files,
    )
