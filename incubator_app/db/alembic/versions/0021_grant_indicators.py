"""grant indicators: the figures of the funder report a grant sets targets for

A grant's co-funders (free text), and one row per (grant, indicator key) with its target, in
the indicator's unit (issue 17): the actual values are never stored, they are computed live by
the funder report's function. Four indexes on audit_entry serve the audit viewer's filters.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, never a batch copy of grant_agreement.
    op.add_column("grant_agreement", sa.Column("co_funders", sa.String(length=400), nullable=True))
    op.create_table(
        "grant_indicator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("grant_id", sa.Integer(), nullable=False),
        sa.Column("indicator", sa.String(length=40), nullable=False),
        sa.Column("target", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("target >= 0", name=op.f("ck_grant_indicator_target_not_negative")),
        sa.ForeignKeyConstraint(
            ["grant_id"],
            ["grant_agreement.id"],
            name=op.f("fk_grant_indicator_grant_id_grant_agreement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grant_indicator")),
        sa.UniqueConstraint(
            "grant_id", "indicator", name=op.f("uq_grant_indicator_grant_id_indicator")
        ),
    )
    # The audit viewer's filters at a million rows: each filter with the list's order.
    op.create_index("ix_audit_entry_entity_id_order", "audit_entry", ["entity", "id"])
    op.create_index("ix_audit_entry_user_login_id", "audit_entry", ["user_login", "id"])
    op.create_index("ix_audit_entry_action_id", "audit_entry", ["action", "id"])
    op.create_index("ix_audit_entry_entity_action_at", "audit_entry", ["entity", "action", "at"])
    op.create_index(
        op.f("ix_grant_indicator_grant_id"), "grant_indicator", ["grant_id"], unique=False
    )


def downgrade() -> None:
    for name in (
        "ix_audit_entry_entity_action_at",
        "ix_audit_entry_action_id",
        "ix_audit_entry_user_login_id",
        "ix_audit_entry_entity_id_order",
    ):
        op.drop_index(name, table_name="audit_entry")
    op.drop_index(op.f("ix_grant_indicator_grant_id"), table_name="grant_indicator")
    op.drop_table("grant_indicator")
    op.drop_column("grant_agreement", "co_funders")
