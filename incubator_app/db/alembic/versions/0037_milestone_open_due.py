"""the open milestones in due order (issue 12: the overdue list on PostgreSQL)

Revision ID: 0037
Revises: 0036
Create Date: 2026-12-04 20:35:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0037"
down_revision = "0036"
branch_labels = None
depends_on = None

_OPEN = "status IN ('planned', 'in_progress')"


def upgrade() -> None:
    op.create_index(
        "ix_milestone_open_due",
        "milestone",
        ["due_on", "id"],
        postgresql_include=["entrepreneur_id"],
        postgresql_where=sa.text(_OPEN),
        sqlite_where=sa.text(_OPEN),
    )


def downgrade() -> None:
    op.drop_index("ix_milestone_open_due", table_name="milestone")
