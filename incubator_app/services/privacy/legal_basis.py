"""The legal basis of each kind of personal data the application holds (GDPR art. 6 and 9),
what it is for and how long it is kept. Printed in every access export; the retention rules
(`retention.py`) apply the durations. A documented constant: change it with the incubator's
data protection officer, not in a screen."""

from __future__ import annotations

from dataclasses import dataclass

from incubator_app.i18n import QT_TRANSLATE_NOOP

# Article 6(1) bases, as the GDPR names them.
CONSENT = QT_TRANSLATE_NOOP("Privacy", "Consent (art. 6(1)(a))")
CONTRACT = QT_TRANSLATE_NOOP("Privacy", "Performance of a contract (art. 6(1)(b))")
LEGAL_OBLIGATION = QT_TRANSLATE_NOOP("Privacy", "Legal obligation (art. 6(1)(c))")
LEGITIMATE_INTEREST = QT_TRANSLATE_NOOP("Privacy", "Legitimate interest (art. 6(1)(f))")


@dataclass(frozen=True)
class DataKind:
    key: str
    label: tuple[str, str]
    basis: tuple[str, str]
    purpose: tuple[str, str]
    retention: tuple[str, str]
    tables: tuple[str, ...]


DATA_KINDS: tuple[DataKind, ...] = (
    DataKind(
        "identity",
        QT_TRANSLATE_NOOP("Privacy", "Identity and contact details"),
        CONTRACT,
        QT_TRANSLATE_NOOP("Privacy", "Run the support contract (CAPE) and reach the person"),
        QT_TRANSLATE_NOOP("Privacy", "Pathway + 3 years after exit; refused candidates 1 year"),
        ("entrepreneur", "contact"),
    ),
    DataKind(
        "funder_profile",
        QT_TRANSLATE_NOOP("Privacy", "Profile at entry (gender, age, job seeker, education)"),
        LEGAL_OBLIGATION,
        QT_TRANSLATE_NOOP("Privacy", "Report to public funders (grant agreements, FSE+)"),
        QT_TRANSLATE_NOOP(
            "Privacy", "Kept without identity as anonymous figures until the grant's audit ends"
        ),
        ("entrepreneur", "stage_change", "exit_outcome", "grant_beneficiary", "fse_questionnaire"),
    ),
    DataKind(
        "pathway",
        QT_TRANSLATE_NOOP("Privacy", "Pathway, contracts, milestones, exit and follow-up"),
        CONTRACT,
        QT_TRANSLATE_NOOP("Privacy", "Follow the test activity and measure its survival"),
        QT_TRANSLATE_NOOP("Privacy", "Pathway + 3 years after exit"),
        (
            "stage_change",
            "support_contract",
            "milestone",
            "exit_outcome",
            "follow_up_checkpoint",
            "follow_up_contact",
        ),
    ),
    DataKind(
        "coaching",
        QT_TRANSLATE_NOOP("Privacy", "Coaching sessions, notes and action items"),
        CONTRACT,
        QT_TRANSLATE_NOOP("Privacy", "Coach the person during the contract"),
        QT_TRANSLATE_NOOP("Privacy", "Pathway + 3 years after exit"),
        ("coaching_session", "session_participant", "action_item"),
    ),
    DataKind(
        "accounting",
        QT_TRANSLATE_NOOP("Privacy", "Revenue, service use, bookings and invoices"),
        LEGAL_OBLIGATION,
        QT_TRANSLATE_NOOP("Privacy", "Bookkeeping of the incubator's legal entity"),
        QT_TRANSLATE_NOOP("Privacy", "10 years (French Commercial Code, art. L123-22)"),
        ("revenue", "service_usage", "booking"),
    ),
    DataKind(
        "events",
        QT_TRANSLATE_NOOP("Privacy", "Registrations and attendance to workshops"),
        LEGITIMATE_INTEREST,
        QT_TRANSLATE_NOOP("Privacy", "Organise workshops and prove attendance to funders"),
        QT_TRANSLATE_NOOP("Privacy", "3 years after the last interaction"),
        ("registration", "registration_change", "event_evaluation"),
    ),
    DataKind(
        "exchange",
        QT_TRANSLATE_NOOP("Privacy", "Skills exchange account, offers and transfers"),
        CONTRACT,
        QT_TRANSLATE_NOOP("Privacy", "Run the time bank (the ledger must balance)"),
        QT_TRANSLATE_NOOP("Privacy", "Movements kept without identity; the rest until erasure"),
        ("exchange_account", "exchange_listing", "exchange_movement", "exchange_payment_request"),
    ),
    DataKind(
        "documents",
        QT_TRANSLATE_NOOP("Privacy", "Documents attached to the record"),
        CONTRACT,
        QT_TRANSLATE_NOOP("Privacy", "Keep the proofs of the pathway"),
        QT_TRANSLATE_NOOP("Privacy", "Pathway + 3 years after exit"),
        ("document",),
    ),
    DataKind(
        "mail",
        QT_TRANSLATE_NOOP("Privacy", "E-mails sent to the person"),
        LEGITIMATE_INTEREST,
        QT_TRANSLATE_NOOP("Privacy", "Tell the person of their registrations and appointments"),
        QT_TRANSLATE_NOOP("Privacy", "Until erasure"),
        ("outbox_message", "outbox_attachment"),
    ),
    DataKind(
        "consent",
        QT_TRANSLATE_NOOP("Privacy", "Consents given or withdrawn"),
        LEGAL_OBLIGATION,
        QT_TRANSLATE_NOOP("Privacy", "Prove the consent (GDPR art. 7(1))"),
        QT_TRANSLATE_NOOP("Privacy", "As long as the data it covers"),
        ("consent_record",),
    ),
    DataKind(
        "audit",
        QT_TRANSLATE_NOOP("Privacy", "Audit trail of changes"),
        LEGITIMATE_INTEREST,
        QT_TRANSLATE_NOOP("Privacy", "Know who changed what (security, GDPR art. 32)"),
        QT_TRANSLATE_NOOP("Privacy", "Kept; anonymised when the person is erased"),
        ("audit_entry",),
    ),
)

#: The purposes a consent record may name, each with what it covers.
CONSENT_PURPOSES: dict[str, tuple[str, str]] = {
    "file": QT_TRANSLATE_NOOP("Privacy", "Be kept on file by the incubator"),
    "newsletter": QT_TRANSLATE_NOOP("Privacy", "Receive the incubator's newsletter"),
    "photos": QT_TRANSLATE_NOOP("Privacy", "Photos and videos taken at events"),
    "directory": QT_TRANSLATE_NOOP("Privacy", "Appear in the published directory"),
    "fse_survey": QT_TRANSLATE_NOOP("Privacy", "Answer the FSE+ participant questionnaires"),
    "sensitive": QT_TRANSLATE_NOOP("Privacy", "Sensitive data (disability, origin: art. 9(2)(a))"),
}


def kind_of_table(table: str) -> DataKind | None:
    for kind in DATA_KINDS:
        if table in kind.tables:
            return kind
    return None
