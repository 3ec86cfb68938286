"""First run: create the incubator (profile, reference lists, first admin account)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import ConflictError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import CoachingTopic, Discipline, IncubatorProfile, Role
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.administration.users import (
    actor_for_user,
    add_user,
    count_users,
    validate_user_fields,
)
from incubator_app.services.milestones.records import seed_default_milestone_templates
from incubator_app.services.records import (
    check_version,
    record_audit,
    to_view,
    unit_of_work,
    update_with_audit,
)
from incubator_app.services.validation import Validator

# Default configurable lists (labels are data: users rename them in Settings).
DEFAULT_DISCIPLINES = [
    ("musique", "Musique"),
    ("spectacle_vivant", "Spectacle vivant"),
    ("arts_visuels", "Arts visuels"),
    ("metiers_art", "Métiers d'art"),
    ("livre_edition", "Livre et édition"),
    ("audiovisuel", "Audiovisuel et cinéma"),
    ("numerique", "Création numérique"),
    ("design", "Design et mode"),
    ("patrimoine", "Patrimoine"),
    ("mediation", "Médiation culturelle"),
]
DEFAULT_TOPICS = [
    ("modele_economique", "Modèle économique"),
    ("prix_devis", "Prix et devis"),
    ("juridique_statut", "Juridique et statut"),
    ("communication", "Communication"),
    ("diffusion", "Diffusion"),
    ("administration", "Administration"),
    ("financement", "Financement"),
    ("production", "Production"),
]


@dataclass(frozen=True)
class IncubatorProfileView:
    id: int
    name: str
    legal_name: str | None
    siret: str | None
    address: str | None
    postal_code: str | None
    commune: str | None
    currency: str
    locale: str
    time_zone: str
    logo_png: bytes | None
    is_demo: bool
    demo_reference_date: date | None
    version_id: int


# Languages the PDFs and exports are written in; `locale` of the profile picks one.
REPORT_LOCALES = ("fr_FR", "en_GB", "it_IT", "es_ES")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_LOGO_BYTES = 2_000_000
_PROFILE_FIELDS = {
    "name",
    "legal_name",
    "siret",
    "address",
    "postal_code",
    "commune",
    "time_zone",
    "locale",
    "logo_png",
}


def normalise_siret(siret: object) -> object:
    """`123 456 789 00012` → `12345678900012`; empty → None; anything else unchanged."""
    if isinstance(siret, str):
        from stdnum.fr import siret as stdnum_siret  # only when a profile is saved: not at start

        return stdnum_siret.compact(siret) or None
    return siret


def _siret_is_valid(siret: str) -> bool:
    from stdnum.fr import siret as stdnum_siret

    return bool(stdnum_siret.is_valid(siret))


def is_initialised(session: Session) -> bool:
    """True once an incubator profile and at least one account exist."""
    has_profile = session.scalar(select(IncubatorProfile.id).limit(1)) is not None
    return has_profile and count_users(session) > 0


def get_incubator_profile(session: Session) -> IncubatorProfileView | None:
    profile = session.scalar(select(IncubatorProfile).limit(1))
    return to_view(profile, IncubatorProfileView) if profile else None


def _validate_profile(
    v: Validator,
    name: str | None,
    siret: str | None,
    postal_code: str | None,
    time_zone: object = clock.DEFAULT_ZONE,
) -> None:
    if v.required("name", name):
        v.max_length("name", name, 200)
    if siret and (len(siret) != 14 or not siret.isdigit()):
        v.add("siret", msg(QT_TRANSLATE_NOOP("Validation", "A SIRET has 14 digits.")))
    elif siret and not _siret_is_valid(siret):
        v.add(
            "siret",
            msg(
                QT_TRANSLATE_NOOP(
                    "Validation",
                    "{siret} is not a valid SIRET: its check digit is wrong (look for a typo).",
                ),
                siret=siret,
            ),
        )
    v.postal_code("postal_code", postal_code)
    if not isinstance(time_zone, str) or not clock.is_valid_zone(time_zone):
        v.add(
            "time_zone",
            msg(
                QT_TRANSLATE_NOOP("Validation", "Unknown time zone {zone} (e.g. Europe/Paris)."),
                zone=str(time_zone),
            ),
        )


def _validate_locale(v: Validator, locale: object) -> None:
    if locale not in REPORT_LOCALES:
        v.add(
            "locale",
            msg(
                QT_TRANSLATE_NOOP(
                    "Validation", "Unknown value {value}; expected one of {allowed}."
                ),
                value=str(locale),
                allowed=", ".join(REPORT_LOCALES),
            ),
        )


def _validate_logo(v: Validator, logo: object) -> None:
    """A PNG image (the UI converts JPEG files), small enough to sit in every PDF."""
    if logo is None:
        return
    if not isinstance(logo, bytes) or not logo.startswith(PNG_SIGNATURE):
        v.add("logo_png", msg(QT_TRANSLATE_NOOP("Validation", "The logo must be a PNG image.")))
    elif len(logo) > MAX_LOGO_BYTES:
        v.add(
            "logo_png",
            msg(
                QT_TRANSLATE_NOOP("Validation", "The logo is too large (at most {size} MB)."),
                size=MAX_LOGO_BYTES // 1_000_000,
            ),
        )


def seed_reference_lists(session: Session) -> None:
    """Adds the default disciplines and topics that are missing (idempotent)."""
    have = set(session.scalars(select(Discipline.code)))
    for pos, (code, label) in enumerate(DEFAULT_DISCIPLINES):
        if code not in have:
            session.add(Discipline(code=code, label=label, position=pos))
    have = set(session.scalars(select(CoachingTopic.code)))
    for pos, (code, label) in enumerate(DEFAULT_TOPICS):
        if code not in have:
            session.add(CoachingTopic(code=code, label=label, position=pos))
    seed_default_milestone_templates(session)


def create_incubator(
    session: Session,
    *,
    name: str,
    admin_login: str,
    admin_display_name: str,
    admin_password: str,
    admin_email: str | None = None,
    legal_name: str | None = None,
    siret: str | None = None,
    address: str | None = None,
    postal_code: str | None = None,
    commune: str | None = None,
    time_zone: str = clock.DEFAULT_ZONE,
    is_demo: bool = False,
    demo_reference_date: date | None = None,
) -> Actor:
    """Creates the profile, the default lists and the first admin; returns that admin. The
    clock follows the profile's time zone from then on."""
    v = Validator()
    siret = normalise_siret(siret)  # type: ignore[assignment]
    _validate_profile(v, name, siret, postal_code, time_zone)
    # The account's fields too, so the welcome form shows every problem at once.
    validate_user_fields(
        v,
        login=admin_login,
        display_name=admin_display_name,
        email=admin_email,
        password=admin_password,
        check_password=True,
    )
    v.raise_if_any()
    if is_initialised(session):
        raise ConflictError(
            msg(QT_TRANSLATE_NOOP("Errors", "This database already has an incubator."))
        )
    system = Actor.system()
    with unit_of_work(session):
        user = add_user(
            session,
            login=admin_login,
            display_name=admin_display_name,
            role=Role.ADMIN,
            password=admin_password,
            email=admin_email,
            actor=system,
        )
        profile = IncubatorProfile(
            name=name.strip(),
            legal_name=legal_name,
            siret=siret or None,
            address=address,
            postal_code=postal_code,
            commune=commune,
            time_zone=time_zone,
            is_demo=is_demo,
            demo_reference_date=demo_reference_date,
        )
        session.add(profile)
        seed_reference_lists(session)
        session.flush()
        record_audit(session, system, "incubator_profile", profile.id, "create", {"name": name})
    clock.set_zone(time_zone)
    admin = actor_for_user(session, user.id)
    return admin


def update_incubator_profile(
    session: Session, *, expected_version: int | None, actor: Actor, **changes: object
) -> IncubatorProfileView:
    """Changes the identity printed on reports (name, SIRET, address, logo), the time zone and
    the language of reports. Empty texts are stored as NULL."""
    require(actor, Permission.MANAGE_SETTINGS)
    v = Validator()
    v.only_fields(changes, _PROFILE_FIELDS)
    changes = {
        k: (val.strip() or None) if isinstance(val, str) and k != "name" else val
        for k, val in changes.items()
    }
    if "siret" in changes:
        changes["siret"] = normalise_siret(changes["siret"])
    _validate_profile(
        v,
        changes.get("name", "x"),
        changes.get("siret"),  # type: ignore[arg-type]
        changes.get("postal_code"),  # type: ignore[arg-type]
        changes.get("time_zone", clock.DEFAULT_ZONE),
    )
    if "locale" in changes:
        _validate_locale(v, changes["locale"])
    if "logo_png" in changes:
        _validate_logo(v, changes["logo_png"])
    for field, limit in (("legal_name", 200), ("commune", 120), ("address", 500)):
        v.max_length(field, changes.get(field), limit)  # type: ignore[arg-type]
    v.raise_if_any()
    if isinstance(changes.get("name"), str):
        changes["name"] = changes["name"].strip()  # type: ignore[union-attr]
    with unit_of_work(session):
        profile = session.scalar(select(IncubatorProfile).limit(1))
        if profile is None:
            raise ConflictError(msg(QT_TRANSLATE_NOOP("Errors", "Create the incubator first.")))
        check_version(profile, expected_version)
        update_with_audit(session, actor, profile, "incubator_profile", changes)
    clock.set_zone(profile.time_zone)
    return to_view(profile, IncubatorProfileView)
