"""milestones and action items

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21

Indexes for the dashboard's "late" lists and the Milestones page at network scale: open action
items by due date (overall, per entrepreneur, per assignee), open milestones by status then due
date (with the entrepreneur, for the "not archived" test), and the ids of the entrepreneurs who
are not archived.
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_action_item_done_due", "action_item", ["done", "due_on"])
    op.create_index(
        "ix_action_item_entrepreneur_done_due", "action_item", ["entrepreneur_id", "done", "due_on"]
    )
    op.create_index(
        "ix_action_item_assignee_done_due",
        "action_item",
        ["assignee_coach_id", "done", "due_on", "entrepreneur_id"],
    )
    op.create_index("ix_milestone_status_due", "milestone", ["status", "due_on", "entrepreneur_id"])
    op.create_index("ix_entrepreneur_archived", "entrepreneur", ["archived", "id"])


def downgrade() -> None:
    op.drop_index("ix_entrepreneur_archived", table_name="entrepreneur")
    op.drop_index("ix_milestone_status_due", table_name="milestone")
    op.drop_index("ix_action_item_assignee_done_due", table_name="action_item")
    op.drop_index("ix_action_item_entrepreneur_done_due", table_name="action_item")
    op.drop_index("ix_action_item_done_due", table_name="action_item")
