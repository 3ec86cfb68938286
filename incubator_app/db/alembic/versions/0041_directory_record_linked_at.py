"""directory source records: when a link run last examined each one (the run finds the new
records by itself)

Revision ID: 0041
Revises: 0040
Create Date: 2026-12-04 23:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from incubator_app import clock

revision = "0041"
down_revision = "0040"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # NULL: never examined by a link run (the next run, incremental by default, takes it).
    op.add_column(
        "directory_source_record",
        sa.Column("linked_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index(
        "ix_directory_source_record_linked_at", "directory_source_record", ["linked_at"]
    )
    # A directory crossed before this column existed: the records of every listing an earlier
    # link run crossed (a record of it in a pair that run stored, or linked automatically) are
    # marked examined, so that the first run after the upgrade does not cross everything again.
    # A listing imported and never linked has no such record: its rows stay NULL.
    bind = op.get_bind()
    crossed = sa.text(
        "SELECT DISTINCT listing_id FROM directory_source_record WHERE id IN ("
        " SELECT record_a_id FROM directory_pair WHERE found_by = 'link'"
        " UNION SELECT record_b_id FROM directory_pair WHERE found_by = 'link'"
        " UNION SELECT record_id FROM directory_actor_source WHERE how = 'auto')"
    )
    listings = sorted({row[0] for row in bind.execute(crossed)})
    if listings:
        record = sa.table(
            "directory_source_record",
            sa.column("listing_id", sa.Integer),
            sa.column("linked_at", sa.DateTime(timezone=True)),
        )
        bind.execute(
            record.update()
            .where(record.c.listing_id.in_(listings))
            .values(linked_at=clock.now_utc())
        )


def downgrade() -> None:
    op.drop_index("ix_directory_source_record_linked_at", "directory_source_record")
    op.drop_column("directory_source_record", "linked_at")
