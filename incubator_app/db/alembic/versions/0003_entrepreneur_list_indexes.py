"""entrepreneur list indexes

The list of 50,000 entrepreneurs sorts on each person's last coaching session and next
milestone due: `entrepreneur_activity` holds both, kept by triggers (see
models/entrepreneur_activity.py), filled here from the existing rows. Duplicate checks compare
lower(email): a functional index serves them; the default order (lower name) and the
"active only" count get theirs.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from incubator_app.models.entrepreneur_activity import (
    create_activity_triggers,
    drop_activity_triggers,
    refill_activity,
)

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entrepreneur_activity",
        sa.Column("entrepreneur_id", sa.Integer(), nullable=False),
        sa.Column("last_session_on", sa.Date(), nullable=True),
        sa.Column("next_milestone_due", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["entrepreneur_id"],
            ["entrepreneur.id"],
            name=op.f("fk_entrepreneur_activity_entrepreneur_id_entrepreneur"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("entrepreneur_id", name=op.f("pk_entrepreneur_activity")),
    )
    with op.batch_alter_table("entrepreneur_activity", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_entrepreneur_activity_last_session_on"), ["last_session_on"]
        )
        batch_op.create_index(
            batch_op.f("ix_entrepreneur_activity_next_milestone_due"), ["next_milestone_due"]
        )
    op.create_index(
        "ix_entrepreneur_lower_email", "entrepreneur", [sa.text("lower(email)")], unique=False
    )
    op.create_index(
        "ix_entrepreneur_lower_name",
        "entrepreneur",
        [sa.text("lower(last_name)"), sa.text("lower(first_name)")],
        unique=False,
    )
    conn = op.get_bind()
    create_activity_triggers(conn)
    refill_activity(conn)


def downgrade() -> None:
    conn = op.get_bind()
    drop_activity_triggers(conn)
    op.drop_index("ix_entrepreneur_lower_name", table_name="entrepreneur")
    op.drop_index("ix_entrepreneur_lower_email", table_name="entrepreneur")
    with op.batch_alter_table("entrepreneur_activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entrepreneur_activity_next_milestone_due"))
        batch_op.drop_index(batch_op.f("ix_entrepreneur_activity_last_session_on"))
    op.drop_table("entrepreneur_activity")
