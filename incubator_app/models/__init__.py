"""SQLAlchemy 2 typed ORM, one module per aggregate. No Qt here."""

from incubator_app.models.audit import AuditEntry
from incubator_app.models.base import Base
from incubator_app.models.coaching import (
    ActionItem,
    CoachingNote,
    CoachingSession,
    SessionKind,
    SessionMode,
    SessionParticipant,
    session_topic,
)
from incubator_app.models.contact import Contact
from incubator_app.models.cooperation import (
    CooperationCall,
    CooperationDraw,
    CooperationQuota,
    CooperationVolunteer,
    DrawStep,
)
from incubator_app.models.document import Document
from incubator_app.models.entrepreneur import (
    EducationLevel,
    Entrepreneur,
    ExitOutcome,
    ExitType,
    FollowUpCheckpoint,
    Gender,
    PathwayStage,
    StageChange,
    SupportContract,
)
from incubator_app.models.entrepreneur_activity import EntrepreneurActivity
from incubator_app.models.event import (
    Course,
    Event,
    Registration,
    RegistrationChange,
    grant_event,
)
from incubator_app.models.exchange import (
    AccountKind,
    ExchangeAccount,
    ExchangeBalance,
    ExchangeListing,
    ExchangeMovement,
    ExchangePaymentRequest,
    ExchangeSettings,
    ExchangeTransfer,
)
from incubator_app.models.funding import (
    Funder,
    FunderKind,
    Grant,
    GrantDeadline,
    grant_beneficiary,
    grant_session,
)
from incubator_app.models.incubator import CoachingTopic, Cohort, Discipline, IncubatorProfile
from incubator_app.models.milestone import Milestone, MilestoneStatus, MilestoneTemplate
from incubator_app.models.outbox import MailSettings, OutboxAttachment, OutboxMessage
from incubator_app.models.shared_service import (
    Booking,
    BookingStatus,
    Revenue,
    RevenueChannel,
    ServiceUnit,
    ServiceUsage,
    SharedService,
    SharedServicePrice,
)
from incubator_app.models.user import Coach, RememberToken, Role, User

__all__ = [
    "AccountKind",
    "ActionItem",
    "AuditEntry",
    "Base",
    "Booking",
    "BookingStatus",
    "Coach",
    "Contact",
    "Course",
    "CoachingNote",
    "CoachingSession",
    "CoachingTopic",
    "Cohort",
    "Discipline",
    "Document",
    "EducationLevel",
    "Entrepreneur",
    "Event",
    "EntrepreneurActivity",
    "ExitOutcome",
    "ExitType",
    "ExchangeAccount",
    "ExchangeBalance",
    "ExchangeListing",
    "ExchangeMovement",
    "ExchangePaymentRequest",
    "ExchangeSettings",
    "ExchangeTransfer",
    "CooperationCall",
    "CooperationDraw",
    "CooperationQuota",
    "CooperationVolunteer",
    "DrawStep",
    "FollowUpCheckpoint",
    "Funder",
    "FunderKind",
    "Gender",
    "Grant",
    "GrantDeadline",
    "IncubatorProfile",
    "MailSettings",
    "Milestone",
    "MilestoneStatus",
    "MilestoneTemplate",
    "OutboxAttachment",
    "OutboxMessage",
    "PathwayStage",
    "Registration",
    "RegistrationChange",
    "Revenue",
    "RevenueChannel",
    "Role",
    "ServiceUnit",
    "ServiceUsage",
    "SessionKind",
    "SessionMode",
    "SessionParticipant",
    "SharedService",
    "SharedServicePrice",
    "StageChange",
    "SupportContract",
    "RememberToken",
    "User",
    "grant_beneficiary",
    "grant_event",
    "grant_session",
    "session_topic",
]
