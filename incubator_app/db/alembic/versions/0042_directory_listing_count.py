"""directory actors: how many listings each was seen in, the list's name-order indexes, and
the name search index (db/directory_index.py)

Revision ID: 0042
Revises: 0041
Create Date: 2026-12-04 23:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from incubator_app.db.directory_index import create_directory_index, drop_directory_index

revision = "0042"
down_revision = "0041"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Kept by import, merge, unmerge and the link run (services/directory/counts.py); filled
    # here from the source records (distinct listings of each actor's records).
    op.add_column(
        "directory_actor",
        sa.Column("listing_count", sa.Integer(), server_default="0", nullable=False),
    )
    op.execute(
        "UPDATE directory_actor SET listing_count = ("
        "SELECT count(DISTINCT r.listing_id) FROM directory_actor_source s "
        "JOIN directory_source_record r ON r.id = s.record_id "
        "WHERE s.actor_id = directory_actor.id)"
    )
    # The list's name-order indexes and the name search (each dialect its own).
    create_directory_index(op.get_bind())


def downgrade() -> None:
    drop_directory_index(op.get_bind())
    op.drop_column("directory_actor", "listing_count")
