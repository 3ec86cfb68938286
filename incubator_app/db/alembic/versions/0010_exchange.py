"""skills exchange (time bank)

Members' accounts and their stored balances, offers and requests, transfers and their movements
(append-only), payment requests, and the incubator's rules of the exchange (one row).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("auto_accept_days", sa.Integer(), nullable=False),
        sa.Column(
            "limit_mode",
            sa.Enum("refuse", "flag", name="limit_mode", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column("default_min_minutes", sa.Integer(), nullable=False),
        sa.Column("default_max_minutes", sa.Integer(), nullable=False),
        sa.Column("expiry_warning_days", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "auto_accept_days >= 0", name=op.f("ck_exchange_settings_auto_accept_days_not_negative")
        ),
        sa.CheckConstraint(
            "default_max_minutes >= 0", name=op.f("ck_exchange_settings_default_max_not_negative")
        ),
        sa.CheckConstraint(
            "default_min_minutes <= 0", name=op.f("ck_exchange_settings_default_min_not_positive")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_settings")),
    )
    op.create_table(
        "exchange_account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "incubator",
                "entrepreneur",
                "contact",
                "organisation",
                name="account_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("entrepreneur_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("commune", sa.String(length=120), nullable=True),
        sa.Column("neighbourhood", sa.String(length=120), nullable=True),
        sa.Column("professional_activity", sa.Text(), nullable=True),
        sa.Column("min_minutes", sa.Integer(), nullable=True),
        sa.Column("max_minutes", sa.Integer(), nullable=True),
        sa.Column("balance_public", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("joined_on", sa.Date(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(kind = 'entrepreneur') = (entrepreneur_id IS NOT NULL)",
            name=op.f("ck_exchange_account_entrepreneur_link"),
        ),
        sa.CheckConstraint(
            "min_minutes IS NULL OR max_minutes IS NULL OR min_minutes <= max_minutes",
            name=op.f("ck_exchange_account_limits_in_order"),
        ),
        sa.ForeignKeyConstraint(
            ["entrepreneur_id"],
            ["entrepreneur.id"],
            name=op.f("fk_exchange_account_entrepreneur_id_entrepreneur"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_account")),
        sa.UniqueConstraint("entrepreneur_id", name=op.f("uq_exchange_account_entrepreneur_id")),
    )
    with op.batch_alter_table("exchange_account", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_account_kind"), ["kind"], unique=False)

    op.create_table(
        "exchange_balance",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("movement_count", sa.Integer(), nullable=False),
        sa.Column("last_movement_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["exchange_account.id"],
            name=op.f("fk_exchange_balance_account_id_exchange_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_exchange_balance")),
    )
    op.create_table(
        "exchange_listing",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "offer", "request", name="listing_kind", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("category", sa.String(length=80), nullable=False),
        sa.Column("tags", sa.String(length=400), nullable=True),
        sa.Column("territory", sa.String(length=120), nullable=True),
        sa.Column("availability", sa.String(length=200), nullable=True),
        sa.Column("estimated_minutes", sa.Integer(), nullable=True),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open", "closed", name="listing_status", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column(
            "professional_review",
            sa.Enum(
                "not_needed",
                "pending",
                "allowed",
                "refused",
                name="professional_review",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("expiry_warned_on", sa.Date(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "estimated_minutes IS NULL OR estimated_minutes > 0",
            name=op.f("ck_exchange_listing_estimate"),
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["exchange_account.id"],
            name=op.f("fk_exchange_listing_account_id_exchange_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_listing")),
    )
    with op.batch_alter_table("exchange_listing", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exchange_listing_account_id"), ["account_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_exchange_listing_category"), ["category"], unique=False
        )
        batch_op.create_index(
            "ix_exchange_listing_open", ["status", "kind", "expires_on"], unique=False
        )

    op.create_table(
        "exchange_transfer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "transfer",
                "reversal",
                name="transfer_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("total_minutes", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=80), nullable=True),
        sa.Column("listing_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("reverses_id", sa.Integer(), nullable=True),
        sa.Column("flagged", sa.Boolean(), nullable=False),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(kind = 'reversal') = (reverses_id IS NOT NULL)",
            name=op.f("ck_exchange_transfer_reversal_link"),
        ),
        sa.CheckConstraint("total_minutes > 0", name=op.f("ck_exchange_transfer_total_positive")),
        sa.ForeignKeyConstraint(
            ["listing_id"],
            ["exchange_listing.id"],
            name=op.f("fk_exchange_transfer_listing_id_exchange_listing"),
        ),
        sa.ForeignKeyConstraint(
            ["reverses_id"],
            ["exchange_transfer.id"],
            name=op.f("fk_exchange_transfer_reverses_id_exchange_transfer"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_transfer")),
        sa.UniqueConstraint("reverses_id", name=op.f("uq_exchange_transfer_reverses_id")),
    )
    with op.batch_alter_table("exchange_transfer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_transfer_done_on"), ["done_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_exchange_transfer_listing_id"), ["listing_id"], unique=False
        )

    op.create_table(
        "exchange_movement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("transfer_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("balance_after", sa.Integer(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.CheckConstraint("minutes <> 0", name=op.f("ck_exchange_movement_minutes_not_zero")),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["exchange_account.id"],
            name=op.f("fk_exchange_movement_account_id_exchange_account"),
        ),
        sa.ForeignKeyConstraint(
            ["transfer_id"],
            ["exchange_transfer.id"],
            name=op.f("fk_exchange_movement_transfer_id_exchange_transfer"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_movement")),
    )
    with op.batch_alter_table("exchange_movement", schema=None) as batch_op:
        batch_op.create_index("ix_exchange_movement_account", ["account_id", "id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_exchange_movement_transfer_id"), ["transfer_id"], unique=False
        )

    op.create_table(
        "exchange_payment_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payer_id", sa.Integer(), nullable=False),
        sa.Column("payee_id", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=80), nullable=True),
        sa.Column("listing_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("auto_accept_on", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "pending",
                "accepted",
                "auto_accepted",
                "refused",
                "cancelled",
                name="request_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("refusal_reason", sa.Text(), nullable=True),
        sa.Column("transfer_id", sa.Integer(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "minutes > 0", name=op.f("ck_exchange_payment_request_minutes_positive")
        ),
        sa.CheckConstraint(
            "payer_id <> payee_id", name=op.f("ck_exchange_payment_request_distinct_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["listing_id"],
            ["exchange_listing.id"],
            name=op.f("fk_exchange_payment_request_listing_id_exchange_listing"),
        ),
        sa.ForeignKeyConstraint(
            ["payee_id"],
            ["exchange_account.id"],
            name=op.f("fk_exchange_payment_request_payee_id_exchange_account"),
        ),
        sa.ForeignKeyConstraint(
            ["payer_id"],
            ["exchange_account.id"],
            name=op.f("fk_exchange_payment_request_payer_id_exchange_account"),
        ),
        sa.ForeignKeyConstraint(
            ["transfer_id"],
            ["exchange_transfer.id"],
            name=op.f("fk_exchange_payment_request_transfer_id_exchange_transfer"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_payment_request")),
    )
    with op.batch_alter_table("exchange_payment_request", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exchange_payment_request_payee_id"), ["payee_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_exchange_payment_request_payer_id"), ["payer_id"], unique=False
        )
        batch_op.create_index("ix_exchange_request_due", ["status", "auto_accept_on"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("exchange_payment_request", schema=None) as batch_op:
        batch_op.drop_index("ix_exchange_request_due")
        batch_op.drop_index(batch_op.f("ix_exchange_payment_request_payer_id"))
        batch_op.drop_index(batch_op.f("ix_exchange_payment_request_payee_id"))

    op.drop_table("exchange_payment_request")
    with op.batch_alter_table("exchange_movement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_movement_transfer_id"))
        batch_op.drop_index("ix_exchange_movement_account")

    op.drop_table("exchange_movement")
    with op.batch_alter_table("exchange_transfer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_transfer_listing_id"))
        batch_op.drop_index(batch_op.f("ix_exchange_transfer_done_on"))

    op.drop_table("exchange_transfer")
    with op.batch_alter_table("exchange_listing", schema=None) as batch_op:
        batch_op.drop_index("ix_exchange_listing_open")
        batch_op.drop_index(batch_op.f("ix_exchange_listing_category"))
        batch_op.drop_index(batch_op.f("ix_exchange_listing_account_id"))

    op.drop_table("exchange_listing")
    op.drop_table("exchange_balance")
    with op.batch_alter_table("exchange_account", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_account_kind"))

    op.drop_table("exchange_account")
    op.drop_table("exchange_settings")
