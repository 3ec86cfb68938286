"""A volunteer's categories filled from what the app knows, for the staff to check and change.

The category names and values are those of the pools and quota files (French, lower case):

- `statut`: pro / amateur — the directory actor's sector; entrepreneurs are professionals;
- `secteur`: lucratif / non lucratif / public — the actor's sector;
- `role`: institution / association / artiste / habitant / élu — the actor's kind (a venue, a
  museum, a library, a school or a public body is an institution; a company an artist; a
  festival, a third place or an association an association); an entrepreneur is an artist, a
  contact without an organisation an inhabitant (an elected official is typed by hand);
- `discipline`: the entrepreneur's discipline, or the actor's first one;
- `epci`: the intercommunality of the commune (the directory's commune reference);
- `milieu`: urbain / rural — from the commune's population (2,000 inhabitants and more:
  urbain, INSEE's historical threshold; the staff correct it where the commune is a suburb).

Nothing is guessed when nothing is known: the category is then left out.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.models import ActorContact, Contact, DirectoryActor, Discipline, Entrepreneur
from incubator_app.services.directory.communes import Commune, commune_reference, resolve_commune
from incubator_app.services.directory.territory import sector_classes

#: The categories filled here, in the order they are shown.
CATEGORIES = ("statut", "secteur", "role", "discipline", "epci", "milieu")
URBAN_POPULATION = 2_000
_ROLE_OF_KIND = {
    "venue": "institution",
    "museum": "institution",
    "library": "institution",
    "school": "institution",
    "public": "institution",
    "company": "artiste",
    "festival": "association",
    "third_place": "association",
    "association": "association",
}


def _place(categories: dict[str, str], commune: Commune | None) -> None:
    if commune is None:
        return
    if commune.parent and not commune.epci:  # a district of Paris, Lyon or Marseille
        commune = commune_reference().get(commune.parent) or commune
    epci = commune_reference().epci_name(commune.epci)
    if epci:
        categories["epci"] = epci.lower()
    if commune.population is not None:
        categories["milieu"] = "urbain" if commune.population >= URBAN_POPULATION else "rural"


def _sector(categories: dict[str, str], sector: str | None) -> None:
    classes = sector_classes(sector)
    if "professional" in classes:
        categories["statut"] = "pro"
    elif "amateur" in classes:
        categories["statut"] = "amateur"
    if "public" in classes:
        categories["secteur"] = "public"
    elif "non_profit" in classes:
        categories["secteur"] = "non lucratif"
    elif "for_profit" in classes:
        categories["secteur"] = "lucratif"


def entrepreneur_categories(session: Session, entrepreneur_id: int) -> dict[str, str]:
    e = session.get(Entrepreneur, entrepreneur_id)
    if e is None:
        return {}
    categories = {"statut": "pro", "role": "artiste"}
    if e.discipline_id is not None:
        discipline = session.get(Discipline, e.discipline_id)
        if discipline is not None:
            categories["discipline"] = discipline.label.lower()
    if e.commune or e.postal_code:
        _place(categories, resolve_commune(postal=e.postal_code, name=e.commune))
    return categories


def contact_actor(session: Session, contact_id: int) -> DirectoryActor | None:
    """The directory actor a contact works for or with (the first by name), if any."""
    return session.scalars(
        select(DirectoryActor)
        .join(ActorContact, ActorContact.actor_id == DirectoryActor.id)
        .where(ActorContact.contact_id == contact_id, DirectoryActor.merged_into_id.is_(None))
        .order_by(DirectoryActor.name, DirectoryActor.id)
        .limit(1)
    ).first()


def contact_categories(session: Session, contact_id: int) -> dict[str, str]:
    contact = session.get(Contact, contact_id)
    if contact is None:
        return {}
    actor = contact_actor(session, contact_id)
    categories: dict[str, str] = {}
    if actor is None:
        if not contact.organisation:
            categories["role"] = "habitant"
        if contact.commune:
            _place(categories, resolve_commune(name=contact.commune))
        return categories
    _sector(categories, actor.sector)
    role = _ROLE_OF_KIND.get((actor.kind or "").lower())
    if categories.get("secteur") == "public":
        role = "institution"
    if role:
        categories["role"] = role
    if actor.disciplines:
        categories["discipline"] = str(actor.disciplines[0]).lower()
    commune = commune_reference().get(actor.commune_insee)
    if commune is None and contact.commune:
        commune = resolve_commune(name=contact.commune)
    _place(categories, commune)
    return categories
