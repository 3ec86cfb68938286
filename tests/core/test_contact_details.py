"""The contacts' list and a contact's window (services/contacts/listing.py, details.py): found by
any word of their name, e-mail or organisation; their consents and everything they took part in;
read by every role; the language is changed only by those who manage events."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import new_event
from factories import make_actor

from incubator_app.errors import NotFound, PermissionDenied
from incubator_app.models import ConsentRecord, Role
from incubator_app.models.directory import ActorContact, DirectoryActor
from incubator_app.services.contacts.details import get_contact_details
from incubator_app.services.contacts.listing import ContactFilter, ContactListSource
from incubator_app.services.contacts.records import add_contact, set_contact_language
from incubator_app.services.events.registrations import register
from incubator_app.services.paging import SortOrder

pytestmark = pytest.mark.core


@pytest.fixture
def people(session, admin) -> dict[str, int]:
    ottilie = add_contact(
        session, name="Ottilie Brandwijk", email="ottilie@example.org", phone="06 12 34 56 78",
        organisation="Théâtre du Quai", language="en", consent=True, actor=admin,
    )  # fmt: skip
    other = add_contact(session, name="Bérénice Aubrac", email="berenice@example.org", actor=admin)
    session.add(
        ConsentRecord(
            contact_id=ottilie.id,
            purpose="newsletter",
            given=True,
            given_on=date(2026, 3, 2),
            source="registration web form",
            text_version="2026-01 v1",
            recorded_by="admin",
        )  # fmt: skip
    )
    actor_row = DirectoryActor(name="Compagnie du Rivage")
    session.add(actor_row)
    session.flush()
    session.add(ActorContact(actor_id=actor_row.id, contact_id=ottilie.id, role="direction"))
    session.commit()
    event_id = new_event(session, admin, title="Atelier budget", capacity=5)
    register(session, event_id, contact_id=ottilie.id, actor=admin)
    session.commit()
    return {"ottilie": ottilie.id, "other": other.id}


def _names(session, actor, **f) -> list[str]:
    source = ContactListSource(actor, ContactFilter(**f))
    rows = source.fetch(session, SortOrder("name"), 0, 50)
    assert source.count(session) == len(rows)
    return [r.name for r in rows]


def test_the_list_finds_a_contact_by_any_word(session, admin, people):
    assert _names(session, admin) == ["Bérénice Aubrac", "Ottilie Brandwijk"]
    assert _names(session, admin, text="brand otti") == ["Ottilie Brandwijk"]
    assert _names(session, admin, text="theatre") == ["Ottilie Brandwijk"]
    assert _names(session, admin, text="berenice@") == ["Bérénice Aubrac"]
    assert _names(session, admin, consent=True) == ["Ottilie Brandwijk"]
    assert _names(session, admin, consent=False) == ["Bérénice Aubrac"]
    (row,) = ContactListSource(admin, ContactFilter(text="ottilie")).fetch(
        session, SortOrder("registrations", True), 0, 10
    )
    assert (row.registrations, row.language, row.phone) == (1, "en", "06 12 34 56 78")


def test_the_window_shows_consents_and_participations(session, admin, people):
    d = get_contact_details(session, people["ottilie"], actor=admin)
    assert d.name == "Ottilie Brandwijk" and d.contact.email == "ottilie@example.org"
    (consent,) = d.consents
    assert (consent.purpose, consent.given_on, consent.source, consent.text_version) == (
        "newsletter", date(2026, 3, 2), "registration web form", "2026-01 v1",
    )  # fmt: skip
    found = {(p.kind, p.title, p.status) for p in d.participations}
    assert found == {
        ("registration", "Atelier budget", "registered"),
        ("actor", "Compagnie du Rivage", "direction"),
    }
    assert get_contact_details(session, people["other"], actor=admin).participations == ()


def test_a_viewer_reads_but_may_not_change_the_language(session, people):
    viewer = make_actor(session, Role.VIEWER)
    assert get_contact_details(session, people["ottilie"], actor=viewer).name
    assert _names(session, viewer, text="ottilie") == ["Ottilie Brandwijk"]
    with pytest.raises(PermissionDenied):
        set_contact_language(session, people["ottilie"], "fr", actor=viewer)
    with pytest.raises(NotFound):
        get_contact_details(session, 999_999, actor=viewer)
