"""The site filter of the Milestones page (milestones and action items) and of the Coaching
page's sessions: hidden below two sites, like the Events page's; picking a site shows its
people's rows only, and the sessions' totals follow."""

from __future__ import annotations

from datetime import date

import pytest
from activation import make_active

from incubator_app.services.coaching.coaches import create_coach
from incubator_app.services.coaching.sessions import log_coaching_session
from incubator_app.services.entrepreneurs.records import create_entrepreneur
from incubator_app.services.milestones.action_items import create_action_item
from incubator_app.services.milestones.records import create_milestone
from incubator_app.services.sites.moves import move_entrepreneur
from incubator_app.services.sites.records import create_site
from incubator_app.ui.changes import SITE
from incubator_app.ui.pages.coaching import CoachingPage
from incubator_app.ui.pages.milestones import MilestonesPage

pytestmark = pytest.mark.ui


def _people(db, actor) -> dict[str, int]:
    """Durand and Martin, each with a milestone, an action item and a session."""
    ids = {}
    with db.session() as s:
        coach = create_coach(s, display_name="Ana Coach", actor=actor)
        for last in ("Durand", "Martin"):
            person = create_entrepreneur(s, first_name="Léa", last_name=last, actor=actor)
            ids[last] = person.id
            create_milestone(
                s, entrepreneur_id=person.id, title=f"Bilan {last}", due_on=date(2026, 12, 1),
                actor=actor,
            )  # fmt: skip
            create_action_item(s, entrepreneur_id=person.id, text=f"Appeler {last}", actor=actor)
            log_coaching_session(
                s, session_date=date(2026, 11, 10), duration_minutes=60, coach_id=coach.id,
                participants=[person.id], actor=actor,
            )  # fmt: skip
    return ids


def _column(model, col: int) -> list[str]:
    return sorted(model.index(r, col).data() for r in range(model.rowCount()))


def _two_sites(db, actor, ids) -> tuple[int, int]:
    with db.session() as s:
        mrs = create_site(s, name="Marseille", code="MRS", actor=actor)
        avi = create_site(s, name="Avignon", code="AVI", actor=actor)
        move_entrepreneur(s, ids["Durand"], mrs.id, actor=actor)
        move_entrepreneur(s, ids["Martin"], avi.id, actor=actor)
    return mrs.id, avi.id


def test_milestones_page_site_filter(context, qtbot, bus, frozen_clock):
    ids = _people(context.db, context.actor)
    page = MilestonesPage(context)
    qtbot.addWidget(page)
    page.resize(1120, 720)
    page.show()
    make_active(qtbot, page)
    milestones, actions = page.milestones, page.actions
    assert milestones.site_combo.isHidden() and actions.site_combo.isHidden()
    qtbot.waitUntil(lambda: milestones.model.rowCount() == 2)
    mrs, _avi = _two_sites(context.db, context.actor, ids)
    bus.notify({SITE})
    qtbot.waitUntil(lambda: milestones.site_combo.isVisible())
    combo = milestones.site_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All sites",
        "Avignon",
        "Marseille",
    ]
    combo.set_value(mrs)
    qtbot.waitUntil(lambda: milestones.model.rowCount() == 1)
    assert _column(milestones.model, 1) == ["Bilan Durand"]
    page.grab().save("/tmp/sites-milestones-page.png")
    page.tabs.setCurrentWidget(actions)
    qtbot.waitUntil(lambda: actions.model.rowCount() == 2)
    actions.site_combo.set_value(mrs)
    qtbot.waitUntil(lambda: actions.model.rowCount() == 1)
    assert _column(actions.model, 1) == ["Appeler Durand"]


def test_coaching_page_site_filter_and_totals(context, qtbot, bus, frozen_clock):
    ids = _people(context.db, context.actor)
    page = CoachingPage(context)
    qtbot.addWidget(page)
    page.resize(1120, 720)
    page.show()
    make_active(qtbot, page)
    view = page.sessions
    view.apply_filters(period="all")
    assert view.site.isHidden()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    mrs, avi = _two_sites(context.db, context.actor, ids)
    bus.notify({SITE})
    qtbot.waitUntil(lambda: view.site.isVisible())
    view.site.set_value(avi)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    qtbot.waitUntil(lambda: view.last_totals is not None and view.last_totals.sessions == 1)
    assert view.last_totals.entrepreneurs == 1
    assert "Martin" in view.model.index(0, 4).data()
    view.apply_filters(site_id=mrs)
    qtbot.waitUntil(lambda: "Durand" in (view.model.index(0, 4).data() or ""))
    page.grab().save("/tmp/sites-coaching-page.png")
