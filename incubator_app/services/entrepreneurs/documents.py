"""Files attached to an entrepreneur (CV, business plan, signed CAPE, attendance sheets…).

Content is stored once by SHA-256 under `documents_dir()/<first 2 hex>/<digest>`: the same file
attached twice (or to two people) takes the space once. The bytes are written atomically before
the row, so a row never points at a half-written file; if the transaction then fails, a file
this call created is removed again, so neither an orphan row nor an orphan file stays behind.

On PostgreSQL (one database shared by several PCs) the bytes also go into `stored_file_content`,
in the transaction that adds the row naming them (`save_content`); the data folder is then a
cache: a PC that lacks the file copies it from the database when it is opened (`stored_file_path`,
the hash checked). On SQLite the data folder alone holds the files, as before.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePath, PureWindowsPath

from sqlalchemy import delete, func, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from incubator_app.db.paths import data_dir, documents_dir, stored_document_path
from incubator_app.errors import DomainError, NotFound
from incubator_app.file_modes import make_private_folder_tree
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import (
    Document,
    Entrepreneur,
    EventMaterial,
    StoredFileContent,
    ToolboxAttachment,
)
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.entrepreneurs.document_names import (
    clean_document_name,
    safe_display_name,
)
from incubator_app.services.records import (
    get_or_raise,
    load_for_update,
    record_audit,
    snapshot,
    to_view,
    unit_of_work,
)
from incubator_app.services.sites.scope import check_record_of_people
from incubator_app.services.validation import Validator

MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
DEFAULT_DOC_TYPE = "other"
_CHUNK = 1024 * 1024
_SNAPSHOT = [
    "entrepreneur_id",
    "content_hash",
    "original_name",
    "doc_type",
    "mime_type",
    "size_bytes",
]


@dataclass(frozen=True)
class DocumentView:
    id: int
    entrepreneur_id: int
    content_hash: str
    # As stored: show it through `display_name` (or `safe_display_name`), never raw.
    original_name: str
    doc_type: str
    mime_type: str | None
    size_bytes: int
    uploaded_by_id: int | None
    created_at: datetime
    version_id: int

    @property
    def display_name(self) -> str:
        """The name with any control or bidirectional character shown escaped."""
        return safe_display_name(self.original_name)


def stored_path(content_hash: str) -> Path:
    return stored_document_path(content_hash)


def _base_name(name: str) -> str:
    """Only the file name is kept: a path typed or dropped on any OS never leaks into storage
    (what is left is checked by `document_names.clean_document_name`)."""
    return PurePath(PureWindowsPath(name).name).name.strip()


def _too_big(size: int) -> dict:
    return {
        "content": msg(
            QT_TRANSLATE_NOOP("Validation", "The file is too large ({size} MB; at most {max} MB)."),
            size=f"{size / 1024 / 1024:.1f}",
            max=MAX_DOCUMENT_BYTES // (1024 * 1024),
        )
    }


def _write_atomically(chunks, target: Path) -> None:
    """Temp file in the target's folder, fsync, then os.replace: readers see all or nothing.
    The folders are their owner's only, as the stored file is (mkstemp's 0600)."""
    make_private_folder_tree(target.parent, data_dir())
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def _hash_source(source: bytes | Path) -> tuple[str, int]:
    if isinstance(source, bytes):
        return hashlib.sha256(source).hexdigest(), len(source)
    digest = hashlib.sha256()
    size = 0
    with open(source, "rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _iter_source(source: bytes | Path):
    if isinstance(source, bytes):
        yield source
        return
    with open(source, "rb") as f:
        while chunk := f.read(_CHUNK):
            yield chunk


def _store(source: bytes | Path, content_hash: str, size: int) -> bool:
    """Puts the content in place; returns True when this call created the stored file."""
    target = stored_path(content_hash)
    if target.exists() and target.stat().st_size == size:
        return False  # same content already stored (a damaged copy of another size is redone)
    _write_atomically(_iter_source(source), target)
    return True


def _referenced(session: Session, content_hash: str) -> bool:
    """Whether a row still names this content: a document, or an event's material (the same
    store serves both, services/events/materials.py)."""
    for model in (Document, EventMaterial):
        query = select(func.count()).select_from(model).where(model.content_hash == content_hash)
        if (session.scalar(query) or 0) > 0:
            return True
    return False


content_referenced = _referenced

#: The rows that name a content of the database's copy (`stored_file_content`): the
#: toolbox's attachments keep their own folder on each PC but share the database's copy.
_CONTENT_OWNERS = (Document, EventMaterial, ToolboxAttachment)


def _content_in_use(session: Session, content_hash: str) -> bool:
    for model in _CONTENT_OWNERS:
        query = select(func.count()).select_from(model).where(model.content_hash == content_hash)
        if (session.scalar(query) or 0) > 0:
            return True
    return False


_CONTENT = StoredFileContent.__table__
# How long attaching or discarding a content waits for another PC doing the same to finish.
_CONTENT_LOCK_WAIT = "10s"


def content_in_database(session: Session) -> bool:
    """Whether the files' bytes are kept in the database too (a shared PostgreSQL)."""
    return session.get_bind().dialect.name == "postgresql"


def lock_content(session: Session, content_hash: str) -> None:
    """Until the transaction ends: one PC adding a row that names the content while another
    discards it would otherwise leave a row whose content is gone (PostgreSQL only)."""
    session.execute(text(f"SET LOCAL lock_timeout = '{_CONTENT_LOCK_WAIT}'"))
    session.execute(select(func.pg_advisory_xact_lock(int(content_hash[:15], 16))))


def save_content(session: Session, stored: StoredFile) -> None:
    """Puts the stored file's bytes in the database, in the caller's transaction, after the row
    naming them is flushed (nothing on SQLite; nothing when the content is there already)."""
    put_content(session, stored.content_hash, lambda: stored_path(stored.content_hash), stored.name)


def put_content(
    session: Session, content_hash: str, source: Callable[[], bytes | Path], name: str
) -> None:
    """Puts a content's bytes in the database (PostgreSQL), in the caller's transaction, once:
    `source` gives them (or the stored file holding them) only when the database lacks them.
    Documents, event materials and the toolbox's attachments share this copy."""
    if not content_in_database(session):
        return
    lock_content(session, content_hash)
    there = select(_CONTENT.c.size_bytes).where(_CONTENT.c.content_hash == content_hash)
    if session.execute(there).first() is not None:
        return
    data = source()
    if isinstance(data, Path):
        data = data.read_bytes()
    if hashlib.sha256(data).hexdigest() != content_hash:  # changed under our feet
        raise DomainError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Errors", "The stored copy of “{name}” changed while it was being saved."
                ),
                name=safe_display_name(name),
            )
        )
    session.execute(
        pg_insert(_CONTENT)
        .values(content_hash=content_hash, size_bytes=len(data), content=data)
        .on_conflict_do_nothing(index_elements=["content_hash"])
    )


def delete_contents(session: Session, hashes: list[str]) -> None:
    """In the caller's transaction: the database's copy of each content no row names any more
    (PostgreSQL; on a secured server, a policy keeps any content another site still uses)."""
    if not content_in_database(session):
        return
    for content_hash in sorted(hashes):  # locks in one order
        lock_content(session, content_hash)
        if not _content_in_use(session, content_hash):
            session.execute(delete(_CONTENT).where(_CONTENT.c.content_hash == content_hash))


@dataclass(frozen=True)
class SharedFiles:
    uploaded: int  # contents this computer put into the database
    not_here: int  # contents the database lacks and this computer's data folder too


def share_local_files(session: Session, *, actor: Actor) -> SharedFiles:
    """Puts into the database the files of this computer's data folder that rows name and the
    database lacks (attached before it kept them, migration 0040): run once on each computer
    that attached documents. One transaction per file; nothing to do on SQLite."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    return share_missing(session, (Document, EventMaterial), stored_path)


def share_missing(session: Session, models, path_of: Callable[[str], Path]) -> SharedFiles:
    """Puts into the database the contents that rows of `models` name and it lacks, from this
    computer's files (`path_of(hash)`); one transaction per file; nothing on SQLite."""
    if not content_in_database(session):
        return SharedFiles(0, 0)
    named = (
        select(model.content_hash)
        .where(~select(_CONTENT.c.content_hash)
               .where(_CONTENT.c.content_hash == model.content_hash).exists())
        for model in models
    )  # fmt: skip
    missing = sorted({h for query in named for h in session.scalars(query)})
    session.rollback()  # end the read: each file then gets a transaction of its own
    uploaded = not_here = 0
    for content_hash in missing:
        path = path_of(content_hash)
        if not path.is_file() or _hash_source(path)[0] != content_hash:
            not_here += 1
            continue
        with unit_of_work(session):
            put_content(session, content_hash, lambda path=path: path, path.name)
        uploaded += 1
    return SharedFiles(uploaded, not_here)


def discard_unreferenced(session: Session, content_hash: str) -> None:
    """Removes the stored content once no row names it (after the commit that removed one):
    the file of the data folder, and on PostgreSQL the database's copy."""
    if content_in_database(session):
        with unit_of_work(session):
            delete_contents(session, [content_hash])
    if not _referenced(session, content_hash):
        stored_path(content_hash).unlink(missing_ok=True)


@dataclass(frozen=True)
class StoredFile:
    content_hash: str
    size: int
    name: str
    mime_type: str | None
    created: bool  # this call wrote the stored file (to remove it again if the row fails)


def check_file(
    v: Validator, source: bytes | str | Path, original_name: str | None
) -> tuple[bytes | Path, str]:
    """The checks of any stored file: it exists, its name is safe, it is not too large.
    Problems go to `v`; returns the source and the clean name."""
    if isinstance(source, str):
        source = Path(source)
    size = 0
    if isinstance(source, Path):
        if not source.is_file():
            v.add(
                "content",
                msg(QT_TRANSLATE_NOOP("Validation", "No file at {path}."), path=str(source)),
            )
            return source, ""
        size = source.stat().st_size
        if original_name is None:
            original_name = source.name
    elif isinstance(source, bytes | bytearray):
        source = bytes(source)
        size = len(source)
    else:
        v.add("content", msg(QT_TRANSLATE_NOOP("Validation", "A file is expected.")))
        return source, ""
    if isinstance(original_name, str):
        name = clean_document_name(v, _base_name(original_name))
    else:
        name = ""
        v.required("original_name", None)
    if size > MAX_DOCUMENT_BYTES:
        v.errors.update(_too_big(size))
    return source, name


def store_file(source: bytes | Path, name: str) -> StoredFile:
    """Puts checked content in the store (by its hash); ValidationError if it grew too large."""
    content_hash, size = _hash_source(source)
    if size > MAX_DOCUMENT_BYTES:  # the file grew between stat() and reading it
        v = Validator()
        v.errors.update(_too_big(size))
        v.raise_if_any()
    created = _store(source, content_hash, size)
    return StoredFile(content_hash, size, name, mimetypes.guess_type(name)[0], created)


def materialise(session: Session, content_hash: str, path: Path, original_name: str) -> None:
    """Copies the database's bytes into the data folder, once their hash is checked."""
    data = session.scalar(select(_CONTENT.c.content).where(_CONTENT.c.content_hash == content_hash))
    if data is None:
        return
    data = bytes(data)
    if hashlib.sha256(data).hexdigest() != content_hash:
        raise DomainError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Errors", "The file of “{name}” is damaged in the database (its hash differs)."
                ),
                name=safe_display_name(original_name),
            )
        )
    _write_atomically([data], path)


def stored_file_path(content_hash: str, original_name: str, session: Session | None = None) -> Path:
    """The stored copy to open (read only: it is shared by content); NotFound when missing.
    With a session on PostgreSQL, a copy missing here is fetched from the database first."""
    path = stored_path(content_hash)
    if not path.is_file() and session is not None and content_in_database(session):
        materialise(session, content_hash, path, original_name)
    if not path.is_file():
        raise NotFound(
            msg(
                QT_TRANSLATE_NOOP(
                    "Errors", "The file of “{name}” is missing from the documents folder {folder}."
                ),
                name=safe_display_name(original_name),
                folder=str(documents_dir()),
            )
        )
    return path


def attach_document(
    session: Session,
    entrepreneur_id: int,
    source: bytes | str | Path,
    *,
    original_name: str | None = None,
    doc_type: str = DEFAULT_DOC_TYPE,
    actor: Actor,
) -> DocumentView:
    """Attaches bytes, or the file at a path (read in chunks, never whole in memory)."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    v = Validator()
    source, name = check_file(v, source, original_name)
    if not isinstance(source, bytes) and not (isinstance(source, Path) and source.is_file()):
        v.raise_if_any()  # nothing to read: the other checks would only add noise
    doc_type = doc_type.strip() if isinstance(doc_type, str) else doc_type
    if v.required("doc_type", doc_type if isinstance(doc_type, str) else None):
        v.max_length("doc_type", doc_type, 40)
    if session.get(Entrepreneur, entrepreneur_id) is None:
        v.add(
            "entrepreneur_id",
            msg(
                QT_TRANSLATE_NOOP("Validation", "No {entity} with id {id}."),
                entity="entrepreneur",
                id=entrepreneur_id,
            ),
        )
    v.raise_if_any()

    stored = store_file(source, name)
    content_hash, created_file = stored.content_hash, stored.created
    try:
        with unit_of_work(session):
            doc = Document(
                entrepreneur_id=entrepreneur_id,
                content_hash=content_hash,
                original_name=name,
                doc_type=doc_type,
                mime_type=stored.mime_type,
                size_bytes=stored.size,
                uploaded_by_id=actor.user_id,
            )
            session.add(doc)
            session.flush()
            save_content(session, stored)
            record_audit(session, actor, "document", doc.id, "create", snapshot(doc, _SNAPSHOT))
    except BaseException:
        if created_file and not _referenced(session, content_hash):
            stored_path(content_hash).unlink(missing_ok=True)
        raise
    return to_view(doc, DocumentView)


def list_documents(session: Session, entrepreneur_id: int, *, actor: Actor) -> list[DocumentView]:
    """Newest first."""
    require(actor, Permission.VIEW)
    get_or_raise(session, Entrepreneur, entrepreneur_id)
    query = (
        select(Document)
        .where(Document.entrepreneur_id == entrepreneur_id)
        .order_by(Document.created_at.desc(), Document.id.desc())
    )
    return [to_view(d, DocumentView) for d in session.scalars(query)]


_DOCUMENT = QT_TRANSLATE_NOOP("Sites", "Document")


def get_document(session: Session, document_id: int, *, actor: Actor) -> DocumentView:
    require(actor, Permission.VIEW)
    doc = get_or_raise(session, Document, document_id)
    check_record_of_people(session, actor, _DOCUMENT, doc.id, [doc.entrepreneur_id])
    return to_view(doc, DocumentView)


def document_path(session: Session, document_id: int, *, actor: Actor) -> Path:
    """Where to open the file from (read-only use: the stored copy is shared by content)."""
    require(actor, Permission.VIEW)
    doc = get_or_raise(session, Document, document_id)
    check_record_of_people(session, actor, _DOCUMENT, doc.id, [doc.entrepreneur_id])
    return stored_file_path(doc.content_hash, doc.original_name, session)


def remove_document(
    session: Session, document_id: int, *, expected_version: int | None, actor: Actor
) -> None:
    """Deletes the row; the stored file goes too once no other row uses the same content.
    The file is removed only after the commit, so a failed transaction never loses content."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    with unit_of_work(session):
        doc = load_for_update(session, Document, document_id, expected_version)
        content_hash = doc.content_hash
        record_audit(session, actor, "document", doc.id, "delete", snapshot(doc, _SNAPSHOT))
        session.delete(doc)
    discard_unreferenced(session, content_hash)
