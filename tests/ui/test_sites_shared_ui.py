"""Sites of services and events in the UI: the events page's site filter and the site field
of a new event or service exist only from two sites on; a service's site shows in the
catalogue."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from activation import make_active

from incubator_app import clock
from incubator_app.models.vocabulary import Role
from incubator_app.services.events.records import create_event
from incubator_app.services.shared_services.catalogue import (
    create_shared_service,
    get_shared_service,
)
from incubator_app.services.sites.records import create_site
from incubator_app.ui.changes import SITE
from incubator_app.ui.events.event_dialog import EventDialog
from incubator_app.ui.pages.events import EventsPage
from incubator_app.ui.pages.shared_services import SharedServicesPage
from incubator_app.ui.services.service_dialog import ServiceDialog

pytestmark = pytest.mark.clock("2026-11-02 09:00")


def _event(session, actor, title: str, site_id: int | None) -> None:
    starts = datetime(2026, 12, 1, 14, tzinfo=clock.zone())
    create_event(
        session,
        title=title,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        capacity=10,
        site_id=site_id,
        actor=actor,
    )


def _titles(page) -> list[str]:
    return sorted(page.model.index(r, 1).data() for r in range(page.model.rowCount()))


def test_events_site_filter_and_new_events_site(context, qtbot, bus, frozen_clock):
    page = EventsPage(context)
    qtbot.addWidget(page)
    page.resize(1120, 720)
    page.show()
    qtbot.waitExposed(page)
    assert page.site.isHidden()
    dialog = EventDialog(context, page)
    assert not dialog.site.shown
    dialog.deleteLater()
    with context.db.session() as s:
        mrs = create_site(s, name="Marseille", code="MRS", actor=context.actor)
        avi = create_site(s, name="Avignon", code="AVI", actor=context.actor)
        _event(s, context.actor, "Atelier à Marseille", mrs.id)
        _event(s, context.actor, "Atelier à Avignon", avi.id)
        _event(s, context.actor, "Rencontre du réseau", None)
    bus.notify({SITE})
    qtbot.waitUntil(lambda: page.site.isVisible())
    assert [page.site.itemText(i) for i in range(page.site.count())] == [
        "All sites",
        "Avignon",
        "Marseille",
    ]
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.site.set_value(mrs.id)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert _titles(page) == ["Atelier à Marseille", "Rencontre du réseau"]
    # A new event: the administrator's default is the whole network, a site may be picked.
    dialog = EventDialog(context, page)
    qtbot.addWidget(dialog)
    assert dialog.site.shown and dialog.site.value() is None
    assert [dialog.site.itemText(i) for i in range(dialog.site.count())] == [
        "Whole network",
        "Avignon",
        "Marseille",
    ]
    dialog.site.set_value(avi.id)
    dialog.title.setText("Visite d'atelier")
    dialog.show()
    dialog.save()
    qtbot.waitUntil(lambda: dialog.created_id is not None)
    page.site.set_value(avi.id)
    qtbot.waitUntil(lambda: "Visite d'atelier" in _titles(page))
    page.grab().save("/tmp/sites-events-page.png")


def test_service_site_in_dialog_and_catalogue(context, qtbot, db, frozen_clock):
    with db.session() as s:
        mrs = create_site(s, name="Marseille", code="MRS", actor=context.actor)
        create_site(s, name="Avignon", code="AVI", actor=context.actor)
        studio = create_shared_service(
            s,
            name="Studio",
            category="Rehearsal room",
            unit="hour",
            unit_price_cents=1500,
            bookable=True,
            site_id=mrs.id,
            actor=context.actor,
        )
        create_shared_service(
            s,
            name="Expertise comptable",
            category="Accounting",
            unit="hour",
            unit_price_cents=6000,
            actor=context.actor,
        )
    page = SharedServicesPage(context)
    qtbot.addWidget(page)
    page.resize(1120, 720)
    page.show()
    make_active(qtbot, page)
    page.tabs.setCurrentWidget(page.catalogue)
    tab = page.catalogue
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    assert not tab.table.isColumnHidden(tab.SITE_COLUMN)
    sites = {
        tab.model.index(r, 1).data(): tab.model.index(r, tab.SITE_COLUMN).data() for r in range(2)
    }
    assert sites == {"Studio": "Marseille", "Expertise comptable": "Whole network"}
    page.grab().save("/tmp/sites-catalogue.png")
    with db.session() as s:
        view = get_shared_service(s, studio.id, actor=context.actor)
    dialog = ServiceDialog(context, view, parent=page)
    qtbot.addWidget(dialog)
    assert dialog.site.shown and dialog.site.value() == mrs.id
    dialog.site.set_value(None)
    dialog.show()
    dialog.grab().save("/tmp/sites-service-dialog.png")
    dialog._save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with db.session() as s:
        assert get_shared_service(s, studio.id, actor=context.actor).site_id is None


def test_single_site_install_shows_no_site(context, qtbot):
    assert Role.ADMIN is context.actor.role
    dialog = ServiceDialog(context)
    qtbot.addWidget(dialog)
    assert not dialog.site.shown and dialog.site.isHidden()


def test_another_sites_person_is_refused_in_words(context, qtbot, settings, ops, bus):
    from incubator_app.services.administration.users import actor_for_user, create_user
    from incubator_app.services.entrepreneurs.records import create_entrepreneur
    from incubator_app.services.sites.members import add_member
    from incubator_app.services.sites.moves import move_entrepreneur
    from incubator_app.ui.context import AppContext
    from incubator_app.ui.pages.entrepreneurs import EntrepreneursPage

    db, admin = context.db, context.actor
    with db.session() as s:
        mrs = create_site(s, name="Marseille", code="MRS", actor=admin)
        avi = create_site(s, name="Avignon", code="AVI", actor=admin)
        user = create_user(
            s,
            login="staff-mrs",
            display_name="Équipe Marseille",
            role="staff",
            password="password-123",
            actor=admin,
        )
        add_member(s, mrs.id, user.id, Role.STAFF, actor=admin)
        person = create_entrepreneur(s, first_name="Inès", last_name="Martin", actor=admin)
        move_entrepreneur(s, person.id, avi.id, actor=admin)
        staff = actor_for_user(s, user.id)
    page = EntrepreneursPage(AppContext(db, staff, context.profile, settings, ops, bus))
    qtbot.addWidget(page)
    page.resize(1120, 720)
    page.show()
    qtbot.waitExposed(page)
    assert page.open_record(person.id) is None
    box = page.refusal
    assert "Avignon" in box.text() and "Martin" not in box.text()
    box.grab().save("/tmp/sites-refusal.png")
    box.close()
