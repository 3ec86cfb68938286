"""A backup of a SQLite database is one ZIP file holding everything needed to restore it: the
database (a SQLite online-backup copy), every document it references (stored by content hash
under the documents folder) and a manifest (format, application version, schema revision, date,
size and SHA-256 of every member). No Qt.

Restoring checks the whole archive before touching anything: only the names this module writes
are accepted (no `../`, no absolute names, no links, no other files), the sizes are bounded and
must fit on the disk, every member must match the manifest's hash, the database inside must pass
`integrity_check` and not come from a newer version. Then the documents it needs are put in the
documents folder (each by an atomic rename; the folder only gains files, which are named by
their content, so nothing the current database uses is lost), and the database is copied in
through SQLite's backup API (one locked transaction: all or nothing)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import stat
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from incubator_app import __version__, clock
from incubator_app.db.paths import data_dir, stored_document_path
from incubator_app.errors import StorageError
from incubator_app.file_modes import make_private, make_private_folder_tree
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg

FORMAT = "incubator_app backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE = "database.sqlite3"
_DOCUMENT = re.compile(r"documents/([0-9a-f]{2})/([0-9a-f]{64})")
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_MEMBERS = 1_000_000
# Beyond these a file is no backup of ours: refused before anything is unpacked.
MAX_DATABASE_BYTES = 64 * 1024**3
MAX_DOCUMENT_BYTES = 64 * 1024**2  # the application takes documents of 50 MB at most
# A big member may be compressed at most this much (a zip bomb is, by thousands of times).
MAX_RATIO = 500
_RATIO_FROM_BYTES = 16 * 1024**2
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class ArchiveContents:
    """What a verified archive holds, as the manifest says."""

    revision: str | None
    app_version: str
    created: str
    documents: tuple[str, ...]  # content hashes


def _error(text: tuple[str, str], **params: object) -> StorageError:
    return StorageError(msg(text, **params))


def _bad(path: Path, reason: tuple[str, str], **params: object) -> StorageError:
    return StorageError(
        msg(
            QT_TRANSLATE_NOOP("Storage", "{path} is not a usable backup: {reason}"),
            path=str(path),
            reason=msg(reason, **params),
        )
    )


def _sha256_of(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


# -- writing -------------------------------------------------------------------------------------


def referenced_documents(database: Path) -> list[str]:
    """The content hashes the database's documents and events' materials point to (one store)."""
    conn = sqlite3.connect(f"file:{database.as_posix()}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        found: set[str] = set()
        for table in ("document", "event_material"):
            if table in tables:
                found.update(r[0] for r in conn.execute(f"SELECT content_hash FROM {table}"))
        return sorted(h for h in found if isinstance(h, str) and len(h) == 64)
    finally:
        conn.close()


def _revision(database: Path) -> str | None:
    conn = sqlite3.connect(f"file:{database.as_posix()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def write_backup_archive(database_copy: Path, dest: Path) -> list[str]:
    """Writes the archive of `database_copy` (a consistent copy, not the live file) and its
    documents to `dest`, atomically (a `.part` file renamed when complete), readable by its
    owner only. Returns the hashes of documents the database names but the folder lacks (the
    archive is still written: the caller says which are missing)."""
    members: dict[str, dict[str, object]] = {}
    missing: list[str] = []
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.{os.getpid()}.", suffix=".part",
                                    dir=dest.parent)  # fmt: skip
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            digest, size = _sha256_of(database_copy)
            archive.write(database_copy, DATABASE)
            members[DATABASE] = {"sha256": digest, "size": size}
            for content_hash in referenced_documents(database_copy):
                source = stored_document_path(content_hash)
                if not source.is_file():
                    missing.append(content_hash)
                    continue
                digest, size = _sha256_of(source)
                if digest != content_hash:  # a damaged stored copy is no copy
                    missing.append(content_hash)
                    continue
                name = f"documents/{content_hash[:2]}/{content_hash}"
                archive.write(source, name, compress_type=zipfile.ZIP_STORED)
                members[name] = {"sha256": digest, "size": size}
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "app_version": __version__,
                "schema_revision": _revision(database_copy),
                "created": clock.now_utc().isoformat(timespec="seconds"),
                "members": members,
                "missing_documents": missing,
            }
            archive.writestr(MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
        with tmp.open("rb") as handle:
            os.fsync(handle.fileno())
        make_private(tmp)
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return missing


# -- checking ------------------------------------------------------------------------------------


def is_backup_archive(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def _read_manifest(archive: zipfile.ZipFile, path: Path) -> dict:
    try:
        info = archive.getinfo(MANIFEST)
    except KeyError:
        raise _bad(path, QT_TRANSLATE_NOOP("Storage", "it has no manifest.")) from None
    if info.file_size > MAX_MANIFEST_BYTES:
        raise _bad(path, QT_TRANSLATE_NOOP("Storage", "its manifest is too large."))
    try:
        manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
    except (ValueError, UnicodeDecodeError, zipfile.BadZipFile, OSError) as exc:
        raise _bad(path, QT_TRANSLATE_NOOP("Storage", "its manifest cannot be read.")) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _bad(path, QT_TRANSLATE_NOOP("Storage", "it is not an incubator backup."))
    if not isinstance(manifest.get("format_version"), int) or manifest["format_version"] > 1:
        raise _bad(
            path, QT_TRANSLATE_NOOP("Storage", "it was written by a newer version of the app.")
        )
    if not isinstance(manifest.get("members"), dict):
        raise _bad(path, QT_TRANSLATE_NOOP("Storage", "its manifest lists no files."))
    return manifest


def _check_members(archive: zipfile.ZipFile, manifest: dict, path: Path) -> int:
    """Every name is one this module writes, no link, sizes bounded and as the manifest says.
    Returns the bytes the restore will unpack."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _bad(path, QT_TRANSLATE_NOOP("Storage", "it holds too many files."))
    listed = manifest["members"]
    seen = set()
    total = 0
    for info in infos:
        name = info.filename
        if name in seen:
            raise _bad(path, QT_TRANSLATE_NOOP("Storage", "it holds {name} twice."), name=name)
        seen.add(name)
        if name == MANIFEST:
            continue
        if name != DATABASE and not _DOCUMENT.fullmatch(name):
            raise _bad(
                path,
                QT_TRANSLATE_NOOP("Storage", "it holds an unexpected file name: {name}"),
                name=name[:200].encode("unicode_escape").decode("ascii"),
            )
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode) or info.is_dir():
            raise _bad(path, QT_TRANSLATE_NOOP("Storage", "{name} is a link."), name=name)
        limit = MAX_DATABASE_BYTES if name == DATABASE else MAX_DOCUMENT_BYTES
        expected = listed.get(name)
        if (
            not isinstance(expected, dict)
            or expected.get("size") != info.file_size
            or info.file_size > limit
            or (
                info.file_size > _RATIO_FROM_BYTES
                and info.file_size > MAX_RATIO * info.compress_size
            )
        ):
            raise _bad(
                path,
                QT_TRANSLATE_NOOP("Storage", "{name} does not match the manifest."),
                name=name,
            )
        total += info.file_size
    absent = sorted(set(listed) - seen)
    if DATABASE not in seen or absent:
        raise _bad(
            path,
            QT_TRANSLATE_NOOP("Storage", "{name} is missing."),
            name=(absent or [DATABASE])[0],
        )
    return total


def _unpack(archive: zipfile.ZipFile, name: str, expected: dict, target: Path, path: Path) -> None:
    """Copies one member to `target`, never more bytes than declared, checking its hash."""
    digest = hashlib.sha256()
    size = 0
    with archive.open(name) as source, target.open("wb") as out:
        while chunk := source.read(_CHUNK):
            size += len(chunk)
            if size > expected["size"]:
                break
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    if size != expected["size"] or digest.hexdigest() != expected.get("sha256"):
        raise _bad(path, QT_TRANSLATE_NOOP("Storage", "{name} is damaged."), name=name)


@dataclass
class UnpackedBackup:
    """A verified archive unpacked in a private temporary folder; `cleanup()` removes it."""

    folder: Path
    database: Path
    documents: dict[str, Path]  # content hash -> unpacked file
    contents: ArchiveContents

    def cleanup(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def unpack_backup_archive(path: Path, work_dir: Path) -> UnpackedBackup:
    """Verifies `path` and unpacks it into a new private folder under `work_dir`; raises
    StorageError naming the first problem (and leaves nothing behind)."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _bad(path, QT_TRANSLATE_NOOP("Storage", "it is not a readable archive.")) from exc
    folder = Path(tempfile.mkdtemp(prefix=f".restore.{os.getpid()}.", suffix=".work", dir=work_dir))
    try:
        with archive:
            manifest = _read_manifest(archive, path)
            needed = _check_members(archive, manifest, path)
            free = shutil.disk_usage(work_dir).free
            if needed > free:
                raise _error(
                    QT_TRANSLATE_NOOP(
                        "Storage", "Restoring {path} needs {size} MB of free disk space."
                    ),
                    path=str(path),
                    size=needed // (1024 * 1024) + 1,
                )
            members = manifest["members"]
            database = folder / DATABASE
            _unpack(archive, DATABASE, members[DATABASE], database, path)
            documents: dict[str, Path] = {}
            for name in members:
                found = _DOCUMENT.fullmatch(name)
                if found is None:
                    continue
                content_hash = found.group(2)
                if members[name].get("sha256") != content_hash:
                    raise _bad(path, QT_TRANSLATE_NOOP("Storage", "{name} is damaged."), name=name)
                target = folder / content_hash
                _unpack(archive, name, members[name], target, path)
                documents[content_hash] = target
        contents = ArchiveContents(
            revision=manifest.get("schema_revision"),
            app_version=str(manifest.get("app_version", "?")),
            created=str(manifest.get("created", "?")),
            documents=tuple(sorted(documents)),
        )
        return UnpackedBackup(folder, database, documents, contents)
    except zipfile.BadZipFile as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise _bad(path, QT_TRANSLATE_NOOP("Storage", "it is not a readable archive.")) from exc
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def put_documents_back(unpacked: UnpackedBackup) -> int:
    """Puts each document the restored database needs into the documents folder (an atomic
    rename per file; one already there with the right content stays). Returns how many were
    put back."""
    put = 0
    for content_hash, source in unpacked.documents.items():
        target = stored_document_path(content_hash)
        if target.is_file() and _sha256_of(target)[0] == content_hash:
            continue
        make_private_folder_tree(target.parent, data_dir())
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        os.close(fd)
        try:
            shutil.copyfile(source, tmp_name)
            os.replace(tmp_name, target)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        put += 1
    return put
