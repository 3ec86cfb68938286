"""Demo data of the toolbox: a few dozen sheets in French, as a couveuse's team and its
entrepreneurs would write them (experiences with what worked and what did not, methods,
templates, guides, links and contact tips), the same at every scale (cheap), with their first
revision. Deterministic for a seed and a reference date; most are published, a few are drafts.
"""

# ruff: noqa: E501 (the sheets are sentences, kept whole)
from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from random import Random

from sqlalchemy import Connection, insert, select

from incubator_app.models import Role, ToolboxSheet, ToolboxSheetRevision, User

# (kind, title, summary, worked, failed, tags, disciplines, territory)
SHEETS: tuple[tuple[str, str, str, str, str, str, str, str], ...] = (
    (
        "experience",
        "Résidence de théâtre au collège Marcel-Pagnol",
        "Trois semaines de résidence d’une compagnie avec deux classes de 4e, restitution devant les familles.",
        "Les répétitions ouvertes aux parents ; un enseignant référent motivé ; la restitution au foyer rural.",
        "Le calendrier trop serré avant les conseils de classe ; le transport du décor sans véhicule.",
        "résidence, éducation artistique, jeunesse",
        "théâtre",
        "Pays d’Aubagne",
    ),
    (
        "experience",
        "Marché de créateurs de Noël mutualisé",
        "Douze entrepreneur·es de la couveuse tiennent ensemble un marché de créateurs sur deux jours.",
        "Le stand partagé et la caisse commune ; la communication croisée sur les réseaux de chacun.",
        "Le samedi matin sous la pluie ; trop de bijoux, pas assez de céramique et d’édition.",
        "vente, mutualisation, marché",
        "artisanat d’art, céramique",
        "Marseille",
    ),
    (
        "experience",
        "Concert en appartement chez l’habitant",
        "Une série de six concerts acoustiques chez des habitants d’un quartier prioritaire.",
        "Le bouche-à-oreille des voisins ; une jauge de 25 personnes ; le chapeau en fin de concert.",
        "Les déclarations SACEM mal anticipées ; un propriétaire qui a refusé la dernière date.",
        "diffusion, quartier, habitants",
        "musique",
        "Marseille",
    ),
    (
        "experience",
        "Tournée des villages en camion-scène",
        "Une compagnie de rue joue dans huit villages sans salle des fêtes équipée.",
        "Le partenariat avec l’intercommunalité pour l’électricité ; les repas partagés après le spectacle.",
        "Les arrêtés municipaux demandés trop tard ; la météo sur deux dates.",
        "itinérance, ruralité, arts de la rue",
        "arts de la rue",
        "Haut-Var",
    ),
    (
        "experience",
        "Atelier d’écriture avec un EHPAD",
        "Dix séances d’écriture de récits de vie, édités en un petit recueil.",
        "La régularité du mardi ; l’édition du recueil remise aux familles.",
        "Le turn-over des résident·es ; la charte d’image à faire signer trop tard.",
        "seniors, écriture, médiation",
        "édition, écriture",
        "Aubagne",
    ),
    (
        "experience",
        "Exposition dans une vitrine vide du centre-ville",
        "Une photographe occupe pendant deux mois une boutique vacante prêtée par la mairie.",
        "La convention d’occupation précaire signée en une semaine ; les vernissages du jeudi.",
        "L’assurance de la vitrine ; l’absence de chauffage en janvier.",
        "exposition, centre-ville, commerce",
        "photographie",
        "La Ciotat",
    ),
    (
        "experience",
        "Binômes artistes et agriculteurs",
        "Tirage au sort de binômes entre artistes et producteurs pour une saison de marchés paysans.",
        "Le délai de réflexion de sept jours ; les visites de fermes avant le premier marché.",
        "Deux binômes sans affinités ; la saison trop courte pour finir les projets.",
        "coopération, agriculture, tirage au sort",
        "pluridisciplinaire",
        "Luberon",
    ),
    (
        "experience",
        "Financement participatif d’un premier album",
        "Une campagne de 45 jours pour presser 500 vinyles.",
        "Les contreparties simples (album dédicacé, concert privé) ; la vidéo courte de présentation.",
        "Le creux du milieu de campagne ; les frais d’envoi sous-estimés.",
        "financement, crowdfunding, disque",
        "musique",
        "Marseille",
    ),
    (
        "experience",
        "Festival de courts métrages en plein air",
        "Trois soirées de projection dans un parc, organisées avec une association de quartier.",
        "Le prêt du matériel par la médiathèque ; les bénévoles du quartier à l’accueil.",
        "Le vent sur l’écran gonflable ; la buvette sans licence temporaire.",
        "cinéma, plein air, bénévoles",
        "cinéma",
        "Arles",
    ),
    (
        "experience",
        "Stage de céramique pour demandeurs d’emploi",
        "Une initiation de cinq jours financée par la Région pour des personnes en reconversion.",
        "Le lien avec France Travail ; le four partagé de la couveuse.",
        "Les absences le vendredi ; le coût des émaux mal chiffré.",
        "formation, insertion, reconversion",
        "céramique",
        "Aubagne",
    ),
    (
        "method",
        "Chiffrer une prestation artistique",
        "Une méthode en cinq étapes pour passer d’un tarif au doigt mouillé à un devis argumenté.",
        "Partir du temps réel (préparation comprise) ; ajouter les frais et les cotisations.",
        "Oublier les déplacements et les repas ; brader le premier devis.",
        "devis, tarifs, gestion",
        "toutes",
        "Marseille",
    ),
    (
        "method",
        "Animer un premier rendez-vous avec un élu",
        "Préparer une rencontre de trente minutes avec un·e élu·e à la culture.",
        "Arriver avec une page et une demande précise ; laisser un dossier court.",
        "Présenter tout son parcours ; oublier de demander la suite.",
        "élus, plaidoyer, collectivités",
        "toutes",
        "Var",
    ),
    (
        "method",
        "Tenir un planning de diffusion sur un tableur",
        "Un modèle de suivi des lieux démarchés, des relances et des options.",
        "Une ligne par lieu et une colonne de prochaine action ; la relance à J+10.",
        "Trop de colonnes ; un fichier par saison au lieu d’un fichier vivant.",
        "diffusion, organisation, tableur",
        "spectacle vivant",
        "Marseille",
    ),
    (
        "method",
        "Mesurer l’impact d’une action culturelle",
        "Trois indicateurs simples que les financeurs comprennent, et comment les collecter.",
        "Compter les participant·es par séance ; un questionnaire de cinq questions.",
        "Des questionnaires trop longs ; les chiffres collectés après coup.",
        "évaluation, indicateurs, financeurs",
        "toutes",
        "Bouches-du-Rhône",
    ),
    (
        "method",
        "Organiser une visite découverte entre acteurs",
        "Une demi-journée chez un acteur d’un autre monde (entreprise, ferme, service public).",
        "L’hôte qui montre un problème réel ; le repas pris ensemble.",
        "Des groupes de plus de douze ; une visite sans restitution.",
        "rencontres, coopération, job blender day",
        "pluridisciplinaire",
        "Pays d’Aubagne",
    ),
    (
        "template",
        "Modèle de convention de résidence",
        "Une convention type entre une structure d’accueil et une équipe artistique.",
        "Les clauses d’assurance et de mise à disposition des locaux sont claires.",
        "À adapter pour les résidences de moins d’une semaine.",
        "résidence, convention, juridique",
        "toutes",
        "",
    ),
    (
        "template",
        "Modèle de devis et de facture (CAPE)",
        "Les mentions obligatoires d’une facture émise sous le numéro de SIRET de la couveuse.",
        "Les mentions pré-remplies ; le calcul de TVA automatique.",
        "Ne convient pas aux ventes à l’étranger.",
        "facture, devis, CAPE",
        "toutes",
        "",
    ),
    (
        "template",
        "Fiche technique d’un petit spectacle",
        "Une fiche technique d’une page pour les lieux non équipés.",
        "Le plan de feu simplifié ; la liste du matériel apporté.",
        "Les besoins électriques souvent oubliés.",
        "technique, spectacle, diffusion",
        "spectacle vivant",
        "",
    ),
    (
        "template",
        "Dossier de demande de subvention type",
        "La trame d’un dossier pour une petite subvention communale ou départementale.",
        "La partie budget équilibré ; l’annexe des partenaires.",
        "Trop long pour les appels à projets de la Région.",
        "subvention, financement, dossier",
        "toutes",
        "Var",
    ),
    (
        "guide",
        "Guide des droits d’auteur pour les créateurs",
        "Ce qu’il faut savoir sur la SACEM, l’ADAGP, la SACD et les contrats de cession.",
        "Les exemples concrets par métier.",
        "",
        "droits d’auteur, juridique",
        "toutes",
        "",
    ),
    (
        "guide",
        "Accueillir un public en situation de handicap",
        "Les gestes simples pour rendre un atelier ou un spectacle accessible.",
        "La visite préalable du lieu ; les supports en facile à lire et à comprendre.",
        "",
        "accessibilité, handicap, public",
        "toutes",
        "",
    ),
    (
        "guide",
        "Communiquer sur les réseaux sociaux avec peu de temps",
        "Une routine d’une heure par semaine pour Instagram et Facebook.",
        "Programmer les publications le dimanche ; montrer les coulisses.",
        "Acheter de la publicité sans cible.",
        "communication, réseaux sociaux",
        "toutes",
        "",
    ),
    (
        "guide",
        "Trouver un lieu de répétition",
        "Les lieux qui prêtent ou louent des salles à petit prix sur le territoire.",
        "Les MJC et les salles des fêtes en semaine.",
        "",
        "répétition, salles, lieux",
        "spectacle vivant, musique",
        "Pays d’Aubagne",
    ),
    (
        "link",
        "Annuaire des lieux de diffusion de la Région",
        "La base des scènes, festivals et tiers-lieux, mise à jour chaque année.",
        "",
        "",
        "diffusion, annuaire, lieux",
        "spectacle vivant",
        "Provence-Alpes-Côte d’Azur",
    ),
    (
        "link",
        "Simulateur de cotisations des artistes-auteurs",
        "Le simulateur officiel pour estimer ses cotisations sociales.",
        "",
        "",
        "gestion, cotisations, artistes-auteurs",
        "arts plastiques, édition",
        "",
    ),
    (
        "link",
        "Calendrier des appels à projets culturels",
        "Un agenda partagé des appels à projets publics et privés.",
        "",
        "",
        "financement, appels à projets",
        "toutes",
        "",
    ),
    (
        "contact_tip",
        "Le service culture de l’intercommunalité",
        "Qui appeler pour un prêt de matériel scénique ou une salle gratuite.",
        "Passer par la chargée de mission plutôt que par l’accueil.",
        "Les demandes envoyées en juillet et en août restent sans réponse.",
        "collectivités, matériel, contacts",
        "toutes",
        "Pays d’Aubagne",
    ),
    (
        "contact_tip",
        "Une imprimerie solidaire pour les affiches",
        "Une imprimerie d’insertion qui imprime les petites séries à prix coûtant.",
        "Les délais courts pour les affiches A3.",
        "Les grands formats sont sous-traités.",
        "impression, communication, insertion",
        "toutes",
        "Marseille",
    ),
    (
        "contact_tip",
        "Le correspondant culture du journal local",
        "Comment obtenir un article avant un événement.",
        "Envoyer un communiqué court avec une photo, dix jours avant.",
        "Les relances par téléphone le jour du bouclage.",
        "presse, communication",
        "toutes",
        "La Ciotat",
    ),
    (
        "experience",
        "Ciné-débat sur l’installation en milieu rural",
        "Une projection suivie d’un débat avec des artistes installé·es dans les villages.",
        "Les témoignages d’artistes installé·es depuis plus de cinq ans.",
        "Le débat trop long ; peu de jeunes dans la salle.",
        "ruralité, installation, débat",
        "cinéma",
        "Haut-Var",
    ),
)

#: Every seventh sheet stays a draft of its author.
_DRAFT_EVERY = 7


def fill_toolbox(conn: Connection, *, scale: str, seed: int, reference_date: date) -> None:
    """Writes the demo sheets (the same few dozen at every scale: the toolbox is read, not
    bulk-loaded)."""
    del scale
    rng = Random(f"toolbox-{seed}")
    authors = conn.execute(
        select(User.id, User.login, User.display_name)
        .where(User.role.in_([Role.ADMIN, Role.STAFF, Role.COACH]))
        .order_by(User.id)
    ).all()
    if not authors:
        return
    for number, (kind, title, summary, worked, failed, tags, disciplines, territory) in enumerate(
        SHEETS, 1
    ):
        author = authors[rng.randrange(len(authors))]
        day = reference_date - timedelta(days=rng.randint(5, 600))
        stamp = datetime.combine(day, time(9 + number % 8, 0), tzinfo=UTC)
        published = number % _DRAFT_EVERY != 0
        values = {
            "title": title,
            "kind": kind,
            "status": "published" if published else "draft",
            "summary": summary,
            "worked": worked or None,
            "failed": failed or None,
            "tags": tags,
            "disciplines": disciplines,
            "territory": territory or None,
            "licence": "CC BY-SA 4.0" if kind in ("template", "guide", "method") else None,
            "author_id": author.id,
            "author_name": author.display_name or author.login,
            "published_at": stamp if published else None,
            "last_reviewed_on": day,
            "created_at": stamp,
            "updated_at": stamp,
            "version_id": 1,
        }
        sheet_id = conn.execute(insert(ToolboxSheet).values(**values)).inserted_primary_key[0]
        content = {k: values[k] for k in ("title", "kind", "summary", "worked", "failed", "tags")}
        conn.execute(
            insert(ToolboxSheetRevision).values(
                sheet_id=sheet_id,
                number=1,
                saved_at=stamp,
                saved_by_id=author.id,
                saved_by_login=author.login,
                content=json.dumps(content, ensure_ascii=False),
            )
        )
