"""A call's pool from the people of the app: entrepreneurs and contacts (the people of the
directory's actors among them), their categories filled from what the app knows (the actor's
sector and kind, the commune's EPCI and size) and changed by the staff; a draw runs on them."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from incubator_app.errors import NotFound
from incubator_app.models import ActorContact, AuditEntry, CooperationVolunteer, DirectoryActor
from incubator_app.services.administration.reference_lists import create_discipline
from incubator_app.services.contacts.records import add_contact
from incubator_app.services.cooperation.calls import (
    add_people_to_pool,
    create_call,
    list_volunteers,
    set_volunteer_categories,
)
from incubator_app.services.cooperation.recorded_draws import freeze_draw, perform_draw
from incubator_app.services.entrepreneurs.records import create_entrepreneur

pytestmark = pytest.mark.core


def _people(session, admin):
    danse = create_discipline(session, code="danse", label="Danse", actor=admin)
    e = create_entrepreneur(
        session, first_name="Hélène", last_name="Durand", commune="Tavernes",
        postal_code="83670", discipline_id=danse.id, actor=admin,
    )  # fmt: skip
    paul = add_contact(session, name="Paul Martin", email="paul@exemple.fr", actor=admin)
    lina = add_contact(session, name="Lina Benali", commune="Aubagne", actor=admin)
    theatre = DirectoryActor(
        name="Théâtre du Merlan", kind="venue", sector="professionnel, public",
        disciplines=["théâtre", "danse"], commune_insee="13055",
    )  # fmt: skip
    session.add(theatre)
    session.flush()
    session.add(ActorContact(actor_id=theatre.id, contact_id=paul.id, role="programmation"))
    session.commit()
    return e.id, paul.id, lina.id


def test_people_join_the_pool_with_their_categories(session, admin):
    e, paul, lina = _people(session, admin)
    call = create_call(session, title="Binômes", group_size=2, actor=admin)
    added = add_people_to_pool(
        session, call, [("entrepreneur", e), ("contact", paul), ("contact", lina)], actor=admin
    )
    assert len(added) == 3
    # Again: those already in the pool stay as they are.
    assert add_people_to_pool(session, call, [("contact", paul)], actor=admin) == []
    pool = {v.code: v for v in list_volunteers(session, call, actor=admin)}
    assert pool[f"e{e}"].categories == {
        "statut": "pro", "role": "artiste", "discipline": "danse",
        "epci": "communauté de communes provence verdon", "milieu": "rural",
    }  # fmt: skip
    assert pool[f"c{paul}"].categories == {
        "statut": "pro", "secteur": "public", "role": "institution", "discipline": "théâtre",
        "epci": "métropole d'aix-marseille-provence", "milieu": "urbain",
    }  # fmt: skip
    assert pool[f"c{paul}"].name == "Paul Martin"
    assert pool[f"c{paul}"].organisation == "théâtre du merlan"
    assert pool[f"c{paul}"].email == "paul@exemple.fr"
    assert pool[f"c{lina}"].categories == {
        "role": "habitant", "epci": "métropole d'aix-marseille-provence", "milieu": "urbain",
    }  # fmt: skip

    # The staff correct a category: audited; a draw runs on the pool.
    changed = set_volunteer_categories(
        session, pool[f"c{lina}"].id, {**pool[f"c{lina}"].categories, "role": "Élu", "x": " "},
        actor=admin,
    )  # fmt: skip
    assert changed.categories["role"] == "élu" and "x" not in changed.categories
    assert (
        session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "cooperation_volunteer")
        ).all()[-1]
        == "update"
    )
    draw = freeze_draw(session, call, actor=admin)
    view = perform_draw(session, draw.id, "7 12 19 33 41", actor=admin)
    assert view.seed is not None


def test_an_unknown_person_adds_nobody(session, admin):
    e, _paul, _lina = _people(session, admin)
    call = create_call(session, title="Binômes", group_size=2, actor=admin)
    with pytest.raises(NotFound):
        add_people_to_pool(session, call, [("entrepreneur", e), ("contact", 404)], actor=admin)
    assert session.scalars(select(CooperationVolunteer)).all() == []


def test_categories_are_stored_as_json(session, admin):
    e, _paul, _lina = _people(session, admin)
    call = create_call(session, title="Binômes", group_size=2, actor=admin)
    (vid,) = add_people_to_pool(session, call, [("entrepreneur", e)], actor=admin)
    assert json.loads(session.get(CooperationVolunteer, vid).categories)["statut"] == "pro"
