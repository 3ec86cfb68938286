"""quick search index

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21

SQLite: an FTS5 table kept in sync by triggers; PostgreSQL: a generated tsvector column with a
GIN index. Both dialect-guarded in `incubator_app.db.search_index`, which new databases (created
from the models) use too.
"""

from __future__ import annotations

from alembic import op

from incubator_app.db.search_index import create_search_index, drop_search_index

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_search_index(op.get_bind(), contacts=False)  # no contact table yet (0043)


def downgrade() -> None:
    drop_search_index(op.get_bind(), contacts=False)
