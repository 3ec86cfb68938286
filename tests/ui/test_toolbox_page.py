"""The Toolbox page: typing finds sheets (and the text of their files) with the words in bold,
the chosen sheet shows its fields, files and history; publishing from the page works."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from incubator_app.services.toolbox import attachments, sheets
from incubator_app.ui.pages.toolbox import ToolboxPage

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from toolbox_files import locked_pdf_bytes, pdf_bytes  # noqa: E402


@pytest.fixture
def filled(context) -> int:
    actor = context.actor
    with context.db.session() as s:
        for title, kind, summary, worked, tags in (
            ("Résidence de théâtre au collège", "experience",
             "Trois semaines avec deux classes de 4e, restitution devant les familles.",
             "Les répétitions ouvertes aux parents.", "résidence, éducation artistique"),
            ("Chiffrer une prestation artistique", "method",
             "Passer d’un tarif au doigt mouillé à un devis argumenté.",
             "Partir du temps réel.", "devis, gestion"),
            ("Modèle de convention de résidence", "template",
             "Une convention type entre un lieu et une équipe artistique.", None,
             "résidence, juridique"),
        ):  # fmt: skip
            sheet = sheets.create_sheet(
                s, {"title": title, "kind": kind, "summary": summary, "worked": worked,
                    "tags": tags, "territory": "Pays d’Aubagne"}, actor=actor,
            )  # fmt: skip
        attachments.attach_file(
            s, sheet.id, pdf_bytes(["Clause d'assurance des locaux mis à disposition"]),
            original_name="convention.pdf", actor=actor,
        )  # fmt: skip
        attachments.attach_file(
            s, sheet.id, locked_pdf_bytes(["x"]), original_name="budget.pdf", actor=actor
        )
    return sheet.id


def test_search_show_and_publish(qtbot, qapp, context, filled, tmp_path) -> None:
    if os.environ.get("TOOLBOX_SCREENSHOT_LANG") == "fr":
        from incubator_app.ui.app import install_translators

        install_translators(qapp, "fr")
    page = ToolboxPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    view = page.view
    qtbot.waitUntil(lambda: view.results.count() == 3, timeout=30_000)
    view.search.setText("residence")
    qtbot.waitUntil(lambda: view.results.count() == 2, timeout=30_000)
    view.search.setText("restitution familles")
    qtbot.waitUntil(lambda: view.results.count() == 1, timeout=30_000)
    first = view.results.itemWidget(view.results.item(0)).text()
    assert "<b>restitution</b> devant les <b>familles</b>" in first
    view.search.setText("assurance locaux")
    qtbot.waitUntil(lambda: view.results.count() == 1, timeout=30_000)
    qtbot.waitUntil(lambda: view.sheet is not None and view.sheet.id == filled, timeout=30_000)
    text = view.details.toPlainText()
    assert "convention.pdf" in text and "protected by a password" in text
    assert view.open_file.count() == 2 and view.publish.isEnabled()
    view.publish.click()
    # Publishing reloads the sheet, then its files: wait for both (printing in between would
    # print a sheet without its files).
    qtbot.waitUntil(
        lambda: view.sheet.status.value == "published" and len(view.files) == 2, timeout=30_000
    )
    assert not view.publish.isEnabled() and view.archive.isEnabled()
    pdf = tmp_path / "fiche.pdf"
    view.write_pdf(pdf, view.sheet, view.files)
    qtbot.waitUntil(pdf.exists, timeout=30_000)  # build_pdf renames a finished file into place
    printed = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Modèle de convention de résidence" in printed and "convention.pdf" in printed
    shot = os.environ.get("TOOLBOX_SCREENSHOT")
    if shot:
        view.search.setText("residence")
        qtbot.waitUntil(lambda: view.results.count() == 2, timeout=30_000)
        view.results.setCurrentRow(0)
        qtbot.wait(300)
        page.grab().save(shot)


def test_earlier_versions_of_a_file_are_listed_and_openable(qtbot, context) -> None:
    actor = context.actor
    with context.db.session() as s:
        sheet = sheets.create_sheet(s, {"title": "Budget type", "kind": "template"}, actor=actor)
        attachments.attach_file(s, sheet.id, pdf_bytes(["Premier budget"]),
                                original_name="budget.pdf", actor=actor)  # fmt: skip
        attachments.attach_file(s, sheet.id, pdf_bytes(["Budget revu"]),
                                original_name="budget.pdf", actor=actor)  # fmt: skip
    page = ToolboxPage(context)
    qtbot.addWidget(page)
    page.resize(1120, 720)
    page.show()
    view = page.view
    qtbot.waitUntil(lambda: view.sheet is not None and len(view.files) == 2, timeout=30_000)
    text = view.details.toPlainText()
    assert "budget.pdf — version 2" in text and "earlier version 1, " in text
    assert [view.open_file.itemText(i).split(" — ")[0] for i in range(2)] == ["budget.pdf"] * 2
    assert "earlier version 1" in view.open_file.itemText(1)
    if os.environ.get("TOOLBOX_VERSIONS_SCREENSHOT"):
        page.grab().save(os.environ["TOOLBOX_VERSIONS_SCREENSHOT"])
