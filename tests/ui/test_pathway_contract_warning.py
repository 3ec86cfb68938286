"""The Pathway tab says a contract past its end date has ended (and that an incubated person's
stage needs updating); only contracts ending in the next 30 days are "ending soon"."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from incubator_app import clock
from incubator_app.models import SupportContract
from incubator_app.services.entrepreneurs.pathway import change_stage
from incubator_app.services.entrepreneurs.records import create_entrepreneur
from incubator_app.ui.entrepreneurs.editor import EntrepreneurEditor

# The suite's frozen day (tests/conftest.py): Wednesday 18 November 2026.
TODAY = date(2026, 11, 18)


def incubated_with_end(context, end: date) -> int:
    today = TODAY
    with context.db.session() as s:
        person = create_entrepreneur(
            s,
            first_name="Antoine",
            last_name="Brun",
            entry_date=today - timedelta(days=500),
            actor=context.actor,
        )
        for stage, days in (("admitted", 450), ("incubated", 400)):
            change_stage(
                s,
                person.id,
                stage,
                on=today - timedelta(days=days),
                expected_version=None,
                actor=context.actor,
            )
        contract = s.scalars(
            select(SupportContract).where(SupportContract.entrepreneur_id == person.id)
        ).one()
        contract.end_date = end
        s.commit()
        return person.id


def pathway_tab(context, qtbot, person_id):
    editor = EntrepreneurEditor(context, person_id)
    qtbot.addWidget(editor)
    editor.resize(1100, 500)
    editor.show()
    qtbot.waitExposed(editor)
    editor.tabs.setCurrentWidget(editor.pathway_tab)
    return editor, editor.pathway_tab


def test_contract_past_its_end_says_it_ended(context, qtbot) -> None:
    assert clock.today() == TODAY
    end = date(2026, 11, 7)
    editor, tab = pathway_tab(context, qtbot, incubated_with_end(context, end))
    text = tab.contract_warning.text()
    assert tab.contract_warning.isVisible()
    assert "ended on 07/11/2026" in text
    assert "within" not in text
    assert "still Incubated" in text
    editor.grab().save("/work/helpers/shots/hfix/pathway_past_end.png")


@pytest.mark.parametrize(
    ("end", "shown"), [(date(2026, 11, 18), "18/11/2026"), (date(2026, 12, 18), "18/12/2026")]
)
def test_contract_ending_within_30_days(context, qtbot, end, shown) -> None:
    # Today and today + 30 days, both included.
    _editor, tab = pathway_tab(context, qtbot, incubated_with_end(context, end))
    assert tab.contract_warning.isVisible()
    assert tab.contract_warning.text() == f"⚠ The contract ends within 30 days ({shown})."


def test_contract_ending_later_is_not_flagged(context, qtbot) -> None:
    end = date(2026, 12, 19)
    _editor, tab = pathway_tab(context, qtbot, incubated_with_end(context, end))
    assert not tab.contract_warning.isVisible()
