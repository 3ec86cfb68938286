"""Several sectors per actor: the codes joined by ", " in the list's order (read by the
territorial view's `sector_classes`), up to all five (53 characters, past the former 40); an
imported free text kept as written; for-profit and non-profit refused together; the export's
sector column."""

from __future__ import annotations

import csv

import pytest
from factories import audit_actions

from incubator_app.errors import ValidationError
from incubator_app.models import DirectoryActor
from incubator_app.services.directory.actors import (
    ACTOR_SECTORS,
    create_actor,
    join_sectors,
    sector_codes,
    update_actor,
)
from incubator_app.services.directory.export import ACTOR_COLUMNS, export_directory
from incubator_app.services.directory.territory import sector_classes

pytestmark = pytest.mark.core


def test_codes_are_read_and_joined_in_the_lists_order():
    assert sector_codes("non_profit, professional") == ("professional", "non_profit")
    assert sector_codes("") == () and sector_codes(None) == ()
    assert sector_codes("professionnel, associatif") is None  # a free text
    assert join_sectors(["public", "amateur"]) == "amateur, public"
    assert join_sectors([]) is None
    every = join_sectors(ACTOR_SECTORS)
    assert len(every) == 53
    # The territorial view reads what the window writes (for-profit and non-profit are one
    # axis: never both).
    for codes in (("professional", "non_profit"), ("amateur", "for_profit", "public")):
        assert sector_classes(join_sectors(codes)) == codes


def test_several_sectors_saved_kept_and_exported(tmp_path, session, admin):
    detail = create_actor(
        session,
        {"name": "Le Tiers-lieu du Canal", "sector": "public, amateur, professional"},
        actor=admin,
    )
    assert detail.values["sector"] == "professional, amateur, public"
    every = "professional, amateur, non_profit, public"
    update_actor(session, detail.id, {"sector": every}, expected_version=None, actor=admin)
    with pytest.raises(ValidationError) as caught:
        update_actor(
            session,
            detail.id,
            {"sector": "for_profit, non_profit"},
            expected_version=None,
            actor=admin,
        )
    assert set(caught.value.field_errors) == {"sector"}
    session.expire_all()
    assert session.get(DirectoryActor, detail.id).sector == every  # nothing written
    # An imported free text, saved unchanged: kept as written, nothing audited.
    imported = DirectoryActor(name="Musée", sector="Structure labellisée, associatif")
    session.add(imported)
    session.commit()
    update_actor(
        session,
        imported.id,
        {"sector": "Structure labellisée, associatif", "name": "Musée"},
        expected_version=None,
        actor=admin,
    )
    assert session.get(DirectoryActor, imported.id).sector == "Structure labellisée, associatif"
    assert audit_actions(session, "directory_actor", imported.id) == []
    assert export_directory(session, tmp_path / "d.csv", actor=admin) == 2
    with open(tmp_path / "d.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    column = list(ACTOR_COLUMNS).index("sector")
    by_name = {r[1]: r[column] for r in rows[1:]}
    assert by_name == {"Le Tiers-lieu du Canal": every, "Musée": "Structure labellisée, associatif"}
