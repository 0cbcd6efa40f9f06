"""Persistence: SQLAlchemy models, queries, Alembic migrations.

The only package that knows SQL or a database dialect. Callers use
:class:`console.store.database.Database` and the transaction object it hands
out; they never see a SQLAlchemy session.
"""
