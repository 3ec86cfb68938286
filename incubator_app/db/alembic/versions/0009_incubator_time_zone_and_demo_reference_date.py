"""incubator time zone and demo reference date

The profile's time zone drives incubator_app.clock (default Europe/Paris); a demo records the day
its data was built around, so a stale demo can be noticed and rebuilt.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("incubator_profile", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "time_zone", sa.String(length=64), server_default="Europe/Paris", nullable=False
            )
        )
        batch_op.add_column(sa.Column("demo_reference_date", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("incubator_profile", schema=None) as batch_op:
        batch_op.drop_column("demo_reference_date")
        batch_op.drop_column("time_zone")
