"""Events attached to a grant in bulk, by selection or by rule (period, kind, course, cohort),
through the same checks and single audit row as people and sessions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from event_helpers import new_event
from funder_fixture import build_funder_fixture
from helpers_people import count_rows, make_actor

from incubator_app.errors import PermissionDenied, ValidationError
from incubator_app.models import AuditEntry
from incubator_app.services.events.records import cancel_event
from incubator_app.services.funding.grant_events import (
    attribute_events,
    list_grant_events,
    unattribute_events,
)
from incubator_app.services.funding.rules import (
    EventRule,
    attribute_events_by_rule,
    preview_event_rule,
)
from incubator_app.services.reporting.event_figures import event_rows

pytestmark = [pytest.mark.core, pytest.mark.clock("2026-11-18 10:00")]


def _events(session, admin):
    def event(kind, days, title):
        return new_event(session, admin, kind=kind, starts_in=timedelta(days=days), title=title)

    ids = {
        "workshop": event("workshop", 7, "Atelier"),
        "training": event("training", 20, "Formation"),
        "next_year": event("workshop", 50, "Atelier 2027"),
        "cancelled": event("workshop", 10, "Annulé"),
    }
    cancel_event(session, ids["cancelled"], reason=None, actor=admin)
    return ids


def test_by_rule_kind_and_period_within_the_grant(session, admin, frozen_clock):
    fx = build_funder_fixture(session)
    ev = _events(session, admin)
    workshops = EventRule(kinds=("workshop",))
    assert preview_event_rule(session, fx.grant_id, workshops, actor=admin) == 1
    assert attribute_events_by_rule(session, fx.grant_id, workshops, actor=admin) == [
        ev["workshop"]
    ]
    # Again: nothing new, no second audit row.
    assert attribute_events_by_rule(session, fx.grant_id, workshops, actor=admin) == []
    december = EventRule(start=date(2026, 12, 1))
    assert preview_event_rule(session, fx.grant_id, december, actor=admin) == 1
    assert attribute_events_by_rule(session, fx.grant_id, december, actor=admin) == [ev["training"]]
    assert list_grant_events(session, fx.grant_id, actor=admin) == sorted(
        [ev["workshop"], ev["training"]]
    )
    audits = count_rows(
        session,
        AuditEntry,
        AuditEntry.entity == "grant_agreement",
        AuditEntry.action == "attribute",
    )
    assert audits == 2
    # The funder report's events section counts them (once they took place).
    frozen_clock.travel_to("2026-12-31 12:00")
    rows = event_rows(session, fx.grant_id, date(2026, 1, 1), date(2026, 12, 31), actor=admin)
    assert {r.title for r in rows} == {"Atelier", "Formation"}
    # An empty rule attaches nothing, never every event.
    assert preview_event_rule(session, fx.grant_id, EventRule(), actor=admin) == 0
    assert attribute_events_by_rule(session, fx.grant_id, EventRule(), actor=admin) == []


def test_by_selection_refuses_events_outside_the_period_writing_nothing(session, admin):
    fx = build_funder_fixture(session)
    ev = _events(session, admin)
    with pytest.raises(ValidationError) as err:
        attribute_events(session, fx.grant_id, [ev["workshop"], ev["next_year"]], actor=admin)
    assert str(ev["next_year"]) in str(err.value.field_errors["event_ids"])
    assert list_grant_events(session, fx.grant_id, actor=admin) == []
    with pytest.raises(ValidationError):
        attribute_events(session, fx.grant_id, [999_999], actor=admin)
    assert attribute_events(session, fx.grant_id, [ev["workshop"]], actor=admin) == [ev["workshop"]]
    assert unattribute_events(session, fx.grant_id, [ev["workshop"]], actor=admin) == [
        ev["workshop"]
    ]
    assert list_grant_events(session, fx.grant_id, actor=admin) == []


@pytest.mark.parametrize(
    "rule",
    [
        EventRule(kinds=("party",)),
        EventRule(start=date(2026, 12, 1), end=date(2026, 11, 1)),
    ],
)
def test_a_bad_rule_names_its_field(session, admin, rule):
    fx = build_funder_fixture(session)
    with pytest.raises(ValidationError):
        attribute_events_by_rule(session, fx.grant_id, rule, actor=admin)


def test_a_coach_cannot_attach(session, admin):
    fx = build_funder_fixture(session)
    ev = _events(session, admin)
    coach = make_actor(session, "coach")
    with pytest.raises(PermissionDenied):
        attribute_events(session, fx.grant_id, [ev["workshop"]], actor=coach)
