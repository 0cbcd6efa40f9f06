"""Alembic environment: always run through console.store.schema with a live connection."""

from __future__ import annotations

from alembic import context

from console.store.models import Base
from console.store.schema import modelled

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations with 'tiski db upgrade', not the alembic command")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_object=modelled,
)
with context.begin_transaction():
    context.run_migrations()
