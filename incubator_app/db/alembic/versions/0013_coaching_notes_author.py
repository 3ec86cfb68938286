"""coaching notes author

Confidential notes belong to the account that wrote them: reading and writing them follows
`coaching_session.notes_author_id`, no longer the session's coach (whose profile staff could move
or re-link). Existing notes are given to the account linked to their session's coach today, the
only reader they had besides the admins; notes of a coach with no account stay readable by
admins only.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


# Plain ALTER TABLE, never a batch: a batch copies the table and drops the old one, which the
# foreign keys from session_participant, session_topic and action_item refuse (or cascade).
# No foreign key on the column (see the model): SQLite could not drop it again on a database
# whose tables `create_all` built.


def upgrade() -> None:
    op.add_column("coaching_session", sa.Column("notes_author_id", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE coaching_session SET notes_author_id = ("
        " SELECT coach.user_id FROM coach WHERE coach.id = coaching_session.coach_id)"
        " WHERE confidential_notes IS NOT NULL AND confidential_notes <> ''"
    )


def downgrade() -> None:
    op.drop_column("coaching_session", "notes_author_id")
