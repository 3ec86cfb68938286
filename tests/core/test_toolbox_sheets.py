"""Toolbox sheets: who writes, edits and publishes; drafts stay with their author; each save is
a revision and an audit row; attachments keep their text for the search, and a damaged or
locked file is kept with a note."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from toolbox_files import docx_bytes, locked_pdf_bytes, odt_bytes, pdf_bytes

from incubator_app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from incubator_app.models import AuditEntry, ExtractionNote, SheetStatus
from incubator_app.services.administration.users import actor_for_user, create_user
from incubator_app.services.toolbox import attachments, sheets
from incubator_app.services.toolbox.extraction import extract_text
from incubator_app.services.toolbox.search import SheetQuery, search_sheets

pytestmark = pytest.mark.core


def _user(session, admin, login, role):
    user = create_user(
        session,
        login=login,
        display_name=login.title(),
        role=role,
        password="password-" + login,
        actor=admin,
    )
    return actor_for_user(session, user.id)


def _sheet(session, actor, **values):
    return sheets.create_sheet(
        session, {"title": "Résidence au collège", "kind": "experience", **values}, actor=actor
    )


def test_a_coach_writes_a_draft_that_only_they_and_publishers_see(session, admin):
    coach = _user(session, admin, "coach", "coach")
    other = _user(session, admin, "other", "coach")
    viewer = _user(session, admin, "viewer", "viewer")
    sheet = _sheet(session, coach, tags="Médiation; médiation, Théâtre")
    assert sheet.status is SheetStatus.DRAFT and sheet.author_name == "Coach"
    assert sheet.tags == "Médiation, Théâtre"
    with pytest.raises(NotFound):
        sheets.get_sheet(session, sheet.id, actor=other)
    with pytest.raises(NotFound):
        sheets.get_sheet(session, sheet.id, actor=viewer)
    assert sheets.get_sheet(session, sheet.id, actor=admin).can_edit
    with pytest.raises(PermissionDenied):
        sheets.set_sheet_status(
            session, sheet.id, "published", expected_version=sheet.version_id, actor=coach
        )
    published = sheets.set_sheet_status(
        session, sheet.id, "published", expected_version=sheet.version_id, actor=admin
    )
    assert published.published_at is not None
    seen = sheets.get_sheet(session, sheet.id, actor=viewer)
    assert seen.title == "Résidence au collège" and not seen.can_edit
    with pytest.raises(PermissionDenied):
        sheets.update_sheet(
            session, sheet.id, {"title": "x"}, expected_version=seen.version_id, actor=other
        )
    with pytest.raises(PermissionDenied):
        _sheet(session, viewer)


def test_each_save_is_a_revision_and_an_audit_row(session, admin):
    sheet = _sheet(session, admin)
    changed = sheets.update_sheet(
        session,
        sheet.id,
        {"worked": "Les ateliers du mercredi", "title": "Résidence au collège Mistral"},
        expected_version=sheet.version_id,
        actor=admin,
    )
    # Saving the same values again changes nothing: no revision.
    sheets.update_sheet(
        session, sheet.id, {"worked": "Les ateliers du mercredi"},
        expected_version=changed.version_id, actor=admin,
    )  # fmt: skip
    revisions = sheets.list_revisions(session, sheet.id, actor=admin)
    assert [r.number for r in revisions] == [2, 1]
    assert revisions[0].content["title"] == "Résidence au collège Mistral"
    assert revisions[1].content["worked"] is None
    actions = session.scalars(
        select(AuditEntry.action).where(AuditEntry.entity == "toolbox_sheet")
    ).all()
    assert actions == ["create", "update"]
    with pytest.raises(ConflictError):
        sheets.update_sheet(
            session, sheet.id, {"title": "late"}, expected_version=sheet.version_id, actor=admin
        )


def test_bad_values_are_refused_by_field(session, admin):
    with pytest.raises(ValidationError) as caught:
        sheets.create_sheet(
            session, {"title": " ", "kind": "poem", "colour": "red", "event_id": 999}, actor=admin
        )
    assert set(caught.value.field_errors) == {"title", "kind", "colour", "event_id"}


def test_the_text_of_each_kind_of_file_is_read():
    lines = ["Bilan de la résidence", "Les élèves ont joué devant leurs familles"]
    assert "élèves ont joué" in extract_text(pdf_bytes(lines), "bilan.pdf").text
    docx = extract_text(docx_bytes(lines), "bilan.docx")
    assert docx.note is None and "Les élèves ont joué" in docx.text
    odt = extract_text(odt_bytes(lines), "bilan.odt")
    assert "Titre" in odt.text and "Bilan de la résidence" in odt.text
    assert extract_text("Été 2026 — théâtre".encode("cp1252"), "notes.txt").text.startswith("Été")


@pytest.mark.parametrize(
    ("content", "name", "note"),
    [
        (locked_pdf_bytes(["confidentiel"]), "budget.pdf", ExtractionNote.PASSWORD_PROTECTED),
        (odt_bytes(["x"], encrypted=True), "budget.odt", ExtractionNote.PASSWORD_PROTECTED),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
            "budget.docx",
            ExtractionNote.PASSWORD_PROTECTED,
        ),
        (b"%PDF-1.4 this is not really a pdf", "broken.pdf", ExtractionNote.UNREADABLE),
        (b"PK\x03\x04 truncated zip", "broken.docx", ExtractionNote.UNREADABLE),
        (b"\x89PNG\r\n", "photo.png", ExtractionNote.UNSUPPORTED),
        (b"   \n ", "empty.txt", ExtractionNote.NO_TEXT),
    ],
)
def test_a_locked_or_damaged_file_gives_a_note_not_a_crash(content, name, note):
    extracted = extract_text(content, name)
    assert (extracted.text, extracted.note) == ("", note)


def test_attachments_are_searchable_stored_once_and_removed_with_their_text(session, admin):
    first = _sheet(session, admin)
    second = _sheet(session, admin, title="Fiche jumelle")
    content = pdf_bytes(["Convention de partenariat avec la médiathèque"])
    a = attachments.attach_file(
        session, first.id, content, original_name="convention.pdf", actor=admin
    )
    b = attachments.attach_file(session, second.id, content, original_name="copie.pdf", actor=admin)
    locked = attachments.attach_file(
        session, first.id, locked_pdf_bytes(["x"]), original_name="budget.pdf", actor=admin
    )
    assert locked.extraction_note is ExtractionNote.PASSWORD_PROTECTED
    assert a.content_hash == b.content_hash
    path = attachments.attachment_path(session, a.id, actor=admin)
    assert path.read_bytes() == content
    found = search_sheets(session, SheetQuery(text="mediatheque partenariat"), actor=admin)
    assert {h.id for h in found.hits} == {first.id, second.id}
    assert found.hits[0].snippet.field == "attachments_text"
    attachments.remove_attachment(session, a.id, actor=admin)
    assert path.is_file()  # the second sheet still uses the same content
    found = search_sheets(session, SheetQuery(text="mediatheque"), actor=admin)
    assert [h.id for h in found.hits] == [second.id]
    attachments.remove_attachment(session, b.id, actor=admin)
    assert not path.exists()
    assert [
        x.original_name for x in attachments.list_attachments(session, first.id, actor=admin)
    ] == ["budget.pdf"]


def test_a_sheet_starts_from_a_call_for_volunteers(session, admin):
    from incubator_app.services.cooperation.calls import create_call

    call = create_call(
        session, title="Binômes artistes-agriculteurs", purpose="Croiser les mondes",
        territory="Pays d'Aubagne", group_count=2, group_size=4, actor=admin,
    )  # fmt: skip
    values = sheets.sheet_values_from_call(session, call, actor=admin)
    sheet = sheets.create_sheet(session, values, actor=admin)
    assert (sheet.call_id, sheet.territory, sheet.context) == (
        call, "Pays d'Aubagne", "Croiser les mondes",
    )  # fmt: skip
