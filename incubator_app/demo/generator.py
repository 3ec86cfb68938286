"""generate_demo: a coherent, deterministic demo database at one of three scales."""

from __future__ import annotations

import glob
import hashlib
import os
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from random import Random

from argon2 import PasswordHasher
from sqlalchemy import Connection, Engine, delete, func, select, update

from incubator_app import clock
from incubator_app.db.engine import resolve_url, sqlite_path
from incubator_app.db.migrate import (
    SchemaState,
    open_database,
    preflight_sqlite_file,
    schema_state,
)
from incubator_app.db.search_index import create_search_index, drop_search_index
from incubator_app.demo.activity import write_activity
from incubator_app.demo.context import Context, Progress
from incubator_app.demo.cooperation import fill_calls, fill_projects
from incubator_app.demo.directory import fill_directory
from incubator_app.demo.events import fill_events
from incubator_app.demo.exchange import fill_exchange
from incubator_app.demo.funding import write_funding
from incubator_app.demo.milestones import write_milestones
from incubator_app.demo.people import write_people
from incubator_app.demo.places import SITES
from incubator_app.demo.reference import (
    write_accounts,
    write_cohorts,
    write_milestone_templates,
    write_services,
)
from incubator_app.demo.scales import SCALES, Scale
from incubator_app.demo.sites import write_sites
from incubator_app.demo.toolbox import fill_toolbox
from incubator_app.demo.writer import BulkWriter, set_sequences
from incubator_app.errors import ConflictError, StorageError, ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import (
    AuditEntry,
    Base,
    CoachingTopic,
    Discipline,
    IncubatorProfile,
    MilestoneTemplate,
    User,
)
from incubator_app.models.entrepreneur_activity import (
    create_activity_triggers,
    drop_activity_triggers,
    refill_activity,
)
from incubator_app.services.administration.setup import create_incubator

ADMIN_LOGIN = "admin"
ADMIN_PASSWORD = "demo-admin"
# Demo accounts get a cheap argon2id (1 pass over 1 MiB, about a millisecond) rather than the
# app's cost (about 50 ms on an office PC, 0.4 s on a loaded 2-core box): the network demo has
# some 1,600 accounts, and the demo's passwords are public anyway. The first sign-in rehashes
# the password with the app's parameters (users.authenticate, check_needs_rehash).
_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
# Reference lists may be seeded before any incubator exists: they do not make a database "used".
_SEEDED_TABLES = {"discipline", "coaching_topic"}


@dataclass(frozen=True)
class DemoSummary:
    scale: str
    seed: int
    reference_date: date
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())


def _no_progress(_phase: str, _done: int, _total: int) -> None:
    return None


def generate_demo(
    db: str | Path,
    *,
    seed: int = 1,
    scale: str = "small",
    force: bool = False,
    reference_date: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fills `db` with demo data around `reference_date` ("today" in the demo world; default:
    the incubator's today); refuses a database that holds data unless `force`.

    The same seed and reference date give the same rows, whenever the demo is generated."""
    started = time.perf_counter()
    spec = SCALES.get(scale)
    if spec is None:
        raise ValidationError(
            {
                "scale": msg(
                    QT_TRANSLATE_NOOP("Demo", "Unknown scale {scale}; expected one of {allowed}."),
                    scale=scale,
                    allowed=", ".join(SCALES),
                )
            }
        )
    report = progress or _no_progress
    reference = reference_date or clock.today()
    target = sqlite_path(resolve_url(db))
    if target is None:  # PostgreSQL: every step runs in the server's transactions
        counts = _generate(db, spec, seed, reference, force=force, report=report)
    else:
        counts = _generate_beside(target, spec, seed, reference, force=force, report=report)
    return DemoSummary(scale, seed, reference, counts, round(time.perf_counter() - started, 3))


def _generate(
    db: str | Path,
    spec: Scale,
    seed: int,
    reference: date,
    *,
    force: bool,
    report: Progress,
) -> dict[str, int]:
    """Generates in `db` itself (a PostgreSQL URL, or the building file of a SQLite demo)."""
    database = open_database(db)
    try:
        with database.engine.connect() as conn:
            used = _tables_with_rows(conn)
        if used and not force:
            raise _already_holds_data(database.display_name)
        report("clearing", 0, 1)
        if used:
            _delete_all(database.engine)
        with database.session() as session:
            multi = spec.sites > 1
            create_incubator(
                session,
                name="Réseau des couveuses culturelles — démo" if multi else "Couveuse CADO — démo",
                legal_name="Couveuse d'entreprises culturelles (démonstration)",
                address="12 rue de la Joliette",
                postal_code="13002",
                commune="Marseille",
                admin_login=ADMIN_LOGIN,
                admin_display_name="Administratrice de la démo",
                admin_password=ADMIN_PASSWORD,
                admin_email="admin@couveuse-demo.example.org",
                is_demo=True,
                demo_reference_date=reference,
            )
        with database.engine.connect() as conn:
            _fill(
                conn,
                spec_name=spec.name,
                seed=seed,
                reference=reference,
                progress=report,
            )
        report("counting", 0, 1)
        with database.engine.connect() as conn:
            counts = {
                t.name: conn.scalar(select(func.count()).select_from(t)) or 0
                for t in Base.metadata.sorted_tables
            }
    finally:
        database.dispose()
    return counts


def _building_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.building-{os.getpid()}")


def _remove_sqlite_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _generate_beside(
    target: Path,
    spec: Scale,
    seed: int,
    reference: date,
    *,
    force: bool,
    report: Progress,
) -> dict[str, int]:
    """A SQLite demo is built in a file beside the target and renamed over it once complete:
    killed at any moment, the generation leaves the target as it was (the fast bulk settings
    of `_fill` have no journal) and at worst a building file, removed by the next run."""
    preflight_sqlite_file(target, create=True)  # a missing folder, a read-only file: said plainly
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.building-*"):
        leftover.unlink(missing_ok=True)
    if target.exists():
        _check_replaceable(target, force=force)
    building = _building_path(target)
    try:
        counts = _generate(building, spec, seed, reference, force=True, report=report)
        # Everything into the main file, so that the renamed file stands alone.
        with closing(sqlite3.connect(building)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for suffix in ("-wal", "-shm"):
            Path(f"{building}{suffix}").unlink(missing_ok=True)
        # The replaced database's journal files must not be replayed into the new one.
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(building, target)
    except BaseException:
        _remove_sqlite_file(building)
        raise
    return counts


def _check_replaceable(target: Path, *, force: bool) -> None:
    """Refuses to replace another application's data, or (without force) a used database.
    With force, a file that is not a readable database (a demo killed in an older version)
    is replaced: that is what --force promises."""
    try:
        state, _revision = schema_state(target)
    except StorageError:
        if force:
            return
        raise
    if state is SchemaState.EMPTY or (force and state is not SchemaState.FOREIGN):
        return
    database = open_database(target)  # refuses a foreign or newer file with its own message
    try:
        with database.engine.connect() as conn:
            used = _tables_with_rows(conn)
    finally:
        database.dispose()
    if used and not force:
        raise _already_holds_data(database.display_name)


def _already_holds_data(path: str) -> ConflictError:
    return ConflictError(
        msg(
            QT_TRANSLATE_NOOP(
                "Demo",
                "The database {path} already holds data; demo data would replace all "
                "of it. Use --force to delete everything and generate the demo.",
            ),
            path=path,
        )
    )


def demo_password_hash(password: str, seed: int, login: str) -> str:
    """A cheap argon2id hash (see `_HASHER`) with a salt derived from the seed, the login
    and the password, not a random one, so that two generations give the same rows while no two
    accounts share a hash. Harmless here only: the demo passwords are public (README, `demo`
    output), a real account never gets a derived salt."""
    salt = hashlib.sha256(f"incubator-demo:{seed}:{login}:{password}".encode()).digest()[:16]
    return _HASHER.hash(password, salt=salt)


def database_holds_data(conn: Connection) -> bool:
    """True when some table other than the seeded reference lists has a row."""
    return bool(_tables_with_rows(conn))


def _tables_with_rows(conn: Connection) -> list[str]:
    return [
        t.name
        for t in Base.metadata.sorted_tables
        if t.name not in _SEEDED_TABLES and conn.scalar(select(1).select_from(t).limit(1))
    ]


def _delete_all(engine: Engine) -> None:
    """Empties every table, children first, in one transaction."""
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            # Row-by-row FK checks would make this quadratic; every table is emptied anyway.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        try:
            for table in reversed(Base.metadata.sorted_tables):
                conn.execute(table.delete())
            if conn.dialect.name != "sqlite":
                # Same seed, same ids: a regenerated demo must not depend on what came before.
                set_sequences(conn, restart=True)
            conn.commit()
        finally:
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")


def _fill(
    conn: Connection,
    *,
    spec_name: str,
    seed: int,
    reference: date,
    progress: Progress,
) -> None:
    sqlite = conn.dialect.name == "sqlite"
    # Secondary indexes are rebuilt once at the end: sorting once beats millions of B-tree
    # inserts in random order.
    deferred = [i for t in Base.metadata.sorted_tables for i in t.indexes if not i.unique]
    # The quick-search index too: filled once at the end rather than row by row by triggers.
    # (PostgreSQL: its document column stays, computed by the server as the COPY thread sends
    # the people, while Python goes on; adding it back after the load rewrote the table.)
    drop_search_index(conn, keep_document=True)
    if sqlite:
        # Generation only: a crash leaves a half-built demo that --force replaces anyway.
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.exec_driver_sql("PRAGMA journal_mode=MEMORY")
        conn.exec_driver_sql("PRAGMA synchronous=OFF")
        conn.exec_driver_sql("PRAGMA cache_size=-1048576")
        conn.exec_driver_sql("PRAGMA temp_store=MEMORY")
        # CHECKs on enum columns cost SQLite an IN-list per row; rows are valid by construction
        # and `PRAGMA integrity_check` (tests, `incubator-app check`) still verifies them.
        conn.exec_driver_sql("PRAGMA ignore_check_constraints=ON")
    for index in deferred:
        index.drop(conn)
    foreign_keys = [] if sqlite else _drop_foreign_keys(conn)
    # The activity summary (last session, next milestone) is computed once at the end, not by
    # its triggers at each of 1,500,000 participations and 500,000 milestones.
    drop_activity_triggers(conn)
    try:
        scale = SCALES[spec_name]
        ref = reference.toordinal()
        writer = BulkWriter(conn)
        ctx = Context(
            rng=Random(seed),
            writer=writer,
            scale=scale,
            ref=ref,
            start=ref - int(scale.years * 365.25),
            sites=SITES[: scale.sites],
            progress=progress,
        )
        _prepare(conn, ctx, admin_hash=demo_password_hash(ADMIN_PASSWORD, seed, ADMIN_LOGIN))
        progress("reference", 0, 1)
        write_accounts(
            ctx, hash_for=lambda _uid, login, password: demo_password_hash(password, seed, login)
        )
        write_sites(ctx)
        write_cohorts(ctx)
        write_milestone_templates(ctx)
        services = write_services(ctx)
        people, changes = write_people(ctx)
        progress("milestones", 0, 1)
        write_milestones(ctx, people)
        progress("funding", 0, 1)
        grants = write_funding(ctx, people)
        write_activity(ctx, people, services, grants)
        _write_audit(ctx, changes, scale.name, seed)
        writer.flush()
        progress("exchange", 0, 1)
        fill_exchange(conn, scale=spec_name, seed=seed, reference_date=reference)
        progress("events", 0, 1)
        fill_events(conn, scale=spec_name, seed=seed, reference_date=reference)
        progress("directory", 0, 1)
        fill_directory(conn, scale=spec_name, seed=seed, reference_date=reference)
        writer.reset_sequences()
        progress("projects", 0, 1)
        fill_calls(conn, scale=spec_name, seed=seed, reference_date=reference)
        fill_projects(conn, scale=spec_name, seed=seed, reference_date=reference)
        progress("toolbox", 0, 1)
        fill_toolbox(conn, scale=spec_name, seed=seed, reference_date=reference)
        progress("indexes", 0, 1)
        for index in deferred:
            index.create(conn)
        if not sqlite:
            # Statistics of the loaded tables (in this transaction: the refill's correlated
            # subqueries were planned as if the tables were empty, a minute at incubator scale).
            progress("analyse", 0, 1)
            conn.exec_driver_sql("ANALYZE")
        refill_activity(conn, as_triggers=True)
        create_activity_triggers(conn)
        _add_foreign_keys(conn, foreign_keys)
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    finally:
        create_search_index(conn)
        conn.commit()
        # Whatever happened, the schema must be whole again (on PostgreSQL the rollback above
        # has put the dropped indexes back already).
        # By name: checkfirst cannot see expression indexes (lower(email)) on SQLite.
        if sqlite:
            present = set(conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars())
        else:
            present = set(conn.exec_driver_sql("SELECT indexname FROM pg_indexes").scalars())
        for index in deferred:
            if index.name not in present:
                index.create(conn)
        drop_activity_triggers(conn)  # (SQLite may have run the DDL outside the transaction)
        create_activity_triggers(conn)
        conn.commit()
        if sqlite:
            conn.exec_driver_sql("PRAGMA ignore_check_constraints=OFF")
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")
            conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
    progress("analyse", 0, 1)
    # Fresh statistics let the query planner pick the right indexes on big tables; on
    # PostgreSQL, autovacuum would gather them only later (a fresh demo's coaching page
    # planned without them was 5x slower than on SQLite).
    if sqlite:
        conn.exec_driver_sql("PRAGMA analysis_limit=1000")
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    # (PostgreSQL: analysed before the activity's refill, in the load's transaction.)


def _drop_foreign_keys(conn: Connection) -> list[tuple[str, str, str]]:
    """PostgreSQL checks each row's foreign keys with a trigger: over 10,000,000 rows that was
    most of the load's time. The keys are dropped for the load and put back after it, when one
    pass per key checks them all (a failing row stops the demo). They are read from the
    database itself (table, name, definition), so what comes back is exactly what was there;
    a failure rolls the drop back with the rest."""
    keys = [
        (table, name, definition)
        for table, name, definition in conn.exec_driver_sql(
            "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)"
            " FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace"
            " WHERE c.contype = 'f' AND n.nspname = current_schema()"
            " ORDER BY 1, 2"
        )
    ]
    for table, name, _ in keys:
        conn.exec_driver_sql(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
    return keys


def _add_foreign_keys(conn: Connection, keys: list[tuple[str, str, str]]) -> None:
    for table, name, definition in keys:
        conn.exec_driver_sql(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')


def _prepare(conn: Connection, ctx: Context, *, admin_hash: str) -> None:
    """Reads what create_incubator made, pins its timestamps and the admin's password hash (the
    wall clock and a random salt must not reach the rows), and sets the next ids."""
    pinned = datetime.fromordinal(ctx.start).replace(hour=9, tzinfo=UTC)
    for model in (IncubatorProfile, User, Discipline, CoachingTopic):
        conn.execute(update(model).values(created_at=pinned, updated_at=pinned))
    conn.execute(update(AuditEntry).values(at=pinned))
    # updated_at too: the column's onupdate would stamp it with the wall clock.
    conn.execute(
        update(User)
        .where(User.login == ADMIN_LOGIN)
        .values(password_hash=admin_hash, updated_at=pinned)
    )
    # The demo writes its own, richer CAPE templates (demo/catalogue.py) instead of the default.
    conn.execute(delete(MilestoneTemplate))
    ctx.discipline_ids = dict(conn.execute(select(Discipline.code, Discipline.id)).all())
    ctx.topic_ids = list(conn.scalars(select(CoachingTopic.id).order_by(CoachingTopic.position)))
    ctx.admin_user_id = conn.scalar(select(User.id).where(User.login == ADMIN_LOGIN)) or 0
    for table in Base.metadata.sorted_tables:
        if "id" in table.c and table.c.id.primary_key:
            ctx.writer.next_ids[table.name] = (conn.scalar(select(func.max(table.c.id))) or 0) + 1


def _write_audit(ctx: Context, changes: list, scale: str, seed: int) -> None:
    """A short trail: the latest pathway decisions, then the generation itself."""
    w = ctx.writer
    w.declare("audit_entry", "id at user_id user_login entity entity_id action changes")
    for _entry, pid, from_stage, to_stage, day, by in changes[-40:]:
        if from_stage is None:
            continue
        w.add(
            "audit_entry",
            (
                w.take_id("audit_entry"),
                w.stamp(day, 600),
                by,
                ctx.user_logins.get(by),
                "entrepreneur",
                pid,
                "update",
                {"stage": [from_stage, to_stage]},
            ),
        )
    w.add(
        "audit_entry",
        (
            w.take_id("audit_entry"),
            w.stamp(ctx.ref, 480),
            None,
            "system",
            "demo",
            None,
            "generate",
            {"scale": scale, "seed": seed},
        ),
    )
