"""Files attached to an entrepreneur, stored once by content hash under the data dir."""

from __future__ import annotations

from sqlalchemy import DDL, CheckConstraint, ForeignKey, Integer, LargeBinary, String, event
from sqlalchemy.orm import Mapped, mapped_column

from incubator_app.models.base import Base, Versioned


class Document(Versioned, Base):
    __tablename__ = "document"
    __table_args__ = (CheckConstraint("size_bytes >= 0", name="size_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entrepreneur_id: Mapped[int] = mapped_column(
        ForeignKey("entrepreneur.id", ondelete="CASCADE"), index=True
    )
    # SHA-256 hex digest; the file lives at <data dir>/documents/<aa>/<digest>.
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    original_name: Mapped[str] = mapped_column(String(255))
    doc_type: Mapped[str] = mapped_column(String(40), default="other")
    mime_type: Mapped[str | None] = mapped_column(String(120))
    size_bytes: Mapped[int] = mapped_column(Integer)
    uploaded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )


class StoredFileContent(Base):
    """The bytes of a stored file (documents, event materials), on a shared PostgreSQL only:
    every PC opens what another attached, copied from here into its data folder (the local
    cache). On SQLite the data folder alone holds the files and this table stays empty."""

    __tablename__ = "stored_file_content"
    __table_args__ = (CheckConstraint("size_bytes >= 0", name="size_not_negative"),)

    # SHA-256 hex digest of `content`, as in document.content_hash / event_material's.
    content_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    size_bytes: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)


# -- The database's copy of a content goes with the last row naming it -------------------------
# Whatever removes a document, an event's material or a toolbox attachment (a person, the
# erasure of an entrepreneur, a cascade from the entrepreneur, the event or the sheet) also
# removes `stored_file_content`'s row of that content when no row names it any more: a trigger
# on each table, so that no path can forget it (services/entrepreneurs/documents.py
# `delete_contents` did it for the paths it knew). On PostgreSQL one statement-level trigger
# per table takes each content's advisory lock (the key `lock_content` uses, in hash order)
# before checking, so a PC attaching the same content meanwhile is never left with a row whose
# content is gone; on a secured server the delete goes through the `content_delete` policy
# (nothing another site uses goes).
# Created with the tables (new databases, `db check`) and by migration 0043.
CONTENT_RELEASE_FUNCTION = "stored_file_content_release"
#: Every table whose rows name a content (services/entrepreneurs/documents.py `_CONTENT_OWNERS`).
CONTENT_RELEASE_TABLES = ("document", "event_material", "toolbox_attachment")


def _named_nowhere(hash_sql: str) -> str:
    """SQL: no row of CONTENT_RELEASE_TABLES names the content `hash_sql`."""
    return " AND ".join(
        f"NOT EXISTS (SELECT 1 FROM {table} n WHERE n.content_hash = {hash_sql})"
        for table in CONTENT_RELEASE_TABLES
    )


#: Removes the contents no row names (what cascades left behind before the triggers).
CONTENT_ORPHANS_DELETE = "DELETE FROM stored_file_content WHERE " + _named_nowhere(
    "stored_file_content.content_hash"
)

_PG_RELEASE_FUNCTION = f"""
CREATE OR REPLACE FUNCTION {CONTENT_RELEASE_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE h text;
BEGIN
  PERFORM set_config('lock_timeout', '10s', true);
  FOR h IN SELECT DISTINCT content_hash FROM gone ORDER BY 1 LOOP
    PERFORM pg_advisory_xact_lock(('x' || lpad(substr(h, 1, 15), 16, '0'))::bit(64)::bigint);
    DELETE FROM stored_file_content c WHERE c.content_hash = h
      AND {_named_nowhere("h")};
  END LOOP;
  RETURN NULL;
END $$
"""


def content_release_trigger(table: str) -> str:
    return f"{table}_content_release"


def content_release_ddl(table: str, dialect: str) -> list[str]:
    """The statements that make `table`'s trigger (and on PostgreSQL its function)."""
    name = content_release_trigger(table)
    if dialect == "postgresql":
        return [
            _PG_RELEASE_FUNCTION,
            f"DROP TRIGGER IF EXISTS {name} ON {table}",
            f"CREATE TRIGGER {name} AFTER DELETE ON {table} REFERENCING OLD TABLE AS gone "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {CONTENT_RELEASE_FUNCTION}()",
        ]
    return [
        f"CREATE TRIGGER IF NOT EXISTS {name} AFTER DELETE ON {table} BEGIN "
        "DELETE FROM stored_file_content WHERE content_hash = old.content_hash "
        f"AND {_named_nowhere('old.content_hash')}; END"
    ]


def listen_content_release(table) -> None:
    """Makes the trigger whenever SQLAlchemy creates `table` (both dialects)."""
    for dialect in ("sqlite", "postgresql"):
        for statement in content_release_ddl(table.name, dialect):
            event.listen(
                table, "after_create", DDL(statement.replace("%", "%%")).execute_if(dialect=dialect)
            )


listen_content_release(Document.__table__)
