"""Files attached to a sheet, stored once by SHA-256 under `<data dir>/toolbox/<aa>/<digest>`,
as the entrepreneurs' documents are (written atomically before the row; a file this call
created is removed again if the transaction fails; removed after the commit once no attachment
uses it). A folder of their own: the entrepreneurs' documents count their own references, so a
file shared with them is never deleted from under the other.

On a shared PostgreSQL the bytes are also kept in the database (`stored_file_content`, shared
with the documents by content), so a file attached on one PC opens on every other; the folder is
then each PC's cache. Removing the last row that names a content removes the database's copy.

On upload the file's text is read (extraction.py) and the sheet's files text (`ToolboxFilesText`,
which the files' full-text index covers) is rebuilt from its attachments.

Attaching a file under the name of one the sheet already has (any case) adds a new version of
it: the earlier versions stay, listed and openable (`version`, `versions` of each view), and only
the newest version's text is searched.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import tempfile
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path, PurePath, PureWindowsPath

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app.db.paths import data_dir
from incubator_app.errors import NotFound
from incubator_app.file_modes import make_private_folder_tree
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import (
    ExtractionNote,
    ToolboxAttachment,
    ToolboxFilesText,
    ToolboxSheet,
)
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.entrepreneurs.document_names import (
    clean_document_name,
    safe_display_name,
)
from incubator_app.services.entrepreneurs.documents import (
    SharedFiles,
    content_in_database,
    materialise,
    put_content,
    share_missing,
)
from incubator_app.services.records import (
    get_or_raise,
    record_audit,
    snapshot,
    to_view,
    unit_of_work,
)
from incubator_app.services.toolbox.access import require_edit
from incubator_app.services.toolbox.extraction import extract_text
from incubator_app.services.toolbox.sheets import _visible_or_raise
from incubator_app.services.validation import Validator

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
#: The attachments' text kept for the index, per sheet (PostgreSQL's tsvector holds 1 MB).
MAX_SHEET_ATTACHMENTS_CHARS = 300_000
_SNAPSHOT = ["sheet_id", "content_hash", "original_name", "size_bytes", "extraction_note"]


@dataclass(frozen=True)
class AttachmentView:
    id: int
    sheet_id: int
    content_hash: str
    original_name: str
    mime_type: str | None
    size_bytes: int
    extraction_note: ExtractionNote | None
    created_at: datetime
    uploaded_by_id: int | None = None
    version: int = 1  # 1 for the first file of this name on the sheet, then 2, 3…
    versions: int = 1  # how many files of this name the sheet has

    @property
    def display_name(self) -> str:
        return safe_display_name(self.original_name)

    @property
    def is_latest(self) -> bool:
        return self.version == self.versions


def _name_key(name: str) -> str:
    return safe_display_name(name).casefold()


def with_versions(views: list[AttachmentView]) -> list[AttachmentView]:
    """The views (in id order) with their version among the files of the same name."""
    totals: dict[str, int] = {}
    for view in views:
        totals[_name_key(view.original_name)] = totals.get(_name_key(view.original_name), 0) + 1
    seen: dict[str, int] = {}
    out = []
    for view in views:
        key = _name_key(view.original_name)
        seen[key] = seen.get(key, 0) + 1
        out.append(replace(view, version=seen[key], versions=totals[key]))
    return out


def toolbox_files_dir() -> Path:
    return data_dir() / "toolbox"


def stored_path(content_hash: str) -> Path:
    return toolbox_files_dir() / content_hash[:2] / content_hash


def _store(content: bytes, content_hash: str) -> bool:
    """Puts the content in place; True when this call created the stored file."""
    target = stored_path(content_hash)
    if target.exists() and target.stat().st_size == len(content):
        return False
    make_private_folder_tree(target.parent, data_dir())
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return True


def _referenced(session: Session, content_hash: str) -> bool:
    query = select(func.count()).where(ToolboxAttachment.content_hash == content_hash)
    return (session.scalar(query) or 0) > 0


def _refresh_sheet_text(session: Session, sheet: ToolboxSheet) -> None:
    """The sheet's searchable attachments text: each file's name and text, oldest first; of
    the versions of a file, the newest only."""
    rows = session.execute(
        select(ToolboxAttachment.original_name, ToolboxAttachment.extracted_text)
        .where(ToolboxAttachment.sheet_id == sheet.id)
        .order_by(ToolboxAttachment.id)
    ).all()
    newest = {_name_key(name): i for i, (name, _body) in enumerate(rows)}
    kept = [row for i, row in enumerate(rows) if newest[_name_key(row[0])] == i]
    text = "\n\n".join(f"{name}\n{body or ''}".strip() for name, body in kept)
    text = text[:MAX_SHEET_ATTACHMENTS_CHARS]
    row = session.get(ToolboxFilesText, sheet.id)
    if not text:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(ToolboxFilesText(sheet_id=sheet.id, joined_text=text))
    elif row.joined_text != text:
        row.joined_text = text


def attach_file(
    session: Session,
    sheet_id: int,
    source: bytes | str | Path,
    *,
    original_name: str | None = None,
    actor: Actor,
) -> AttachmentView:
    """Attaches bytes or the file at a path to a sheet its author (or a publisher) may edit.
    A damaged or password-protected file is kept with a note, never refused for that."""
    v = Validator()
    if isinstance(source, str):
        source = Path(source)
    if isinstance(source, Path):
        if not source.is_file():
            v.add(
                "content",
                msg(QT_TRANSLATE_NOOP("Validation", "No file at {path}."), path=str(source)),
            )
            v.raise_if_any()
        if source.stat().st_size > MAX_ATTACHMENT_BYTES:
            content = b""
            size = source.stat().st_size
        else:
            content = source.read_bytes()
            size = len(content)
        original_name = original_name or source.name
    else:
        content = bytes(source)
        size = len(content)
    name = clean_document_name(v, PurePath(PureWindowsPath(original_name or "").name).name.strip())
    if size > MAX_ATTACHMENT_BYTES:
        v.add(
            "content",
            msg(
                QT_TRANSLATE_NOOP(
                    "Validation", "The file is too large ({size} MB; at most {max} MB)."
                ),
                size=f"{size / 1024 / 1024:.1f}",
                max=MAX_ATTACHMENT_BYTES // (1024 * 1024),
            ),
        )
    sheet = get_or_raise(session, ToolboxSheet, sheet_id)
    require_edit(actor, sheet)
    v.raise_if_any()

    extracted = extract_text(content, name)
    content_hash = hashlib.sha256(content).hexdigest()
    created_file = _store(content, content_hash)
    try:
        with unit_of_work(session):
            attachment = ToolboxAttachment(
                sheet_id=sheet.id,
                content_hash=content_hash,
                original_name=name,
                mime_type=mimetypes.guess_type(name)[0],
                size_bytes=size,
                extracted_text=extracted.text or None,
                extraction_note=extracted.note,
                uploaded_by_id=actor.user_id,
            )
            session.add(attachment)
            session.flush()
            put_content(session, content_hash, lambda: content, name)
            _refresh_sheet_text(session, sheet)
            version = sum(
                1
                for (other,) in session.execute(
                    select(ToolboxAttachment.original_name).where(
                        ToolboxAttachment.sheet_id == sheet.id
                    )
                )
                if _name_key(other) == _name_key(name)
            )
            record_audit(
                session,
                actor,
                "toolbox_attachment",
                attachment.id,
                "create",
                {**snapshot(attachment, _SNAPSHOT), "version": version},
            )
    except BaseException:
        if created_file and not _referenced(session, content_hash):
            stored_path(content_hash).unlink(missing_ok=True)
        raise
    return to_view(attachment, AttachmentView, version=version, versions=version)


def list_attachments(session: Session, sheet_id: int, *, actor: Actor) -> list[AttachmentView]:
    _visible_or_raise(session, sheet_id, actor)
    rows = session.scalars(
        select(ToolboxAttachment)
        .where(ToolboxAttachment.sheet_id == sheet_id)
        .order_by(ToolboxAttachment.id)
    )
    return with_versions([to_view(a, AttachmentView) for a in rows])


def attachment_path(session: Session, attachment_id: int, *, actor: Actor) -> Path:
    """Where to open the file from (read-only: the stored copy is shared by content)."""
    attachment = get_or_raise(session, ToolboxAttachment, attachment_id)
    _visible_or_raise(session, attachment.sheet_id, actor)
    path = stored_path(attachment.content_hash)
    if not path.is_file() and content_in_database(session):  # attached on another PC
        materialise(session, attachment.content_hash, path, attachment.original_name)
    if not path.is_file():
        raise NotFound(
            msg(
                QT_TRANSLATE_NOOP(
                    "Errors", "The file of “{name}” is missing from the documents folder {folder}."
                ),
                name=safe_display_name(attachment.original_name),
                folder=str(toolbox_files_dir()),
            )
        )
    return path


def remove_attachment(session: Session, attachment_id: int, *, actor: Actor) -> None:
    with unit_of_work(session):
        attachment = get_or_raise(session, ToolboxAttachment, attachment_id)
        sheet = get_or_raise(session, ToolboxSheet, attachment.sheet_id)
        require_edit(actor, sheet)
        content_hash = attachment.content_hash
        record_audit(
            session,
            actor,
            "toolbox_attachment",
            attachment.id,
            "delete",
            snapshot(attachment, _SNAPSHOT),
        )
        session.delete(attachment)
        session.flush()  # the database's copy of the content goes by trigger (models/document.py)
        _refresh_sheet_text(session, sheet)
    if not _referenced(session, content_hash):
        stored_path(content_hash).unlink(missing_ok=True)


def share_local_attachments(session: Session, *, actor: Actor) -> SharedFiles:
    """Puts into the database the attachments of this computer's toolbox folder that it lacks
    (attached before the database kept them): run once on each computer (PostgreSQL)."""
    require(actor, Permission.WRITE_TOOLBOX)
    return share_missing(session, (ToolboxAttachment,), stored_path)
