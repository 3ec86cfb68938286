"""consent records (GDPR)

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "consent_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entrepreneur_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("purpose", sa.String(length=40), nullable=False),
        sa.Column("given", sa.Boolean(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=80), nullable=False),
        sa.Column("text_version", sa.String(length=40), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(entrepreneur_id IS NULL) <> (contact_id IS NULL)",
            name=op.f("ck_consent_record_one_person"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_consent_record_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["entrepreneur_id"],
            ["entrepreneur.id"],
            name=op.f("fk_consent_record_entrepreneur_id_entrepreneur"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_record")),
    )
    op.create_index(
        op.f("ix_consent_record_contact_id"), "consent_record", ["contact_id"], unique=False
    )
    op.create_index(
        op.f("ix_consent_record_entrepreneur_id"),
        "consent_record",
        ["entrepreneur_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_consent_record_entrepreneur_id"), table_name="consent_record")
    op.drop_index(op.f("ix_consent_record_contact_id"), table_name="consent_record")
    op.drop_table("consent_record")
