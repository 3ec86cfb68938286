"""What erasure does with each table that can hold a row about a person, and why.

Every table `people.person_tables()` finds must be named here (a test checks it), so a table
added later cannot keep a person's data silently. Whatever is kept is also cleaned of the
person's identifying strings (`redaction.py`)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from incubator_app.i18n import QT_TRANSLATE_NOOP
from incubator_app.models.fse import SENSITIVE_FIELDS
from incubator_app.services.erased import ANONYMISED as ANONYMISED  # re-exported


class Treatment(enum.StrEnum):
    DELETE = "delete"  # the rows go (and the files they name)
    ANONYMISE = "anonymise"  # the row stays, its free text goes (except `keep`)
    KEEP = "keep"  # no free text of the person: kept as it is (for figures, the ledger)


@dataclass(frozen=True)
class Rule:
    treatment: Treatment
    reason: tuple[str, str]
    # Text columns kept (codes, categories, staff logins): they say nothing of the person.
    keep: frozenset[str] = frozenset()
    # Other columns set on anonymised rows.
    set_values: dict[str, Any] = field(default_factory=dict)


FUNDER_FIGURES = QT_TRANSLATE_NOOP(
    "Privacy", "Kept without identity: the funder reports of past periods count it"
)
LEDGER = QT_TRANSLATE_NOOP(
    "Privacy", "Kept without identity: the skills exchange ledger must still balance"
)
BOOKKEEPING = QT_TRANSLATE_NOOP(
    "Privacy", "Kept without identity: bookkeeping of the incubator (10 years)"
)
PERSONAL = QT_TRANSLATE_NOOP("Privacy", "Personal: nothing needs it once the person is erased")
SHARED = QT_TRANSLATE_NOOP(
    "Privacy", "Shared with other people: kept, the person's name removed from its text"
)
AUDIT = QT_TRANSLATE_NOOP(
    "Privacy", "The trail of who did what stays; the values about the person are removed"
)

RULES: dict[str, Rule] = {
    "entrepreneur": Rule(
        Treatment.ANONYMISE,
        FUNDER_FIGURES,
        keep=frozenset({"language"}),  # a code (fr, en…): says nothing of the person
        set_values={"archived": True, "gdpr_consent_on": None},
    ),
    "contact": Rule(
        Treatment.ANONYMISE,
        FUNDER_FIGURES,
        keep=frozenset({"language"}),
        set_values={"consent": False, "consent_on": None},
    ),
    "stage_change": Rule(Treatment.ANONYMISE, FUNDER_FIGURES),
    "support_contract": Rule(Treatment.KEEP, FUNDER_FIGURES),
    "exit_outcome": Rule(Treatment.ANONYMISE, FUNDER_FIGURES),
    # The answer's codes stay (funder figures: survival); the free note goes.
    "follow_up_checkpoint": Rule(
        Treatment.ANONYMISE,
        FUNDER_FIGURES,
        keep=frozenset({"legal_form", "revenue_band", "situation"}),
    ),
    # The attempts to reach the person: nothing a report counts.
    "follow_up_contact": Rule(Treatment.DELETE, PERSONAL),
    # Only codes and yes/no answers: the FSE+ indicators of past periods still count them.
    "fse_questionnaire": Rule(
        Treatment.ANONYMISE,
        FUNDER_FIGURES,
        keep=frozenset(
            {
                "moment",
                "labour_status",
                "education",
                *SENSITIVE_FIELDS,
            }
        ),
        set_values={"recorded_by": None},
    ),
    "entrepreneur_activity": Rule(Treatment.KEEP, FUNDER_FIGURES),
    "grant_beneficiary": Rule(Treatment.KEEP, FUNDER_FIGURES),
    "session_participant": Rule(Treatment.KEEP, FUNDER_FIGURES),
    "coaching_session": Rule(Treatment.KEEP, SHARED),
    "coaching_note": Rule(Treatment.KEEP, SHARED),
    "registration": Rule(Treatment.ANONYMISE, FUNDER_FIGURES),
    # The score stays for the funder reports' average; the comment (personal text) goes.
    "event_evaluation": Rule(Treatment.ANONYMISE, FUNDER_FIGURES),
    "course_enrolment": Rule(Treatment.ANONYMISE, FUNDER_FIGURES),
    "course_waiting": Rule(Treatment.ANONYMISE, FUNDER_FIGURES),
    # The directory's link of a person to an organisation (their role there): theirs alone.
    "directory_actor_contact": Rule(Treatment.DELETE, PERSONAL),
    # Which actor is an entrepreneur's company or partner venue: about them alone.
    "directory_actor_entrepreneur": Rule(Treatment.DELETE, PERSONAL),
    "registration_change": Rule(
        Treatment.ANONYMISE,
        FUNDER_FIGURES,
        keep=frozenset({"from_status", "to_status", "by_login"}),
    ),
    "action_item": Rule(Treatment.DELETE, PERSONAL),
    "milestone": Rule(Treatment.DELETE, PERSONAL),
    "document": Rule(Treatment.DELETE, PERSONAL),
    "consent_record": Rule(Treatment.DELETE, PERSONAL),
    "outbox_message": Rule(Treatment.DELETE, PERSONAL),
    "outbox_attachment": Rule(Treatment.DELETE, PERSONAL),
    "revenue": Rule(Treatment.KEEP, BOOKKEEPING),
    "service_usage": Rule(Treatment.ANONYMISE, BOOKKEEPING),
    "booking": Rule(Treatment.ANONYMISE, BOOKKEEPING, keep=frozenset({"series_id"})),
    "exchange_account": Rule(
        Treatment.ANONYMISE, LEDGER, set_values={"active": False, "balance_public": False}
    ),
    "exchange_balance": Rule(Treatment.KEEP, LEDGER),
    "exchange_movement": Rule(Treatment.KEEP, LEDGER),
    "exchange_transfer": Rule(Treatment.KEEP, LEDGER),
    "exchange_listing": Rule(Treatment.ANONYMISE, LEDGER, keep=frozenset({"category"})),
    "exchange_payment_request": Rule(Treatment.ANONYMISE, LEDGER, keep=frozenset({"category"})),
    "cooperation_volunteer": Rule(
        Treatment.ANONYMISE,
        QT_TRANSLATE_NOOP("Privacy", "Kept without identity: a recorded draw must stay verifiable"),
        keep=frozenset({"code", "categories"}),
    ),
    # Their place in a project under way: theirs alone (the project stays, their name removed
    # from its text).
    "cooperation_project_member": Rule(Treatment.DELETE, PERSONAL),
    "audit_entry": Rule(Treatment.ANONYMISE, AUDIT),
}
