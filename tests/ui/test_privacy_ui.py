"""GDPR from the screens: an administrator exports and erases a person from their window (the
confirmation says what will happen), reviews and anonymises those past their retention time in
Settings; other roles see neither action."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from incubator_app.models import PathwayStage
from incubator_app.services.entrepreneurs.pathway import change_stage
from incubator_app.services.entrepreneurs.records import create_entrepreneur, get_entrepreneur
from incubator_app.services.privacy.access import JSON_NAME, PDF_NAME
from incubator_app.services.privacy.policy import ANONYMISED
from incubator_app.ui.entrepreneurs.editor import EntrepreneurEditor
from incubator_app.ui.privacy.retention_tab import RetentionTab

SHOTS = os.environ.get("PRIVACY_SHOTS")


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture
def person(context) -> int:
    with context.db.session() as s:
        return create_entrepreneur(
            s, first_name="Zéphyrine", last_name="Quillembert",
            email="zephyrine@example.org", entry_date=date(2025, 10, 14), actor=context.actor,
        ).id  # fmt: skip


def _editor(context, qtbot, pid):
    editor = EntrepreneurEditor(context, pid)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _idle(qtbot, context):
    qtbot.waitUntil(lambda: not context.ops.busy, timeout=20_000)


def test_an_administrator_exports_then_erases_from_the_window(context, person, qtbot, tmp_path):
    editor = _editor(context, qtbot, person)
    assert editor.export_data_button.isEnabled() and editor.erase_button.isEnabled()
    _shot(editor, "entrepreneur-window-privacy-buttons")

    actions = editor.privacy_actions()
    exports = tmp_path / "exports"
    exports.mkdir()
    actions.export_to(exports)
    _idle(qtbot, context)
    (folder,) = exports.iterdir()
    assert (folder / PDF_NAME).exists() and (folder / JSON_NAME).exists()
    assert actions.box is not None and str(folder) in actions.box.text()

    actions = editor.privacy_actions()
    box = actions.confirm_erase()
    text = box.text()
    assert "Zéphyrine Quillembert" in text and "cannot be undone" in text
    assert "backups" in text
    _shot(box, "erase-confirmation")
    box.findChild(type(editor.erase_button), "eraseForGood").click()
    _idle(qtbot, context)
    with context.db.session() as s:
        assert get_entrepreneur(s, person, actor=context.actor).last_name == ANONYMISED
    report = actions.box
    assert report is not None and report.objectName() == "erasureReportBox"
    assert "No backup holds the person." in report.informativeText()
    _shot(report, "erasure-report")
    assert not editor.tabs.isEnabled() and editor.erase_button.isHidden()
    report.accept()
    qtbot.waitUntil(lambda: not editor.isVisible())


def test_other_roles_have_neither_action(context, person, qtbot):
    from dataclasses import replace

    from incubator_app.models import Role

    staff = replace(context, actor=replace(context.actor, role=Role.STAFF))
    editor = _editor(staff, qtbot, person)
    assert editor.export_data_button is None and editor.erase_button is None


@pytest.mark.clock("2026-11-18 10:00")
def test_the_retention_review_anonymises_those_past_their_time(context, qtbot):
    with context.db.session() as s:
        pid = create_entrepreneur(
            s, first_name="Ancienne", last_name="Candidate", entry_date=date(2024, 1, 8),
            actor=context.actor,
        ).id  # fmt: skip
        change_stage(s, pid, PathwayStage.REFUSED, on=date(2024, 2, 1), expected_version=None,
                     actor=context.actor)  # fmt: skip
    tab = RetentionTab(context)
    qtbot.addWidget(tab)
    tab.resize(900, 520)
    tab.show()
    tab.reload()
    assert tab.model.rowCount() == 1
    assert tab.model.row_at(0).name == "Ancienne Candidate"
    _shot(tab, "settings-retention-review")
    box = tab.confirm(tab.model.rows())
    assert "cannot be undone" in box.text()
    box.findChild(type(tab.all_button), "anonymiseConfirmed").click()
    _idle(qtbot, context)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert tab.status.text() == "1 person(s) anonymised."
