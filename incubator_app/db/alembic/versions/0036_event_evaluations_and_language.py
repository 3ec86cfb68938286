"""event evaluations, event materials and entrepreneurs' e-mail language

Revision ID: 0036
Revises: 0035
Create Date: 2026-12-04 16:26:22.332915
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0036"
down_revision = "0035"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "event_evaluation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("satisfaction", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column(
            "source",
            sa.Enum(
                "staff",
                "import",
                "email_reply",
                name="registration_source",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "satisfaction >= 1 AND satisfaction <= 5",
            name=op.f("ck_event_evaluation_satisfaction_range"),
        ),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registration.id"],
            name=op.f("fk_event_evaluation_registration_id_registration"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_evaluation")),
        sa.UniqueConstraint("registration_id", name=op.f("uq_event_evaluation_registration_id")),
    )
    op.create_table(
        "event_material",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("original_name", sa.String(length=255), nullable=False),
        sa.Column("mime_type", sa.String(length=120), nullable=True),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("uploaded_by_id", sa.Integer(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("size_bytes >= 0", name=op.f("ck_event_material_size_not_negative")),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_material_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["uploaded_by_id"],
            ["user_account.id"],
            name=op.f("fk_event_material_uploaded_by_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_material")),
    )
    op.create_index(op.f("ix_event_material_content_hash"), "event_material", ["content_hash"])
    op.create_index(op.f("ix_event_material_event_id"), "event_material", ["event_id"])
    # The language of the e-mails an entrepreneur receives (contacts already have theirs).
    op.add_column(
        "entrepreneur",
        sa.Column("language", sa.String(length=8), server_default="fr", nullable=False),
    )


def downgrade() -> None:
    op.drop_column("entrepreneur", "language")
    op.drop_index(op.f("ix_event_material_event_id"), table_name="event_material")
    op.drop_index(op.f("ix_event_material_content_hash"), table_name="event_material")
    op.drop_table("event_material")
    op.drop_table("event_evaluation")
