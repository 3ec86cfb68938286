"""Documents shared with the database (issue 18): on PostgreSQL the files' bytes are kept in
`stored_file_content`, so a document attached on one PC opens on another (whose data folder
lacks it); removing the last row naming a content removes it from the database too. On
SQLite the data folder alone holds the files."""

from __future__ import annotations

import hashlib
import io
import threading
import time

import pytest
from event_helpers import new_event
from helpers_people import make_entrepreneur
from sqlalchemy import delete, func, select, text, update

from incubator_app.cli import main
from incubator_app.db.paths import documents_dir
from incubator_app.errors import DomainError, NotFound
from incubator_app.models import Document, StoredFileContent
from incubator_app.services.entrepreneurs.documents import (
    attach_document,
    document_path,
    lock_content,
    remove_document,
)
from incubator_app.services.events.materials import attach_material, material_path, remove_material
from incubator_app.services.privacy.access import export_personal_data
from incubator_app.services.privacy.people import PersonRef
from incubator_app.services.toolbox import attachments, sheets

pytestmark = pytest.mark.core

CV = b"%PDF-1.4 CV de Salome Quillembert, comedienne\n"
SLIDES = b"%PDF-1.4 Diaporama de l'atelier\n"
KIT = b"Kit de communication d'un festival de rue\n"


def _on_postgresql(session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _contents(session) -> dict[str, bytes]:
    rows = session.execute(select(StoredFileContent.content_hash, StoredFileContent.content))
    return {h: bytes(c) for h, c in rows}


def _use_pc(monkeypatch, tmp_path, name: str) -> None:
    """Another PC: another, empty, data folder (as the app finds it, db/paths.py)."""
    monkeypatch.setenv("INCUBATOR_APP_DATA_DIR", str(tmp_path / name))


def test_a_document_attached_on_one_pc_opens_on_another(session, admin, monkeypatch, tmp_path):
    _use_pc(monkeypatch, tmp_path, "pc1")
    person = make_entrepreneur(session, admin)
    doc = attach_document(session, person.id, CV, original_name="cv.pdf", actor=admin)
    digest = hashlib.sha256(CV).hexdigest()
    assert document_path(session, doc.id, actor=admin).read_bytes() == CV

    _use_pc(monkeypatch, tmp_path, "pc2")
    assert not documents_dir().exists()
    if not _on_postgresql(session):
        assert _contents(session) == {}  # SQLite: the data folder alone holds the files
        with pytest.raises(NotFound):
            document_path(session, doc.id, actor=admin)
        return
    assert _contents(session) == {digest: CV}
    path = document_path(session, doc.id, actor=admin)
    assert path.parent.parent == documents_dir() == tmp_path / "pc2" / "documents"
    assert path.read_bytes() == CV
    assert [p.name for p in documents_dir().rglob("*") if p.is_file()] == [digest]


def test_a_content_damaged_in_the_database_is_not_copied(session, admin, monkeypatch, tmp_path):
    if not _on_postgresql(session):
        pytest.skip("the content is in the database on PostgreSQL only")
    _use_pc(monkeypatch, tmp_path, "pc1")
    person = make_entrepreneur(session, admin)
    doc = attach_document(session, person.id, CV, original_name="cv.pdf", actor=admin)
    session.execute(update(StoredFileContent).values(content=b"something else"))
    session.commit()
    _use_pc(monkeypatch, tmp_path, "pc2")
    with pytest.raises(DomainError, match="damaged"):
        document_path(session, doc.id, actor=admin)
    assert not documents_dir().exists() or not any(documents_dir().rglob("*"))


def test_removing_the_last_row_naming_a_content_removes_it(session, admin, monkeypatch, tmp_path):
    _use_pc(monkeypatch, tmp_path, "pc1")
    first = make_entrepreneur(session, admin)
    second = make_entrepreneur(session, admin, first_name="Basile", last_name="Ferrandou")
    a = attach_document(session, first.id, CV, original_name="cv.pdf", actor=admin)
    b = attach_document(session, second.id, CV, original_name="cv (2).pdf", actor=admin)
    event = new_event(session, admin)
    slides = attach_material(session, event, SLIDES, original_name="slides.pdf", actor=admin)
    also_cv = attach_material(session, event, CV, original_name="cv.pdf", actor=admin)
    expected = 2 if _on_postgresql(session) else 0
    assert len(_contents(session)) == expected  # each content once, however many rows

    _use_pc(monkeypatch, tmp_path, "pc2")
    if _on_postgresql(session):
        assert material_path(session, slides.id, actor=admin).read_bytes() == SLIDES
    remove_document(session, a.id, expected_version=None, actor=admin)
    remove_material(session, also_cv.id, actor=admin)
    assert len(_contents(session)) == expected  # `b` still names the CV
    if _on_postgresql(session):
        assert document_path(session, b.id, actor=admin).read_bytes() == CV
    remove_document(session, b.id, expected_version=None, actor=admin)
    remove_material(session, slides.id, actor=admin)
    assert session.scalar(select(func.count()).select_from(StoredFileContent)) == 0
    assert not any(p.is_file() for p in documents_dir().rglob("*"))


def test_a_toolbox_file_attached_on_one_pc_opens_on_another(session, admin, monkeypatch, tmp_path):
    """The toolbox's attachments share the database's copy with the documents: the same bytes
    are kept once, and removing the attachment keeps them while a document still names them."""
    _use_pc(monkeypatch, tmp_path, "pc1")
    sheet = sheets.create_sheet(session, {"title": "Budget", "kind": "template"}, actor=admin)
    kit = attachments.attach_file(session, sheet.id, KIT, original_name="kit.odt", actor=admin)
    also = attachments.attach_file(session, sheet.id, CV, original_name="cv.pdf", actor=admin)
    person = make_entrepreneur(session, admin)
    doc = attach_document(session, person.id, CV, original_name="cv.pdf", actor=admin)
    digests = {hashlib.sha256(x).hexdigest(): x for x in (KIT, CV)}

    _use_pc(monkeypatch, tmp_path, "pc2")
    if not _on_postgresql(session):
        assert _contents(session) == {}
        with pytest.raises(NotFound):
            attachments.attachment_path(session, kit.id, actor=admin)
        return
    assert _contents(session) == digests
    path = attachments.attachment_path(session, kit.id, actor=admin)
    assert path.is_relative_to(tmp_path / "pc2") and path.read_bytes() == KIT
    attachments.remove_attachment(session, also.id, actor=admin)
    assert set(_contents(session)) == set(digests)  # the document still names the CV
    remove_document(session, doc.id, expected_version=None, actor=admin)
    attachments.remove_attachment(session, kit.id, actor=admin)
    assert _contents(session) == {}


def test_the_access_export_takes_the_documents_from_the_database(
    session, admin, monkeypatch, tmp_path
):
    if not _on_postgresql(session):
        pytest.skip("the content is in the database on PostgreSQL only")
    _use_pc(monkeypatch, tmp_path, "pc1")
    person = make_entrepreneur(session, admin)
    doc = attach_document(session, person.id, CV, original_name="cv.pdf", actor=admin)
    _use_pc(monkeypatch, tmp_path, "pc2")
    export = export_personal_data(
        session, PersonRef("entrepreneur", person.id), tmp_path / "export", actor=admin,
        write_pdf=lambda data, path: path.write_bytes(b"%PDF-1.4\n"),
    )  # fmt: skip
    assert export.documents == 1
    assert (tmp_path / "export" / "documents" / f"{doc.id}-cv.pdf").read_bytes() == CV


def test_files_attached_before_are_shared_from_the_computer_that_has_them(
    session, admin, db_url, monkeypatch, tmp_path, capsys
):
    """Documents attached before the database kept their bytes: `server share-documents`, run
    on the computer whose data folder has them, puts them in; then every computer opens them."""
    _use_pc(monkeypatch, tmp_path, "pc1")
    person = make_entrepreneur(session, admin)
    doc = attach_document(session, person.id, CV, original_name="cv.pdf", actor=admin)
    event = new_event(session, admin)
    lost = attach_material(session, event, SLIDES, original_name="slides.pdf", actor=admin)
    sheet = sheets.create_sheet(session, {"title": "Budget", "kind": "template"}, actor=admin)
    kit = attachments.attach_file(session, sheet.id, KIT, original_name="kit.odt", actor=admin)
    session.execute(delete(StoredFileContent))  # as before migration 0040
    session.commit()
    material_path(session, lost.id, actor=admin).unlink()  # and on no computer any more
    args = ["server", "share-documents", "--db", db_url, "--user", "admin", "--lang", "en"]
    monkeypatch.setattr("sys.stdin", io.StringIO("admin-password\n"))
    assert main(args) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    if not _on_postgresql(session):
        assert out.startswith("0 document file(s) put into the database; 0 ")
        return
    assert out.startswith("2 document file(s) put into the database; 1 the database lacks")
    assert set(_contents(session)) == {hashlib.sha256(x).hexdigest() for x in (CV, KIT)}
    _use_pc(monkeypatch, tmp_path, "pc2")
    assert document_path(session, doc.id, actor=admin).read_bytes() == CV
    assert attachments.attachment_path(session, kit.id, actor=admin).read_bytes() == KIT
    # Run again: nothing more to put in.
    _use_pc(monkeypatch, tmp_path, "pc1")
    monkeypatch.setattr("sys.stdin", io.StringIO("admin-password\n"))
    assert main(args) == 0
    assert capsys.readouterr().out.startswith("0 document file(s) put into the database; 1 ")


def test_discarding_waits_for_an_attach_of_the_same_content(session, admin, db):
    """PC 2 removes the last document naming a content while PC 1 is attaching it again: the
    discard waits for PC 1's transaction, then finds the new row and keeps the content."""
    if not _on_postgresql(session):
        pytest.skip("the content is in the database on PostgreSQL only")
    person = make_entrepreneur(session, admin)
    old = attach_document(session, person.id, CV, original_name="cv.pdf", actor=admin)
    digest = hashlib.sha256(CV).hexdigest()
    with db.session() as pc1:  # an attach in flight: its row is flushed, not yet committed
        lock_content(pc1, digest)
        pc1.add(Document(entrepreneur_id=person.id, content_hash=digest, original_name="cv2.pdf",
                         doc_type="other", size_bytes=len(CV)))  # fmt: skip
        pc1.flush()
        errors: list[BaseException] = []

        def remove_on_pc2() -> None:
            try:
                with db.session() as pc2:
                    remove_document(pc2, old.id, expected_version=None, actor=admin)
            except BaseException as exc:  # noqa: BLE001  (reported below)
                errors.append(exc)

        pc2 = threading.Thread(target=remove_on_pc2)
        pc2.start()
        waiting = "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
        for _ in range(200):
            if session.scalar(text(waiting)):
                break
            session.rollback()
            time.sleep(0.05)
        else:
            pytest.fail("the discard did not wait for the attach")
        session.rollback()
        pc1.commit()
        pc2.join(timeout=30)
    assert errors == []
    assert set(_contents(session)) == {digest}
