"""sites: the site of a shared service (a bookable room or equipment too) and of an event;
none = the network's, shared by every site

Revision ID: 0033
Revises: 0032
Create Date: 2026-12-04 16:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0033"
down_revision = "0032"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE, never a batch (it would copy the tables); no foreign key on the
    # column, as entrepreneur.site_id (revision 0026).
    for table in ("shared_service", "event"):
        op.add_column(table, sa.Column("site_id", sa.Integer(), nullable=True))
        op.create_index(f"ix_{table}_site_id", table, ["site_id"])


def downgrade() -> None:
    for table in ("shared_service", "event"):
        op.drop_index(f"ix_{table}_site_id", table_name=table)
        op.drop_column(table, "site_id")
