"""The grant window's "Attach events by rule" dialog: the count to attach is shown before OK,
OK attaches them (services/funding/rules.py), an empty choice attaches nothing."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "core"))

from event_helpers import new_event  # noqa: E402
from funder_fixture import build_funder_fixture  # noqa: E402

from incubator_app.services.funding.grant_events import list_grant_events  # noqa: E402
from incubator_app.ui.funding.event_rule_dialog import EventRuleDialog  # noqa: E402

pytestmark = pytest.mark.ui


def test_preview_then_attach(context, qtbot) -> None:
    with context.db.session() as s:
        fx = build_funder_fixture(s)
        workshop = new_event(s, context.actor, kind="workshop", starts_in=timedelta(days=7))
        new_event(s, context.actor, kind="training", starts_in=timedelta(days=9))
        new_event(s, context.actor, kind="workshop", starts_in=timedelta(days=90))  # 2027
    dialog = EventRuleDialog(
        context, fx.grant_id, (date(2026, 1, 1), date(2026, 12, 31)), [], [(1, "Promo 2026")]
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.preview.text() == "2 event(s) will be attached."
    dialog.kind_boxes["workshop"].setChecked(True)
    assert dialog.preview.text() == "1 event(s) will be attached."
    dialog.end.setDate(date(2026, 11, 20))
    assert dialog.preview.text() == "0 event(s) will be attached."
    dialog.end.setDate(date(2026, 12, 31))
    dialog.grab().save("/tmp/fu/event_rule.png")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=5000)
    assert dialog.result_value == [workshop]
    with context.db.session() as s:
        assert list_grant_events(s, fx.grant_id, actor=context.actor) == [workshop]
