"""The incubator's shared-service catalogue, milestone templates, funders and stock phrases."""

from __future__ import annotations

from dataclasses import dataclass

from incubator_app.models import ExitType, FunderKind, ServiceUnit


@dataclass(frozen=True)
class ServiceSpec:
    name: str
    category: str
    unit: ServiceUnit
    price_cents: int
    vat_bp: int = 2000
    bookable: bool = False
    capacity: int = 1
    # Relative weight among the usages recorded without a booking.
    weight: int = 0


# Prices are multiples of 10 cents and quantities multiples of half a unit, so that the frozen
# amount (price × quantity) is always a whole number of cents.
SERVICES = (
    ServiceSpec(
        "Bureau partagé (poste de travail, par mois)",
        "Bureau et hébergement",
        ServiceUnit.MONTH,
        15000,
        weight=14,
    ),
    ServiceSpec(
        "Domiciliation administrative", "Bureau et hébergement", ServiceUnit.MONTH, 2000, weight=10
    ),
    ServiceSpec("Tenue de la comptabilité", "Comptabilité", ServiceUnit.MONTH, 6000, weight=22),
    ServiceSpec(
        "Facturation sous le numéro de la couveuse",
        "Facturation sous le numéro de la couveuse",
        ServiceUnit.ITEM,
        500,
        vat_bp=0,
        weight=26,
    ),
    ServiceSpec(
        "Conseil juridique (droits d'auteur, contrats)",
        "Juridique",
        ServiceUnit.HOUR,
        6000,
        weight=8,
    ),
    ServiceSpec(
        "Assurance responsabilité civile (quote-part)",
        "Juridique",
        ServiceUnit.MONTH,
        1500,
        vat_bp=0,
        weight=6,
    ),
    ServiceSpec(
        "Impression et reprographie (par lot de 100 pages)",
        "Communication",
        ServiceUnit.ITEM,
        800,
        weight=10,
    ),
    ServiceSpec("Cuisson au four céramique", "Atelier", ServiceUnit.ITEM, 2500, weight=4),
    ServiceSpec(
        "Salle de répétition", "Salle de répétition", ServiceUnit.HOUR, 1200, bookable=True
    ),
    ServiceSpec("Salle de réunion", "Bureau et hébergement", ServiceUnit.HOUR, 1000, bookable=True),
    ServiceSpec("Studio d'enregistrement", "Matériel", ServiceUnit.HALF_DAY, 9000, bookable=True),
    ServiceSpec(
        "Enregistreurs Zoom H5", "Matériel", ServiceUnit.DAY, 1500, bookable=True, capacity=4
    ),
)

# Booking grid per unit, as (start minute, end minute) of the day: slots never overlap, so a
# resource never holds more than one booking at a time.
BOOKING_SLOTS: dict[ServiceUnit, tuple[tuple[int, int], ...]] = {
    ServiceUnit.HOUR: ((540, 660), (660, 780), (840, 960), (960, 1080), (1080, 1200)),
    ServiceUnit.HALF_DAY: ((540, 780), (840, 1080)),
    ServiceUnit.DAY: ((540, 1080),),
}

PROGRAMME = "CAPE"
MILESTONE_TEMPLATES = (
    # (title, category, offset months, offset days) from the start of the CAPE.
    ("Signature du CAPE", "contrat", 0, 0),
    ("Diagnostic de départ", "accompagnement", 0, 15),
    ("Étude de marché réalisée", "projet", 2, 0),
    ("Premier devis envoyé", "commercial", 2, 15),
    ("Première facture émise", "commercial", 4, 0),
    ("Prévisionnel financier validé", "gestion", 6, 0),
    ("Bilan à mi-parcours", "accompagnement", 6, 0),
    ("Choix du statut juridique", "juridique", 9, 0),
    ("Bilan de fin de CAPE", "accompagnement", 11, 15),
)
EXTRA_MILESTONES = (
    ("Bilan de renouvellement du CAPE", "accompagnement"),
    ("Sortie du premier EP", "projet"),
    ("Première date de tournée", "diffusion"),
    ("Résidence de création", "projet"),
    ("Exposition personnelle", "diffusion"),
    ("Dépôt de la marque à l'INPI", "juridique"),
    ("Site internet en ligne", "communication"),
    ("Dossier de subvention déposé", "financement"),
    ("Première vente en boutique", "commercial"),
    ("Participation à un salon professionnel", "diffusion"),
    ("Catalogue de la collection publié", "communication"),
    ("Ouverture d'un compte bancaire professionnel", "gestion"),
)


@dataclass(frozen=True)
class FunderSpec:
    name: str
    kind: FunderKind
    code: str
    contact: str
    grant_title: str
    # Typical yearly amount in euros.
    amount: int


FUNDERS = (
    FunderSpec(
        "Région Sud Provence-Alpes-Côte d'Azur",
        FunderKind.REGION,
        "RS",
        "Service Économie de la culture",
        "Accompagnement des entrepreneurs culturels",
        60000,
    ),
    FunderSpec(
        "Ville de Marseille",
        FunderKind.MUNICIPALITY,
        "VDM",
        "Direction de l'action culturelle",
        "Fonctionnement de la couveuse",
        25000,
    ),
    FunderSpec(
        "Département des Bouches-du-Rhône",
        FunderKind.DEPARTMENT,
        "CD13",
        "Direction de l'insertion",
        "Insertion des allocataires du RSA",
        40000,
    ),
    FunderSpec(
        "DRAC Provence-Alpes-Côte d'Azur",
        FunderKind.STATE,
        "DRAC",
        "Conseillère action culturelle et territoriale",
        "Emploi artistique et culturel",
        30000,
    ),
    FunderSpec(
        "Fonds social européen plus (FSE+)",
        FunderKind.EUROPEAN_UNION,
        "FSE",
        "Cellule FSE+ — Région Sud",
        "Parcours vers la création d'activité",
        80000,
    ),
    FunderSpec(
        "Fondation de France",
        FunderKind.FOUNDATION,
        "FDF",
        "Programme Emploi et territoires",
        "Entreprendre dans les quartiers prioritaires",
        20000,
    ),
    FunderSpec(
        "Aix-Marseille-Provence Métropole",
        FunderKind.OTHER,
        "AMP",
        "Direction du développement économique",
        "Économie créative métropolitaine",
        35000,
    ),
)
GRANT_DEADLINES = ("Bilan intermédiaire", "Bilan final et compte rendu financier")

SESSION_SUMMARIES = (
    "Point sur le modèle économique et les premières ventes.",
    "Travail sur la grille tarifaire et les devis en cours.",
    "Préparation du dossier de subvention et du budget prévisionnel.",
    "Relecture des contrats de cession et des droits d'auteur.",
    "Stratégie de diffusion pour la saison prochaine.",
    "Plan de communication : réseaux sociaux et dossier de presse.",
    "Suivi administratif : déclarations, facturation, URSSAF.",
    "Bilan du trimestre et ajustement des objectifs.",
    "Recherche de lieux de résidence et de partenaires.",
    "Point sur la production et le calendrier de création.",
    "Réflexion sur le statut juridique à la sortie du CAPE.",
    "Analyse du chiffre d'affaires et de la trésorerie.",
)
COLLECTIVE_TITLES = (
    "Atelier collectif : fixer ses prix",
    "Atelier collectif : la facturation sous le numéro de la couveuse",
    "Atelier collectif : droits d'auteur et contrats",
    "Atelier collectif : construire son réseau de diffusion",
    "Atelier collectif : réseaux sociaux pour artistes",
    "Atelier collectif : financer son projet culturel",
    "Atelier collectif : choisir son statut",
)
CONFIDENTIAL_NOTES = (
    "Situation personnelle difficile, à suivre avec bienveillance.",
    "Tension avec un associé ; en reparler au prochain rendez-vous.",
    "Fragilité financière : orienter vers l'assistante sociale si besoin.",
    "Envisage d'arrêter ; ne pas en parler au collectif pour l'instant.",
)
ACTION_TEXTS = (
    "Envoyer le devis corrigé au client",
    "Mettre à jour le prévisionnel financier",
    "Préparer le dossier de presse",
    "Contacter trois lieux de diffusion",
    "Relancer les factures impayées",
    "Ouvrir un compte bancaire professionnel",
    "Déposer le dossier de subvention",
    "Rédiger la fiche technique du spectacle",
    "Prendre rendez-vous avec le conseiller juridique",
    "Mettre en ligne le site internet",
    "Faire le point sur les droits SACEM",
    "Préparer le budget de la résidence",
    "Transmettre les justificatifs de dépenses",
    "Réserver le studio pour la maquette",
    "Compléter le tableau de bord mensuel",
)
EXIT_REASONS: dict[ExitType, tuple[str, ...]] = {
    ExitType.BUSINESS_CREATED: (
        "Création d'une SARL à l'issue du CAPE.",
        "Immatriculation en micro-entreprise, activité viable.",
        "Création d'une association employeuse.",
        "Entrée dans une coopérative d'activité et d'emploi.",
    ),
    ExitType.SALARIED_JOB: (
        "Embauche en CDI dans une structure culturelle.",
        "CDD de régisseur·se pour une saison.",
        "Intermittence du spectacle obtenue.",
    ),
    ExitType.TRAINING: ("Entrée en formation qualifiante.", "Reprise d'études."),
    ExitType.JOB_SEARCH: ("Retour à la recherche d'emploi.",),
    ExitType.STOPPED: (
        "Activité pas assez rémunératrice.",
        "Raisons personnelles et familiales.",
        "Déménagement hors de la région.",
    ),
    ExitType.OTHER: ("Réorientation du projet.",),
}
REFERRERS = (
    "Mission locale",
    "BGE PACA",
    "Bouche-à-oreille",
    "Site internet",
    "Cité des arts de la rue",
    "Réseau des couveuses",
    "CCI Aix-Marseille-Provence",
    "Conseiller RSA",
    "Friche la Belle de Mai",
    "Ancien·ne entrepreneur·se de la couveuse",
)
LEGAL_FORMS = (
    "Micro-entreprise",
    "Association loi 1901",
    "SARL",
    "SAS",
    "SASU",
    "EURL",
    "SCOP",
    "Coopérative d'activité et d'emploi",
)
SPECIALITIES = (
    "Modèle économique, prix",
    "Juridique, droits d'auteur",
    "Communication, réseaux sociaux",
    "Diffusion, tournées",
    "Gestion, comptabilité",
    "Financement, subventions",
    "Production, régie",
    "Métiers d'art, vente",
)
