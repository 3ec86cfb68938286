"""sign-in: remember-me tokens, failed attempts and lockout

"Remember me" keeps a random token in the computer's keyring and only its SHA-256 here, with
its expiry and revocation (issue 20). The account counts its failed sign-ins, when the last one
happened and when it was locked, for the growing delay and the lockout an administrator lifts.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


# Plain ADD COLUMN (SQLite and PostgreSQL both add a column in place), never a batch copy.


def upgrade() -> None:
    op.add_column(
        "user_account",
        sa.Column("failed_sign_ins", sa.Integer(), server_default="0", nullable=False),
    )
    op.add_column(
        "user_account",
        sa.Column("last_failed_sign_in_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.add_column("user_account", sa.Column("locked_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "remember_token",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["user_account.id"],
            name=op.f("fk_remember_token_user_id_user_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_remember_token")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_remember_token_token_hash")),
    )
    op.create_index(op.f("ix_remember_token_user_id"), "remember_token", ["user_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_remember_token_user_id"), table_name="remember_token")
    op.drop_table("remember_token")
    # Plain DROP COLUMN (SQLite >= 3.35), never a batch: a batch copies user_account and drops
    # the old table, and the foreign keys to it (coach.user_id ON DELETE SET NULL) would unlink
    # every coach from their account.
    op.drop_column("user_account", "locked_at")
    op.drop_column("user_account", "last_failed_sign_in_at")
    op.drop_column("user_account", "failed_sign_ins")
