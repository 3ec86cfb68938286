"""cooperation calls and draws

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03 09:36:28.520261
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cooperation_call",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("territory", sa.String(length=200), nullable=True),
        sa.Column("group_count", sa.Integer(), nullable=False),
        sa.Column("group_size", sa.Integer(), nullable=False),
        sa.Column("duration_months", sa.Integer(), nullable=True),
        sa.Column("confirm_days", sa.Integer(), nullable=False),
        sa.Column("seed_source", sa.Text(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "confirm_days >= 1", name=op.f("ck_cooperation_call_confirm_days_positive")
        ),
        sa.CheckConstraint(
            "group_count >= 1", name=op.f("ck_cooperation_call_group_count_positive")
        ),
        sa.CheckConstraint("group_size >= 1", name=op.f("ck_cooperation_call_group_size_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cooperation_call")),
    )
    op.create_table(
        "cooperation_draw",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("frozen_inputs", sa.Text(), nullable=False),
        sa.Column("frozen_hash", sa.String(length=64), nullable=False),
        sa.Column("app_version", sa.String(length=40), nullable=False),
        sa.Column("algorithm", sa.String(length=120), nullable=False),
        sa.Column("frozen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("frozen_by_id", sa.Integer(), nullable=True),
        sa.Column("seed_source", sa.Text(), nullable=True),
        sa.Column("seed", sa.Text(), nullable=True),
        sa.Column("drawn_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("drawn_by_id", sa.Integer(), nullable=True),
        sa.Column("result_csv", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(seed IS NULL) = (drawn_at IS NULL)", name=op.f("ck_cooperation_draw_seed_when_drawn")
        ),
        sa.CheckConstraint(
            "number = 1 OR reason IS NOT NULL", name=op.f("ck_cooperation_draw_second_draw_reason")
        ),
        sa.ForeignKeyConstraint(
            ["call_id"],
            ["cooperation_call.id"],
            name=op.f("fk_cooperation_draw_call_id_cooperation_call"),
        ),
        sa.ForeignKeyConstraint(
            ["drawn_by_id"],
            ["user_account.id"],
            name=op.f("fk_cooperation_draw_drawn_by_id_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["frozen_by_id"],
            ["user_account.id"],
            name=op.f("fk_cooperation_draw_frozen_by_id_user_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cooperation_draw")),
        sa.UniqueConstraint("call_id", "number", name=op.f("uq_cooperation_draw_call_id_number")),
    )

    op.create_table(
        "cooperation_quota",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column(
            "scope",
            sa.Enum("draw", "group", name="quota_scope", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column("category", sa.String(length=120), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.Column("minimum", sa.Integer(), nullable=False),
        sa.Column("maximum", sa.Integer(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "maximum IS NULL OR maximum >= minimum",
            name=op.f("ck_cooperation_quota_maximum_over_minimum"),
        ),
        sa.CheckConstraint("minimum >= 0", name=op.f("ck_cooperation_quota_minimum_not_negative")),
        sa.ForeignKeyConstraint(
            ["call_id"],
            ["cooperation_call.id"],
            name=op.f("fk_cooperation_quota_call_id_cooperation_call"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cooperation_quota")),
        sa.UniqueConstraint(
            "call_id",
            "scope",
            "category",
            "value",
            name=op.f("uq_cooperation_quota_call_id_scope_category_value"),
        ),
    )

    op.create_table(
        "cooperation_draw_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("draw_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "invited",
                "confirmed",
                "declined",
                "timed_out",
                "unfilled",
                name="draw_step_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("group_number", sa.Integer(), nullable=False),
        sa.Column("replaces", sa.String(length=60), nullable=True),
        sa.Column("same_cell", sa.Boolean(), nullable=True),
        sa.Column("deadline", sa.DateTime(timezone=True), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["draw_id"],
            ["cooperation_draw.id"],
            name=op.f("fk_cooperation_draw_step_draw_id_cooperation_draw"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_cooperation_draw_step_user_id_user_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cooperation_draw_step")),
    )

    op.create_table(
        "cooperation_volunteer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("entrepreneur_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("organisation", sa.String(length=200), nullable=True),
        sa.Column("categories", sa.Text(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "entrepreneur_id IS NOT NULL OR name IS NOT NULL",
            name=op.f("ck_cooperation_volunteer_who"),
        ),
        sa.ForeignKeyConstraint(
            ["call_id"],
            ["cooperation_call.id"],
            name=op.f("fk_cooperation_volunteer_call_id_cooperation_call"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["entrepreneur_id"],
            ["entrepreneur.id"],
            name=op.f("fk_cooperation_volunteer_entrepreneur_id_entrepreneur"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cooperation_volunteer")),
        sa.UniqueConstraint("call_id", "code", name=op.f("uq_cooperation_volunteer_call_id_code")),
        sa.UniqueConstraint(
            "call_id",
            "entrepreneur_id",
            name=op.f("uq_cooperation_volunteer_call_id_entrepreneur_id"),
        ),
    )

    for table, column in (
        ("cooperation_draw", "call_id"),
        ("cooperation_quota", "call_id"),
        ("cooperation_draw_step", "draw_id"),
        ("cooperation_volunteer", "call_id"),
        ("cooperation_volunteer", "entrepreneur_id"),
    ):
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def downgrade() -> None:
    # Dropping a table drops its indexes (SQLite and PostgreSQL).

    op.drop_table("cooperation_volunteer")

    op.drop_table("cooperation_draw_step")

    op.drop_table("cooperation_quota")

    op.drop_table("cooperation_draw")
    op.drop_table("cooperation_call")
