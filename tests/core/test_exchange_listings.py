"""Offers and requests: the professional-activity warning and staff's review, matches between
offers and requests, expiry warnings given once on the app's clock, renewal, filters."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import time_machine
from exchange_helpers import make_members

from incubator_app.errors import ValidationError
from incubator_app.models.exchange import ListingKind, ListingStatus, ProfessionalReview
from incubator_app.services.exchange.accounts import update_account
from incubator_app.services.exchange.listing_list import (
    ListingFilter,
    ListingListSource,
    find_matches,
)
from incubator_app.services.exchange.listings import (
    publish_listing,
    review_professional_activity,
    update_listing,
    warn_expiring_listings,
)
from incubator_app.services.paging import SortOrder

pytestmark = pytest.mark.core
NOW = datetime(2026, 11, 2, 10, tzinfo=UTC)


def _publish(session, actor, account, kind, title, category, **extra):
    return publish_listing(
        session, account_id=account.id, kind=kind, title=title, category=category,
        actor=actor, **extra,
    )  # fmt: skip


def test_an_offer_within_the_members_trade_waits_for_staff(session, admin):
    (lea,) = make_members(session, admin, 1)
    update_account(session, lea.id, {"professional_activity": "Graphiste, affiches"}, actor=admin)
    offer = _publish(
        session, admin, lea, "offer", "Affiche pour un spectacle", "Image et graphisme"
    )
    assert offer.professional_warning
    other = _publish(session, admin, lea, "offer", "Coaching de pitch", "Scène et voix")
    assert not other.professional_warning
    # A request within one's trade is not professional activity.
    asked = _publish(session, admin, lea, "request", "Affiches à coller", "Coup de main")
    assert asked.professional_review is ProfessionalReview.NOT_NEEDED
    refused = review_professional_activity(session, offer.id, allowed=False, actor=admin)
    assert refused.status is ListingStatus.CLOSED
    assert refused.professional_review is ProfessionalReview.REFUSED


def test_matches_pair_offers_and_requests_of_other_members(session, admin):
    lea, hugo, ines = make_members(session, admin, 3)
    offer = _publish(
        session,
        admin,
        lea,
        "offer",
        "Enregistrement d'une maquette",
        "Son et musique",
        tags="enregistrement, Mixage",
        territory="Belsunce",
    )
    close = _publish(
        session,
        admin,
        hugo,
        "request",
        "Maquette à enregistrer",
        "Son et musique",
        tags="enregistrement",
        territory="belsunce",
    )
    far = _publish(session, admin, ines, "request", "Mixage d'un titre", "Vidéo", tags="mixage")
    _publish(session, admin, ines, "request", "Transport de décors", "Coup de main")
    _publish(session, admin, lea, "request", "Maquette à enregistrer", "Son et musique")
    _publish(session, admin, hugo, "offer", "Enregistrement", "Son et musique")  # same kind
    matches = find_matches(session, offer.id, actor=admin)
    assert [m.listing.id for m in matches] == [close.id, far.id]
    assert matches[0].reasons == ("category", "tags", "words", "territory")
    assert offer.tags == "enregistrement,mixage"


def test_expiry_is_warned_once_and_renewal_starts_afresh(session, admin):
    (lea,) = make_members(session, admin, 1)
    with time_machine.travel(NOW, tick=False):
        soon = _publish(
            session,
            admin,
            lea,
            "offer",
            "Coaching de pitch",
            "Scène et voix",
            expires_on=date(2026, 11, 6),
        )
        _publish(
            session,
            admin,
            lea,
            "offer",
            "Logo",
            "Image et graphisme",
            expires_on=date(2026, 12, 20),
        )
        assert [x.id for x in warn_expiring_listings(session, within_days=7, actor=admin)] == [
            soon.id
        ]
        assert warn_expiring_listings(session, within_days=7, actor=admin) == []
        renewed = update_listing(session, soon.id, {"expires_on": date(2027, 2, 1)}, actor=admin)
        assert renewed.expiry_warned_on is None
        with pytest.raises(ValidationError):
            update_listing(session, soon.id, {"expires_on": date(2026, 1, 1)}, actor=admin)
    with time_machine.travel(datetime(2027, 1, 28, 10, tzinfo=UTC), tick=False):
        assert [x.id for x in warn_expiring_listings(session, within_days=7, actor=admin)] == [
            soon.id
        ]
        # The logo offer has expired: out of the list unless asked for.
        listed = ListingListSource(admin).fetch(session, SortOrder(), 0, 10)
        assert [x.title for x in listed] == ["Coaching de pitch"]
        everything = ListingListSource(admin, ListingFilter(include_expired=True))
        assert everything.count(session) == 2


def test_list_filters_and_sorts_in_sql(session, admin):
    lea, hugo = make_members(session, admin, 2)
    for title, kind, category in (
        ("Relecture d'un dossier de subvention", "offer", "Écriture et relecture"),
        ("Affiche pour un spectacle", "request", "Image et graphisme"),
        ("Coaching de pitch", "offer", "Scène et voix"),
    ):
        _publish(session, admin, lea if kind == "offer" else hugo, kind, title, category)
    offers = ListingListSource(admin, ListingFilter(kind=ListingKind.OFFER))
    assert offers.count(session) == 2
    titles = [x.title for x in offers.fetch(session, SortOrder("title", True), 0, 10)]
    assert titles == ["Relecture d'un dossier de subvention", "Coaching de pitch"]
    found = ListingListSource(admin, ListingFilter(text="SUBVENTION"))
    assert [x.author for x in found.fetch(session, SortOrder(), 0, 10)] == ["Léa Membre0"]
