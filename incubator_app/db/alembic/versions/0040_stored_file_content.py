"""documents: the stored files' content in the database (shared PostgreSQL)

Revision ID: 0040
Revises: 0039
Create Date: 2026-12-04 21:20:00

`stored_file_content` holds the bytes of the documents' and event materials' files by their
SHA-256, so that a file attached on one PC opens on another (services/entrepreneurs/
documents.py copies it into the local data folder). Written on PostgreSQL only, from the
next attachment on; files attached before stay in the data folder of the PC that attached them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0040"
down_revision = "0039"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stored_file_content",
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.CheckConstraint(
            "size_bytes >= 0", name=op.f("ck_stored_file_content_size_not_negative")
        ),
        sa.PrimaryKeyConstraint("content_hash", name=op.f("pk_stored_file_content")),
    )


def downgrade() -> None:
    op.drop_table("stored_file_content")
