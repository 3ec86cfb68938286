"""Alembic environment: always run programmatically with a connection from migrate.py."""

from __future__ import annotations

from alembic import context

from incubator_app.db.search_index import include_name
from incubator_app.models import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=include_name,  # the quick-search index is dialect DDL, not models
)
with context.begin_transaction():
    context.run_migrations()
