"""Follow-up campaigns: the answer at a checkpoint (legal form, revenue band, jobs, situation)
and the attempts to reach the person (e-mails, calls)

Revision ID: 0035
Revises: 0034
Create Date: 2026-12-04 16:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0035"
down_revision = "0034"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # op.add_column, not batch: the checkpoint table is not copied.
    op.add_column("follow_up_checkpoint", sa.Column("legal_form", sa.String(20), nullable=True))
    op.add_column("follow_up_checkpoint", sa.Column("revenue_band", sa.String(20), nullable=True))
    op.add_column("follow_up_checkpoint", sa.Column("jobs_created", sa.Integer(), nullable=True))
    op.add_column("follow_up_checkpoint", sa.Column("situation", sa.String(20), nullable=True))
    op.create_table(
        "follow_up_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entrepreneur_id", sa.Integer(), nullable=False),
        sa.Column("checkpoint", sa.String(20), nullable=False),
        sa.Column("channel", sa.String(10), nullable=False),
        sa.Column("contacted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reminder", sa.Boolean(), nullable=False),
        sa.Column("reached", sa.Boolean(), nullable=True),
        sa.Column("outbox_message_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.String(64), nullable=True),
        sa.ForeignKeyConstraint(
            ["entrepreneur_id"],
            ["entrepreneur.id"],
            name=op.f("fk_follow_up_contact_entrepreneur_id_entrepreneur"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["outbox_message_id"],
            ["outbox_message.id"],
            name=op.f("fk_follow_up_contact_outbox_message_id_outbox_message"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_contact")),
    )
    op.create_index(
        "ix_follow_up_contact_person_checkpoint",
        "follow_up_contact",
        ["entrepreneur_id", "checkpoint"],
    )


def downgrade() -> None:
    op.drop_index("ix_follow_up_contact_person_checkpoint", table_name="follow_up_contact")
    op.drop_table("follow_up_contact")
    for column in ("situation", "jobs_created", "revenue_band", "legal_form"):
        op.drop_column("follow_up_checkpoint", column)
