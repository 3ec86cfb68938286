"""Attached documents: content-addressed storage, size limit, no orphans, removal, roles."""

from __future__ import annotations

import hashlib

import pytest
from helpers_people import count_rows, make_actor, make_entrepreneur
from sqlalchemy import delete, event, select

from incubator_app.db.paths import documents_dir
from incubator_app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from incubator_app.models import AuditEntry, Document, Role, StoredFileContent
from incubator_app.services.entrepreneurs.documents import (
    MAX_DOCUMENT_BYTES,
    attach_document,
    document_path,
    list_documents,
    remove_document,
)

pytestmark = pytest.mark.core

PDF = b"%PDF-1.4 Dossier de candidature - Th\xc3\xa9\xc3\xa2tre\n"


def _stored_files() -> list:
    root = documents_dir()
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_bytes_are_stored_by_hash_with_name_type_and_size(session, admin) -> None:
    person = make_entrepreneur(session, admin)
    doc = attach_document(
        session,
        person.id,
        PDF,
        original_name="Candidature Théâtre.pdf",
        doc_type="application",
        actor=admin,
    )
    digest = hashlib.sha256(PDF).hexdigest()
    assert doc.content_hash == digest
    assert (doc.original_name, doc.doc_type, doc.mime_type, doc.size_bytes) == (
        "Candidature Théâtre.pdf",
        "application",
        "application/pdf",
        len(PDF),
    )
    assert doc.uploaded_by_id == admin.user_id
    path = document_path(session, doc.id, actor=admin)
    assert path == documents_dir() / digest[:2] / digest
    assert path.read_bytes() == PDF
    assert _stored_files() == [path]  # no temp file left behind
    audit = session.scalar(select(AuditEntry).where(AuditEntry.entity == "document"))
    assert (audit.action, audit.entity_id, audit.changes["original_name"]) == (
        "create",
        doc.id,
        "Candidature Théâtre.pdf",
    )


def test_a_path_is_read_and_only_its_file_name_is_kept(session, admin, tmp_path) -> None:
    person = make_entrepreneur(session, admin)
    source = tmp_path / "Budget prévisionnel.xlsx"
    source.write_bytes(b"PK\x03\x04 fake workbook")
    by_path = attach_document(session, person.id, source, actor=admin)
    assert by_path.original_name == "Budget prévisionnel.xlsx"
    assert by_path.size_bytes == source.stat().st_size
    assert by_path.mime_type == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    windows = attach_document(
        session, person.id, b"cv", original_name=r"C:\Users\lea\Documents\CV.txt", actor=admin
    )
    assert windows.original_name == "CV.txt"
    assert [d.id for d in list_documents(session, person.id, actor=admin)] == [
        windows.id,
        by_path.id,
    ]


def test_same_content_is_stored_once_and_removed_with_its_last_row(session, admin) -> None:
    a = make_entrepreneur(session, admin, first_name="Ana")
    b = make_entrepreneur(session, admin, first_name="Bea")
    first = attach_document(session, a.id, PDF, original_name="convention.pdf", actor=admin)
    second = attach_document(session, b.id, PDF, original_name="copie.pdf", actor=admin)
    assert first.content_hash == second.content_hash
    assert len(_stored_files()) == 1
    remove_document(session, first.id, expected_version=first.version_id, actor=admin)
    assert count_rows(session, Document) == 1
    assert document_path(session, second.id, actor=admin).read_bytes() == PDF
    remove_document(session, second.id, expected_version=second.version_id, actor=admin)
    assert count_rows(session, Document) == 0
    assert _stored_files() == []
    deletes = session.scalars(
        select(AuditEntry.entity_id).where(
            AuditEntry.entity == "document", AuditEntry.action == "delete"
        )
    ).all()
    assert sorted(deletes) == sorted([first.id, second.id])


def test_too_large_is_refused_before_anything_is_written(session, admin) -> None:
    person = make_entrepreneur(session, admin)
    with pytest.raises(ValidationError) as err:
        attach_document(
            session, person.id, bytes(MAX_DOCUMENT_BYTES + 1), original_name="big.wav", actor=admin
        )
    assert set(err.value.field_errors) == {"content"}
    assert "50 MB" in str(err.value)
    assert count_rows(session, Document) == 0
    assert _stored_files() == []


def test_field_errors_for_name_type_and_owner(session, admin) -> None:
    with pytest.raises(ValidationError) as err:
        attach_document(session, 9999, b"x", original_name="  ", doc_type="t" * 41, actor=admin)
    assert set(err.value.field_errors) == {"original_name", "doc_type", "entrepreneur_id"}
    assert _stored_files() == []


def test_failed_transaction_leaves_no_row_and_no_file(session, admin) -> None:
    person = make_entrepreneur(session, admin)

    def refuse(*_args) -> None:
        raise RuntimeError("database went away")

    event.listen(session, "before_flush", refuse)
    try:
        with pytest.raises(RuntimeError):
            attach_document(session, person.id, PDF, original_name="a.pdf", actor=admin)
    finally:
        event.remove(session, "before_flush", refuse)
    assert count_rows(session, Document) == 0
    assert _stored_files() == []


def test_failed_transaction_keeps_content_other_rows_use(session, admin) -> None:
    person = make_entrepreneur(session, admin)
    kept = attach_document(session, person.id, PDF, original_name="a.pdf", actor=admin)

    def refuse(*_args) -> None:
        raise RuntimeError("database went away")

    event.listen(session, "before_flush", refuse)
    try:
        with pytest.raises(RuntimeError):
            attach_document(session, person.id, PDF, original_name="b.pdf", actor=admin)
    finally:
        event.remove(session, "before_flush", refuse)
    assert document_path(session, kept.id, actor=admin).read_bytes() == PDF


def test_stale_remove_is_a_conflict_and_keeps_the_file(session, admin) -> None:
    person = make_entrepreneur(session, admin)
    doc = attach_document(session, person.id, PDF, original_name="a.pdf", actor=admin)
    with pytest.raises(ConflictError):
        remove_document(session, doc.id, expected_version=doc.version_id + 1, actor=admin)
    assert count_rows(session, Document) == 1
    assert len(_stored_files()) == 1


def test_missing_file_is_reported_clearly(session, admin) -> None:
    person = make_entrepreneur(session, admin)
    doc = attach_document(session, person.id, PDF, original_name="perdu.pdf", actor=admin)
    document_path(session, doc.id, actor=admin).unlink()
    if session.get_bind().dialect.name == "postgresql":
        # The database keeps the content too (test_documents_shared.py): the copy comes back.
        assert document_path(session, doc.id, actor=admin).read_bytes() == PDF
        session.execute(delete(StoredFileContent))
        session.commit()
        document_path(session, doc.id, actor=admin).unlink()
    with pytest.raises(NotFound) as err:
        document_path(session, doc.id, actor=admin)
    assert "perdu.pdf" in str(err.value)
    # Attaching the same content again repairs the stored copy.
    attach_document(session, person.id, PDF, original_name="retrouvé.pdf", actor=admin)
    assert document_path(session, doc.id, actor=admin).read_bytes() == PDF


@pytest.mark.parametrize("role", [Role.VIEWER, Role.COACH])
def test_viewer_and_coach_cannot_attach_or_remove(session, admin, role) -> None:
    person = make_entrepreneur(session, admin)
    doc = attach_document(session, person.id, PDF, original_name="a.pdf", actor=admin)
    someone = make_actor(session, role)
    with pytest.raises(PermissionDenied):
        attach_document(session, person.id, b"other", original_name="b.pdf", actor=someone)
    with pytest.raises(PermissionDenied):
        remove_document(session, doc.id, expected_version=None, actor=someone)
    assert [d.id for d in list_documents(session, person.id, actor=someone)] == [doc.id]
    assert len(_stored_files()) == 1
