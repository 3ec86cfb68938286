"""What users call the tables a person's data lives in that `services/records.py`
ENTITY_LABELS does not name (the access export, the erasure report)."""

from __future__ import annotations

from incubator_app.i18n import QT_TRANSLATE_NOOP, Msg, msg
from incubator_app.services.records import entity_label

# Tables without a label in services/records.py ENTITY_LABELS.
TABLE_LABELS: dict[str, tuple[str, str]] = {
    "contact": QT_TRANSLATE_NOOP("Entities", "contact"),
    "consent_record": QT_TRANSLATE_NOOP("Entities", "consents"),
    "audit_entry": QT_TRANSLATE_NOOP("Entities", "audit trail"),
    "session_participant": QT_TRANSLATE_NOOP("Entities", "coaching sessions attended"),
    "registration": QT_TRANSLATE_NOOP("Entities", "event registrations"),
    "registration_change": QT_TRANSLATE_NOOP("Entities", "changes of registrations"),
    "event_evaluation": QT_TRANSLATE_NOOP("Entities", "evaluations of events"),
    "exchange_account": QT_TRANSLATE_NOOP("Entities", "skills exchange account"),
    "exchange_balance": QT_TRANSLATE_NOOP("Entities", "skills exchange balance"),
    "exchange_listing": QT_TRANSLATE_NOOP("Entities", "skills exchange offers and requests"),
    "exchange_transfer": QT_TRANSLATE_NOOP("Entities", "skills exchange transfers"),
    "exchange_movement": QT_TRANSLATE_NOOP("Entities", "skills exchange movements"),
    "exchange_payment_request": QT_TRANSLATE_NOOP("Entities", "skills exchange payment requests"),
    "outbox_attachment": QT_TRANSLATE_NOOP("Entities", "attachments of e-mails"),
    "cooperation_volunteer": QT_TRANSLATE_NOOP("Entities", "volunteering for calls"),
    "cooperation_project_member": QT_TRANSLATE_NOOP("Entities", "participation in projects"),
    "grant_beneficiary": QT_TRANSLATE_NOOP("Entities", "grants financing the support"),
    "entrepreneur_activity": QT_TRANSLATE_NOOP("Entities", "activity summary"),
}


def table_label(table: str) -> Msg | str:
    key = TABLE_LABELS.get(table)
    return msg(key) if key else entity_label(table)
