"""course waiting list: who waits for a full course, and the offers made to them (issue 13)

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "course_waiting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("entrepreneur_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("party_size", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "registered",
                "waitlisted",
                "offered",
                "cancelled",
                "declined",
                "expired",
                "attended",
                "absent",
                name="course_waiting_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("queue_key", sa.Integer(), nullable=False),
        sa.Column("offered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("offer_expires_at", sa.DateTime(timezone=True), nullable=True),
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
        sa.Column("enrolment_id", sa.Integer(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(status = 'offered') = (offer_expires_at IS NOT NULL)",
            name=op.f("ck_course_waiting_offer_has_deadline"),
        ),
        sa.CheckConstraint(
            "(entrepreneur_id IS NULL) <> (contact_id IS NULL)",
            name=op.f("ck_course_waiting_one_person"),
        ),
        sa.CheckConstraint("party_size >= 1", name=op.f("ck_course_waiting_party_size_positive")),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_course_waiting_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["course.id"],
            name=op.f("fk_course_waiting_course_id_course"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["course_enrolment.id"],
            name=op.f("fk_course_waiting_enrolment_id_course_enrolment"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["entrepreneur_id"],
            ["entrepreneur.id"],
            name=op.f("fk_course_waiting_entrepreneur_id_entrepreneur"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course_waiting")),
    )
    for column in ("contact_id", "entrepreneur_id"):
        op.create_index(f"ix_course_waiting_{column}", "course_waiting", [column])
    op.create_index(
        "ix_course_waiting_course_status", "course_waiting", ["course_id", "status", "queue_key"]
    )
    active = sa.text("status IN ('waitlisted', 'offered')")
    for column in ("contact_id", "entrepreneur_id"):
        op.create_index(
            f"uq_course_waiting_active_{column}",
            "course_waiting",
            ["course_id", column],
            unique=True,
            sqlite_where=active,
            postgresql_where=active,
        )


def downgrade() -> None:
    op.drop_table("course_waiting")
