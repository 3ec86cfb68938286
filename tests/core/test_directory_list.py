"""The directory list's filters on their indexes (services/directory/list.py): the name search
without case or accents through the dialect's index (db/directory_index.py), the département as
a range of commune codes, "seen in only one listing" from the kept count."""

from __future__ import annotations

import pytest
from test_directory_linkage import HEADER, assert_listing_counts, write_csv

from incubator_app.services.directory.actors import create_actor, update_actor
from incubator_app.services.directory.list import DirectoryFilter, DirectoryListSource
from incubator_app.services.directory.listings import import_listing
from incubator_app.services.directory.merges import merge_actors
from incubator_app.services.paging import SortOrder

pytestmark = pytest.mark.core


def names(session, admin, **options) -> list[str]:
    source = DirectoryListSource(DirectoryFilter(**options), admin)
    rows = source.fetch(session, SortOrder("name"), 0, 200)
    assert source.count(session) == len(rows)
    return [r.name for r in rows]


def test_filters_search_departement_and_one_listing(tmp_path, session, admin):
    left = [
        ["Théâtre de l'Œuvre", "Marseille", "13001", "13201", "", "", ""],
        ["Jazz à Vienne", "Vienne", "38200", "38544", "", "", ""],
        ["Les Jazzeries", "Ajaccio", "20000", "2A004", "", "", ""],
    ]
    right = [
        ["THEATRE DE L'OEUVRE", "Marseille", "13001", "13201", "", "", ""],
        ["Scène de Bastia", "Bastia", "20200", "2B033", "", "", ""],
    ]
    import_listing(session, write_csv(tmp_path / "a.csv", HEADER, left), source="A", actor=admin)
    import_listing(session, write_csv(tmp_path / "b.csv", HEADER, right), source="B", actor=admin)
    assert len(names(session, admin)) == 5
    # No case, no accents, word starts (« jazz » finds « Jazzeries », not a word's middle).
    assert names(session, admin, text="theatre") == ["THEATRE DE L'OEUVRE", "Théâtre de l'Œuvre"]
    assert names(session, admin, text="THÉÂ oeuv") == names(session, admin, text="theatre")
    assert names(session, admin, text="jazz") == ["Jazz à Vienne", "Les Jazzeries"]
    assert names(session, admin, text="azz") == []
    assert names(session, admin, text="« ; »") == names(session, admin)  # no word: no filter
    # Département codes as ranges: 2A is not 2B, 13 is not 130.
    assert names(session, admin, departement="2A") == ["Les Jazzeries"]
    assert names(session, admin, departement="2B") == ["Scène de Bastia"]
    assert names(session, admin, departement="13") == ["THEATRE DE L'OEUVRE", "Théâtre de l'Œuvre"]
    # Seen in one listing: all five; the two théâtres merged: one actor in two listings.
    assert len(names(session, admin, only_one_listing=True)) == 5
    ids = {
        r.name: r.id
        for r in DirectoryListSource(DirectoryFilter(), admin).fetch(
            session, SortOrder("name"), 0, 200
        )
    }
    merge_actors(session, ids["Théâtre de l'Œuvre"], ids["THEATRE DE L'OEUVRE"], actor=admin)
    assert_listing_counts(session)
    assert names(session, admin, only_one_listing=True) == [
        "Jazz à Vienne",
        "Les Jazzeries",
        "Scène de Bastia",
    ]
    assert names(session, admin, only_one_listing=True, departement="13") == []
    assert names(session, admin, only_one_listing=True, text="jazz") == [
        "Jazz à Vienne",
        "Les Jazzeries",
    ]
    # A typed actor: no listing; a renamed one is found by its new name only.
    typed = create_actor(session, {"name": "Tiers-lieu Écluse"}, actor=admin)
    assert_listing_counts(session)
    assert names(session, admin, text="ecluse") == ["Tiers-lieu Écluse"]
    assert "Tiers-lieu Écluse" not in names(session, admin, only_one_listing=True)
    update_actor(
        session, typed.id, {"name": "La Fabrique"}, expected_version=typed.version_id, actor=admin
    )
    assert names(session, admin, text="ecluse") == []
    assert names(session, admin, text="fabri") == ["La Fabrique"]
