"""Signing a demo staff member in to a ``tiski`` command that asks ``--user``.

On SQLite the demo desk's local accounts have the demo password. The test
PostgreSQL trusts loopback connections and has no login role per demo person, so
there the test's own login role is mapped to the staff member (``staff.login_role``)
and signs in as them: what the command then does runs as that person's staff row.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from console.cli.auth import PASSWORD_ENV
from console.desk.accounts import DEMO_PASSWORD
from console.store.database import Database


def use_demo_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, DEMO_PASSWORD)


def sign_in_name(database: Database, username: str) -> str:
    """What to pass as ``--user`` to act as demo staff member ``username``."""
    if database.dialect == "sqlite":
        return username
    with database.engine.begin() as connection:
        role = str(connection.execute(text("SELECT current_user")).scalar_one())
        connection.execute(
            text("UPDATE staff SET login_role = NULL WHERE login_role = :role"), {"role": role}
        )
        connection.execute(
            text("UPDATE staff SET login_role = :role WHERE username = :username"),
            {"role": role, "username": username},
        )
    return role
