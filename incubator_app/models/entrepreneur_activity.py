"""Per-entrepreneur activity summary kept by database triggers, for the list at scale.

Sorting 50,000 entrepreneurs by "last coaching session" or "next milestone due" cannot afford
an aggregate over a million sessions per sort; this one-row-per-person table holds both values
and triggers keep it right whoever writes sessions and milestones (any service, any branch, the
demo generator, a script). Inserts only touch primary keys (cheap in bulk loads, even with the
secondary indexes dropped); deletes and updates recompute the person's value when it may change.

The triggers are dialect DDL: created with the table (`after_create`, so `create_all` has them)
and by Alembic revision 0003 through `create_activity_triggers`.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, ForeignKey, Index, event
from sqlalchemy.orm import Mapped, mapped_column

from incubator_app.models.base import Base

OPEN_MILESTONE_SQL = "('planned', 'in_progress')"


class EntrepreneurActivity(Base):
    __tablename__ = "entrepreneur_activity"

    entrepreneur_id: Mapped[int] = mapped_column(
        ForeignKey("entrepreneur.id", ondelete="CASCADE"), primary_key=True
    )
    last_session_on: Mapped[date | None] = mapped_column()
    next_milestone_due: Mapped[date | None] = mapped_column()

    # Each date with the person's id, the list's tiebreak (services/entrepreneurs/list.py): a
    # page sorted by last session is read off the index and stops after 200 rows. SQLite's
    # index held the id anyway (the rowid); PostgreSQL's did not, so it read every person of
    # the newest day (896 on the network demo) and sorted them (revision 0044).
    __table_args__ = (
        Index("ix_entrepreneur_activity_last_session_on", "last_session_on", "entrepreneur_id"),
        Index(
            "ix_entrepreneur_activity_next_milestone_due", "next_milestone_due", "entrepreneur_id"
        ),
    )


_LAST = (
    "(SELECT max(cs.session_date) FROM session_participant sp"
    " JOIN coaching_session cs ON cs.id = sp.session_id WHERE sp.entrepreneur_id = {who})"
)
_NEXT = (
    "(SELECT min(m.due_on) FROM milestone m"
    f" WHERE m.entrepreneur_id = {{who}} AND m.status IN {OPEN_MILESTONE_SQL})"
)
_SESSION_DATE = "(SELECT session_date FROM coaching_session WHERE id = {sid})"

SQLITE_TRIGGERS: dict[str, str] = {
    "entrepreneur_activity_sp_ai": f"""
CREATE TRIGGER entrepreneur_activity_sp_ai AFTER INSERT ON session_participant BEGIN
  INSERT INTO entrepreneur_activity (entrepreneur_id, last_session_on)
  VALUES (NEW.entrepreneur_id, {_SESSION_DATE.format(sid="NEW.session_id")})
  ON CONFLICT (entrepreneur_id) DO UPDATE SET last_session_on = CASE
    WHEN last_session_on IS NULL OR excluded.last_session_on > last_session_on
    THEN excluded.last_session_on ELSE last_session_on END;
END""",
    # Recomputed only when the removed session may have been the latest one.
    "entrepreneur_activity_sp_ad": f"""
CREATE TRIGGER entrepreneur_activity_sp_ad AFTER DELETE ON session_participant BEGIN
  UPDATE entrepreneur_activity SET last_session_on = {_LAST.format(who="OLD.entrepreneur_id")}
  WHERE entrepreneur_id = OLD.entrepreneur_id
    AND coalesce({_SESSION_DATE.format(sid="OLD.session_id")} >= last_session_on, 1);
END""",
    "entrepreneur_activity_sp_au": f"""
CREATE TRIGGER entrepreneur_activity_sp_au
AFTER UPDATE OF entrepreneur_id, session_id ON session_participant BEGIN
  UPDATE entrepreneur_activity SET last_session_on = {_LAST.format(who="OLD.entrepreneur_id")}
  WHERE entrepreneur_id = OLD.entrepreneur_id;
  INSERT INTO entrepreneur_activity (entrepreneur_id, last_session_on)
  VALUES (NEW.entrepreneur_id, {_LAST.format(who="NEW.entrepreneur_id")})
  ON CONFLICT (entrepreneur_id) DO UPDATE SET last_session_on = excluded.last_session_on;
END""",
    "entrepreneur_activity_cs_au": f"""
CREATE TRIGGER entrepreneur_activity_cs_au
AFTER UPDATE OF session_date ON coaching_session BEGIN
  UPDATE entrepreneur_activity
  SET last_session_on = {_LAST.format(who="entrepreneur_activity.entrepreneur_id")}
  WHERE entrepreneur_id IN
    (SELECT entrepreneur_id FROM session_participant WHERE session_id = NEW.id);
END""",
    "entrepreneur_activity_ms_ai": f"""
CREATE TRIGGER entrepreneur_activity_ms_ai AFTER INSERT ON milestone
WHEN NEW.status IN {OPEN_MILESTONE_SQL} BEGIN
  INSERT INTO entrepreneur_activity (entrepreneur_id, next_milestone_due)
  VALUES (NEW.entrepreneur_id, NEW.due_on)
  ON CONFLICT (entrepreneur_id) DO UPDATE SET next_milestone_due = CASE
    WHEN next_milestone_due IS NULL OR excluded.next_milestone_due < next_milestone_due
    THEN excluded.next_milestone_due ELSE next_milestone_due END;
END""",
    "entrepreneur_activity_ms_ad": f"""
CREATE TRIGGER entrepreneur_activity_ms_ad AFTER DELETE ON milestone
WHEN OLD.status IN {OPEN_MILESTONE_SQL} BEGIN
  UPDATE entrepreneur_activity SET next_milestone_due = {_NEXT.format(who="OLD.entrepreneur_id")}
  WHERE entrepreneur_id = OLD.entrepreneur_id
    AND coalesce(OLD.due_on <= next_milestone_due, 1);
END""",
    "entrepreneur_activity_ms_au": f"""
CREATE TRIGGER entrepreneur_activity_ms_au
AFTER UPDATE OF due_on, status, entrepreneur_id ON milestone BEGIN
  UPDATE entrepreneur_activity SET next_milestone_due = {_NEXT.format(who="OLD.entrepreneur_id")}
  WHERE entrepreneur_id = OLD.entrepreneur_id;
  INSERT INTO entrepreneur_activity (entrepreneur_id, next_milestone_due)
  VALUES (NEW.entrepreneur_id, {_NEXT.format(who="NEW.entrepreneur_id")})
  ON CONFLICT (entrepreneur_id) DO UPDATE SET next_milestone_due = excluded.next_milestone_due;
END""",
}

_PG_UPSERT_LAST = (
    "INSERT INTO entrepreneur_activity AS a (entrepreneur_id, last_session_on)"
    " VALUES ({who}, {value}) ON CONFLICT (entrepreneur_id) DO UPDATE"
    " SET last_session_on = {merge}"
)
_PG_UPSERT_NEXT = (
    "INSERT INTO entrepreneur_activity AS a (entrepreneur_id, next_milestone_due)"
    " VALUES ({who}, {value}) ON CONFLICT (entrepreneur_id) DO UPDATE"
    " SET next_milestone_due = {merge}"
)

POSTGRES_FUNCTIONS: dict[str, str] = {
    "entrepreneur_activity_sp": f"""
CREATE OR REPLACE FUNCTION entrepreneur_activity_sp() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE entrepreneur_activity SET last_session_on = {_LAST.format(who="OLD.entrepreneur_id")}
    WHERE entrepreneur_id = OLD.entrepreneur_id;
  END IF;
  IF TG_OP = 'INSERT' THEN
    {
        _PG_UPSERT_LAST.format(
            who="NEW.entrepreneur_id",
            value=_SESSION_DATE.format(sid="NEW.session_id"),
            merge="GREATEST(a.last_session_on, EXCLUDED.last_session_on)",
        )
    };
  ELSIF TG_OP = 'UPDATE' THEN
    {
        _PG_UPSERT_LAST.format(
            who="NEW.entrepreneur_id",
            value=_LAST.format(who="NEW.entrepreneur_id"),
            merge="EXCLUDED.last_session_on",
        )
    };
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql""",
    "entrepreneur_activity_cs": f"""
CREATE OR REPLACE FUNCTION entrepreneur_activity_cs() RETURNS trigger AS $$
BEGIN
  IF NEW.session_date IS DISTINCT FROM OLD.session_date THEN
    UPDATE entrepreneur_activity
    SET last_session_on = {_LAST.format(who="entrepreneur_activity.entrepreneur_id")}
    WHERE entrepreneur_id IN
      (SELECT entrepreneur_id FROM session_participant WHERE session_id = NEW.id);
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql""",
    "entrepreneur_activity_ms": f"""
CREATE OR REPLACE FUNCTION entrepreneur_activity_ms() RETURNS trigger AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE entrepreneur_activity SET next_milestone_due = {_NEXT.format(who="OLD.entrepreneur_id")}
    WHERE entrepreneur_id = OLD.entrepreneur_id;
  END IF;
  IF TG_OP = 'INSERT' AND NEW.status IN {OPEN_MILESTONE_SQL} THEN
    {
        _PG_UPSERT_NEXT.format(
            who="NEW.entrepreneur_id",
            value="NEW.due_on",
            merge="LEAST(a.next_milestone_due, EXCLUDED.next_milestone_due)",
        )
    };
  ELSIF TG_OP = 'UPDATE' THEN
    {
        _PG_UPSERT_NEXT.format(
            who="NEW.entrepreneur_id",
            value=_NEXT.format(who="NEW.entrepreneur_id"),
            merge="EXCLUDED.next_milestone_due",
        )
    };
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql""",
}

POSTGRES_TRIGGERS: dict[str, str] = {
    "entrepreneur_activity_sp": "CREATE TRIGGER entrepreneur_activity_sp AFTER INSERT OR DELETE"
    " OR UPDATE OF entrepreneur_id, session_id ON session_participant"
    " FOR EACH ROW EXECUTE FUNCTION entrepreneur_activity_sp()",
    "entrepreneur_activity_cs": "CREATE TRIGGER entrepreneur_activity_cs AFTER UPDATE OF"
    " session_date ON coaching_session FOR EACH ROW EXECUTE FUNCTION entrepreneur_activity_cs()",
    "entrepreneur_activity_ms": "CREATE TRIGGER entrepreneur_activity_ms AFTER INSERT OR DELETE"
    " OR UPDATE OF due_on, status, entrepreneur_id ON milestone"
    " FOR EACH ROW EXECUTE FUNCTION entrepreneur_activity_ms()",
}
_PG_TABLES = {
    "entrepreneur_activity_sp": "session_participant",
    "entrepreneur_activity_cs": "coaching_session",
    "entrepreneur_activity_ms": "milestone",
}


def create_activity_triggers(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for statement in SQLITE_TRIGGERS.values():
            conn.exec_driver_sql(statement)
    elif conn.dialect.name == "postgresql":
        for statement in POSTGRES_FUNCTIONS.values():
            conn.exec_driver_sql(statement)
        for statement in POSTGRES_TRIGGERS.values():
            conn.exec_driver_sql(statement)


def drop_activity_triggers(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for name in SQLITE_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    elif conn.dialect.name == "postgresql":
        for name, table in _PG_TABLES.items():
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {name}()")


def refill_activity(conn: Connection, *, as_triggers: bool = False) -> None:
    """Recomputes every row from the source tables (migration, repair). `as_triggers`: only
    the people the triggers would have given a row (a session, or an open milestone), so that
    a bulk load without the triggers (the demo) ends with the very rows it would have had.

    The values are _LAST and _NEXT of each person, computed as two grouped passes over the
    sessions and the milestones joined to the people (one correlated subquery per person cost
    PostgreSQL 32 s at network scale: 50,000 people, 1,500,000 participations)."""
    conn.exec_driver_sql("DELETE FROM entrepreneur_activity")
    select_rows = (
        "SELECT e.id, l.last_on, n.next_due FROM entrepreneur e"
        " LEFT JOIN (SELECT sp.entrepreneur_id AS who, max(cs.session_date) AS last_on"
        "   FROM session_participant sp JOIN coaching_session cs ON cs.id = sp.session_id"
        "   GROUP BY sp.entrepreneur_id) l ON l.who = e.id"
        " LEFT JOIN (SELECT m.entrepreneur_id AS who, min(m.due_on) AS next_due FROM milestone m"
        f"   WHERE m.status IN {OPEN_MILESTONE_SQL} GROUP BY m.entrepreneur_id) n ON n.who = e.id"
    )
    if as_triggers:
        select_rows += " WHERE l.last_on IS NOT NULL OR n.next_due IS NOT NULL"
    conn.exec_driver_sql(
        "INSERT INTO entrepreneur_activity (entrepreneur_id, last_session_on, next_milestone_due)"
        f" {select_rows}"
    )


# After every table exists (create_all orders tables, not triggers on other tables).
@event.listens_for(Base.metadata, "after_create")
def _after_create_all(_metadata: object, conn: Connection, **_kw: object) -> None:
    create_activity_triggers(conn)
