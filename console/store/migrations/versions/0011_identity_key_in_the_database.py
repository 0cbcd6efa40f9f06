"""The identity key off the clients (PostgreSQL); nothing that narrows a hashed code kept

PostgreSQL: the desk's identity key moves into the database, into a table only
the owner reads (no grant to any runtime role), and identity codes are hashed by
``tiski_identity_hash(code)``, a SECURITY DEFINER function with pgcrypto's HMAC
owned by the owner. Staff roles may execute it but never read the key: a console
on PostgreSQL holds no key at all. The value is the one
``console.core.identity.identity_hash`` computes (hex HMAC-SHA256 of the compact
code), so the hashes made so far stay valid once IT moves the desk's existing key
in (``tiski identity set-key`` with the owner's URL). A database where no code
was ever hashed gets a fresh random key here; one with hashes waits for IT's key.

Both dialects: a visitor identified by identity code keeps only its keyed hash.
The masked code (its birth date digits) and the birth date left a few thousand
candidates to try with the key, so they are blanked; visitors without a code keep
their name and birth date, which is how they are found again.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

RUNTIME = "tiski_staff, tiski_retention"
HASH = "tiski_identity_hash(text)"
FINGERPRINT = "tiski_identity_fingerprint()"
# console.core.identity.secret_fingerprint's message.
FINGERPRINT_MESSAGE = "tiski identity key check"

_KEY_TABLE = """
    CREATE TABLE IF NOT EXISTS identity_key (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        secret bytea NOT NULL CHECK (octet_length(secret) = 32),
        set_at timestamptz NOT NULL DEFAULT now()
    )
"""


def upgrade() -> None:
    bind = op.get_bind()
    op.execute(
        "UPDATE customer SET code_masked = NULL, birth_date = NULL WHERE code_hash IS NOT NULL"
    )
    if bind.dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pgcrypto")
    # Wherever the extension lives (another schema may have made it first): named in
    # full, so the pinned search path need not include it.
    crypto = bind.execute(
        text(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
            " WHERE e.extname = 'pgcrypto'"
        )
    ).scalar_one()
    schema = bind.execute(text("SELECT current_schema()")).scalar_one()
    pinned = f'SET search_path = "{schema}", pg_temp'
    hmac = f'"{crypto}".hmac'
    op.execute(_KEY_TABLE)
    # No runtime role reads it; row security is not needed where nothing is granted.
    op.execute("REVOKE ALL ON identity_key FROM PUBLIC")
    op.execute(
        f"CREATE FUNCTION {HASH} RETURNS text LANGUAGE sql STABLE STRICT SECURITY DEFINER"
        f" {pinned} AS $body$ SELECT encode({hmac}(convert_to($1, 'UTF8'), k.secret,"
        " 'sha256'), 'hex') FROM identity_key k WHERE k.id = 1 $body$"
    )
    op.execute(
        f"CREATE FUNCTION {FINGERPRINT} RETURNS text LANGUAGE sql STABLE SECURITY DEFINER"
        f" {pinned} AS $body$ SELECT left(encode({hmac}(convert_to('{FINGERPRINT_MESSAGE}',"
        " 'UTF8'), k.secret, 'sha256'), 'hex'), 16) FROM identity_key k WHERE k.id = 1 $body$"
    )
    for function in (HASH, FINGERPRINT):
        op.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {function} TO {RUNTIME}")
    # No code hashed yet: any key will do, so the database makes its own and no
    # console or person ever sees it.
    hashed_before = bind.execute(
        text(
            "SELECT EXISTS (SELECT 1 FROM customer WHERE code_hash IS NOT NULL)"
            " OR EXISTS (SELECT 1 FROM site WHERE identity_fingerprint IS NOT NULL)"
            " OR EXISTS (SELECT 1 FROM identity_key)"
        )
    ).scalar_one()
    if not hashed_before:
        op.execute(f'INSERT INTO identity_key (secret) VALUES ("{crypto}".gen_random_bytes(32))')
        op.execute(f"UPDATE site SET identity_fingerprint = {FINGERPRINT}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP FUNCTION {FINGERPRINT}")
    op.execute(f"DROP FUNCTION {HASH}")
    # The table and its key stay: the hashes in the database were made with it, and
    # nothing else holds it (IT backs it up with tiski identity set-key's backup, or
    # reads it as the owner). An upgrade finds it again. pgcrypto stays too.
