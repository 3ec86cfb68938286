"""milestones and action items

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21

Indexes for the dashboard's "late" lists: open action items by due date, open milestones by
status then due date (the overdue range is then one index range per status).
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_action_item_done_due", "action_item", ["done", "due_on"])
    op.create_index("ix_milestone_status_due", "milestone", ["status", "due_on"])


def downgrade() -> None:
    op.drop_index("ix_milestone_status_due", table_name="milestone")
    op.drop_index("ix_action_item_done_due", table_name="action_item")
