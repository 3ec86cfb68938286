"""The words of the History tab (and of the save-conflict dialog): each field of the trail under
the name the forms give it, each value as the app shows it elsewhere (a stage's name, a date
dd/mm/yyyy, an amount in euros, a person's name), never a column name, an internal value or an
id."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from incubator_app import clock
from incubator_app.models.vocabulary import (
    BookingStatus,
    EducationLevel,
    ExitType,
    Gender,
    MilestoneStatus,
    PathwayStage,
    RevenueChannel,
    SessionKind,
    SessionMode,
)
from incubator_app.services.administration.audit_log import REFERENCE_FIELDS
from incubator_app.services.entrepreneurs.document_names import safe_display_name
from incubator_app.ui.entrepreneurs.labels import (
    education_label,
    gender_label,
    glossary_label,
    short_date,
)
from incubator_app.ui.services.money_text import money, quantity, rate

#: Fields never shown: the row's owner (every row of the tab is the record's), technical keys.
# notes_author_id: the coaching service never writes it to the trail (the author of notes is the
# actor of the entry that changed them), hidden should an older or future entry carry it.
HIDDEN_FIELDS = frozenset(
    # site_id: a move between sites also records the sites' names ("site"), shown instead.
    # outbox_message_id: a follow-up e-mail's message in the outbox, said by the channel.
    {
        "entrepreneur_id",
        "content_hash",
        "mime_type",
        "series_id",
        "notes_author_id",
        "site_id",
        "outbox_message_id",
    }
)
#: The marker the coaching service writes instead of confidential notes.
CONFIDENTIAL = "<confidential>"

_DATE_FIELDS = frozenset(
    {
        "entry_date",
        "gdpr_consent_on",
        "changed_on",
        "start_date",
        "end_date",
        "ended_on",
        "exit_date",
        "due_on",
        "checked_on",
        "achieved_on",
        "done_on",
        "used_on",
        "session_date",
    }
)
_DATETIME_FIELDS = frozenset({"starts_at", "ends_at", "contacted_at"})
_ENUMS: dict[str, type[Enum]] = {
    "stage": PathwayStage,
    "from_stage": PathwayStage,
    "to_stage": PathwayStage,
    "exit_type": ExitType,
    "kind": SessionKind,
    "mode": SessionMode,
}


def record_field_labels() -> dict[str, str]:
    """The entrepreneur's own fields, as the Profile and Pathway tabs name them."""
    translate = QCoreApplication.translate
    return {
        "first_name": translate("RecordFields", "First name"),
        "last_name": translate("RecordFields", "Last name"),
        "email": translate("RecordFields", "E-mail"),
        "language": translate("RecordFields", "E-mail language"),
        "phone": translate("RecordFields", "Phone"),
        "address": translate("RecordFields", "Address"),
        "postal_code": translate("RecordFields", "Postal code"),
        "commune": translate("RecordFields", "Town"),
        "discipline_id": translate("RecordFields", "Discipline"),
        "project_name": translate("RecordFields", "Project"),
        "project_description": translate("RecordFields", "Description"),
        "target_legal_form": translate("RecordFields", "Target legal form"),
        "gender": translate("RecordFields", "Gender"),
        "birth_year": translate("RecordFields", "Birth year"),
        "job_seeker": translate("RecordFields", "Job seeker"),
        "social_minima": translate("RecordFields", "Receives social minima"),
        "education_level": translate("RecordFields", "Education"),
        "priority_district": translate("RecordFields", "Lives in a priority district"),
        "referrer": translate("RecordFields", "Referred by"),
        "gdpr_consent_on": translate("RecordFields", "Data consent on"),
        "entry_date": translate("RecordFields", "Entry date"),
        "referent_coach_id": translate("RecordFields", "Referent coach"),
        "cohort_id": translate("RecordFields", "Cohort"),
        "stage": translate("RecordFields", "Stage"),
        "archived": translate("RecordFields", "Archived"),
    }


def field_labels() -> dict[str, str]:
    """Every field the trail of a record holds: the record's, and those of its stage changes,
    contract, exit, follow-ups, milestones, action items, documents, sessions and services."""
    translate = QCoreApplication.translate
    return {
        **record_field_labels(),
        "site": translate("RecordFields", "Site"),
        "from_stage": translate("RecordFields", "Previous stage"),
        "to_stage": translate("RecordFields", "New stage"),
        "changed_on": translate("RecordFields", "Date of the change"),
        "changed_by_id": translate("RecordFields", "Changed by"),
        "reason": translate("RecordFields", "Reason"),
        "start_date": translate("RecordFields", "Start"),
        "end_date": translate("RecordFields", "End"),
        "months_per_term": translate("RecordFields", "Months per term"),
        "renewals": translate("RecordFields", "Renewals"),
        "revenue_share_bp": translate("RecordFields", "Contribution on revenue"),
        "ended_on": translate("RecordFields", "Ended on"),
        "exit_type": translate("RecordFields", "Exit outcome"),
        "exit_date": translate("RecordFields", "Exit date"),
        "months_after_exit": translate("RecordFields", "Months after exit"),
        "due_on": translate("RecordFields", "Due on"),
        "checked_on": translate("RecordFields", "Checked on"),
        "business_active": translate("RecordFields", "Business still active"),
        "legal_form": translate("RecordFields", "Legal form"),
        "revenue_band": translate("RecordFields", "Revenue band"),
        "jobs_created": translate("RecordFields", "Jobs created"),
        "situation": translate("RecordFields", "Situation"),
        "checkpoint": translate("RecordFields", "Checkpoint"),
        "contacted_at": translate("RecordFields", "Contacted on"),
        "reached": translate("RecordFields", "Reached"),
        "reminder": translate("RecordFields", "Reminder"),
        "recorded_by": translate("RecordFields", "Recorded by"),
        "note": translate("RecordFields", "Note"),
        "notes": translate("RecordFields", "Notes"),
        "template_id": translate("RecordFields", "Template"),
        "title": translate("RecordFields", "Title"),
        "category": translate("RecordFields", "Category"),
        "status": translate("RecordFields", "Status"),
        "achieved_on": translate("RecordFields", "Achieved on"),
        "evidence": translate("RecordFields", "Evidence"),
        "session_id": translate("RecordFields", "Coaching session"),
        "assignee_coach_id": translate("RecordFields", "Assigned to"),
        "text": translate("RecordFields", "Action"),
        "done": translate("RecordFields", "Done"),
        "done_on": translate("RecordFields", "Done on"),
        "original_name": translate("RecordFields", "File"),
        "doc_type": translate("RecordFields", "Document type"),
        "size_bytes": translate("RecordFields", "Size"),
        "uploaded_by_id": translate("RecordFields", "Added by"),
        "service_id": translate("RecordFields", "Service"),
        "used_on": translate("RecordFields", "Date of use"),
        "quantity_hundredths": translate("RecordFields", "Quantity"),
        "unit_price_cents": translate("RecordFields", "Unit price"),
        "amount_cents": translate("RecordFields", "Amount"),
        "vat_rate_bp": translate("RecordFields", "VAT rate"),
        "booking_id": translate("RecordFields", "Booking"),
        "starts_at": translate("RecordFields", "Start"),
        "ends_at": translate("RecordFields", "End"),
        "units": translate("RecordFields", "Units"),
        "month": translate("RecordFields", "Month"),
        "channel": translate("RecordFields", "Invoicing"),
        "session_date": translate("RecordFields", "Date"),
        "start_time": translate("RecordFields", "Time"),
        "duration_minutes": translate("RecordFields", "Duration"),
        "coach_id": translate("RecordFields", "Coach"),
        "kind": translate("RecordFields", "Kind"),
        "mode": translate("RecordFields", "Mode"),
        "summary": translate("RecordFields", "Summary"),
        "confidential_notes": translate("RecordFields", "Confidential notes"),
        "participants": translate("RecordFields", "Participants"),
        "topic_ids": translate("RecordFields", "Topics"),
    }


def _yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("RecordFields", "Yes")
        if value
        else QCoreApplication.translate("RecordFields", "No")
    )


def _booking_status(value: str) -> str:
    labels = {
        BookingStatus.CONFIRMED.value: QCoreApplication.translate("RecordFields", "Confirmed"),
        BookingStatus.CANCELLED.value: QCoreApplication.translate("RecordFields", "Cancelled"),
        BookingStatus.DONE.value: QCoreApplication.translate("RecordFields", "Done"),
    }
    return labels.get(value, value)


def _channel(value: str) -> str:
    labels = {
        RevenueChannel.INCUBATOR.value: QCoreApplication.translate(
            "RecordFields", "Invoiced by the incubator"
        ),
        RevenueChannel.OWN.value: QCoreApplication.translate("RecordFields", "Own invoicing"),
    }
    return labels.get(value, value)


def _follow_up_value(entity: str, field: str, value: str) -> str | None:
    """The follow-up campaign's codes under the words of its tab and dialogs (None: not one)."""
    if entity not in ("follow_up_checkpoint", "follow_up_contact"):
        return None
    from incubator_app.ui.milestones.follow_up_dialogs import LEGAL_FORMS, REVENUE_BANDS, SITUATIONS
    from incubator_app.ui.milestones.follow_up_panel import CHECKPOINT_LABELS, checkpoint_label

    tables = {"legal_form": LEGAL_FORMS, "revenue_band": REVENUE_BANDS, "situation": SITUATIONS}
    if field in tables:
        known = {str(code): text for code, text in tables[field].items()}
        return QCoreApplication.translate(*known[value]) if value in known else value
    if field == "checkpoint":
        return checkpoint_label(value) if value in CHECKPOINT_LABELS else value
    if field == "channel":
        words = {
            "email": QCoreApplication.translate("RecordFields", "E-mail"),
            "call": QCoreApplication.translate("RecordFields", "Call"),
        }
        return words.get(value, value)
    return None


def _minutes(value: int) -> str:
    hours, rest = divmod(int(value), 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest:02d}" if rest else f"{hours} h"


def _is_update(field: str, value: Any) -> bool:
    """[old, new] of an update, told apart from a created row's list (topics, participants)."""
    if not isinstance(value, list) or len(value) != 2:
        return False
    if field == "topic_ids":
        return all(isinstance(v, list) for v in value)
    if field == "participants":
        return all(isinstance(v, list) and all(isinstance(p, list) for p in v) for v in value)
    return True


def _parse_date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def value_text(entity: str, field: str, value: Any, names: Mapping[str, Mapping[int, str]]) -> str:
    """One value of the trail as the rest of the app shows it."""
    if value is None or value == "" or value == []:
        return "—"
    kind = REFERENCE_FIELDS.get(field)
    if kind is not None:
        known = names.get(kind, {})
        if field == "participants":
            return ", ".join(
                known.get(pid, "#" + str(pid))
                + ("" if attended else QCoreApplication.translate("RecordFields", " (absent)"))
                for pid, attended in value
            )
        ids = value if isinstance(value, list) else [value]
        return ", ".join(known.get(i, "#" + str(i)) for i in ids)
    if isinstance(value, bool):
        return _yes_no(value)
    follow_up = _follow_up_value(entity, field, str(value))
    if follow_up is not None:
        return follow_up
    if field in _ENUMS:
        return glossary_label(_ENUMS[field], value)
    if field == "status":
        if entity == "booking":
            return _booking_status(str(value))
        return glossary_label(MilestoneStatus, value)
    if field == "gender":
        return gender_label(Gender(value)) if value in set(Gender) else str(value)
    if field == "education_level":
        return education_label(EducationLevel(value)) if value in set(EducationLevel) else value
    if field == "channel":
        return _channel(str(value))
    if field in _DATE_FIELDS:
        day = _parse_date(value)
        return short_date(day) if day else str(value)
    if field == "month":
        day = _parse_date(value)
        return QLocale().toString(QDate(day), "MMMM yyyy") if day else str(value)
    if field in _DATETIME_FIELDS:
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            return str(value)
        if moment.tzinfo is not None:
            moment = moment.astimezone(clock.zone())
        return moment.strftime("%d/%m/%Y %H:%M")
    if field == "start_time":
        try:
            return time.fromisoformat(str(value)).strftime("%H:%M")
        except ValueError:
            return str(value)
    if field == "confidential_notes" and value == CONFIDENTIAL:
        return QCoreApplication.translate("RecordFields", "(hidden)")
    if field == "duration_minutes":
        return _minutes(value)
    if field.endswith("_cents"):
        return money(int(value))
    if field == "quantity_hundredths":
        return quantity(int(value))
    if field.endswith("_bp"):
        return rate(int(value))
    if field == "size_bytes":
        return QLocale().formattedDataSize(int(value))
    if field == "original_name":
        return safe_display_name(str(value))
    return str(value)


def change_text(
    entity: str, changes: Mapping[str, Any] | None, names: Mapping[str, Mapping[int, str]]
) -> str:
    """'Étape : Admis → En couveuse ; Téléphone : — → 06 12 34 56 78'."""
    if not changes:
        return ""
    labels = field_labels()
    pattern = QCoreApplication.translate("RecordFields", "{field}: {value}")
    parts = []
    for field, value in changes.items():
        if field in HIDDEN_FIELDS:
            continue
        label = labels.get(field, field)
        if entity == "follow_up_contact" and field == "channel":
            label = QCoreApplication.translate("RecordFields", "Means of contact")
        if _is_update(field, value):
            old, new = (value_text(entity, field, v, names) for v in value)
            shown = f"{old} → {new}"
        elif value in (None, "", []):
            continue  # a created or deleted row's empty fields say nothing
        else:
            shown = value_text(entity, field, value, names)
        parts.append(pattern.format(field=label, value=shown))
    return QCoreApplication.translate("RecordFields", "; ").join(parts)
