"""sites: a network's sites, who works on each (role per site), the entrepreneur's site

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-03 16:51:42.309896
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "site",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("commune", sa.String(length=120), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site")),
        sa.UniqueConstraint("code", name=op.f("uq_site_code")),
        sa.UniqueConstraint("name", name=op.f("uq_site_name")),
    )
    op.create_table(
        "site_membership",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "admin",
                "staff",
                "coach",
                "viewer",
                name="site_role",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"],
            ["site.id"],
            name=op.f("fk_site_membership_site_id_site"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_site_membership_user_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_site_membership")),
        sa.UniqueConstraint("site_id", "user_id", name=op.f("uq_site_membership_site_id_user_id")),
    )
    op.create_index("ix_site_membership_site_id", "site_membership", ["site_id"])
    op.create_index("ix_site_membership_user_id", "site_membership", ["user_id"])
    # Plain ALTER TABLE, never a batch (a batch copies entrepreneur, which many tables refer
    # to); no foreign key on the column, as revision 0013.
    op.add_column("entrepreneur", sa.Column("site_id", sa.Integer(), nullable=True))
    op.create_index("ix_entrepreneur_site_id", "entrepreneur", ["site_id"])


def downgrade() -> None:
    op.drop_index("ix_entrepreneur_site_id", table_name="entrepreneur")
    op.drop_column("entrepreneur", "site_id")
    op.drop_table("site_membership")
    op.drop_table("site")
