"""FSE+ participant questionnaires (entry, exit, six months after)

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-03 16:52:10.482450
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fse_questionnaire",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entrepreneur_id", sa.Integer(), nullable=False),
        sa.Column(
            "moment",
            sa.Enum(
                "entry",
                "exit",
                "six_months",
                name="fse_moment",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column(
            "labour_status",
            sa.Enum(
                "unemployed",
                "long_term_unemployed",
                "inactive",
                "employed",
                "declined",
                name="fse_labour_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "education",
            sa.Enum(
                "isced_0_2",
                "isced_3_4",
                "isced_5_8",
                "declined",
                name="fse_isced",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "disability",
            sa.Enum(
                "yes",
                "no",
                "declined",
                name="fse_disability",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "third_country_national",
            sa.Enum(
                "yes",
                "no",
                "declined",
                name="fse_third_country",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "foreign_background",
            sa.Enum(
                "yes",
                "no",
                "declined",
                name="fse_foreign_background",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "minority",
            sa.Enum(
                "yes",
                "no",
                "declined",
                name="fse_minority",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "homeless",
            sa.Enum(
                "yes",
                "no",
                "declined",
                name="fse_homeless",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "rural_area",
            sa.Enum(
                "yes", "no", "declined", name="fse_rural", native_enum=False, create_constraint=True
            ),
            nullable=True,
        ),
        sa.Column("job_searching", sa.Boolean(), nullable=True),
        sa.Column("in_education", sa.Boolean(), nullable=True),
        sa.Column("gained_qualification", sa.Boolean(), nullable=True),
        sa.Column("employed", sa.Boolean(), nullable=True),
        sa.Column("improved_situation", sa.Boolean(), nullable=True),
        sa.Column("recorded_by", sa.String(length=64), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["entrepreneur_id"],
            ["entrepreneur.id"],
            name=op.f("fk_fse_questionnaire_entrepreneur_id_entrepreneur"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fse_questionnaire")),
        sa.UniqueConstraint(
            "entrepreneur_id", "moment", name=op.f("uq_fse_questionnaire_entrepreneur_id_moment")
        ),
    )
    op.create_index(op.f("ix_fse_questionnaire_answered_on"), "fse_questionnaire", ["answered_on"])
    op.create_index(
        op.f("ix_fse_questionnaire_entrepreneur_id"), "fse_questionnaire", ["entrepreneur_id"]
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_fse_questionnaire_entrepreneur_id"), table_name="fse_questionnaire")
    op.drop_index(op.f("ix_fse_questionnaire_answered_on"), table_name="fse_questionnaire")
    op.drop_table("fse_questionnaire")
