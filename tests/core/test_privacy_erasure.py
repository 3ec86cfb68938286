"""Erasure: after `erase_person` and a checkpoint, none of the person's identifying strings is
left in the database (its file and WAL on SQLite, every row on PostgreSQL), the documents
folder or the outbox; the ledger balances; funder figures of past periods are unchanged."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from factories import audit_actions, make_actor
from funder_fixture import PERIOD, build_funder_fixture
from privacy_person import CONTACT_STRINGS, ENTREPRENEUR_STRINGS, build_people
from sqlalchemy import func, insert, select, text

from incubator_app.db.paths import documents_dir
from incubator_app.db.search_index import fold
from incubator_app.errors import PermissionDenied
from incubator_app.models import (
    Base,
    Entrepreneur,
    ExchangeMovement,
    OutboxMessage,
    StoredFileContent,
)
from incubator_app.services.administration.backups import back_up_now
from incubator_app.services.exchange.check import check_ledger
from incubator_app.services.privacy.erasure import erase_person, purge_freed_space
from incubator_app.services.privacy.people import PersonRef
from incubator_app.services.privacy.policy import Treatment
from incubator_app.services.reporting.funder_kpis import funder_kpis, iter_beneficiary_rows

pytestmark = pytest.mark.core

STRINGS = ENTREPRENEUR_STRINGS + CONTACT_STRINGS


def _forms(strings) -> set[bytes]:
    forms = set()
    for s in strings:
        forms.add(s.lower().encode("utf-8"))
        forms.add(fold(s).encode("utf-8"))  # as the search index stores words
    forms.add(b"0671829304")
    return forms


def _left_in_files(paths: list[Path]) -> list[tuple[str, bytes]]:
    found = []
    for path in paths:
        blob = path.read_bytes().lower()
        found += [(path.name, f) for f in _forms(STRINGS) if f in blob]
    return found


def _left_in_rows(session) -> list[tuple[str, str]]:
    found = []
    for table in Base.metadata.sorted_tables:
        for (row,) in session.execute(text(f'SELECT CAST(t AS text) FROM "{table.name}" AS t')):
            low = row.lower()
            found += [(table.name, s) for s in STRINGS if s.lower() in low]
    return found


def test_after_erasure_no_identifying_string_is_left_anywhere(session, admin, db_url):
    people = build_people(session, admin)
    movements = session.scalar(select(func.count()).select_from(ExchangeMovement))
    assert list(documents_dir().rglob("*"))
    on_postgresql = session.get_bind().dialect.name == "postgresql"
    if not on_postgresql:  # as a database that was shared once keeps them (the services write
        # the table on PostgreSQL only): the erasure must take them out of the file too
        stored = [p for p in documents_dir().rglob("*") if p.is_file()]
        session.execute(
            insert(StoredFileContent),
            [{"content_hash": p.name, "size_bytes": p.stat().st_size, "content": p.read_bytes()}
             for p in stored],
        )  # fmt: skip
        session.commit()
    # The CV, whose text names the person, is in the database (shared with every PC).
    contents = session.scalars(select(StoredFileContent.content)).all()
    assert any(b"quillembert" in bytes(c).lower() for c in contents)

    first = erase_person(session, PersonRef("entrepreneur", people.entrepreneur_id), actor=admin)
    second = erase_person(session, PersonRef("contact", people.contact_id), actor=admin)
    assert purge_freed_space(session, first.tables_touched + second.tables_touched)

    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        database = Path(db_url)
        files = [database] + [p for p in database.parent.iterdir() if p.name.startswith(
            database.name + "-")]  # fmt: skip
        assert _left_in_files(files) == []
        wal = database.with_name(database.name + "-wal")
        assert not wal.exists() or wal.stat().st_size == 0
    else:
        assert _left_in_rows(session) == []
    # bytea reads as hex in the rows' text: the documents' content is searched as bytes.
    contents = session.scalars(select(StoredFileContent.content)).all()
    assert [f for c in contents for f in _forms(STRINGS) if f in bytes(c).lower()] == []
    assert _left_in_files([p for p in documents_dir().rglob("*") if p.is_file()]) == []
    assert session.scalar(
        select(func.count()).select_from(OutboxMessage).where(
            OutboxMessage.to_address.like("%quillembert%"))
    ) == 0  # fmt: skip

    # The ledger still balances, with every movement kept (anonymously).
    assert check_ledger(session, actor=admin).holds
    assert session.scalar(select(func.count()).select_from(ExchangeMovement)) == movements
    # The other member is untouched.
    other = session.get(Entrepreneur, people.other_id)
    assert (other.first_name, other.last_name) == ("Basile", "Ferrandou")
    # The report says what was erased and kept, and why.
    by_table = {o.table: o for o in first.outcomes}
    assert by_table["document"].treatment is Treatment.DELETE
    assert by_table["entrepreneur"].treatment is Treatment.ANONYMISE
    assert by_table["exchange_movement"].treatment is Treatment.KEEP
    assert "ledger" in by_table["exchange_movement"].reason[1]
    assert first.files_removed == 1
    assert first.redacted.get("event") == 1
    assert "erase" in audit_actions(session, "entrepreneur", people.entrepreneur_id)


def test_the_funder_figures_of_past_periods_stay_the_same(session, admin):
    fx = build_funder_fixture(session)
    before = funder_kpis(session, fx.grant_id, *PERIOD, actor=admin)
    annex_before = list(iter_beneficiary_rows(session, fx.grant_id, *PERIOD, actor=admin))
    for who in ("alice", "hugo", "chloe"):
        erase_person(session, PersonRef("entrepreneur", fx.ids[who]), actor=admin)
    purge_freed_space(session)
    after = funder_kpis(session, fx.grant_id, *PERIOD, actor=admin)
    assert after == before
    annex_after = list(iter_beneficiary_rows(session, fx.grant_id, *PERIOD, actor=admin))
    strip = ("first_name", "last_name")

    def blind(rows):
        return sorted(
            (dataclasses.replace(r, **dict.fromkeys(strip, "")) for r in rows), key=lambda r: r.id
        )

    assert blind(annex_after) == blind(annex_before)
    assert "Aubert" not in {r.last_name for r in annex_after}


def test_only_an_administrator_erases(session, admin):
    people = build_people(session, admin)
    staff = make_actor(session, "staff")
    with pytest.raises(PermissionDenied):
        erase_person(session, PersonRef("entrepreneur", people.entrepreneur_id), actor=staff)
    assert session.get(Entrepreneur, people.entrepreneur_id).last_name == "Quillembert"


def test_the_report_names_the_backups_that_still_hold_the_person(session, admin, db_url):
    if session.get_bind().dialect.name != "sqlite":
        pytest.skip("pg_dump backups: same rule, not needed twice")
    people = build_people(session, admin)
    url = session.get_bind().url
    back_up_now(session, url, actor=admin)
    report = erase_person(session, PersonRef("entrepreneur", people.entrepreneur_id), actor=admin)
    assert report.backups is not None
    assert len(report.backups.files) == 1
    assert report.backups.backups_until_gone == 10


def test_the_rewrite_does_not_wait_for_a_colleague_reading(session, admin, db):
    """Another window has the entrepreneurs open in a transaction: the rewrite gives up (says
    so) instead of waiting for it, and blocking everyone behind it, forever."""
    people = build_people(session, admin)
    report = erase_person(session, PersonRef("entrepreneur", people.entrepreneur_id), actor=admin)
    with db.session() as colleague:
        colleague.execute(select(func.count()).select_from(Entrepreneur)).scalar_one()
        assert colleague.in_transaction()
        rewritten = purge_freed_space(session, report.tables_touched)
        if session.get_bind().dialect.name == "postgresql":
            assert not rewritten
            with session.get_bind().connect() as conn:  # the wait is not left on the pool
                assert conn.exec_driver_sql("SHOW lock_timeout").scalar_one() == "0"
    assert purge_freed_space(session, report.tables_touched)
