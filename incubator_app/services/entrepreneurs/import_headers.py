"""Which field each column of an imported file fills: field labels and the header names seen in
real files (`Nom`, `NOM`, `Nom de famille`…), compared without accents, case, spaces or
punctuation (no Qt, no database)."""

from __future__ import annotations

from incubator_app.i18n import QT_TRANSLATE_NOOP, Msg, msg
from incubator_app.services.entrepreneurs.import_values import key

#: Fields a column can fill, in the order the mapping combo lists them, with their labels.
IMPORT_FIELDS: dict[str, tuple[str, str]] = {
    "last_name": QT_TRANSLATE_NOOP("ImportFields", "Last name"),
    "first_name": QT_TRANSLATE_NOOP("ImportFields", "First name"),
    "email": QT_TRANSLATE_NOOP("ImportFields", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ImportFields", "Phone"),
    "address": QT_TRANSLATE_NOOP("ImportFields", "Address"),
    "postal_code": QT_TRANSLATE_NOOP("ImportFields", "Postal code"),
    "commune": QT_TRANSLATE_NOOP("ImportFields", "Town"),
    "project_name": QT_TRANSLATE_NOOP("ImportFields", "Project"),
    "project_description": QT_TRANSLATE_NOOP("ImportFields", "Project description"),
    "target_legal_form": QT_TRANSLATE_NOOP("ImportFields", "Intended legal form"),
    "discipline": QT_TRANSLATE_NOOP("ImportFields", "Discipline"),
    "cohort": QT_TRANSLATE_NOOP("ImportFields", "Cohort"),
    "referent_coach": QT_TRANSLATE_NOOP("ImportFields", "Referent coach"),
    "entry_date": QT_TRANSLATE_NOOP("ImportFields", "Entry date"),
    "gender": QT_TRANSLATE_NOOP("ImportFields", "Gender"),
    "birth_year": QT_TRANSLATE_NOOP("ImportFields", "Birth year"),
    "education_level": QT_TRANSLATE_NOOP("ImportFields", "Education level"),
    "job_seeker": QT_TRANSLATE_NOOP("ImportFields", "Job seeker"),
    "social_minima": QT_TRANSLATE_NOOP("ImportFields", "Social minima"),
    "priority_district": QT_TRANSLATE_NOOP("ImportFields", "Priority district (QPV)"),
    "referrer": QT_TRANSLATE_NOOP("ImportFields", "Referrer"),
    "gdpr_consent_on": QT_TRANSLATE_NOOP("ImportFields", "GDPR consent date"),
}
REQUIRED_FIELDS = ("last_name", "first_name")

# Header names seen in real files, compared without accents, case, spaces or punctuation.
_ALIASES: dict[str, tuple[str, ...]] = {
    "last_name": (
        "nom",
        "nomdefamille",
        "nomdenaissance",
        "nomdusage",
        "lastname",
        "surname",
        "name",
        "nomporteur",
        "nomduporteur",
    ),
    "first_name": ("prenom", "prenoms", "firstname", "givenname", "prenomporteur"),
    "email": (
        "email",
        "mail",
        "courriel",
        "adresseemail",
        "adressemail",
        "adressecourriel",
        "mel",
        "emailaddress",
    ),
    "phone": (
        "telephone",
        "tel",
        "portable",
        "mobile",
        "phone",
        "numerodetelephone",
        "telportable",
    ),
    "address": ("adresse", "address", "adressepostale", "rue", "voie"),
    "postal_code": ("codepostal", "cp", "postalcode", "zip", "zipcode"),
    "commune": ("commune", "ville", "city", "town", "localite"),
    "project_name": (
        "projet",
        "nomduprojet",
        "project",
        "projectname",
        "intituleduprojet",
        "intitule",
        "nomdelactivite",
        "activite",
    ),
    "project_description": (
        "descriptionduprojet",
        "description",
        "descriptif",
        "projectdescription",
    ),
    "target_legal_form": (
        "formejuridique",
        "formejuridiquevisee",
        "statutjuridique",
        "statutjuridiquevise",
        "legalform",
    ),
    "discipline": ("discipline", "domaine", "secteur", "filiere", "domaineartistique"),
    "cohort": ("promotion", "promo", "cohorte", "cohort"),
    "referent_coach": (
        "accompagnateur",
        "accompagnatrice",
        "accompagnateurreferent",
        "referent",
        "coach",
        "referentcoach",
        "chargedaccompagnement",
    ),
    "entry_date": (
        "datedentree",
        "dateentree",
        "entree",
        "entrydate",
        "datedarrivee",
        "datedentreeencouveuse",
    ),
    "gender": ("genre", "sexe", "gender", "civilite"),
    "birth_year": (
        "anneedenaissance",
        "birthyear",
        "datedenaissance",
        "naissance",
        "birthdate",
        "dateofbirth",
    ),
    "education_level": (
        "niveaudetudes",
        "niveaudeformation",
        "niveaudiplome",
        "diplome",
        "education",
        "educationlevel",
        "niveau",
    ),
    "job_seeker": (
        "demandeurdemploi",
        "jobseeker",
        "de",
        "inscritfrancetravail",
        "inscritpoleemploi",
    ),
    "social_minima": ("minimasociaux", "beneficiaireminimasociaux", "rsa", "socialminima"),
    "priority_district": ("qpv", "quartierprioritaire", "prioritydistrict"),
    "referrer": ("prescripteur", "prescriptrice", "orientepar", "referrer", "orientation"),
    "gdpr_consent_on": (
        "consentementrgpd",
        "rgpd",
        "datedeconsentement",
        "dateconsentementrgpd",
        "gdprconsent",
    ),
}
_BY_ALIAS = {alias: field for field, aliases in _ALIASES.items() for alias in aliases}
_MIN_PREFIX = 5


def field_label(field: str) -> Msg:
    label = IMPORT_FIELDS.get(field)
    return msg(label) if label else msg(("ImportFields", field))


def field_for_header(header: str) -> str | None:
    """The field a header names (`Nom`, `NOM`, `Nom de famille` -> last_name), if any."""
    k = key(header)
    if not k:
        return None
    if k in _BY_ALIAS:
        return _BY_ALIAS[k]
    prefixes = [a for a in _BY_ALIAS if len(a) >= _MIN_PREFIX and k.startswith(a)]
    return _BY_ALIAS[max(prefixes, key=len)] if prefixes else None
