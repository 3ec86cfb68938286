"""cohort active flag

A retired cohort (active = false) stays on its members' records and disappears from the pickers,
like the disciplines and coaching topics already do.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


# Plain ALTER TABLE, not a batch: SQLite adds (and, since 3.35, drops) a column in place, while
# a batch copies the table and drops the old one, which foreign keys from entrepreneur refuse.


def upgrade() -> None:
    op.add_column(
        "cohort", sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False)
    )


def downgrade() -> None:
    op.drop_column("cohort", "active")
