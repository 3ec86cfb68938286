"""The quick search finds contacts (services/contacts/quick_search.py) by any word of their name,
e-mail or organisation, accents and case aside; an erased contact (`gdpr erase --contact`) is
found neither there nor in the contacts' list."""

from __future__ import annotations

import pytest
from factories import make_actor

from incubator_app.models import Contact, Role
from incubator_app.services.contacts.listing import ContactFilter, ContactListSource
from incubator_app.services.contacts.quick_search import quick_search_contacts
from incubator_app.services.contacts.records import add_contact
from incubator_app.services.paging import SortOrder
from incubator_app.services.privacy.erasure import erase_person
from incubator_app.services.privacy.people import PersonRef
from incubator_app.services.privacy.policy import ANONYMISED

pytestmark = pytest.mark.core


@pytest.fixture
def people(session, admin) -> dict[str, int]:
    ottilie = add_contact(
        session, name="Ottilie Brandwijk", email="ottilie@example.org",
        organisation="Théâtre du Quai", actor=admin,
    )  # fmt: skip
    berenice = add_contact(
        session, name="Bérénice Aubrac", email="b.aubrac@compagnie.fr", actor=admin
    )
    session.commit()
    return {"ottilie": ottilie.id, "berenice": berenice.id}


def _found(session, actor, text) -> list[str]:
    return [h.display_name for h in quick_search_contacts(session, text, actor=actor)]


def test_found_by_name_email_or_organisation_without_accents(session, admin, people):
    assert _found(session, admin, "berenice") == ["Bérénice Aubrac"]
    assert _found(session, admin, "AUBR bere") == ["Bérénice Aubrac"]
    assert _found(session, admin, "compagnie") == ["Bérénice Aubrac"]
    assert _found(session, admin, "theatre quai") == ["Ottilie Brandwijk"]
    assert _found(session, admin, "ottilie@example") == ["Ottilie Brandwijk"]
    assert _found(session, admin, "  ") == []
    assert _found(session, admin, "zorglub") == []
    (hit,) = quick_search_contacts(session, "brand", actor=admin)
    assert (hit.id, hit.email, hit.organisation) == (
        people["ottilie"], "ottilie@example.org", "Théâtre du Quai",
    )  # fmt: skip


def test_read_by_every_role_that_sees_the_contacts(session, people):
    viewer = make_actor(session, Role.VIEWER)
    assert _found(session, viewer, "ottilie") == ["Ottilie Brandwijk"]


def test_best_few_only(session, admin):
    for n in range(12):
        add_contact(session, name=f"Marin Numéro{n:02d}", actor=admin)
    session.commit()
    assert len(quick_search_contacts(session, "marin", actor=admin)) == 8
    assert len(quick_search_contacts(session, "marin", actor=admin, limit=50)) == 12


def test_an_erased_contact_is_no_longer_listed_nor_found(session, admin, people):
    erase_person(session, PersonRef("contact", people["ottilie"]), actor=admin)
    session.expire_all()
    assert session.get(Contact, people["ottilie"]).last_name == ANONYMISED  # kept for counts
    assert _found(session, admin, "ottilie") == []
    assert _found(session, admin, "anonymised") == []
    source = ContactListSource(admin)
    assert [r.name for r in source.fetch(session, SortOrder("name"), 0, 50)] == ["Bérénice Aubrac"]
    assert source.count(session) == 1
    everyone = ContactListSource(admin, ContactFilter(include_erased=True))
    assert everyone.count(session) == 2
