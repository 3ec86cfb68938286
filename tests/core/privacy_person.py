"""A person found in every table that can mention them, for the access and erasure tests:
an entrepreneur (Zéphyrine Quillembert) and a contact (Ottilie Brandwijk), each with rows made
through the services where they exist (the e-mails, the ledger, the documents on disk) and with
the ORM where not. `person_tables()` must all be filled: a table added later fails the tests
until a row about the person is added here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from event_helpers import new_event
from factories import make_coach
from sqlalchemy import insert
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.models import (
    ActionItem,
    Booking,
    CoachingSession,
    ConsentRecord,
    Contact,
    CooperationCall,
    CooperationProject,
    CooperationProjectMember,
    CooperationVolunteer,
    Entrepreneur,
    ExchangeListing,
    ExitOutcome,
    ExitType,
    FollowUpCheckpoint,
    FollowUpContact,
    FseQuestionnaire,
    Funder,
    FunderKind,
    Gender,
    Grant,
    Milestone,
    OutboxAttachment,
    OutboxMessage,
    PathwayStage,
    Revenue,
    RevenueChannel,
    ServiceUnit,
    ServiceUsage,
    SessionParticipant,
    SharedService,
    StageChange,
    SupportContract,
    grant_beneficiary,
)
from incubator_app.models.directory import ActorContact, ActorEntrepreneur, DirectoryActor
from incubator_app.models.event import Course, CourseEnrolment, CourseWaiting
from incubator_app.models.exchange import ListingKind
from incubator_app.models.vocabulary import (
    EnrolmentStatus,
    FseAnswer,
    FseMoment,
    LabourStatus,
    RegistrationSource,
    RegistrationStatus,
)
from incubator_app.services.actor import Actor
from incubator_app.services.entrepreneurs.documents import attach_document
from incubator_app.services.events.evaluations import record_evaluation
from incubator_app.services.events.registrations import register
from incubator_app.services.exchange.accounts import open_entrepreneur_account
from incubator_app.services.exchange.ledger import record_transfer
from incubator_app.services.exchange.payment_requests import request_payment
from incubator_app.services.records import record_audit

ENTREPRENEUR_STRINGS = (
    "Zéphyrine",
    "Quillembert",
    "zephyrine.quillembert@exemple.fr",
    "06 71 82 93 04",
    "17 impasse des Cigognes-Bleues",
)
CONTACT_STRINGS = ("Ottilie", "Brandwijk", "ottilie.brandwijk@exemple.org", "07 12 34 56 78")
DOCUMENT_BYTES = b"CV de Zephyrine Quillembert, 17 impasse des Cigognes-Bleues\n"


@dataclass(frozen=True)
class People:
    entrepreneur_id: int
    contact_id: int
    other_id: int
    event_id: int


def build_people(session: Session, actor: Actor) -> People:
    coach = make_coach(session, "Coach Aurèle")
    z = Entrepreneur(
        first_name="Zéphyrine",
        last_name="Quillembert",
        email="zephyrine.quillembert@exemple.fr",
        phone="06 71 82 93 04",
        address="17 impasse des Cigognes-Bleues",
        postal_code="13001",
        commune="Marseille",
        project_name="Atelier Quillembert",
        project_description="Reliure d'art par Zéphyrine",
        gender=Gender.FEMALE,
        birth_year=1987,
        job_seeker=True,
        entry_date=date(2025, 3, 3),
        stage=PathwayStage.EXITED,
        referent_coach_id=coach.id,
    )
    other = Entrepreneur(
        first_name="Basile", last_name="Ferrandou", entry_date=date(2025, 1, 6),
        stage=PathwayStage.INCUBATED,
    )  # fmt: skip
    c = Contact(
        first_name="Ottilie",
        last_name="Brandwijk",
        email="ottilie.brandwijk@exemple.org",
        phone="07 12 34 56 78",
        organisation="Les Amis du Livre",
    )
    session.add_all([z, other, c])
    session.flush()
    record_audit(
        session, actor, "entrepreneur", z.id, "create",
        {"first_name": z.first_name, "last_name": z.last_name, "email": z.email},
    )  # fmt: skip
    record_audit(session, actor, "contact", c.id, "create", {"last_name": "Brandwijk"})
    session.add_all(
        [
            StageChange(entrepreneur_id=z.id, to_stage=PathwayStage.ADMITTED,
                        changed_on=date(2025, 3, 3), reason="Dossier de Zéphyrine complet"),
            StageChange(entrepreneur_id=z.id, from_stage=PathwayStage.ADMITTED,
                        to_stage=PathwayStage.EXITED, changed_on=date(2026, 2, 27)),
            SupportContract(entrepreneur_id=z.id, start_date=date(2025, 3, 3),
                            end_date=date(2026, 3, 3)),
            ExitOutcome(entrepreneur_id=z.id, exit_type=ExitType.BUSINESS_CREATED,
                        reason="Quillembert crée sa SARL", exit_date=date(2026, 2, 27)),
            FollowUpCheckpoint(entrepreneur_id=z.id, months_after_exit=6,
                               due_on=date(2026, 8, 27), notes="Appel de Zéphyrine"),
            FollowUpContact(entrepreneur_id=z.id, checkpoint="m6", channel="call",
                            contacted_at=datetime(2026, 8, 28, 9, 0, tzinfo=UTC), reached=True,
                            note="Zéphyrine rappelle lundi", recorded_by="staff"),
            Milestone(entrepreneur_id=z.id, title="Plan de Quillembert", due_on=date(2025, 6, 1)),
            ConsentRecord(entrepreneur_id=z.id, purpose="photos", given_on=date(2025, 3, 3),
                          source="paper form", text_version="2025-01"),
            ConsentRecord(entrepreneur_id=z.id, purpose="fse_survey", given_on=date(2025, 3, 3),
                          source="paper form", text_version="2025-01"),
            FseQuestionnaire(entrepreneur_id=z.id, moment=FseMoment.ENTRY,
                             answered_on=date(2025, 3, 3), labour_status=LabourStatus.INACTIVE,
                             disability=FseAnswer.DECLINED, recorded_by="staff"),
            ConsentRecord(contact_id=c.id, purpose="newsletter", given_on=date(2025, 5, 1),
                          source="web form", text_version="2025-01"),
        ]
    )  # fmt: skip
    cs = CoachingSession(
        session_date=date(2025, 9, 1), start_time=time(10), duration_minutes=60,
        coach_id=coach.id, summary="Zéphyrine présente sa reliure",
        confidential_notes="Quillembert hésite",
    )  # fmt: skip
    session.add(cs)
    session.flush()
    session.add(SessionParticipant(session_id=cs.id, entrepreneur_id=z.id))
    session.add(ActionItem(session_id=cs.id, entrepreneur_id=z.id, text="Zéphyrine: devis"))
    service = SharedService(
        name="Salle Mistral", category="rooms", unit=ServiceUnit.HOUR,
        unit_price_cents=1500, bookable=True,
    )  # fmt: skip
    session.add(service)
    session.flush()
    starts = datetime(2025, 10, 1, 8, tzinfo=clock.zone())
    booking = Booking(service_id=service.id, entrepreneur_id=z.id, starts_at=starts,
                      ends_at=starts + timedelta(hours=2), notes="Pour Zéphyrine")  # fmt: skip
    session.add(booking)
    session.flush()
    session.add_all(
        [
            ServiceUsage(service_id=service.id, entrepreneur_id=z.id, used_on=date(2025, 10, 1),
                         quantity_hundredths=200, unit_price_cents=1500, amount_cents=3000,
                         vat_rate_bp=2000, booking_id=booking.id, notes="Quillembert"),
            Revenue(entrepreneur_id=z.id, month=date(2025, 10, 1), amount_cents=120000,
                    channel=next(iter(RevenueChannel))),
        ]
    )  # fmt: skip
    funder = Funder(name="Région Sud", kind=FunderKind.REGION)
    session.add(funder)
    session.flush()
    grant = Grant(funder_id=funder.id, reference="RS-1", title="Convention",
                  amount_cents=1000, period_start=date(2025, 1, 1),
                  period_end=date(2026, 12, 31))  # fmt: skip
    session.add(grant)
    session.flush()
    session.execute(insert(grant_beneficiary).values(grant_id=grant.id, entrepreneur_id=z.id))
    call = CooperationCall(title="Jury", group_size=3)
    session.add(call)
    session.flush()
    session.add(CooperationVolunteer(call_id=call.id, code="V1", entrepreneur_id=z.id,
                                     name="Zéphyrine Quillembert",
                                     email="zephyrine.quillembert@exemple.fr"))  # fmt: skip
    project = CooperationProject(title="Reliures partagées", territory="Marseille")
    session.add(project)
    session.flush()
    session.add_all([
        CooperationProjectMember(project_id=project.id, entrepreneur_id=z.id, role="reliure"),
        CooperationProjectMember(project_id=project.id, contact_id=c.id),
    ])  # fmt: skip
    mail = OutboxMessage(
        message_id="<m1@exemple.fr>", to_address="zephyrine.quillembert@exemple.fr",
        to_name="Zéphyrine Quillembert", subject="Votre atelier",
        body_text="Bonjour Zéphyrine Quillembert", language="fr",
    )  # fmt: skip
    mail.attachments.append(
        OutboxAttachment(filename="invite.ics", mime_type="text/calendar",
                         content=b"ATTENDEE;CN=Zephyrine:mailto:zephyrine.quillembert@exemple.fr")
    )  # fmt: skip
    session.add(mail)
    session.commit()

    attach_document(session, z.id, DOCUMENT_BYTES, original_name="cv-quillembert.txt",
                    actor=actor)  # fmt: skip
    event_id = new_event(session, actor, capacity=5,
                         description="Témoignage de Zéphyrine Quillembert")  # fmt: skip
    mine_reg = register(session, event_id, entrepreneur_id=z.id, actor=actor)
    register(session, event_id, contact_id=c.id, actor=actor)
    record_evaluation(session, mine_reg.id, 5,
                      "Zéphyrine Quillembert a adoré la reliure", actor=actor)  # fmt: skip
    mine = open_entrepreneur_account(session, z.id, actor=actor)
    theirs = open_entrepreneur_account(session, other.id, actor=actor)
    listing = ExchangeListing(
        account_id=mine.id, kind=ListingKind.OFFER, title="Reliure par Zéphyrine",
        category="crafts",
        published_on=date(2026, 11, 1), expires_on=date(2027, 2, 1),
    )  # fmt: skip
    session.add(listing)
    session.commit()
    record_transfer(session, from_ids=[mine.id], to_ids=[theirs.id], minutes=90,
                    listing_id=listing.id, note="Reliure pour Basile", actor=actor)  # fmt: skip
    request_payment(session, payer_id=theirs.id, payee_id=mine.id, minutes=30,
                    note="Merci Zéphyrine", actor=actor)  # fmt: skip
    # A course enrolment (events) and the contact's place in an organisation (directory).
    course = Course(title="Reliure et dorure")
    organisation = DirectoryActor(name="Les Amis du Livre")
    session.add_all([course, organisation])
    session.flush()
    session.add_all(
        [
            CourseEnrolment(course_id=course.id, entrepreneur_id=z.id,
                            status=EnrolmentStatus.ENROLLED, source=RegistrationSource.STAFF),
            CourseWaiting(course_id=course.id, entrepreneur_id=z.id, party_size=1, queue_key=1,
                          status=RegistrationStatus.WAITLISTED, source=RegistrationSource.STAFF),
            ActorContact(actor_id=organisation.id, contact_id=c.id,
                         role="Présidente, Ottilie Brandwijk"),
            ActorEntrepreneur(actor_id=organisation.id, entrepreneur_id=z.id, kind="company"),
        ]
    )  # fmt: skip
    session.commit()
    return People(z.id, c.id, other.id, event_id)
