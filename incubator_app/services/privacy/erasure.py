"""Erasure (GDPR art. 17): `erase_person`, the one path the UI and the CLI take.

The person's rows are deleted or anonymised table by table as `policy.RULES` says; what funder
reports and the exchange ledger count stays, without identity; their strings are then removed
from any text that is kept (`redaction.py`); the documents on disk go; the report says what was
erased, what was kept and why, and which backups still hold the person until when.
`purge_freed_space` then rewrites the database so the old values leave its file and its WAL."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.db.paths import stored_document_path
from incubator_app.db.search_index import CONTACT_FTS_TABLE, FTS_TABLE
from incubator_app.errors import DomainError
from incubator_app.i18n import QT_TRANSLATE_NOOP, Msg, msg
from incubator_app.models import Base, Document, EventMaterial
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.entrepreneurs.documents import delete_contents
from incubator_app.services.privacy.backups_held import BackupsHolding, backups_holding
from incubator_app.services.privacy.labels import table_label
from incubator_app.services.privacy.people import (
    PersonRef,
    PersonRows,
    collect_person_rows,
    load_person,
    text_columns,
)
from incubator_app.services.privacy.policy import ANONYMISED, RULES, Treatment
from incubator_app.services.privacy.redaction import redact_everywhere
from incubator_app.services.records import entity_label, record_audit, unit_of_work


@dataclass(frozen=True)
class TableOutcome:
    table: str
    rows: int
    treatment: Treatment
    reason: tuple[str, str]


@dataclass(frozen=True)
class ErasureReport:
    person: PersonRef
    erased_at: datetime
    by_login: str
    outcomes: tuple[TableOutcome, ...]
    # Rows of any table whose text named the person, cleaned of it.
    redacted: dict[str, int] = field(default_factory=dict)
    files_removed: int = 0
    backups: BackupsHolding | None = None

    @property
    def tables_touched(self) -> tuple[str, ...]:
        return tuple(
            sorted({o.table for o in self.outcomes if o.treatment is not Treatment.KEEP}
                   | set(self.redacted))
        )  # fmt: skip


def require_admin(actor: Actor) -> None:
    """Access exports and erasures are for administrators (the incubator's controller)."""
    require(actor, Permission.MANAGE_USERS)


def _anonymised_values(table_name: str, row: dict[str, Any]) -> dict[str, Any]:
    rule = RULES[table_name]
    table = Base.metadata.tables[table_name]
    values: dict[str, Any] = {}
    for name in text_columns(table):
        if name in rule.keep:
            continue
        column = table.c[name]
        values[name] = None if column.nullable else ANONYMISED
    values.update(rule.set_values)
    if table_name == "entrepreneur":
        values["first_name"] = ""
    return values


def _all_strings_anonymised(value: Any) -> Any:
    if isinstance(value, str):
        return ANONYMISED
    if isinstance(value, dict):
        return {k: _all_strings_anonymised(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_all_strings_anonymised(v) for v in value]
    return value


def _where_key(table_name: str, key: tuple) -> list:
    table = Base.metadata.tables[table_name]
    return [c == v for c, v in zip(table.primary_key.columns, key, strict=True)]


def _apply_rules(session: Session, found: PersonRows) -> list[TableOutcome]:
    outcomes: list[TableOutcome] = []
    missing = [t for t in found.owned if t not in RULES]
    if missing:  # policy_test keeps this from happening; refuse rather than leave data behind
        raise DomainError(
            msg(
                QT_TRANSLATE_NOOP("Privacy", "Erasure does not know the table(s) {tables}."),
                tables=", ".join(missing),
            )
        )
    # Children before parents, so foreign keys hold at every step.
    for table in reversed(Base.metadata.sorted_tables):
        rows = found.owned.get(table.name)
        if not rows:
            continue
        rule = RULES[table.name]
        outcomes.append(TableOutcome(table.name, len(rows), rule.treatment, rule.reason))
        for key, row in rows.items():
            where = _where_key(table.name, key)
            if rule.treatment is Treatment.DELETE:
                session.execute(delete(table).where(*where))
            elif rule.treatment is Treatment.ANONYMISE:
                if table.name == "audit_entry":
                    values = {"changes": _all_strings_anonymised(row.get("changes"))}
                else:
                    values = _anonymised_values(table.name, row)
                if "version_id" in table.c:
                    values["version_id"] = table.c.version_id + 1
                session.execute(update(table).where(*where).values(**values))
    outcomes.reverse()
    for table_name, rows in found.context.items():
        rule = RULES[table_name]
        outcomes.append(TableOutcome(table_name, len(rows), rule.treatment, rule.reason))
    return outcomes


def _documents_to_remove(session: Session, found: PersonRows) -> list[str]:
    """The contents no remaining document row names (one file may serve several rows)."""
    hashes = {row["content_hash"] for row in found.owned.get("document", {}).values()}
    still = {
        content
        for model in (Document, EventMaterial)  # an event's material may share the content
        for content in session.scalars(
            select(model.content_hash).where(model.content_hash.in_(hashes))
        )
    } if hashes else set()  # fmt: skip
    return sorted(hashes - still)


def _optimise_search_index(session: Session) -> None:
    """SQLite FTS5 keeps deleted words in its segments until they are merged: merge them."""
    if session.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL's tsvector is a column of the row, rewritten with it
    for table in (FTS_TABLE, CONTACT_FTS_TABLE):  # the entrepreneurs' and the contacts'
        exists = session.execute(
            text("SELECT 1 FROM sqlite_master WHERE name = :n"), {"n": table}
        ).first()
        if exists:
            session.execute(text(f"INSERT INTO {table}({table}) VALUES ('optimize')"))


def erase_person(session: Session, person: PersonRef, *, actor: Actor) -> ErasureReport:
    """Erases a person everywhere, in one transaction (the files after it commits)."""
    require_admin(actor)
    with unit_of_work(session):
        since = load_person(session, person).created_at
        found = collect_person_rows(session, person)
        outcomes = _apply_rules(session, found)
        session.flush()
        files = _documents_to_remove(session, found)
        delete_contents(session, files)  # the database's copy (PostgreSQL)
        redacted = redact_everywhere(session, found)
        record_audit(
            session,
            actor,
            person.kind,
            person.id,
            "erase",
            {"rows": sum(o.rows for o in outcomes), "tables": len(outcomes)},
        )
        session.flush()
        _optimise_search_index(session)
    session.expire_all()
    removed = 0
    for content_hash in files:
        path = stored_document_path(content_hash)
        if path.exists():
            path.unlink()
            removed += 1
    url = session.get_bind().url
    return ErasureReport(
        person=person,
        erased_at=clock.now(),
        by_login=actor.login,
        outcomes=tuple(outcomes),
        redacted=dict(redacted),
        files_removed=removed,
        backups=backups_holding(url, since, actor=actor),
    )


REWRITE_LOCK_WAIT = "3s"


def purge_freed_space(session: Session, tables: tuple[str, ...] = ()) -> bool:
    """Rewrites the database so erased values leave its files: on SQLite VACUUM, then a
    checkpoint that empties the WAL; on PostgreSQL VACUUM FULL of the tables touched. Returns
    False when the database could not be fully rewritten (another connection busy).

    VACUUM FULL takes an exclusive lock: it waits for every open transaction on the table (a
    colleague's window reading it) and, while it waits, blocks everyone else. So it waits at
    most `REWRITE_LOCK_WAIT` and gives up, as SQLite does when another connection writes."""
    engine = session.get_bind()
    session.close()
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        if engine.dialect.name == "sqlite":
            try:
                conn.exec_driver_sql("VACUUM")
                busy, _log, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
            except OperationalError:  # another connection writing: the next rewrite will do
                return False
            return busy == 0
        known = set(Base.metadata.tables)
        try:
            conn.exec_driver_sql(f"SET lock_timeout = '{REWRITE_LOCK_WAIT}'")
            for name in tables:
                if name in known:
                    conn.exec_driver_sql(f'VACUUM FULL "{name}"')
        except Exception:  # noqa: BLE001 - not the owner, or busy past the wait: said, not fatal
            return False
        finally:  # the connection goes back to the pool: no lock timeout left on it
            conn.exec_driver_sql("RESET lock_timeout")
        return True


_TREATMENT_TEXT = {
    Treatment.DELETE: QT_TRANSLATE_NOOP("Privacy", "{table}: {rows} deleted — {reason}"),
    Treatment.ANONYMISE: QT_TRANSLATE_NOOP("Privacy", "{table}: {rows} anonymised — {reason}"),
    Treatment.KEEP: QT_TRANSLATE_NOOP("Privacy", "{table}: {rows} kept — {reason}"),
}


def erase_and_rewrite(
    session: Session, person: PersonRef, *, actor: Actor
) -> tuple[ErasureReport, bool]:
    """`erase_person`, then `purge_freed_space`: what the UI and the CLI run."""
    report = erase_person(session, person, actor=actor)
    return report, purge_freed_space(session, report.tables_touched)


def erasure_report_lines(report: ErasureReport) -> list[Msg]:
    """The erasure report as lines of text (CLI output, the UI's summary)."""
    lines = [
        msg(
            QT_TRANSLATE_NOOP("Privacy", "Erased {entity} no. {id} on {when} by {login}."),
            entity=entity_label(report.person.kind),
            id=report.person.id,
            when=report.erased_at.strftime("%d/%m/%Y %H:%M"),
            login=report.by_login,
        )
    ]
    for o in report.outcomes:
        lines.append(
            msg(_TREATMENT_TEXT[o.treatment], table=table_label(o.table), rows=o.rows,
                reason=msg(o.reason))
        )  # fmt: skip
    if report.redacted:
        lines.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "Privacy", "Their name, e-mail, phone or address removed from the text of {n} "
                    "row(s): {tables}."
                ),
                n=sum(report.redacted.values()),
                tables=", ".join(str(table_label(t)) for t in sorted(report.redacted)),
            )
        )  # fmt: skip
    lines.append(
        msg(
            QT_TRANSLATE_NOOP("Privacy", "{n} document file(s) removed from the documents folder."),
            n=report.files_removed,
        )
    )
    b = report.backups
    if b is None or not b.files:
        lines.append(msg(QT_TRANSLATE_NOOP("Privacy", "No backup holds the person.")))
    else:
        lines.append(
            msg(
                QT_TRANSLATE_NOOP(
                    "Privacy",
                    "{n} backup(s) in {folder} still hold the person: the last one leaves after "
                    "{left} more backup(s) of its kind ({when}).",
                ),
                n=len(b.files),
                folder=str(b.folder),
                left=b.backups_until_gone,
                when=b.expected_gone_on.strftime("%d/%m/%Y")
                if b.expected_gone_on
                else msg(QT_TRANSLATE_NOOP("Privacy", "date unknown: no regular backups yet")),
            )
        )
    return lines
