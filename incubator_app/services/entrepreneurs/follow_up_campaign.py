"""Follow-up campaigns (pérennisation): who is due in a month, reaching them, reminders.

A campaign row is one person at one checkpoint: the follow-up checkpoints 6/12/24/36 months
after exit (`follow_up_checkpoint`, planned at exit) and the FSE+ questionnaires within four
weeks after leaving and six months later (participants with an entry questionnaire). Each
attempt to reach the person (an e-mail put in the outbox, a call logged) is a
`follow_up_contact` row with an audit row. The answer closes the row: for a checkpoint it is
recorded by `follow_up_answers.record_follow_up_answer` (and counted in the survival rates of
the funder report); for an FSE+ moment, by the FSE+ questionnaire itself.

A row needs a reminder when it is not answered and its last attempt is older than
`reminder_days` (a second e-mail is sent as a reminder).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import ValidationError
from incubator_app.i18n import (
    QT_TRANSLATE_NOOP,
    SUPPORTED_LANGUAGES,
    TRANSLATIONS_DIR,
    load_ts_catalog,
    msg,
)
from incubator_app.models import (
    Entrepreneur,
    ExitOutcome,
    FollowUpCheckpoint,
    FollowUpContact,
    IncubatorProfile,
)
from incubator_app.models.fse import FseQuestionnaire
from incubator_app.models.vocabulary import ContactChannel
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.mail.outbox import enqueue_message
from incubator_app.services.records import get_or_raise, record_audit, snapshot, unit_of_work
from incubator_app.services.validation import Validator

#: Checkpoint codes: months after exit, then the two FSE+ moments.
CHECKPOINT_MONTHS = {"m6": 6, "m12": 12, "m24": 24, "m36": 36}
FSE_CHECKPOINTS = {"fse_exit": "exit", "fse_six_months": "six_months"}
CHECKPOINTS = (*CHECKPOINT_MONTHS, *FSE_CHECKPOINTS)
CHECKPOINT_LABELS = {
    "m6": QT_TRANSLATE_NOOP("FollowUp", "6 months"),
    "m12": QT_TRANSLATE_NOOP("FollowUp", "12 months"),
    "m24": QT_TRANSLATE_NOOP("FollowUp", "24 months"),
    "m36": QT_TRANSLATE_NOOP("FollowUp", "36 months"),
    "fse_exit": QT_TRANSLATE_NOOP("FollowUp", "FSE+ exit"),
    "fse_six_months": QT_TRANSLATE_NOOP("FollowUp", "FSE+ 6 months"),
}
DEFAULT_REMINDER_DAYS = 14
RELATED_KIND = "follow_up"

_SUBJECT = QT_TRANSLATE_NOOP("FollowUpMail", "{incubator}: how is your activity going?")
_REMINDER_SUBJECT = QT_TRANSLATE_NOOP(
    "FollowUpMail", "Reminder: {incubator}: how is your activity going?"
)
_BODY = QT_TRANSLATE_NOOP(
    "FollowUpMail",
    "Hello {name},\n\nYou left {incubator} on {exit_date}. To follow what becomes of the "
    "activities we supported (our funders ask us), could you answer these few questions by "
    "replying to this e-mail?\n\n"
    "1. Is your business still active (yes/no)?\n"
    "2. Its legal form (micro-enterprise, company, association, cooperative…)?\n"
    "3. Its yearly revenue (none, under 10 k€, 10-30 k€, 30-80 k€, over 80 k€)?\n"
    "4. How many jobs has it created?\n"
    "5. Your situation today (your own business, salaried, training, job seeking…)?\n\n"
    "Thank you,\n{incubator}\n",
)


@dataclass(frozen=True)
class CampaignRow:
    entrepreneur_id: int
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    checkpoint: str  # one of CHECKPOINTS
    checkpoint_id: int | None  # follow_up_checkpoint.id (None for the FSE+ moments)
    version_id: int | None
    exit_date: date
    due_on: date
    answered_on: date | None
    business_active: bool | None
    attempts: int
    last_contact_at: datetime | None
    needs_reminder: bool

    @property
    def answered(self) -> bool:
        return self.answered_on is not None


def _month_bounds(month: date) -> tuple[date, date]:
    first = month.replace(day=1)
    return first, first + relativedelta(months=1) - timedelta(days=1)


def check_checkpoint_code(v: Validator, field: str, code: Any) -> None:
    if code not in CHECKPOINTS:
        v.add(
            field,
            msg(
                QT_TRANSLATE_NOOP(
                    "FollowUp", "Unknown checkpoint {code}; expected one of {codes}."
                ),
                code=code,
                codes=", ".join(CHECKPOINTS),
            ),
        )


def campaign_rows(
    session: Session,
    *,
    month: date | None = None,
    checkpoint: str | None = None,
    answered: bool | None = None,
    reminder_days: int = DEFAULT_REMINDER_DAYS,
    actor: Actor,
) -> list[CampaignRow]:
    """The people due in `month` (this month by default), at every checkpoint or one, answered
    or not or both; with contact details, attempts and whether a reminder is due. Sorted by due
    date, then name."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    v = Validator()
    if checkpoint is not None:
        check_checkpoint_code(v, "checkpoint", checkpoint)
    if not isinstance(reminder_days, int) or reminder_days < 1:
        v.add("reminder_days", msg(QT_TRANSLATE_NOOP("FollowUp", "At least one day.")))
    v.raise_if_any()
    first, last = _month_bounds(month or clock.today())
    codes = [checkpoint] if checkpoint else list(CHECKPOINTS)
    found: list[dict[str, Any]] = []
    months = [CHECKPOINT_MONTHS[c] for c in codes if c in CHECKPOINT_MONTHS]
    if months:
        stmt = (
            select(
                FollowUpCheckpoint,
                Entrepreneur.first_name,
                Entrepreneur.last_name,
                Entrepreneur.email,
                Entrepreneur.phone,
                ExitOutcome.exit_date,
            )
            .join(Entrepreneur, Entrepreneur.id == FollowUpCheckpoint.entrepreneur_id)
            .join(ExitOutcome, ExitOutcome.entrepreneur_id == FollowUpCheckpoint.entrepreneur_id)
            .where(
                FollowUpCheckpoint.due_on.between(first, last),
                FollowUpCheckpoint.months_after_exit.in_(months),
            )
        )
        for cp, first_name, last_name, email, phone, exit_date in session.execute(stmt):
            found.append(
                {
                    "entrepreneur_id": cp.entrepreneur_id,
                    "first_name": first_name,
                    "last_name": last_name,
                    "email": email,
                    "phone": phone,
                    "checkpoint": f"m{cp.months_after_exit}",
                    "checkpoint_id": cp.id,
                    "version_id": cp.version_id,
                    "exit_date": exit_date,
                    "due_on": cp.due_on,
                    "answered_on": cp.checked_on if cp.business_active is not None else None,
                    "business_active": cp.business_active,
                }
            )
    for code in codes:
        if code not in FSE_CHECKPOINTS:
            continue
        shift = relativedelta(months=6) if code == "fse_six_months" else relativedelta()
        entry = FseQuestionnaire.__table__.alias("entry_q")
        moment_q = FseQuestionnaire.__table__.alias("moment_q")
        stmt = (
            select(
                Entrepreneur.id,
                Entrepreneur.first_name,
                Entrepreneur.last_name,
                Entrepreneur.email,
                Entrepreneur.phone,
                ExitOutcome.exit_date,
                moment_q.c.answered_on,
            )
            .join(ExitOutcome, ExitOutcome.entrepreneur_id == Entrepreneur.id)
            .join(
                entry,
                and_(entry.c.entrepreneur_id == Entrepreneur.id, entry.c.moment == "entry"),
            )
            .outerjoin(
                moment_q,
                and_(
                    moment_q.c.entrepreneur_id == Entrepreneur.id,
                    moment_q.c.moment == FSE_CHECKPOINTS[code],
                ),
            )
            .where(ExitOutcome.exit_date.between(first - shift, last - shift))
        )
        for eid, first_name, last_name, email, phone, exit_date, answered_on in session.execute(
            stmt
        ):
            found.append(
                {
                    "entrepreneur_id": eid,
                    "first_name": first_name,
                    "last_name": last_name,
                    "email": email,
                    "phone": phone,
                    "checkpoint": code,
                    "checkpoint_id": None,
                    "version_id": None,
                    "exit_date": exit_date,
                    "due_on": exit_date + shift,
                    "answered_on": answered_on,
                    "business_active": None,
                }
            )
    if answered is not None:
        found = [r for r in found if (r["answered_on"] is not None) is answered]
    attempts = _attempts(session, {r["entrepreneur_id"] for r in found})
    threshold = clock.now_utc() - timedelta(days=reminder_days)
    rows = []
    for r in found:
        count, last_at = attempts.get((r["entrepreneur_id"], r["checkpoint"]), (0, None))
        last_utc = _as_utc(last_at)
        rows.append(
            CampaignRow(
                **r,
                attempts=count,
                last_contact_at=last_utc,
                needs_reminder=(
                    r["answered_on"] is None and last_utc is not None and last_utc <= threshold
                ),
            )
        )
    rows.sort(key=lambda r: (r.due_on, r.last_name.lower(), r.entrepreneur_id, r.checkpoint))
    return rows


def _as_utc(value: datetime | None) -> datetime | None:
    # SQLite gives naive datetimes back; they were written in UTC (clock.now_utc()).
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=clock.now_utc().tzinfo)


def _attempts(session: Session, people: set[int]) -> dict[tuple[int, str], tuple[int, datetime]]:
    if not people:
        return {}
    out: dict[tuple[int, str], tuple[int, datetime]] = {}
    ids = sorted(people)
    for start in range(0, len(ids), 500):
        for eid, code, count, last_at in session.execute(
            select(
                FollowUpContact.entrepreneur_id,
                FollowUpContact.checkpoint,
                func.count(),
                func.max(FollowUpContact.contacted_at),
            )
            .where(FollowUpContact.entrepreneur_id.in_(ids[start : start + 500]))
            .group_by(FollowUpContact.entrepreneur_id, FollowUpContact.checkpoint)
        ):
            out[(eid, code)] = (count, last_at)
    return out


def _report_language(session: Session) -> str:
    locale = session.scalar(select(IncubatorProfile.locale).limit(1)) or "fr_FR"
    lang = locale.split("_")[0].lower()
    return lang if lang in SUPPORTED_LANGUAGES else "fr"


def _incubator_name(session: Session) -> str:
    return session.scalar(select(IncubatorProfile.name).limit(1)) or ""


@lru_cache(maxsize=4)
def _catalog(lang: str) -> dict[tuple[str, str], str]:
    path = TRANSLATIONS_DIR / f"incubator_app_{lang}.ts"
    return load_ts_catalog(path) if lang != "en" and path.exists() else {}


def _tr(key: tuple[str, str], lang: str, **params: Any) -> str:
    return (_catalog(lang).get(key) or key[1]).format(**params)


def _contact_row(
    session: Session,
    entrepreneur_id: int,
    checkpoint: str,
    channel: ContactChannel,
    *,
    actor: Actor,
    reminder: bool = False,
    reached: bool | None = None,
    outbox_message_id: int | None = None,
    note: str | None = None,
) -> FollowUpContact:
    contact = FollowUpContact(
        entrepreneur_id=entrepreneur_id,
        checkpoint=checkpoint,
        channel=channel.value,
        contacted_at=clock.now_utc(),
        reminder=reminder,
        reached=reached,
        outbox_message_id=outbox_message_id,
        note=note,
        recorded_by=actor.login,
    )
    session.add(contact)
    session.flush()
    record_audit(
        session,
        actor,
        "follow_up_contact",
        contact.id,
        "create",
        snapshot(contact, ["entrepreneur_id", "checkpoint", "channel", "reminder", "reached"]),
    )
    return contact


def _check_targets(v: Validator, targets: list[tuple[int, str]]) -> None:
    if not targets:
        v.add("people", msg(QT_TRANSLATE_NOOP("FollowUp", "Choose at least one person.")))
    for position, (eid, code) in enumerate(targets, start=1):
        if not isinstance(eid, int) or isinstance(eid, bool):
            v.add(f"people[{position}]", msg(QT_TRANSLATE_NOOP("FollowUp", "Not a person id.")))
        check_checkpoint_code(v, f"people[{position}]", code)


def send_follow_up_emails(
    session: Session, targets: list[tuple[int, str]], *, actor: Actor
) -> list[int]:
    """Puts one e-mail per (person, checkpoint) in the outbox, in the person's language (the
    incubator's report language when theirs is unknown), and logs the attempt; an attempt
    after an earlier one is a reminder. All or nothing: a person without an e-mail address
    refuses the whole batch, naming them.
    Returns the ids of the outbox messages."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    v = Validator()
    _check_targets(v, targets)
    v.raise_if_any()
    default_lang = _report_language(session)
    incubator = _incubator_name(session)
    ids: list[int] = []
    with unit_of_work(session):
        earlier = _attempts(session, {eid for eid, _ in targets})
        for position, (eid, code) in enumerate(dict.fromkeys(targets), start=1):
            person = get_or_raise(session, Entrepreneur, eid)
            if not person.email:
                v.add(
                    f"people[{position}]",
                    msg(
                        QT_TRANSLATE_NOOP("FollowUp", "{name} has no e-mail address."),
                        name=f"{person.first_name} {person.last_name}",
                    ),
                )
                continue
            exit_date = session.scalar(
                select(ExitOutcome.exit_date).where(ExitOutcome.entrepreneur_id == eid)
            )
            if exit_date is None:
                v.add(
                    f"people[{position}]",
                    msg(
                        QT_TRANSLATE_NOOP("FollowUp", "{name} has not left the incubator."),
                        name=f"{person.first_name} {person.last_name}",
                    ),
                )
                continue
            reminder = (eid, code) in earlier
            # Written in the person's language (their record's, as the events' e-mails), the
            # incubator's report language when theirs is none the app writes.
            lang = person.language if person.language in SUPPORTED_LANGUAGES else default_lang
            name = f"{person.first_name} {person.last_name}".strip()
            fields = {
                "name": name,
                "incubator": incubator,
                "exit_date": exit_date.strftime("%d/%m/%Y"),
            }
            message = enqueue_message(
                session,
                to_address=person.email,
                to_name=name,
                subject=_tr(_REMINDER_SUBJECT if reminder else _SUBJECT, lang, **fields),
                body=_tr(_BODY, lang, **fields),
                related_kind=f"{RELATED_KIND}:{code}",
                related_id=eid,
                language=lang,
            )
            _contact_row(
                session,
                eid,
                code,
                ContactChannel.EMAIL,
                actor=actor,
                reminder=reminder,
                outbox_message_id=message.id,
            )
            ids.append(message.id)
        if v.errors:
            raise ValidationError(v.errors)
    return ids


def log_follow_up_call(
    session: Session,
    entrepreneur_id: int,
    checkpoint: str,
    *,
    reached: bool,
    note: str | None = None,
    actor: Actor,
) -> int:
    """Logs a call (reached or not, a short note); returns the attempt's id."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    v = Validator()
    check_checkpoint_code(v, "checkpoint", checkpoint)
    if not isinstance(reached, bool):
        v.add("reached", msg(QT_TRANSLATE_NOOP("Validation", "Yes or no is expected.")))
    if note is not None and not isinstance(note, str):
        v.add("note", msg(QT_TRANSLATE_NOOP("Validation", "Text is expected.")))
    v.raise_if_any()
    with unit_of_work(session):
        get_or_raise(session, Entrepreneur, entrepreneur_id)
        contact = _contact_row(
            session,
            entrepreneur_id,
            checkpoint,
            ContactChannel.CALL,
            actor=actor,
            reached=reached,
            note=(note or "").strip() or None,
        )
    return contact.id


class CampaignListSource:
    """The campaign rows of one month for the windowed table of the Follow-up tab. A month's
    rows are few (the people who left 6, 12, 24 or 36 months earlier): read at once by
    `campaign_rows` (two statements), sorted here, paged from memory."""

    SORT_KEYS = {
        "due_on": lambda r: (r.due_on, r.last_name.lower()),
        "name": lambda r: (r.last_name.lower(), r.first_name.lower()),
        "checkpoint": lambda r: (CHECKPOINTS.index(r.checkpoint), r.due_on),
        "attempts": lambda r: (r.attempts, r.due_on),
        "last_contact": lambda r: (r.last_contact_at is None, r.last_contact_at or 0, r.due_on),
        "answered_on": lambda r: (r.answered_on is None, r.answered_on or date.min, r.due_on),
    }

    def __init__(
        self,
        actor: Actor,
        *,
        month: date,
        checkpoint: str | None = None,
        answered: bool | None = None,
        reminders_only: bool = False,
        reminder_days: int = DEFAULT_REMINDER_DAYS,
    ) -> None:
        require(actor, Permission.EDIT_ENTREPRENEURS)
        self.actor = actor
        self.filters = {
            "month": month,
            "checkpoint": checkpoint,
            "answered": answered,
            "reminder_days": reminder_days,
        }
        self.reminders_only = reminders_only
        self._rows: list[CampaignRow] | None = None

    def _all(self, session: Session) -> list[CampaignRow]:
        if self._rows is None:
            rows = campaign_rows(session, actor=self.actor, **self.filters)
            if self.reminders_only:
                rows = [r for r in rows if r.needs_reminder]
            self._rows = rows
        return self._rows

    def count(self, session: Session) -> int:
        self._rows = None  # a reset reads the month again
        return len(self._all(session))

    def fetch(self, session: Session, sort: Any, offset: int, limit: int) -> list[CampaignRow]:
        rows = list(self._all(session))
        key = self.SORT_KEYS.get(getattr(sort, "key", None) or "")
        if key is not None:
            rows.sort(key=key, reverse=bool(getattr(sort, "descending", False)))
        return rows[offset : offset + limit]
