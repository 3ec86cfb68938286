"""Directory: links between actors (member of, partner of) and to entrepreneurs (their company,
their partner venues)

Revision ID: 0034
Revises: 0033
Create Date: 2026-12-04 16:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0034"
down_revision = "0033"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "directory_actor_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("from_actor_id", sa.Integer(), nullable=False),
        sa.Column("to_actor_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.CheckConstraint(
            "from_actor_id <> to_actor_id", name=op.f("ck_directory_actor_link_not_itself")
        ),
        sa.CheckConstraint(
            "kind IN ('member_of', 'partner_of')", name=op.f("ck_directory_actor_link_kind")
        ),
        sa.ForeignKeyConstraint(
            ["from_actor_id"],
            ["directory_actor.id"],
            name=op.f("fk_directory_actor_link_from_actor_id_directory_actor"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_actor_id"],
            ["directory_actor.id"],
            name=op.f("fk_directory_actor_link_to_actor_id_directory_actor"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_directory_actor_link")),
        sa.UniqueConstraint(
            "from_actor_id",
            "to_actor_id",
            "kind",
            name=op.f("uq_directory_actor_link_from_actor_id_to_actor_id_kind"),
        ),
    )
    op.create_index(
        op.f("ix_directory_actor_link_from_actor_id"),
        "directory_actor_link",
        ["from_actor_id"],
    )
    op.create_index(
        op.f("ix_directory_actor_link_to_actor_id"), "directory_actor_link", ["to_actor_id"]
    )
    op.create_table(
        "directory_actor_entrepreneur",
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("entrepreneur_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=13), nullable=False),
        sa.CheckConstraint(
            "kind IN ('company', 'partner_venue')",
            name=op.f("ck_directory_actor_entrepreneur_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["directory_actor.id"],
            name=op.f("fk_directory_actor_entrepreneur_actor_id_directory_actor"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["entrepreneur_id"],
            ["entrepreneur.id"],
            name=op.f("fk_directory_actor_entrepreneur_entrepreneur_id_entrepreneur"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "actor_id", "entrepreneur_id", name=op.f("pk_directory_actor_entrepreneur")
        ),
    )
    op.create_index(
        op.f("ix_directory_actor_entrepreneur_entrepreneur_id"),
        "directory_actor_entrepreneur",
        ["entrepreneur_id"],
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_directory_actor_entrepreneur_entrepreneur_id"),
        table_name="directory_actor_entrepreneur",
    )
    op.drop_table("directory_actor_entrepreneur")
    op.drop_index(op.f("ix_directory_actor_link_to_actor_id"), table_name="directory_actor_link")
    op.drop_index(op.f("ix_directory_actor_link_from_actor_id"), table_name="directory_actor_link")
    op.drop_table("directory_actor_link")
