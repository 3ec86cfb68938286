"""directory: actors, listings, source records, actor sources, pairs, merge log (issue 14)

Source records are never edited; every merge writes a log row (the kept actor's fields before and
the sources moved) so that an unmerge restores exactly; pairs keep a person's verdict.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-03 12:25:47.114463
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "directory_actor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=True),
        sa.Column("disciplines", sa.JSON(), nullable=False),
        sa.Column("sector", sa.String(length=40), nullable=True),
        sa.Column("siret", sa.String(length=14), nullable=True),
        sa.Column("siren", sa.String(length=9), nullable=True),
        sa.Column("rna", sa.String(length=10), nullable=True),
        sa.Column("registry_ids", sa.JSON(), nullable=False),
        sa.Column("website", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("postal_code", sa.String(length=5), nullable=True),
        sa.Column("commune_insee", sa.String(length=5), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("creation_year", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("field_sources", sa.JSON(), nullable=False),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["merged_into_id"],
            ["directory_actor.id"],
            name=op.f("fk_directory_actor_merged_into_id_directory_actor"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_directory_actor")),
    )
    op.create_index(
        op.f("ix_directory_actor_commune_insee"), "directory_actor", ["commune_insee"], unique=False
    )
    op.create_index(
        op.f("ix_directory_actor_merged_into_id"),
        "directory_actor",
        ["merged_into_id"],
        unique=False,
    )
    op.create_index(op.f("ix_directory_actor_siren"), "directory_actor", ["siren"], unique=False)

    op.create_table(
        "directory_actor_contact",
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["directory_actor.id"],
            name=op.f("fk_directory_actor_contact_actor_id_directory_actor"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_directory_actor_contact_contact_id_contact"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("actor_id", "contact_id", name=op.f("pk_directory_actor_contact")),
    )
    op.create_table(
        "directory_listing",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("imported_on", sa.Date(), nullable=False),
        sa.Column("file_hash", sa.String(length=64), nullable=False),
        sa.Column("column_mapping", sa.JSON(), nullable=False),
        sa.Column("value_mapping", sa.JSON(), nullable=False),
        sa.Column("has_duplicates", sa.Boolean(), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("imported_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["imported_by_id"],
            ["user_account.id"],
            name=op.f("fk_directory_listing_imported_by_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_directory_listing")),
    )
    op.create_table(
        "directory_merge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=7), nullable=False),
        sa.Column("kept_actor_id", sa.Integer(), nullable=False),
        sa.Column("absorbed_actor_id", sa.Integer(), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("moved_sources", sa.JSON(), nullable=True),
        sa.Column("kept_version_after", sa.Integer(), nullable=True),
        sa.Column("undoes_id", sa.Integer(), nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("user_login", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('merge', 'unmerge')", name=op.f("ck_directory_merge_kind")),
        sa.ForeignKeyConstraint(
            ["absorbed_actor_id"],
            ["directory_actor.id"],
            name=op.f("fk_directory_merge_absorbed_actor_id_directory_actor"),
        ),
        sa.ForeignKeyConstraint(
            ["kept_actor_id"],
            ["directory_actor.id"],
            name=op.f("fk_directory_merge_kept_actor_id_directory_actor"),
        ),
        sa.ForeignKeyConstraint(
            ["undoes_id"],
            ["directory_merge.id"],
            name=op.f("fk_directory_merge_undoes_id_directory_merge"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_directory_merge_user_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_directory_merge")),
        sa.UniqueConstraint("undoes_id", name=op.f("uq_directory_merge_undoes_id")),
    )
    op.create_index(
        op.f("ix_directory_merge_kept_actor_id"), "directory_merge", ["kept_actor_id"], unique=False
    )

    op.create_table(
        "directory_source_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("listing_id", sa.Integer(), nullable=False),
        sa.Column("row_number", sa.Integer(), nullable=False),
        sa.Column("raw", sa.JSON(), nullable=False),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.Column("row_hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["listing_id"],
            ["directory_listing.id"],
            name=op.f("fk_directory_source_record_listing_id_directory_listing"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_directory_source_record")),
        sa.UniqueConstraint(
            "listing_id",
            "row_number",
            name=op.f("uq_directory_source_record_listing_id_row_number"),
        ),
    )
    op.create_index(
        op.f("ix_directory_source_record_listing_id"),
        "directory_source_record",
        ["listing_id"],
        unique=False,
    )

    op.create_table(
        "directory_actor_source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("how", sa.String(length=10), nullable=False),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["directory_actor.id"],
            name=op.f("fk_directory_actor_source_actor_id_directory_actor"),
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"],
            ["user_account.id"],
            name=op.f("fk_directory_actor_source_decided_by_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["directory_source_record.id"],
            name=op.f("fk_directory_actor_source_record_id_directory_source_record"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_directory_actor_source")),
        sa.UniqueConstraint("record_id", name=op.f("uq_directory_actor_source_record_id")),
    )
    op.create_index(
        op.f("ix_directory_actor_source_actor_id"),
        "directory_actor_source",
        ["actor_id"],
        unique=False,
    )

    op.create_table(
        "directory_pair",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_a_id", sa.Integer(), nullable=False),
        sa.Column("record_b_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("zone", sa.String(length=6), nullable=False),
        sa.Column("verdict", sa.String(length=9), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("merge_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "verdict IN ('same', 'different')", name=op.f("ck_directory_pair_verdict")
        ),
        sa.CheckConstraint(
            "zone IN ('auto', 'review', 'reject')", name=op.f("ck_directory_pair_zone")
        ),
        sa.CheckConstraint("record_a_id < record_b_id", name=op.f("ck_directory_pair_ordered")),
        sa.ForeignKeyConstraint(
            ["merge_id"],
            ["directory_merge.id"],
            name=op.f("fk_directory_pair_merge_id_directory_merge"),
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"],
            ["user_account.id"],
            name=op.f("fk_directory_pair_decided_by_id_user_account"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["record_a_id"],
            ["directory_source_record.id"],
            name=op.f("fk_directory_pair_record_a_id_directory_source_record"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["record_b_id"],
            ["directory_source_record.id"],
            name=op.f("fk_directory_pair_record_b_id_directory_source_record"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_directory_pair")),
        sa.UniqueConstraint(
            "record_a_id", "record_b_id", name=op.f("uq_directory_pair_record_a_id_record_b_id")
        ),
    )
    op.create_index(
        op.f("ix_directory_pair_record_b_id"), "directory_pair", ["record_b_id"], unique=False
    )
    op.create_index(
        "ix_directory_pair_zone_verdict", "directory_pair", ["zone", "verdict"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_directory_pair_zone_verdict", table_name="directory_pair")
    op.drop_index(op.f("ix_directory_pair_record_b_id"), table_name="directory_pair")

    op.drop_table("directory_pair")
    op.drop_index(op.f("ix_directory_actor_source_actor_id"), table_name="directory_actor_source")

    op.drop_table("directory_actor_source")
    op.drop_index(
        op.f("ix_directory_source_record_listing_id"), table_name="directory_source_record"
    )

    op.drop_table("directory_source_record")
    op.drop_index(op.f("ix_directory_merge_kept_actor_id"), table_name="directory_merge")

    op.drop_table("directory_merge")
    op.drop_table("directory_listing")
    op.drop_table("directory_actor_contact")
    op.drop_index(op.f("ix_directory_actor_siren"), table_name="directory_actor")
    op.drop_index(op.f("ix_directory_actor_merged_into_id"), table_name="directory_actor")
    op.drop_index(op.f("ix_directory_actor_commune_insee"), table_name="directory_actor")

    op.drop_table("directory_actor")
