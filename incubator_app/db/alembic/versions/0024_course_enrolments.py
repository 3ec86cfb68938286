"""course enrolments: one enrolment of a person for a whole course (issue 13)

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "course_enrolment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("entrepreneur_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "enrolled",
                "cancelled",
                name="enrolment_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
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
            "(entrepreneur_id IS NULL) <> (contact_id IS NULL)",
            name=op.f("ck_course_enrolment_one_person"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_course_enrolment_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["course.id"],
            name=op.f("fk_course_enrolment_course_id_course"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["entrepreneur_id"],
            ["entrepreneur.id"],
            name=op.f("fk_course_enrolment_entrepreneur_id_entrepreneur"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course_enrolment")),
    )
    for column in ("contact_id", "course_id", "entrepreneur_id"):
        op.create_index(f"ix_course_enrolment_{column}", "course_enrolment", [column])
    for column in ("contact_id", "entrepreneur_id"):
        op.create_index(
            f"uq_course_enrolment_active_{column}",
            "course_enrolment",
            ["course_id", column],
            unique=True,
            sqlite_where=sa.text("status = 'enrolled'"),
            postgresql_where=sa.text("status = 'enrolled'"),
        )


def downgrade() -> None:
    op.drop_table("course_enrolment")
