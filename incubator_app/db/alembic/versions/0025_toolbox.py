"""toolbox: sheets, attachments, revisions and their full-text index

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-03 12:28:21.150051

The index (SQLite FTS5 table and triggers; PostgreSQL generated tsvector column and GIN index)
is dialect DDL in `incubator_app.db.toolbox_index`, which new databases use too.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from incubator_app.db.toolbox_index import (
    create_toolbox_index_0025 as create_toolbox_index,
)
from incubator_app.db.toolbox_index import (
    drop_toolbox_index_0025 as drop_toolbox_index,
)

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "toolbox_sheet",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "experience",
                "method",
                "template",
                "guide",
                "link",
                "contact_tip",
                name="sheet_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "published",
                "archived",
                name="sheet_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("context", sa.Text(), nullable=True),
        sa.Column("partners", sa.Text(), nullable=True),
        sa.Column("budget", sa.Text(), nullable=True),
        sa.Column("worked", sa.Text(), nullable=True),
        sa.Column("failed", sa.Text(), nullable=True),
        sa.Column("results", sa.Text(), nullable=True),
        sa.Column("tags", sa.Text(), nullable=True),
        sa.Column("disciplines", sa.Text(), nullable=True),
        sa.Column("territory", sa.String(length=200), nullable=True),
        sa.Column("url", sa.String(length=2000), nullable=True),
        sa.Column("licence", sa.String(length=60), nullable=True),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_reviewed_on", sa.Date(), nullable=True),
        sa.Column("call_id", sa.Integer(), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("attachments_text", sa.Text(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["user_account.id"],
            name=op.f("fk_toolbox_sheet_author_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["call_id"],
            ["cooperation_call.id"],
            name=op.f("fk_toolbox_sheet_call_id_cooperation_call"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_toolbox_sheet_event_id_event"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_toolbox_sheet")),
    )
    op.create_index(
        op.f("ix_toolbox_sheet_author_id"), "toolbox_sheet", ["author_id"], unique=False
    )
    op.create_index(op.f("ix_toolbox_sheet_call_id"), "toolbox_sheet", ["call_id"], unique=False)
    op.create_index(op.f("ix_toolbox_sheet_event_id"), "toolbox_sheet", ["event_id"], unique=False)
    op.create_index(
        op.f("ix_toolbox_sheet_status_updated"),
        "toolbox_sheet",
        ["status", "updated_at"],
        unique=False,
    )

    op.create_table(
        "toolbox_attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sheet_id", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("original_name", sa.String(length=255), nullable=False),
        sa.Column("mime_type", sa.String(length=120), nullable=True),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("extracted_text", sa.Text(), nullable=True),
        sa.Column(
            "extraction_note",
            sa.Enum(
                "password_protected",
                "unreadable",
                "unsupported",
                "no_text",
                "truncated",
                name="extraction_note",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("uploaded_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["sheet_id"],
            ["toolbox_sheet.id"],
            name=op.f("fk_toolbox_attachment_sheet_id_toolbox_sheet"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["uploaded_by_id"],
            ["user_account.id"],
            name=op.f("fk_toolbox_attachment_uploaded_by_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_toolbox_attachment")),
    )
    op.create_index(
        op.f("ix_toolbox_attachment_content_hash"),
        "toolbox_attachment",
        ["content_hash"],
        unique=False,
    )
    op.create_index(
        op.f("ix_toolbox_attachment_sheet_id"), "toolbox_attachment", ["sheet_id"], unique=False
    )

    op.create_table(
        "toolbox_sheet_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sheet_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("saved_by_id", sa.Integer(), nullable=True),
        sa.Column("saved_by_login", sa.String(length=120), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["saved_by_id"],
            ["user_account.id"],
            name=op.f("fk_toolbox_sheet_revision_saved_by_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["sheet_id"],
            ["toolbox_sheet.id"],
            name=op.f("fk_toolbox_sheet_revision_sheet_id_toolbox_sheet"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_toolbox_sheet_revision")),
        sa.UniqueConstraint(
            "sheet_id", "number", name=op.f("uq_toolbox_sheet_revision_sheet_id_number")
        ),
    )
    op.create_index(
        op.f("ix_toolbox_sheet_revision_sheet_id"),
        "toolbox_sheet_revision",
        ["sheet_id"],
        unique=False,
    )
    create_toolbox_index(op.get_bind())


def downgrade() -> None:
    drop_toolbox_index(op.get_bind())
    op.drop_index(op.f("ix_toolbox_sheet_revision_sheet_id"), table_name="toolbox_sheet_revision")

    op.drop_table("toolbox_sheet_revision")
    op.drop_index(op.f("ix_toolbox_attachment_sheet_id"), table_name="toolbox_attachment")
    op.drop_index(op.f("ix_toolbox_attachment_content_hash"), table_name="toolbox_attachment")

    op.drop_table("toolbox_attachment")
    op.drop_index(op.f("ix_toolbox_sheet_status_updated"), table_name="toolbox_sheet")
    op.drop_index(op.f("ix_toolbox_sheet_event_id"), table_name="toolbox_sheet")
    op.drop_index(op.f("ix_toolbox_sheet_call_id"), table_name="toolbox_sheet")
    op.drop_index(op.f("ix_toolbox_sheet_author_id"), table_name="toolbox_sheet")

    op.drop_table("toolbox_sheet")
