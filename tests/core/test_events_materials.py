"""An event's materials: stored like the entrepreneurs' documents (one store by content hash,
safe names, a file removed only when no row names it any more, whichever table), listed, opened,
removed; named in the confirmation e-mail; taken into backups."""

from __future__ import annotations

import pytest
from event_helpers import new_event, outbox
from factories import make_entrepreneur

from incubator_app.db.paths import documents_dir
from incubator_app.errors import NotFound, ValidationError
from incubator_app.models import AuditEntry, EventMaterial
from incubator_app.services.entrepreneurs.documents import attach_document, remove_document
from incubator_app.services.events.materials import (
    attach_material,
    list_materials,
    material_path,
    remove_material,
)
from incubator_app.services.events.registrations import register

pytestmark = pytest.mark.core

SLIDES = b"%PDF-1.4 Diaporama de l'atelier\n"


def _stored() -> list:
    root = documents_dir()
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_add_list_open_remove(session, admin, tmp_path):
    ev = new_event(session, admin)
    other = new_event(session, admin, title="Module 2")
    handout = tmp_path / "fiche pratique.txt"
    handout.write_text("Devis et factures", encoding="utf-8")
    slides = attach_material(session, ev, SLIDES, original_name="C:\\Users\\x\\slides.pdf",
                             actor=admin)  # fmt: skip
    sheet = attach_material(session, ev, handout, actor=admin)
    attach_material(session, other, SLIDES, original_name="slides.pdf", actor=admin)
    assert [m.display_name for m in list_materials(session, ev, actor=admin)] == [
        "slides.pdf",
        "fiche pratique.txt",
    ]
    assert (slides.mime_type, slides.size_bytes) == ("application/pdf", len(SLIDES))
    assert material_path(session, slides.id, actor=admin).read_bytes() == SLIDES
    assert material_path(session, sheet.id, actor=admin).read_text() == "Devis et factures"
    assert len(_stored()) == 2  # the same slides twice: stored once
    remove_material(session, slides.id, actor=admin)
    assert len(_stored()) == 2  # Module 2 still names them
    assert [m.display_name for m in list_materials(session, ev, actor=admin)] == [
        "fiche pratique.txt"
    ]
    with pytest.raises(NotFound):
        material_path(session, slides.id, actor=admin)
    actions = [
        a.action
        for a in session.query(AuditEntry)
        .filter_by(entity="event_material")
        .order_by(AuditEntry.id)
    ]
    assert actions == ["create", "create", "create", "delete"]


def test_a_document_and_a_material_share_the_store_safely(session, admin):
    ev = new_event(session, admin)
    person = make_entrepreneur(session, "Sami")
    doc = attach_document(session, person.id, SLIDES, original_name="cv.pdf", actor=admin)
    material = attach_material(session, ev, SLIDES, original_name="slides.pdf", actor=admin)
    assert len(_stored()) == 1
    remove_document(session, doc.id, expected_version=doc.version_id, actor=admin)
    # The material still names the content: the file stays.
    assert material_path(session, material.id, actor=admin).read_bytes() == SLIDES
    remove_material(session, material.id, actor=admin)
    assert _stored() == []


@pytest.mark.parametrize("name", ["", "...", "CON"])
def test_bad_names_and_missing_files_write_nothing(session, admin, tmp_path, name):
    ev = new_event(session, admin)
    with pytest.raises(ValidationError):
        attach_material(session, ev, SLIDES, original_name=name, actor=admin)
    with pytest.raises(ValidationError):
        attach_material(session, ev, tmp_path / "none.pdf", actor=admin)
    with pytest.raises(NotFound):
        attach_material(session, 999_999, SLIDES, original_name="a.pdf", actor=admin)
    assert session.query(EventMaterial).count() == 0 and _stored() == []


def test_the_confirmation_names_the_materials(session, admin):
    ev = new_event(session, admin, capacity=1, title="Atelier")
    attach_material(session, ev, SLIDES, original_name="slides.pdf", actor=admin)
    attach_material(session, ev, b"x", original_name="fiche.txt", actor=admin)
    john = make_entrepreneur(session, "John")
    john.email, john.language = "john@exemple.fr", "en"
    session.commit()
    register(session, ev, entrepreneur_id=john.id, actor=admin)
    register(session, ev, email="lea@exemple.fr", name="Léa", actor=admin)  # waiting list
    mails = {m.to_address: m for m in outbox(session)}
    assert "Documents for this event: slides.pdf, fiche.txt" in mails["john@exemple.fr"].body_text
    assert "slides.pdf" not in mails["lea@exemple.fr"].body_text  # not for the waiting list


def test_backups_take_the_materials(session, admin):
    from incubator_app.db.backup_archive import referenced_documents

    url = session.get_bind().url
    if url.get_backend_name() != "sqlite":
        pytest.skip("the archive's list is read from an SQLite copy")
    ev = new_event(session, admin)
    material = attach_material(session, ev, SLIDES, original_name="slides.pdf", actor=admin)
    stored = session.get(EventMaterial, material.id).content_hash
    from pathlib import Path

    assert referenced_documents(Path(url.database)) == [stored]
