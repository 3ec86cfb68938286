"""cohort active flag

A retired cohort (active = false) stays on its members' records and disappears from the pickers,
like the disciplines and coaching topics already do.

Revision ID: 0012
Revises: 0011 (at merge; 0009 on the admin-settings branch, where 0010 and 0011 do not exist yet)
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
# 0010 and 0011 belong to other branches: re-chain to "0011" when merging them.
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cohort", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("cohort", schema=None) as batch_op:
        batch_op.drop_column("active")
