"""contacts in the quick search; a stored content goes with the last row naming it

Revision ID: 0043
Revises: 0042
Create Date: 2026-12-04 23:50:00

- The contacts' search index (db/search_index.py): FTS5 `contact_search` and its triggers on
  SQLite, the generated `contact.search_document` and its GIN index on PostgreSQL, filled from
  the existing contacts.
- `stored_file_content`: a trigger on `document`, `event_material` and `toolbox_attachment`
  removes a content's
  row once no row names it, whatever removed the row (models/document.py); the contents that
  cascades already left behind are removed now.
"""

from __future__ import annotations

from alembic import op

from incubator_app.db.search_index import create_search_index, drop_contact_search_index
from incubator_app.models.document import (
    CONTENT_ORPHANS_DELETE,
    CONTENT_RELEASE_FUNCTION,
    CONTENT_RELEASE_TABLES,
    content_release_ddl,
    content_release_trigger,
)

revision = "0043"
down_revision = "0042"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    create_search_index(bind)
    for table in CONTENT_RELEASE_TABLES:
        for statement in content_release_ddl(table, bind.dialect.name):
            bind.exec_driver_sql(statement)
    bind.exec_driver_sql(CONTENT_ORPHANS_DELETE)


def downgrade() -> None:
    bind = op.get_bind()
    for table in CONTENT_RELEASE_TABLES:
        name = content_release_trigger(table)
        if bind.dialect.name == "postgresql":
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        else:
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    if bind.dialect.name == "postgresql":
        bind.exec_driver_sql(f"DROP FUNCTION IF EXISTS {CONTENT_RELEASE_FUNCTION}()")
    drop_contact_search_index(bind)
