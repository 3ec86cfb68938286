"""The participants' short evaluations of an event (optional): satisfaction from 1 to 5 and a
comment, one per registration, typed in by staff (`record_evaluation`) or imported from a CSV/XLSX
export of an online form (`import_evaluations`, the same reader as the registrations' import:
services/tabular_files.py).

Only registrations that held a place (registered, attended, absent) can be evaluated. An imported
row is matched to such a registration by e-mail (case and surrounding spaces ignored), else by
name (accents, case and punctuation ignored) when exactly one registration of the event bears it.
Rows that match nobody are listed (`EvaluationImport.unmatched`) and not written; a row with a
problem (a satisfaction that is not 1 to 5, two rows for the same person) rejects the whole file
with the row's number. The file is one transaction; `dry_run` runs it and rolls back, so its
counts are exactly what the import would do. Importing the same export again changes nothing:
a registration's earlier answer is replaced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app.errors import ConflictError, NotFound, ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import Contact, Entrepreneur, Event, EventEvaluation, Registration
from incubator_app.models.vocabulary import RegistrationSource, RegistrationStatus
from incubator_app.services.actor import Actor
from incubator_app.services.events.importing import _key, _row_error, _text, guess_columns
from incubator_app.services.events.records import require_manage
from incubator_app.services.records import get_or_raise, record_audit, unit_of_work
from incubator_app.services.tabular_files import TabularData, read_table

S = RegistrationStatus
EVALUABLE = (S.REGISTERED, S.ATTENDED, S.ABSENT)
MAX_COMMENT = 4000

# Header words (accents, case and punctuation ignored): the whole header, then a header holding
# the word (forms ask « Quel est votre niveau de satisfaction (1 à 5) ? »).
SATISFACTION_WORDS = ("satisfaction", "note", "score", "rating", "appreciation", "evaluation")
COMMENT_WORDS = ("commentaire", "commentaires", "comment", "comments", "remarques", "remarque")


@dataclass(frozen=True)
class EvaluationRow:
    number: int
    email: str | None
    name: str | None
    satisfaction: int
    comment: str | None


@dataclass(frozen=True)
class MatchedRow:
    row: EvaluationRow
    registration_id: int
    person: str
    replaces: bool  # the registration already had an answer


@dataclass
class EvaluationImport:
    rows: int = 0
    added: int = 0
    replaced: int = 0
    matched: list[MatchedRow] = field(default_factory=list)
    unmatched: list[EvaluationRow] = field(default_factory=list)
    dry_run: bool = False


def _column(keys: list[str], words: tuple[str, ...], taken: set[int]) -> int | None:
    for word in words:
        for index, key in enumerate(keys):
            if key == word and index not in taken:
                return index
    for word in words:
        for index, key in enumerate(keys):
            if word in key.split() and index not in taken:
                return index
    return None


def evaluation_columns(header: tuple[str, ...]) -> dict[str, int]:
    columns = {
        k: v
        for k, v in guess_columns(header).items()
        if k in ("email", "name", "first_name", "last_name")
    }
    keys = [_key(h) for h in header]
    satisfaction = _column(keys, SATISFACTION_WORDS, set(columns.values()))
    if satisfaction is not None:
        columns["satisfaction"] = satisfaction
    comment = _column(keys, COMMENT_WORDS, set(columns.values()))
    if comment is not None:
        columns["comment"] = comment
    return columns


_SCORE = re.compile(r"^\s*([1-5])(?:[.,]0+)?(?:\s*(?:/|sur|out of)\s*5)?(?:[^\d.,].*)?$", re.DOTALL)


def parse_satisfaction(value: str) -> int | None:
    """« 4 », « 4.0 », « 4/5 », « 4 - satisfait·e » → 4; anything else → None."""
    found = _SCORE.match(value)
    return int(found.group(1)) if found else None


def parse_evaluations(table: TabularData) -> list[EvaluationRow]:
    """Every row checked; the first problem raises ValidationError naming its row. A row without
    any satisfaction or comment (the person skipped the questions) is left out."""
    columns = evaluation_columns(table.header)
    if "satisfaction" not in columns or not ({"email", "name", "last_name"} & set(columns)):
        raise ValidationError(
            {
                "file": msg(
                    QT_TRANSLATE_NOOP(
                        "Events",
                        "The file needs a satisfaction column and an e-mail or name column "
                        "(found: {header}).",
                    ),
                    header=", ".join(table.header),
                )
            }
        )
    rows: list[EvaluationRow] = []
    for values, number in zip(table.rows, table.row_numbers, strict=True):
        score_text = _text(values, columns, "satisfaction")
        comment = _text(values, columns, "comment")
        if score_text is None and comment is None:
            continue
        if score_text is None:
            raise _row_error(number, QT_TRANSLATE_NOOP("Events", "the satisfaction is missing."))
        satisfaction = parse_satisfaction(score_text)
        if satisfaction is None:
            raise _row_error(
                number,
                QT_TRANSLATE_NOOP("Events", "« {value} »: a satisfaction from 1 to 5 is expected."),
                value=score_text,
            )
        if comment is not None and len(comment) > MAX_COMMENT:
            raise _row_error(
                number,
                QT_TRANSLATE_NOOP("Events", "the comment is longer than {max} characters."),
                max=MAX_COMMENT,
            )
        name = _text(values, columns, "name")
        if name is None:
            parts = (_text(values, columns, "first_name"), _text(values, columns, "last_name"))
            name = " ".join(p for p in parts if p) or None
        rows.append(
            EvaluationRow(number, _text(values, columns, "email"), name, satisfaction, comment)
        )
    if not rows:
        raise ValidationError(
            {"file": msg(QT_TRANSLATE_NOOP("Events", "The file has no evaluation."))}
        )
    return rows


def read_evaluations_file(path: str | Path) -> list[EvaluationRow]:
    return parse_evaluations(read_table(path))


@dataclass(frozen=True)
class _Candidate:
    registration_id: int
    person: str
    email: str | None


def _candidates(session: Session, event_id: int) -> list[_Candidate]:
    person = func.coalesce(
        Entrepreneur.first_name + " " + Entrepreneur.last_name,
        func.coalesce(Contact.first_name + " ", "") + Contact.last_name,
    )
    rows = session.execute(
        select(Registration.id, person, func.coalesce(Entrepreneur.email, Contact.email))
        .outerjoin(Entrepreneur, Entrepreneur.id == Registration.entrepreneur_id)
        .outerjoin(Contact, Contact.id == Registration.contact_id)
        .where(Registration.event_id == event_id, Registration.status.in_(EVALUABLE))
        .order_by(Registration.id)
    ).all()
    return [_Candidate(r[0], r[1], r[2]) for r in rows]


def _match(row: EvaluationRow, by_email: dict[str, list[_Candidate]], by_name) -> _Candidate | None:
    if row.email:
        found = by_email.get(row.email.strip().lower(), [])
        if len(found) == 1:
            return found[0]
    if row.name:
        found = by_name.get(_key(row.name), [])
        if len(found) == 1:
            return found[0]
    return None


def _check_values(satisfaction: Any, comment: str | None) -> tuple[int, str | None]:
    if isinstance(satisfaction, bool) or not isinstance(satisfaction, int):
        satisfaction = 0
    if not 1 <= satisfaction <= 5:
        raise ValidationError(
            {"satisfaction": msg(QT_TRANSLATE_NOOP("Events", "Choose a satisfaction from 1 to 5."))}
        )
    comment = (comment or "").strip() or None
    if comment is not None and len(comment) > MAX_COMMENT:
        raise ValidationError(
            {
                "comment": msg(
                    QT_TRANSLATE_NOOP("Events", "The comment is longer than {max} characters."),
                    max=MAX_COMMENT,
                )
            }
        )
    return satisfaction, comment


def _write(
    session: Session,
    registration_id: int,
    satisfaction: int,
    comment: str | None,
    source: RegistrationSource,
    actor: Actor,
) -> bool:
    """Adds or replaces the registration's answer; True when it replaced one."""
    current = session.scalar(
        select(EventEvaluation).where(EventEvaluation.registration_id == registration_id)
    )
    if current is None:
        current = EventEvaluation(
            registration_id=registration_id,
            satisfaction=satisfaction,
            comment=comment,
            source=source,
        )
        session.add(current)
        session.flush()
        record_audit(
            session, actor, "event_evaluation", current.id, "create", {"source": source.value}
        )
        return False
    if (current.satisfaction, current.comment) != (satisfaction, comment):
        current.satisfaction = satisfaction
        current.comment = comment
        current.source = source
        session.flush()
        record_audit(
            session, actor, "event_evaluation", current.id, "update", {"source": source.value}
        )
    return True


def record_evaluation(
    session: Session,
    registration_id: int,
    satisfaction: int,
    comment: str | None = None,
    *,
    actor: Actor,
) -> None:
    """Staff type a participant's answer in (replacing an earlier one)."""
    require_manage(actor)
    satisfaction, comment = _check_values(satisfaction, comment)
    with unit_of_work(session):
        reg = get_or_raise(session, Registration, registration_id)
        if reg.status not in EVALUABLE:
            raise ConflictError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Events",
                        "Registration {id} is {status}: only people who had a place can "
                        "evaluate the event.",
                    ),
                    id=reg.id,
                    status=reg.status.value,
                )
            )
        _write(session, reg.id, satisfaction, comment, RegistrationSource.STAFF, actor)


def remove_evaluation(session: Session, registration_id: int, *, actor: Actor) -> None:
    require_manage(actor)
    with unit_of_work(session):
        current = session.scalar(
            select(EventEvaluation).where(EventEvaluation.registration_id == registration_id)
        )
        if current is None:
            raise NotFound(
                msg(
                    QT_TRANSLATE_NOOP("Events", "Registration {id} has no evaluation."),
                    id=registration_id,
                )
            )
        record_audit(session, actor, "event_evaluation", current.id, "delete")
        session.delete(current)


def import_evaluations(
    session: Session,
    event_id: int,
    path: str | Path,
    *,
    dry_run: bool = False,
    actor: Actor,
) -> EvaluationImport:
    require_manage(actor)
    rows = read_evaluations_file(path)
    result = EvaluationImport(rows=len(rows), dry_run=dry_run)
    try:
        get_or_raise(session, Event, event_id)
        candidates = _candidates(session, event_id)
        by_email: dict[str, list[_Candidate]] = {}
        by_name: dict[str, list[_Candidate]] = {}
        for c in candidates:
            if c.email:
                by_email.setdefault(c.email.strip().lower(), []).append(c)
            by_name.setdefault(_key(c.person), []).append(c)
        answered = set(
            session.scalars(
                select(EventEvaluation.registration_id).where(
                    EventEvaluation.registration_id.in_([c.registration_id for c in candidates])
                )
            )
        )
        first_row: dict[int, int] = {}
        for row in rows:
            found = _match(row, by_email, by_name)
            if found is None:
                result.unmatched.append(row)
                continue
            if found.registration_id in first_row:
                raise _row_error(
                    row.number,
                    QT_TRANSLATE_NOOP("Events", "{person} already answered on row {first}."),
                    person=found.person,
                    first=first_row[found.registration_id],
                )
            first_row[found.registration_id] = row.number
            replaces = found.registration_id in answered
            result.matched.append(MatchedRow(row, found.registration_id, found.person, replaces))
            _write(
                session,
                found.registration_id,
                row.satisfaction,
                row.comment,
                RegistrationSource.IMPORT,
                actor,
            )
            if replaces:
                result.replaced += 1
            else:
                result.added += 1
        if dry_run:
            session.rollback()
        else:
            session.commit()
    except BaseException:
        session.rollback()
        raise
    return result
