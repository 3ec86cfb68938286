"""coaching notes in their own table

Confidential notes move from two columns of `coaching_session` to `coaching_note` (one row per
session that has notes: its author and the text), so that a shared PostgreSQL server can hide
them row by row, with row-level security, from everyone but their author and the admins
(issue 18). Column privileges cannot do that: they are the same for every row, and the app
reads whole sessions. Every note keeps its text and its author; empty notes are dropped (the
services store none).

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

# Plain ADD/DROP COLUMN, never a batch: a batch copies coaching_session and drops the old one,
# which the foreign keys from session_participant, session_topic and action_item refuse.


def upgrade() -> None:
    op.create_table(
        "coaching_note",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["coaching_session.id"],
            name=op.f("fk_coaching_note_session_id_coaching_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", name=op.f("pk_coaching_note")),
    )
    op.create_index(op.f("ix_coaching_note_author_id"), "coaching_note", ["author_id"])
    op.execute(
        "INSERT INTO coaching_note (session_id, notes, author_id)"
        " SELECT id, confidential_notes, notes_author_id FROM coaching_session"
        " WHERE confidential_notes IS NOT NULL AND confidential_notes <> ''"
    )
    op.drop_column("coaching_session", "notes_author_id")
    op.drop_column("coaching_session", "confidential_notes")


def downgrade() -> None:
    op.add_column("coaching_session", sa.Column("confidential_notes", sa.Text(), nullable=True))
    op.add_column("coaching_session", sa.Column("notes_author_id", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE coaching_session SET"
        " confidential_notes = (SELECT notes FROM coaching_note"
        "  WHERE coaching_note.session_id = coaching_session.id),"
        " notes_author_id = (SELECT author_id FROM coaching_note"
        "  WHERE coaching_note.session_id = coaching_session.id)"
    )
    op.drop_index(op.f("ix_coaching_note_author_id"), table_name="coaching_note")
    op.drop_table("coaching_note")
