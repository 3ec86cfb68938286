"""toolbox: the attachments' text in a table and full-text index of its own

Revision ID: 0039
Revises: 0036
Create Date: 2026-12-04 20:30:00

The sheet's `attachments_text` moves to `toolbox_files_text` (one row per sheet that has
files), with a full-text index of its own; the sheet's index keeps the sheet's own text only
(db/toolbox_index.py). Both ways move the existing text. The column is dropped and added in
place (no table copy): the index's triggers (SQLite) and generated column (PostgreSQL) that name
it are dropped first and made again after.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from incubator_app.db.toolbox_index import (
    create_toolbox_index,
    create_toolbox_index_0025,
    drop_toolbox_index,
    drop_toolbox_index_0025,
)

revision = "0039"
down_revision = "0038"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "toolbox_files_text",
        sa.Column("sheet_id", sa.Integer(), nullable=False),
        sa.Column("joined_text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sheet_id"],
            ["toolbox_sheet.id"],
            name=op.f("fk_toolbox_files_text_sheet_id_toolbox_sheet"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("sheet_id", name=op.f("pk_toolbox_files_text")),
    )
    op.execute(
        "INSERT INTO toolbox_files_text (sheet_id, joined_text) "
        "SELECT id, attachments_text FROM toolbox_sheet "
        "WHERE attachments_text IS NOT NULL AND attachments_text <> ''"
    )
    drop_toolbox_index_0025(bind)
    # Not op.drop_column: on SQLite Alembic would copy the table (ALTER TABLE ... DROP COLUMN
    # is in place since SQLite 3.35).
    op.execute("ALTER TABLE toolbox_sheet DROP COLUMN attachments_text")
    create_toolbox_index(bind)


def downgrade() -> None:
    bind = op.get_bind()
    drop_toolbox_index(bind)
    op.add_column("toolbox_sheet", sa.Column("attachments_text", sa.Text(), nullable=True))
    op.execute(
        "UPDATE toolbox_sheet SET attachments_text = (SELECT f.joined_text "
        "FROM toolbox_files_text AS f WHERE f.sheet_id = toolbox_sheet.id)"
    )
    op.drop_table("toolbox_files_text")
    create_toolbox_index_0025(bind)
