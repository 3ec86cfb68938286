"""The record's History tab lists the entries of the rows that belong to the entrepreneur too
(stage, contract, milestones, action items, sessions), each saying what it is about."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QTreeWidget

from incubator_app.services.entrepreneurs.pathway import change_stage
from incubator_app.services.entrepreneurs.records import create_entrepreneur
from incubator_app.services.milestones.action_items import create_action_item
from incubator_app.services.milestones.records import create_milestone, delete_milestone
from incubator_app.ui.entrepreneurs.editor import EntrepreneurEditor


def test_history_shows_the_rows_of_the_record_with_what_they_are(context, qtbot) -> None:
    actor = context.actor
    with context.db.session() as s:
        pid = create_entrepreneur(
            s, first_name="Hélène", last_name="Durand", entry_date=date(2026, 1, 5), actor=actor
        ).id
        change_stage(s, pid, "admitted", on=date(2026, 2, 1), expected_version=None, actor=actor)
        change_stage(s, pid, "incubated", on=date(2026, 3, 1), expected_version=None, actor=actor)
        create_milestone(
            s, entrepreneur_id=pid, title="Business plan", due_on=date(2026, 6, 1), actor=actor
        )
        gone = create_milestone(
            s, entrepreneur_id=pid, title="Old idea", due_on=date(2026, 7, 1), actor=actor
        )
        delete_milestone(s, gone.id, expected_version=gone.version_id, actor=actor)
        create_action_item(s, entrepreneur_id=pid, text="Call the bank", actor=actor)
    editor = EntrepreneurEditor(context, pid)
    qtbot.addWidget(editor)
    editor.resize(1100, 560)
    editor.show()
    qtbot.waitExposed(editor)
    editor.tabs.setCurrentWidget(editor.history_tab)
    tree: QTreeWidget = editor.history_tab.list
    qtbot.waitUntil(lambda: tree.topLevelItemCount() > 0)

    rows = [
        [tree.topLevelItem(i).text(c) for c in range(5)] for i in range(tree.topLevelItemCount())
    ]
    about = [(r[2], r[3]) for r in rows]
    assert about[0] == ("Action item “Call the bank”", "created")  # newest first
    assert ("Milestone “Old idea”", "deleted") in about
    assert ("Milestone “Business plan”", "created") in about
    assert ("Support contract", "created") in about
    assert ("Stage", "created") in about
    assert ("Record", "created") in about
    assert tree.headerItem().text(2) == "About"
    editor.grab().save("/work/helpers/shots/hfix/history_tab.png")
