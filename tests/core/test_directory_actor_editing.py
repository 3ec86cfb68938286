"""The actor window's service: a person's edits (validated, audited, recorded as the field's
source, kept by an unmerge) and an actor's links to actors, contacts and entrepreneurs."""

from __future__ import annotations

from datetime import timedelta

import pytest
from factories import audit_actions, audit_rows, make_actor, make_entrepreneur
from sqlalchemy import func, select
from test_directory_linkage import HEADER, write_csv

from incubator_app.errors import ConflictError, PermissionDenied, ValidationError
from incubator_app.models import ActorEntrepreneur, ActorLink, Contact, DirectoryActor
from incubator_app.services.directory.actors import (
    create_actor,
    find_actors,
    get_actor,
    update_actor,
)
from incubator_app.services.directory.links import (
    actor_links,
    link_actors,
    link_contact,
    link_entrepreneur,
    unlink_actors,
    unlink_contact,
    unlink_entrepreneur,
)
from incubator_app.services.directory.listings import import_listing
from incubator_app.services.directory.merges import merge_actors, unmerge

pytestmark = pytest.mark.core


def _two_actors(tmp_path, session, admin) -> list[int]:
    rows = [
        ["Musée municipal", "Vence", "06140", "", "vence.fr", "", "1990"],
        ["Réseau des musées du Sud", "Nice", "06000", "", "", "reseau@musees.fr", ""],
    ]
    import_listing(session, write_csv(tmp_path / "l.csv", HEADER, rows), source="DRAC", actor=admin)
    return list(session.scalars(select(DirectoryActor.id).order_by(DirectoryActor.id)))


def test_an_edit_is_validated_audited_and_becomes_the_fields_source(tmp_path, session, admin):
    first, _ = _two_actors(tmp_path, session, admin)
    detail = get_actor(session, first, actor=admin)
    assert detail.origins["website"].source == "DRAC" and detail.origins["website"].row_number == 1
    assert detail.commune == "Vence" and detail.departement == "Alpes-Maritimes"

    with pytest.raises(ValidationError) as caught:
        update_actor(
            session,
            first,
            {
                "siret": "73282932000075",  # Luhn fails
                "email": "04 93 58 06 38",
                "commune_insee": "99999",
                "phone": "12",
                "website": "pas un site",
                "rna": "X123",
                "name": " ",
            },
            expected_version=detail.version_id,
            actor=admin,
        )
    assert set(caught.value.field_errors) == {
        "siret", "email", "commune_insee", "phone", "website", "rna", "name"
    }  # fmt: skip
    assert "73282932000075" in str(caught.value.field_errors["siret"])
    session.expire_all()
    assert get_actor(session, first, actor=admin).version_id == detail.version_id  # nothing

    after = update_actor(
        session,
        first,
        {
            "name": "Musée d'art de Vence",
            "aliases": "MAV; Musée municipal, MAV",
            "siret": "732 829 320 00074",
            "siren": "",
            "website": "https://www.museedevence.fr/accueil",
            "phone": "+33 (0)4 93 58 06 38",
            "commune_insee": "6157",
            "kind": "musée",
        },
        expected_version=detail.version_id,
        actor=admin,
    )
    assert after.values["aliases"] == ["MAV", "Musée municipal"]
    assert after.values["siret"] == "73282932000074" and after.values["siren"] == "732829320"
    assert after.values["website"] == "museedevence.fr"
    assert after.values["phone"] == "0493580638" and after.values["commune_insee"] == "06157"
    assert after.origins["website"].user == admin.login
    assert after.origins["postal_code"].source == "DRAC"  # untouched fields keep their source
    rows = audit_rows(session, "directory_actor", first)
    assert rows[-1].action == "update" and rows[-1].changes["website"] == [
        "vence.fr",
        "museedevence.fr",
    ]
    # An edit over a version the person has not seen is refused.
    with pytest.raises(ConflictError):
        update_actor(session, first, {"name": "X"}, expected_version=detail.version_id, actor=admin)
    viewer = make_actor(session, "viewer")
    with pytest.raises(PermissionDenied):
        update_actor(session, first, {"name": "X"}, expected_version=None, actor=viewer)


def test_an_unmerge_keeps_what_a_person_typed_since(tmp_path, session, admin, frozen_clock):
    first, second = _two_actors(tmp_path, session, admin)
    merge_id = merge_actors(session, first, second, actor=admin)
    merged = get_actor(session, first, actor=admin)
    assert merged.values["email"] == "reseau@musees.fr"
    frozen_clock.shift(timedelta(minutes=5))
    update_actor(
        session, first, {"phone": "0493580638"}, expected_version=merged.version_id, actor=admin
    )
    unmerge(session, merge_id, actor=admin)
    session.expire_all()
    back = get_actor(session, first, actor=admin)
    assert back.values["email"] is None  # the merge's gift goes back
    assert back.values["phone"] == "0493580638"  # the person's edit stays
    assert back.origins["phone"].user == admin.login
    assert back.origins["website"].source == "DRAC"


def test_links_to_actors_contacts_and_entrepreneurs(tmp_path, session, admin):
    museum, network = _two_actors(tmp_path, session, admin)
    assert [c.id for c in find_actors(session, "réseau sud", actor=admin)] == [network]
    link_id = link_actors(session, museum, network, "member_of", actor=admin)
    with pytest.raises(ConflictError):
        link_actors(session, museum, network, "member_of", actor=admin)
    with pytest.raises(ValidationError):
        link_actors(session, museum, museum, "partner_of", actor=admin)
    with pytest.raises(ValidationError):
        link_actors(session, museum, network, "sister_of", actor=admin)
    link_actors(session, network, museum, "partner_of", actor=admin)
    with pytest.raises(ConflictError):  # a partnership goes both ways
        link_actors(session, museum, network, "partner_of", actor=admin)
    seen_from_network = actor_links(session, network, actor=admin).actors
    assert [(a.kind, a.other_id) for a in seen_from_network] == [
        ("has_member", museum),
        ("partner_of", museum),
    ]
    contact = Contact(first_name="Ottilie", last_name="Brandwijk")
    session.add(contact)
    session.commit()
    person = make_entrepreneur(session, "Basile", "Quillembert")
    link_contact(session, museum, contact.id, "  conservatrice ", actor=admin)
    link_contact(session, museum, contact.id, "directrice", actor=admin)  # the role changes
    link_entrepreneur(session, museum, person.id, "partner_venue", actor=admin)
    with pytest.raises(ValidationError):
        link_entrepreneur(session, museum, person.id, "landlord", actor=admin)
    links = actor_links(session, museum, actor=admin)
    assert [(c.name, c.kind) for c in links.contacts] == [("Ottilie Brandwijk", "directrice")]
    assert [(e.name, e.kind) for e in links.entrepreneurs] == [
        ("Basile Quillembert", "partner_venue")
    ]
    assert audit_actions(session, "directory_actor", museum).count("link") == 5
    unlink_actors(session, link_id, actor=admin)
    unlink_contact(session, museum, contact.id, actor=admin)
    unlink_entrepreneur(session, museum, person.id, actor=admin)
    links = actor_links(session, museum, actor=admin)
    assert [a.kind for a in links.actors] == ["partner_of"]
    assert not links.contacts and not links.entrepreneurs
    assert session.scalar(select(func.count()).select_from(ActorLink)) == 1
    assert session.scalar(select(func.count()).select_from(ActorEntrepreneur)) == 0
    assert audit_actions(session, "directory_actor", museum).count("unlink") == 3
    # A merge moves no link: the network's person shows in the museum's window (the link is
    # still on the network, so that an unmerge has nothing to undo); the partnership between
    # the two is no longer shown; a merged actor takes no new link.
    link_contact(session, network, contact.id, "trésorière", actor=admin)
    merge_actors(session, museum, network, actor=admin)
    links = actor_links(session, museum, actor=admin)
    assert [(c.name, c.kind, c.holder) for c in links.contacts] == [
        ("Ottilie Brandwijk", "trésorière", network)
    ]
    assert links.actors == []
    with pytest.raises(ConflictError):
        link_contact(session, network, contact.id, None, actor=admin)
    unlink_contact(session, network, contact.id, actor=admin)
    assert actor_links(session, museum, actor=admin).contacts == []


def test_an_actor_typed_by_hand(session, admin):
    def count() -> int:
        return session.scalar(select(func.count()).select_from(DirectoryActor))

    with pytest.raises(ValidationError) as caught:
        create_actor(session, {"siret": "73282932000075", "kind": "venue"}, actor=admin)
    assert set(caught.value.field_errors) == {"name", "siret"}
    assert count() == 0  # nothing written
    detail = create_actor(
        session,
        {
            "name": "  Le Tiers-lieu  du Canal ",
            "kind": "third_place",
            "sector": "non_profit",
            "disciplines": "Musique; Arts visuels",
            "commune_insee": "13055",
            "website": "https://tiers-canal.fr/",
        },
        actor=admin,
    )
    assert count() == 1
    assert detail.values["name"] == "Le Tiers-lieu du Canal"
    assert detail.values["disciplines"] == ["Musique", "Arts visuels"]
    assert detail.values["website"] == "tiers-canal.fr" and detail.commune == "Marseille"
    assert detail.sources == [] and detail.origins["kind"].user == admin.login
    assert "postal_code" not in detail.origins  # only the fields given
    assert audit_actions(session, "directory_actor", detail.id) == ["create"]
    # It is an actor like the others: found, edited, linked.
    assert [c.id for c in find_actors(session, "canal", actor=admin)] == [detail.id]
    update_actor(session, detail.id, {"phone": "04 91 00 00 00"}, expected_version=None,
                 actor=admin)  # fmt: skip
    with pytest.raises(PermissionDenied):
        create_actor(session, {"name": "X"}, actor=make_actor(session, "viewer"))


def test_coordinates_and_registry_ids_are_checked_and_audited(tmp_path, session, admin):
    first, _ = _two_actors(tmp_path, session, admin)
    detail = get_actor(session, first, actor=admin)
    for values, wrong in (
        ({"latitude": "91", "longitude": "7.1"}, {"latitude"}),
        ({"latitude": "43.7", "longitude": "-180.5"}, {"longitude"}),
        ({"latitude": "nord", "longitude": "nan"}, {"latitude", "longitude"}),
        ({"latitude": "43.7", "longitude": ""}, {"longitude"}),  # both or neither
        ({"registry_ids": "museofile M0966"}, {"registry_ids"}),
        ({"registry_ids": ": M0966"}, {"registry_ids"}),
        ({"siret": "732 829 320 00075"}, {"siret"}),
    ):
        with pytest.raises(ValidationError) as caught:
            update_actor(session, first, values, expected_version=detail.version_id, actor=admin)
        assert set(caught.value.field_errors) == wrong, values
    session.expire_all()
    assert get_actor(session, first, actor=admin).version_id == detail.version_id  # nothing
    assert audit_actions(session, "directory_actor", first) == []

    after = update_actor(
        session,
        first,
        {
            "latitude": "43,7225",
            "longitude": "\u22127.1139",
            "registry_ids": "Muséofile: M0966;\nDEPS = 06-123 ; ",
        },
        expected_version=detail.version_id,
        actor=admin,
    )
    assert (after.values["latitude"], after.values["longitude"]) == (43.7225, -7.1139)
    assert after.values["registry_ids"] == {"museofile": "M0966", "deps": "06-123"}
    assert after.origins["latitude"].user == admin.login
    changes = audit_rows(session, "directory_actor", first)[-1].changes
    assert changes["latitude"] == [None, 43.7225] and changes["registry_ids"][1]["deps"] == "06-123"
    # Cleared together.
    cleared = update_actor(
        session,
        first,
        {"latitude": "", "longitude": " ", "registry_ids": ""},
        expected_version=after.version_id,
        actor=admin,
    )
    assert cleared.values["latitude"] is None and cleared.values["registry_ids"] == {}
