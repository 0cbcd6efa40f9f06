"""Alembic migrations, shipped inside the package so an installed Tiski can upgrade."""
