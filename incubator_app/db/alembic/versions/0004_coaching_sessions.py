"""coaching sessions: indexes for the sessions page, the record's tab and the caseload

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_INDEXES = [
    (
        "ix_coaching_session_date_time",
        "coaching_session",
        ["session_date", "start_time", "coach_id", "kind", "mode", "duration_minutes"],
    ),
    (
        "ix_coaching_session_kind_mode",
        "coaching_session",
        ["kind", "mode", "session_date", "coach_id", "duration_minutes"],
    ),
    (
        "ix_session_participant_entrepreneur_session",
        "session_participant",
        ["entrepreneur_id", "session_id"],
    ),
    ("ix_session_topic_topic_session", "session_topic", ["topic_id", "session_id"]),
]


def upgrade() -> None:
    for name, table, columns in _INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(_INDEXES):
        op.drop_index(name, table_name=table)
