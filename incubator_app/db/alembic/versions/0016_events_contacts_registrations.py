"""events: contacts, courses, events, registrations and their history (issue 13)

A registration holds places (registered, offered) or waits (waitlisted, ordered by queue_key);
the partial unique indexes refuse a second active registration of the same person.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 09:20:15.689912
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=True),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("organisation", sa.String(length=200), nullable=True),
        sa.Column("commune", sa.String(length=120), nullable=True),
        sa.Column("language", sa.String(length=8), server_default="fr", nullable=False),
        sa.Column("consent", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("consent_on", sa.Date(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    op.create_table(
        "course",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("completion_percent", sa.Integer(), server_default="80", nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "completion_percent >= 1 AND completion_percent <= 100",
            name=op.f("ck_course_completion_range"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course")),
    )
    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "workshop",
                "training",
                "meeting",
                "visit",
                "collective_coaching",
                name="event_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("resource_id", sa.Integer(), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("registration_required", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("registration_opens_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("registration_closes_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("offer_hours", sa.Integer(), server_default="48", nullable=False),
        sa.Column("organiser_user_id", sa.Integer(), nullable=True),
        sa.Column("organiser_coach_id", sa.Integer(), nullable=True),
        sa.Column("cohort_id", sa.Integer(), nullable=True),
        sa.Column("course_id", sa.Integer(), nullable=True),
        sa.Column("places_taken", sa.Integer(), server_default="0", nullable=False),
        sa.Column("cancelled", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("capacity >= 1", name=op.f("ck_event_capacity_positive")),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_event_times_in_order")),
        sa.CheckConstraint("offer_hours >= 1", name=op.f("ck_event_offer_hours_positive")),
        sa.CheckConstraint(
            "registration_opens_at IS NULL OR registration_closes_at IS NULL "
            "OR registration_closes_at > registration_opens_at",
            name=op.f("ck_event_registration_window_in_order"),
        ),
        sa.ForeignKeyConstraint(
            ["cohort_id"], ["cohort.id"], name=op.f("fk_event_cohort_id_cohort")
        ),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["course.id"],
            name=op.f("fk_event_course_id_course"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organiser_coach_id"], ["coach.id"], name=op.f("fk_event_organiser_coach_id_coach")
        ),
        sa.ForeignKeyConstraint(
            ["organiser_user_id"],
            ["user_account.id"],
            name=op.f("fk_event_organiser_user_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["resource_id"], ["shared_service.id"], name=op.f("fk_event_resource_id_shared_service")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    op.create_index(op.f("ix_event_cohort_id"), "event", ["cohort_id"], unique=False)
    op.create_index(op.f("ix_event_course_id"), "event", ["course_id"], unique=False)
    op.create_index(op.f("ix_event_kind"), "event", ["kind"], unique=False)
    op.create_index(
        op.f("ix_event_organiser_coach_id"), "event", ["organiser_coach_id"], unique=False
    )
    op.create_index(op.f("ix_event_resource_id"), "event", ["resource_id"], unique=False)
    op.create_index("ix_event_starts_at", "event", ["starts_at", "id"], unique=False)

    op.create_table(
        "grant_event",
        sa.Column("grant_id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_grant_event_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["grant_id"],
            ["grant_agreement.id"],
            name=op.f("fk_grant_event_grant_id_grant_agreement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("grant_id", "event_id", name=op.f("pk_grant_event")),
    )
    op.create_index(op.f("ix_grant_event_event_id"), "grant_event", ["event_id"], unique=False)

    op.create_table(
        "registration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
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
                name="registration_status",
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
        sa.Column("reorder_reason", sa.Text(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(status = 'offered') = (offer_expires_at IS NOT NULL)",
            name=op.f("ck_registration_offer_has_deadline"),
        ),
        sa.CheckConstraint(
            "(entrepreneur_id IS NULL) <> (contact_id IS NULL)",
            name=op.f("ck_registration_one_person"),
        ),
        sa.CheckConstraint("party_size >= 1", name=op.f("ck_registration_party_size_positive")),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_registration_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["entrepreneur_id"],
            ["entrepreneur.id"],
            name=op.f("fk_registration_entrepreneur_id_entrepreneur"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_registration_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registration")),
    )
    op.create_index(
        op.f("ix_registration_contact_id"), "registration", ["contact_id"], unique=False
    )
    op.create_index(
        op.f("ix_registration_entrepreneur_id"), "registration", ["entrepreneur_id"], unique=False
    )
    op.create_index(
        "ix_registration_event_status",
        "registration",
        ["event_id", "status", "queue_key"],
        unique=False,
    )
    op.create_index(
        "ix_registration_offer_deadline",
        "registration",
        ["status", "offer_expires_at"],
        unique=False,
    )
    op.create_index(
        "uq_registration_active_contact_id",
        "registration",
        ["event_id", "contact_id"],
        unique=True,
        sqlite_where=sa.text(
            "status IN ('registered', 'waitlisted', 'offered', 'attended', 'absent')"
        ),
        postgresql_where=sa.text(
            "status IN ('registered', 'waitlisted', 'offered', 'attended', 'absent')"
        ),
    )
    op.create_index(
        "uq_registration_active_entrepreneur_id",
        "registration",
        ["event_id", "entrepreneur_id"],
        unique=True,
        sqlite_where=sa.text(
            "status IN ('registered', 'waitlisted', 'offered', 'attended', 'absent')"
        ),
        postgresql_where=sa.text(
            "status IN ('registered', 'waitlisted', 'offered', 'attended', 'absent')"
        ),
    )

    op.create_index("ix_contact_lower_email", "contact", [sa.text("lower(email)")], unique=False)
    op.create_table(
        "registration_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("from_status", sa.String(length=16), nullable=True),
        sa.Column("to_status", sa.String(length=16), nullable=False),
        sa.Column("by_login", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registration.id"],
            name=op.f("fk_registration_change_registration_id_registration"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registration_change")),
    )
    op.create_index(
        op.f("ix_registration_change_registration_id"),
        "registration_change",
        ["registration_id"],
        unique=False,
    )


def downgrade() -> None:
    # The indexes go with their tables.
    op.drop_table("registration_change")
    op.drop_table("registration")
    op.drop_table("grant_event")
    op.drop_table("event")
    op.drop_table("course")
    op.drop_index("ix_contact_lower_email", table_name="contact")
    op.drop_table("contact")
