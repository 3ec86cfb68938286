"""The domain's fixed vocabulary: pathway stages, roles, session kinds, units… (no SQLAlchemy).

Plain enums, so the UI can name them (labels, pickers) without importing the ORM models;
import-linter allows the UI this module of `models` and no other.
"""

from __future__ import annotations

import enum


class SessionKind(enum.StrEnum):
    INDIVIDUAL = "individual"
    COLLECTIVE = "collective"


class SessionMode(enum.StrEnum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"


class ServiceUnit(enum.StrEnum):
    HOUR = "hour"
    HALF_DAY = "half_day"
    DAY = "day"
    MONTH = "month"
    ITEM = "item"


class BookingStatus(enum.StrEnum):
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"
    DONE = "done"


class RevenueChannel(enum.StrEnum):
    """Invoiced under the incubator's legal entity, or on the entrepreneur's own."""

    INCUBATOR = "incubator"
    OWN = "own"


class FunderKind(enum.StrEnum):
    REGION = "region"
    DEPARTMENT = "department"
    MUNICIPALITY = "municipality"
    STATE = "state"
    EUROPEAN_UNION = "european_union"
    FOUNDATION = "foundation"
    OTHER = "other"


class MilestoneStatus(enum.StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    MISSED = "missed"
    CANCELLED = "cancelled"


class PathwayStage(enum.StrEnum):
    CANDIDATE = "candidate"
    ADMITTED = "admitted"
    REFUSED = "refused"
    WITHDREW = "withdrew"
    INCUBATED = "incubated"
    GRADUATED = "graduated"
    EXITED = "exited"


#: The people the incubator still works with ("Actifs seulement"): not refused, withdrawn,
#: graduated or exited (and, in lists, not archived either).
ACTIVE_STAGES: tuple[PathwayStage, ...] = (
    PathwayStage.CANDIDATE,
    PathwayStage.ADMITTED,
    PathwayStage.INCUBATED,
)


class Gender(enum.StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNDISCLOSED = "undisclosed"


class EducationLevel(enum.StrEnum):
    """French levels as funders ask for them (infra-bac … bac+5 and more)."""

    BELOW_BAC = "below_bac"
    BAC = "bac"
    BAC_2 = "bac_2"
    BAC_3 = "bac_3"
    BAC_5 = "bac_5"
    DOCTORATE = "doctorate"


class ExitType(enum.StrEnum):
    BUSINESS_CREATED = "business_created"
    SALARIED_JOB = "salaried_job"
    TRAINING = "training"
    JOB_SEARCH = "job_search"
    STOPPED = "stopped"
    OTHER = "other"


class Role(enum.StrEnum):
    ADMIN = "admin"
    STAFF = "staff"
    COACH = "coach"
    VIEWER = "viewer"


class EventKind(enum.StrEnum):
    """What kind of gathering an event is (atelier, formation, réunion / rencontre, visite,
    accompagnement collectif)."""

    WORKSHOP = "workshop"
    TRAINING = "training"
    MEETING = "meeting"
    VISIT = "visit"
    COLLECTIVE_COACHING = "collective_coaching"


class RegistrationStatus(enum.StrEnum):
    """Where a registration to an event stands. `registered` and `offered` hold places (an
    offer holds them until it is accepted, declined or expires); `attended` and `absent` are
    what became of a registered person once the event took place."""

    REGISTERED = "registered"
    WAITLISTED = "waitlisted"
    OFFERED = "offered"
    CANCELLED = "cancelled"
    DECLINED = "declined"
    EXPIRED = "expired"
    ATTENDED = "attended"
    ABSENT = "absent"


#: The statuses that hold places of the event (the invariant: their party sizes ≤ capacity).
PLACE_HOLDING_STATUSES: tuple[RegistrationStatus, ...] = (
    RegistrationStatus.REGISTERED,
    RegistrationStatus.OFFERED,
    RegistrationStatus.ATTENDED,
    RegistrationStatus.ABSENT,
)

#: A person with a registration in one of these statuses may not register again to the event.
ACTIVE_REGISTRATION_STATUSES: tuple[RegistrationStatus, ...] = (
    *PLACE_HOLDING_STATUSES,
    RegistrationStatus.WAITLISTED,
)


class EnrolmentStatus(enum.StrEnum):
    """A course enrolment: enrolled (a place held in every module still to come) or cancelled."""

    ENROLLED = "enrolled"
    CANCELLED = "cancelled"


class RegistrationSource(enum.StrEnum):
    STAFF = "staff"
    IMPORT = "import"
    EMAIL_REPLY = "email_reply"


class OutboxStatus(enum.StrEnum):
    """Where an outgoing e-mail is: waiting (or waiting for a retry), being handed to the SMTP
    server by one sender, accepted by the server, or given up after too many refusals."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class SmtpSecurity(enum.StrEnum):
    """How the connection to the SMTP server is protected: not at all (a local relay), STARTTLS
    on the submission port (587), or TLS from the first byte (465)."""

    NONE = "none"
    STARTTLS = "starttls"
    TLS = "tls"


class SheetKind(enum.StrEnum):
    EXPERIENCE = "experience"  # context, partners, budget, what worked, what failed, results
    METHOD = "method"
    TEMPLATE = "template"
    GUIDE = "guide"
    LINK = "link"
    CONTACT_TIP = "contact_tip"


class ProjectStatus(enum.StrEnum):
    PLANNED = "planned"
    UNDER_WAY = "under_way"
    DONE = "done"
    STOPPED = "stopped"


class SheetStatus(enum.StrEnum):
    DRAFT = "draft"  # seen by its author and by those who may publish
    PUBLISHED = "published"  # seen by everyone
    ARCHIVED = "archived"  # kept, out of the default lists


class ExtractionNote(enum.StrEnum):
    """Why an attachment gives no (or partial) text to the search; None when all went well."""

    PASSWORD_PROTECTED = "password_protected"
    UNREADABLE = "unreadable"  # damaged or not what its name says
    UNSUPPORTED = "unsupported"  # a kind of file whose text is not read (images, archives…)
    NO_TEXT = "no_text"  # read, but holds no text (a scanned PDF)
    TRUNCATED = "truncated"  # only the beginning is searchable


class FseMoment(enum.StrEnum):
    """When an FSE+ participant questionnaire is answered (services/funding/fse/)."""

    ENTRY = "entry"
    EXIT = "exit"  # within four weeks after leaving
    SIX_MONTHS = "six_months"  # six months after leaving


class LabourStatus(enum.StrEnum):
    """Labour-market status at entry. Long-term unemployed people are also counted as
    unemployed (Annex I, 1.1: "unemployed, including long-term unemployed")."""

    UNEMPLOYED = "unemployed"  # unemployed, not long-term
    LONG_TERM_UNEMPLOYED = "long_term_unemployed"
    INACTIVE = "inactive"
    EMPLOYED = "employed"  # including self-employed
    DECLINED = "declined"


class IscedLevel(enum.StrEnum):
    ISCED_0_2 = "isced_0_2"
    ISCED_3_4 = "isced_3_4"
    ISCED_5_8 = "isced_5_8"
    DECLINED = "declined"


class FseAnswer(enum.StrEnum):
    """An answer to an optional (sensitive) question: the person may decline to answer."""

    YES = "yes"
    NO = "no"
    DECLINED = "declined"


class LegalForm(enum.StrEnum):
    """The legal form of the business at a follow-up checkpoint (French forms, grouped)."""

    MICRO = "micro"  # micro-entreprise / entreprise individuelle
    COMPANY = "company"  # SARL, SAS, EURL, SASU
    ASSOCIATION = "association"
    COOPERATIVE = "cooperative"  # SCOP, SCIC, CAE
    OTHER = "other"


class RevenueBand(enum.StrEnum):
    """Yearly revenue of the business, as asked at a follow-up checkpoint."""

    NONE = "none"
    UNDER_10K = "under_10k"
    FROM_10K_TO_30K = "10k_30k"
    FROM_30K_TO_80K = "30k_80k"
    OVER_80K = "over_80k"


class FollowUpSituation(enum.StrEnum):
    """The person's situation at a follow-up checkpoint."""

    OWN_BUSINESS = "own_business"
    SALARIED = "salaried"
    TRAINING = "training"
    JOB_SEEKING = "job_seeking"
    OTHER = "other"


class ContactChannel(enum.StrEnum):
    EMAIL = "email"
    CALL = "call"
