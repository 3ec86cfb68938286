"""One matching rule for typed text everywhere (services/text_match.py): the quick search, the
entrepreneurs list filter, the exchange's members and listings filters, the pickers."""

from __future__ import annotations

import pytest
from exchange_helpers import make_members
from factories import make_entrepreneur

from incubator_app.services.coaching.lookup import find_entrepreneur_choices
from incubator_app.services.entrepreneurs.list import EntrepreneurFilter, EntrepreneurListSource
from incubator_app.services.entrepreneurs.quick_search import quick_search_entrepreneurs
from incubator_app.services.exchange.balances import BalanceFilter, BalanceListSource
from incubator_app.services.exchange.listing_list import ListingFilter, ListingListSource
from incubator_app.services.exchange.listings import publish_listing
from incubator_app.services.paging import SortOrder
from incubator_app.services.text_match import text_matches

pytestmark = pytest.mark.core

QUERIES = ["franc", "FRANÇ", "garc", "Garçon fran", "françois garçon", "gar fr"]


@pytest.mark.parametrize(
    ("query", "fields", "expected"),
    [
        ("franc", ["François Garçon"], True),
        ("GARC fran", ["François", "Garçon"], True),
        ("oeuv", ["Cœur d'Œuvre"], True),
        ("coeur", ["Cœur d'Œuvre"], True),
        ("rcon", ["François Garçon"], False),  # inside a word
        ("franc x", ["François Garçon"], False),  # every word must be found
        ("  ,; ", ["anything"], True),  # no word, no restriction
        ("martin", [None, "lea.martin@example.org"], True),
    ],
)
def test_text_matches_in_memory(query, fields, expected) -> None:
    assert text_matches(query, fields) is expected


@pytest.mark.parametrize("query", QUERIES)
def test_list_filter_finds_whom_the_quick_search_finds(session, admin, query) -> None:
    francois = make_entrepreneur(session, "François", "Garçon")
    make_entrepreneur(session, "Frank", "Martin")
    quick = [h.id for h in quick_search_entrepreneurs(session, query, actor=admin)]
    source = EntrepreneurListSource(EntrepreneurFilter(text=query), admin)
    listed = [r.id for r in source.fetch(session, SortOrder(), 0, 50)]
    picked = [c.id for c in find_entrepreneur_choices(session, query, actor=admin)]
    assert quick == listed == picked == [francois.id]
    assert source.count(session) == 1


def test_exchange_filters_follow_the_same_rule(session, admin) -> None:
    lea, hugo = make_members(session, admin, 2)  # Léa Membre0, Hugo Membre1
    publish_listing(
        session,
        account_id=lea.id,
        kind="offer",
        title="Relecture d'un dossier de subvention",
        category="Écriture et relecture",
        description="Théâtre, écriture",
        actor=admin,
    )
    publish_listing(
        session,
        account_id=hugo.id,
        kind="request",
        title="Affiche pour un spectacle",
        category="Image et graphisme",
        actor=admin,
    )

    def members(text: str) -> list[str]:
        source = BalanceListSource(admin, BalanceFilter(text=text))
        rows = source.fetch(session, SortOrder(), 0, 20)
        assert source.count(session) == len(rows)
        return [r.label for r in rows]

    def listings(text: str) -> list[str]:
        source = ListingListSource(admin, ListingFilter(text=text))
        rows = source.fetch(session, SortOrder(), 0, 20)
        assert source.count(session) == len(rows)
        return [r.title for r in rows]

    assert members("LEA") == ["Léa Membre0"]
    assert members("membre1 hug") == ["Hugo Membre1"]
    assert members("embre") == []
    assert listings("theatre") == ["Relecture d'un dossier de subvention"]
    assert listings("SUBV rel") == ["Relecture d'un dossier de subvention"]
    assert listings("ffiche") == []
    assert listings("affi spect") == ["Affiche pour un spectacle"]


def test_names_that_differ_only_by_accents_case_or_spacing_are_duplicates(session, admin) -> None:
    from datetime import date

    from incubator_app.errors import ConflictError
    from incubator_app.services.entrepreneurs.cohorts import create_cohort
    from incubator_app.services.funding.grants import create_funder
    from incubator_app.services.shared_services.catalogue import create_shared_service

    create_cohort(session, name="Promotion Été 2026", start_date=date(2026, 6, 1), actor=admin)
    with pytest.raises(ConflictError):
        create_cohort(session, name="promotion ete  2026", start_date=date(2026, 6, 1), actor=admin)
    create_cohort(session, name="Promotion Été 2027", start_date=date(2027, 6, 1), actor=admin)

    def service(name: str):
        return create_shared_service(
            session, name=name, category="Locaux", unit="hour", unit_price_cents=1200, actor=admin
        )

    service("Salle de répétition")
    with pytest.raises(ConflictError):
        service("SALLE DE REPETITION")
    service("Salle de réunion")

    create_funder(session, name="Région Sud", kind="region", actor=admin)
    with pytest.raises(ConflictError):
        create_funder(session, name="region sud", kind="region", actor=admin)
