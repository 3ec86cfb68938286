"""Attaching a file under a name the sheet already has adds a version: the earlier one stays,
openable, and only the newest version's text is searched."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from toolbox_files import pdf_bytes

from incubator_app.models import AuditEntry
from incubator_app.services.toolbox import attachments, sheets
from incubator_app.services.toolbox.search import SheetQuery, search_sheets

pytestmark = pytest.mark.core


def test_a_file_attached_again_is_a_new_version(session, admin):
    sheet = sheets.create_sheet(session, {"title": "Budget", "kind": "template"}, actor=admin)
    first = attachments.attach_file(
        session, sheet.id, pdf_bytes(["Devis des saltimbanques"]), original_name="budget.pdf",
        actor=admin,
    )  # fmt: skip
    attachments.attach_file(
        session, sheet.id, pdf_bytes(["Autre chose"]), original_name="notes.pdf", actor=admin
    )
    second = attachments.attach_file(
        session, sheet.id, pdf_bytes(["Devis des funambules"]), original_name="BUDGET.pdf",
        actor=admin,
    )  # fmt: skip
    assert (first.version, second.version, second.versions) == (1, 2, 2)
    listed = attachments.list_attachments(session, sheet.id, actor=admin)
    assert [(a.display_name, a.version, a.versions, a.is_latest) for a in listed] == [
        ("budget.pdf", 1, 2, False), ("notes.pdf", 1, 1, True), ("BUDGET.pdf", 2, 2, True),
    ]  # fmt: skip
    assert attachments.attachment_path(session, first.id, actor=admin).read_bytes()[:4] == b"%PDF"

    def found(text: str) -> int:
        return search_sheets(session, SheetQuery(text=text), actor=admin).total

    assert (found("funambules"), found("saltimbanques"), found("autre chose")) == (1, 0, 1)
    audit = session.scalars(
        select(AuditEntry).where(AuditEntry.entity == "toolbox_attachment")
        .order_by(AuditEntry.id.desc())
    ).first()  # fmt: skip
    assert audit.changes["version"] == 2

    # Removing the newest makes the previous one searched again.
    attachments.remove_attachment(session, second.id, actor=admin)
    assert found("saltimbanques") == 1 and found("funambules") == 0


def test_the_pdf_names_each_file_once(session, admin, tmp_path):
    import subprocess

    from incubator_app.reports.toolbox_sheet import build_sheet_pdf

    sheet = sheets.create_sheet(session, {"title": "Budget", "kind": "template"}, actor=admin)
    for text in ("Premier", "Second"):
        attachments.attach_file(
            session, sheet.id, pdf_bytes([text]), original_name="devis-final.pdf", actor=admin
        )
    files = attachments.list_attachments(session, sheet.id, actor=admin)
    out = tmp_path / "fiche.pdf"
    build_sheet_pdf(sheet, files, out, incubator_name="Couveuse", locale="fr")
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert text.count("devis-final.pdf") == 1
