"""The app's words for the domain's fixed values: ONE table for the screens, the PDFs and the
exports, so that a stage reads the same everywhere (docs/glossary.md explains each term).

Each term is a (context, English source) pair marked for lupdate; the UI translates it with
`QCoreApplication.translate(*term(value))`, reports and exports in their own language
(`reports.translate`). No Qt here: the core uses it too.
"""

from __future__ import annotations

from enum import Enum

from incubator_app.i18n import QT_TRANSLATE_NOOP
from incubator_app.models.vocabulary import (
    EventKind,
    ExitType,
    MilestoneStatus,
    PathwayStage,
    RegistrationStatus,
    SessionKind,
    SessionMode,
)

Term = tuple[str, str]

STAGES: dict[PathwayStage, Term] = {
    PathwayStage.CANDIDATE: QT_TRANSLATE_NOOP("Glossary", "Candidate"),
    PathwayStage.ADMITTED: QT_TRANSLATE_NOOP("Glossary", "Admitted"),
    PathwayStage.REFUSED: QT_TRANSLATE_NOOP("Glossary", "Refused"),
    PathwayStage.WITHDREW: QT_TRANSLATE_NOOP("Glossary", "Withdrew"),
    PathwayStage.INCUBATED: QT_TRANSLATE_NOOP("Glossary", "Incubated"),
    PathwayStage.GRADUATED: QT_TRANSLATE_NOOP("Glossary", "Graduated"),
    PathwayStage.EXITED: QT_TRANSLATE_NOOP("Glossary", "Exited"),
}

EXIT_TYPES: dict[ExitType, Term] = {
    ExitType.BUSINESS_CREATED: QT_TRANSLATE_NOOP("Glossary", "Business created"),
    ExitType.SALARIED_JOB: QT_TRANSLATE_NOOP("Glossary", "Salaried job"),
    ExitType.TRAINING: QT_TRANSLATE_NOOP("Glossary", "Training"),
    ExitType.JOB_SEARCH: QT_TRANSLATE_NOOP("Glossary", "Job search"),
    ExitType.STOPPED: QT_TRANSLATE_NOOP("Glossary", "Activity stopped"),
    ExitType.OTHER: QT_TRANSLATE_NOOP("Glossary", "Other"),
}

SESSION_KINDS: dict[SessionKind, Term] = {
    SessionKind.INDIVIDUAL: QT_TRANSLATE_NOOP("Glossary", "Individual"),
    SessionKind.COLLECTIVE: QT_TRANSLATE_NOOP("Glossary", "Collective"),
}

SESSION_MODES: dict[SessionMode, Term] = {
    SessionMode.IN_PERSON: QT_TRANSLATE_NOOP("Glossary", "In person"),
    SessionMode.PHONE: QT_TRANSLATE_NOOP("Glossary", "Phone"),
    SessionMode.VIDEO: QT_TRANSLATE_NOOP("Glossary", "Video call"),
}

MILESTONE_STATUSES: dict[MilestoneStatus, Term] = {
    MilestoneStatus.PLANNED: QT_TRANSLATE_NOOP("Glossary", "Planned"),
    MilestoneStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Glossary", "In progress"),
    MilestoneStatus.ACHIEVED: QT_TRANSLATE_NOOP("Glossary", "Achieved"),
    MilestoneStatus.MISSED: QT_TRANSLATE_NOOP("Glossary", "Missed"),
    MilestoneStatus.CANCELLED: QT_TRANSLATE_NOOP("Glossary", "Cancelled"),
}

EVENT_KINDS: dict[EventKind, Term] = {
    EventKind.WORKSHOP: QT_TRANSLATE_NOOP("Glossary", "Workshop"),
    EventKind.TRAINING: QT_TRANSLATE_NOOP("Glossary", "Training course"),
    EventKind.MEETING: QT_TRANSLATE_NOOP("Glossary", "Meeting"),
    EventKind.VISIT: QT_TRANSLATE_NOOP("Glossary", "Visit"),
    EventKind.COLLECTIVE_COACHING: QT_TRANSLATE_NOOP("Glossary", "Collective coaching"),
}

REGISTRATION_STATUSES: dict[RegistrationStatus, Term] = {
    RegistrationStatus.REGISTERED: QT_TRANSLATE_NOOP("Glossary", "Registered"),
    RegistrationStatus.WAITLISTED: QT_TRANSLATE_NOOP("Glossary", "Waiting list"),
    RegistrationStatus.OFFERED: QT_TRANSLATE_NOOP("Glossary", "Place offered"),
    RegistrationStatus.CANCELLED: QT_TRANSLATE_NOOP("Glossary", "Cancelled"),
    RegistrationStatus.DECLINED: QT_TRANSLATE_NOOP("Glossary", "Declined"),
    RegistrationStatus.EXPIRED: QT_TRANSLATE_NOOP("Glossary", "Offer expired"),
    RegistrationStatus.ATTENDED: QT_TRANSLATE_NOOP("Glossary", "Attended"),
    RegistrationStatus.ABSENT: QT_TRANSLATE_NOOP("Glossary", "Absent"),
}

_TABLES: dict[type[Enum], dict] = {
    EventKind: EVENT_KINDS,
    RegistrationStatus: REGISTRATION_STATUSES,
    PathwayStage: STAGES,
    ExitType: EXIT_TYPES,
    SessionKind: SESSION_KINDS,
    SessionMode: SESSION_MODES,
    MilestoneStatus: MILESTONE_STATUSES,
}


def term(value: Enum) -> Term:
    """The glossary's (context, source) for an enumeration value (KeyError if it has none)."""
    return _TABLES[type(value)][value]


def term_of(kind: type[Enum], raw: Enum | str) -> Term | None:
    """The term of `raw` (a member or its stored value) in `kind`; None for an unknown value."""
    try:
        member = raw if isinstance(raw, kind) else kind(str(raw))
    except ValueError:
        return None
    return _TABLES[kind].get(member)
