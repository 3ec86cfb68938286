"""Project names and one-line descriptions per artistic discipline."""

from __future__ import annotations

from random import Random

from incubator_app.demo.names import NOUNS, PLACES

# {n}: a noun such as "Arpenteurs"; {p}: a place such as "du Panier"; {f}/{l}: the person.
PATTERNS: dict[str, tuple[str, ...]] = {
    "musique": (
        "Label Les {n}",
        "Fanfare des {n}",
        "Chorale {p}",
        "{f} {l} Quartet",
        "Studio {p}",
    ),
    "spectacle_vivant": (
        "Compagnie Les {n}",
        "Théâtre {p}",
        "Cirque des {n}",
        "Compagnie {f} {l}",
    ),
    "arts_visuels": ("Atelier {l}", "Collectif Les {n}", "Galerie nomade {p}"),
    "metiers_art": (
        "Atelier Céramique {p}",
        "Atelier de reliure {p}",
        "Verrerie {p}",
        "Bijoux {f} {l}",
    ),
    "livre_edition": ("Éditions {p}", "Éditions des {n}", "Librairie itinérante {p}"),
    "audiovisuel": ("Films {p}", "Productions des {n}", "Doc {p}"),
    "numerique": ("Studio Les {n}", "Atelier numérique {p}", "Jeux {p}"),
    "design": ("{f} {l} Design", "Maison {l}", "Textiles {p}"),
    "patrimoine": ("Balades {p}", "Mémoires {p}", "Les {n} du patrimoine"),
    "mediation": ("Médiation {p}", "Les {n} — ateliers pour tous", "Contes {p}"),
}
DESCRIPTIONS: dict[str, str] = {
    "musique": "Création musicale, concerts et enregistrements.",
    "spectacle_vivant": "Création et diffusion de spectacles vivants.",
    "arts_visuels": "Création plastique, expositions et commandes.",
    "metiers_art": "Fabrication artisanale en petites séries et pièces uniques.",
    "livre_edition": "Édition indépendante, livres d'artistes et fanzines.",
    "audiovisuel": "Production de films documentaires et courts métrages.",
    "numerique": "Créations numériques, installations et jeux.",
    "design": "Design d'objets et de textiles, fabrication locale.",
    "patrimoine": "Valorisation du patrimoine et visites guidées.",
    "mediation": "Ateliers de médiation culturelle pour tous les publics.",
}


def project_name(rng: Random, discipline: str, first: str, last: str) -> str:
    patterns = PATTERNS.get(discipline, PATTERNS["arts_visuels"])
    pattern = patterns[int(rng.random() * len(patterns))]
    return pattern.format(
        n=NOUNS[int(rng.random() * len(NOUNS))],
        p=PLACES[int(rng.random() * len(PLACES))],
        f=first,
        l=last,
    )
