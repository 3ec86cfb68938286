"""directory pairs: which run found them (a link run no longer clears the pairs of a dedupe)

Revision ID: 0038
Revises: 0036
Create Date: 2026-12-04 20:25:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0038"
down_revision = "0037"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # "link": a link run's pair (refreshed by the next run); "dedupe": a pair of actors a
    # dedupe run queued, which a link run leaves alone.
    op.add_column(
        "directory_pair",
        sa.Column("found_by", sa.String(length=6), server_default="link", nullable=False),
    )


def downgrade() -> None:
    op.drop_column("directory_pair", "found_by")
