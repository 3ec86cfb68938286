"""The UI's text filters and pickers match as the quick search does (services/text_match.py):
accents and case ignored, every word the start of a word."""

from __future__ import annotations

import pytest

from incubator_app.models.exchange import AccountKind
from incubator_app.services.exchange.accounts import MemberChoice
from incubator_app.ui.exchange.member_picker import MemberPicker

pytestmark = pytest.mark.ui

MEMBERS = [
    MemberChoice(1, "François Garçon", AccountKind.ENTREPRENEUR),
    MemberChoice(2, "Frank Martin", AccountKind.ENTREPRENEUR),
    MemberChoice(3, "Léa Ängström", AccountKind.ENTREPRENEUR),
]


def test_member_picker_ignores_accents_and_case(qtbot) -> None:
    picker = MemberPicker()
    qtbot.addWidget(picker)
    picker.set_members(MEMBERS)
    qtbot.keyClicks(picker.lineEdit(), "franc")
    assert picker.matching_labels() == ["François Garçon"]
    assert picker.selected_id() == 1  # the only match
    picker.lineEdit().clear()
    qtbot.keyClicks(picker.lineEdit(), "ANGS le")
    assert picker.matching_labels() == ["Léa Ängström"]
    picker.lineEdit().clear()
    qtbot.keyClicks(picker.lineEdit(), "fr")
    assert picker.matching_labels() == ["François Garçon", "Frank Martin"]
    assert picker.selected_id() is None  # two people: pick one
    picker.lineEdit().clear()
    qtbot.keyClicks(picker.lineEdit(), "artin")
    assert picker.matching_labels() == []
