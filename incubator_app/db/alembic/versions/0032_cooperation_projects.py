"""Cooperation projects under way and their participants; toolbox sheets started from a project;
volunteers who are contacts

Revision ID: 0032
Revises: 0028
Create Date: 2026-12-04 16:26:15.605172
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0032"
down_revision = "0028"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cooperation_project",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "under_way",
                "done",
                "stopped",
                name="project_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("territory", sa.String(length=200), nullable=True),
        sa.Column("places", sa.Text(), nullable=True),
        sa.Column("disciplines", sa.Text(), nullable=True),
        sa.Column("themes", sa.Text(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("call_id", sa.Integer(), nullable=True),
        sa.Column("group_number", sa.Integer(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on",
            name=op.f("ck_cooperation_project_ends_after_start"),
        ),
        sa.ForeignKeyConstraint(
            ["call_id"],
            ["cooperation_call.id"],
            name=op.f("fk_cooperation_project_call_id_cooperation_call"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cooperation_project")),
    )
    with op.batch_alter_table("cooperation_project", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cooperation_project_call_id"), ["call_id"], unique=False
        )

    op.create_table(
        "cooperation_project_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("entrepreneur_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=100), nullable=True),
        sa.CheckConstraint(
            "(entrepreneur_id IS NULL) <> (contact_id IS NULL)",
            name=op.f("ck_cooperation_project_member_one_person"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_cooperation_project_member_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["entrepreneur_id"],
            ["entrepreneur.id"],
            name=op.f("fk_cooperation_project_member_entrepreneur_id_entrepreneur"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["cooperation_project.id"],
            name=op.f("fk_cooperation_project_member_project_id_cooperation_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cooperation_project_member")),
        sa.UniqueConstraint(
            "project_id",
            "contact_id",
            name=op.f("uq_cooperation_project_member_project_id_contact_id"),
        ),
        sa.UniqueConstraint(
            "project_id",
            "entrepreneur_id",
            name=op.f("uq_cooperation_project_member_project_id_entrepreneur_id"),
        ),
    )
    with op.batch_alter_table("cooperation_project_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cooperation_project_member_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_cooperation_project_member_entrepreneur_id"),
            ["entrepreneur_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_cooperation_project_member_project_id"), ["project_id"], unique=False
        )

    # Plain ALTER TABLE, never a batch (a batch copies toolbox_sheet and its search index); no
    # foreign key on the column, as revisions 0013 and 0026.
    op.add_column("toolbox_sheet", sa.Column("project_id", sa.Integer(), nullable=True))
    op.create_index("ix_toolbox_sheet_project_id", "toolbox_sheet", ["project_id"])

    # A volunteer may be a contact (the people of the directory's actors are contacts). A plain
    # ALTER TABLE; SQLite takes the named foreign key inline, PostgreSQL as a constraint.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE cooperation_volunteer ADD COLUMN contact_id INTEGER CONSTRAINT "
            "fk_cooperation_volunteer_contact_id_contact REFERENCES contact (id)"
        )
    else:
        op.add_column("cooperation_volunteer", sa.Column("contact_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            "fk_cooperation_volunteer_contact_id_contact",
            "cooperation_volunteer",
            "contact",
            ["contact_id"],
            ["id"],
        )
    op.create_index("ix_cooperation_volunteer_contact_id", "cooperation_volunteer", ["contact_id"])
    op.create_index(
        "uq_cooperation_volunteer_call_id_contact_id",
        "cooperation_volunteer",
        ["call_id", "contact_id"],
        unique=True,
    )


def downgrade() -> None:
    op.drop_index("uq_cooperation_volunteer_call_id_contact_id", table_name="cooperation_volunteer")
    op.drop_index("ix_cooperation_volunteer_contact_id", table_name="cooperation_volunteer")
    if op.get_bind().dialect.name == "sqlite":
        # SQLite drops no column a foreign key names: the (small) table is copied, on the way
        # down only; no table refers to cooperation_volunteer.
        with op.batch_alter_table("cooperation_volunteer") as batch_op:
            batch_op.drop_column("contact_id")
    else:
        op.drop_constraint(
            "fk_cooperation_volunteer_contact_id_contact", "cooperation_volunteer",
            type_="foreignkey",
        )  # fmt: skip
        op.drop_column("cooperation_volunteer", "contact_id")
    op.drop_index("ix_toolbox_sheet_project_id", table_name="toolbox_sheet")
    op.drop_column("toolbox_sheet", "project_id")

    with op.batch_alter_table("cooperation_project_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cooperation_project_member_project_id"))
        batch_op.drop_index(batch_op.f("ix_cooperation_project_member_entrepreneur_id"))
        batch_op.drop_index(batch_op.f("ix_cooperation_project_member_contact_id"))

    op.drop_table("cooperation_project_member")
    with op.batch_alter_table("cooperation_project", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cooperation_project_call_id"))

    op.drop_table("cooperation_project")
