"""Communes of Provence-Alpes-Côte d'Azur with their real postal codes, and network sites.

Postal codes are text: those of Alpes-de-Haute-Provence (04), Hautes-Alpes (05) and
Alpes-Maritimes (06) start with a zero that must survive every round trip.
"""

from __future__ import annotations

from dataclasses import dataclass


def _communes(text: str) -> tuple[tuple[str, str], ...]:
    """'04000 Digne-les-Bains; 04100 Manosque' → (('04000', 'Digne-les-Bains'), ...)."""
    pairs = []
    for item in text.replace("\n", " ").split(";"):
        item = item.strip()
        if item:
            code, commune = item.split(" ", 1)
            pairs.append((code, commune.strip()))
    return tuple(pairs)


MARSEILLE = tuple((f"130{n:02d}", "Marseille") for n in range(1, 17))
# Arrondissements with many quartiers prioritaires de la politique de la ville (QPV).
MARSEILLE_PRIORITY = frozenset({"13002", "13003", "13013", "13014", "13015", "13016"})

COMMUNES_BY_DEPARTMENT: dict[str, tuple[tuple[str, str], ...]] = {
    "04": _communes(
        """04000 Digne-les-Bains; 04100 Manosque; 04200 Sisteron; 04300 Forcalquier;
        04400 Barcelonnette; 04160 Château-Arnoux-Saint-Auban; 04120 Castellane; 04700 Oraison"""
    ),
    "05": _communes(
        """05000 Gap; 05100 Briançon; 05200 Embrun; 05300 Laragne-Montéglin; 05400 Veynes;
        05600 Guillestre"""
    ),
    "06": _communes(
        """06000 Nice; 06100 Nice; 06300 Nice; 06400 Cannes; 06600 Antibes; 06130 Grasse;
        06500 Menton; 06800 Cagnes-sur-Mer; 06140 Vence; 06700 Saint-Laurent-du-Var;
        06220 Vallauris; 06560 Valbonne"""
    ),
    "13": MARSEILLE
    + _communes(
        """13100 Aix-en-Provence; 13090 Aix-en-Provence; 13200 Arles; 13400 Aubagne;
        13500 Martigues; 13600 La Ciotat; 13300 Salon-de-Provence; 13800 Istres;
        13127 Vitrolles; 13210 Saint-Rémy-de-Provence; 13700 Marignane; 13260 Cassis"""
    ),
    "83": _communes(
        """83000 Toulon; 83100 Toulon; 83200 Toulon; 83400 Hyères; 83300 Draguignan;
        83600 Fréjus; 83700 Saint-Raphaël; 83500 La Seyne-sur-Mer; 83170 Brignoles;
        83110 Sanary-sur-Mer; 83190 Ollioules"""
    ),
    "84": _communes(
        """84000 Avignon; 84200 Carpentras; 84100 Orange; 84300 Cavaillon; 84400 Apt;
        84120 Pertuis; 84110 Vaison-la-Romaine; 84800 L'Isle-sur-la-Sorgue; 84700 Sorgues"""
    ),
}
ALL_COMMUNES = tuple(c for group in COMMUNES_BY_DEPARTMENT.values() for c in group)


@dataclass(frozen=True)
class Site:
    """One incubator of the network (a single incubator is a network of one)."""

    name: str
    department: str
    postal_code: str
    commune: str


SITES = (
    Site("Marseille", "13", "13003", "Marseille"),
    Site("Nice", "06", "06300", "Nice"),
    Site("Toulon", "83", "83000", "Toulon"),
    Site("Avignon", "84", "84000", "Avignon"),
    Site("Aix-en-Provence", "13", "13100", "Aix-en-Provence"),
    Site("Arles", "13", "13200", "Arles"),
    Site("Gap", "05", "05000", "Gap"),
    Site("Digne-les-Bains", "04", "04000", "Digne-les-Bains"),
    Site("Cannes", "06", "06400", "Cannes"),
    Site("Antibes", "06", "06600", "Antibes"),
    Site("Fréjus", "83", "83600", "Fréjus"),
    Site("Hyères", "83", "83400", "Hyères"),
    Site("Draguignan", "83", "83300", "Draguignan"),
    Site("Manosque", "04", "04100", "Manosque"),
    Site("Briançon", "05", "05100", "Briançon"),
    Site("Carpentras", "84", "84200", "Carpentras"),
    Site("Orange", "84", "84100", "Orange"),
    Site("Cavaillon", "84", "84300", "Cavaillon"),
    Site("Apt", "84", "84400", "Apt"),
    Site("Martigues", "13", "13500", "Martigues"),
    Site("Aubagne", "13", "13400", "Aubagne"),
    Site("La Ciotat", "13", "13600", "La Ciotat"),
    Site("Grasse", "06", "06130", "Grasse"),
    Site("Menton", "06", "06500", "Menton"),
    Site("Sisteron", "04", "04200", "Sisteron"),
)

DEPARTMENT_NAMES = {
    "04": "Alpes-de-Haute-Provence",
    "05": "Hautes-Alpes",
    "06": "Alpes-Maritimes",
    "13": "Bouches-du-Rhône",
    "83": "Var",
    "84": "Vaucluse",
}
