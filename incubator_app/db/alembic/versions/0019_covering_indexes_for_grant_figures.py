"""covering indexes for a grant's funder figures

A grant's figures reach its beneficiaries' attendances one by one: the participant index now
carries `attended`, and a new index on coaching_session carries the day, length and kind of a
session by its id, so neither table's rows are read. Same-size grants then cost 1.2× more in
the network-scale database than in an incubator's, against 1.8–2.2× before (issue 12).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_session_participant_entrepreneur_attended",
        "session_participant",
        ["entrepreneur_id", "session_id", "attended"],
    )
    op.drop_index("ix_session_participant_entrepreneur_session", table_name="session_participant")
    op.create_index(
        "ix_coaching_session_id_day",
        "coaching_session",
        ["id", "session_date", "duration_minutes", "kind"],
    )


def downgrade() -> None:
    op.drop_index("ix_coaching_session_id_day", table_name="coaching_session")
    op.create_index(
        "ix_session_participant_entrepreneur_session",
        "session_participant",
        ["entrepreneur_id", "session_id"],
    )
    op.drop_index("ix_session_participant_entrepreneur_attended", table_name="session_participant")
