"""The identity key and the visitors found by it, in SQL (part of :class:`CaseTx`)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select, text, update

from console.core.cases import CustomerInfo
from console.store.models import Customer, Site, Visit
from console.store.tx_session import SessionTx


def _customer(row: Customer) -> CustomerInfo:
    return CustomerInfo(
        row.id, row.code_masked, row.name, row.birth_date, by_code=row.code_hash is not None
    )


class IdentityTx(SessionTx):
    """The identity key (its fingerprint, or the key the database holds) and visitors."""

    # ------------------------------------------------------------ identity key
    def identity_fingerprint(self) -> str | None:
        return self._session.scalar(select(Site.identity_fingerprint).order_by(Site.id).limit(1))

    def set_identity_fingerprint(self, fingerprint: str) -> None:
        self._session.execute(update(Site).values(identity_fingerprint=fingerprint))

    @property
    def key_in_database(self) -> bool:
        """PostgreSQL keeps the identity key itself and hashes codes (migration 0011)."""
        return self._dialect_name == "postgresql"

    def hash_identity_code(self, compact: str) -> str | None:
        """The code's keyed hash made by the database; None while it has no key.

        The clear code travels to the server as a query parameter (never in the
        statement's text) and the key never leaves it.
        """
        return self._session.scalar(text("SELECT tiski_identity_hash(:code)"), {"code": compact})

    def database_key_fingerprint(self) -> str | None:
        """The fingerprint of the key the database holds; None while it has none."""
        return self._session.scalar(text("SELECT tiski_identity_fingerprint()"))

    def may_set_database_key(self) -> bool:
        """Whether this connection may write the key (the owner's alone)."""
        return bool(
            self._session.scalar(text("SELECT has_table_privilege('identity_key', 'INSERT')"))
        )

    def set_database_key(self, secret: bytes) -> None:
        """Put ``secret`` into the database as the desk's identity key (the owner only)."""
        self._session.execute(
            text(
                "INSERT INTO identity_key (id, secret) VALUES (1, :secret) ON CONFLICT (id)"
                " DO UPDATE SET secret = excluded.secret, set_at = now()"
            ),
            {"secret": secret},
        )

    def database_key(self) -> bytes | None:
        """The key the database holds (the owner only: to back it up before replacing it)."""
        value = self._session.scalar(text("SELECT secret FROM identity_key WHERE id = 1"))
        return bytes(value) if value is not None else None

    def codes_hashed(self) -> bool:
        """Whether some visitor was identified by an identity code (a hash would be lost)."""
        return (
            self._session.scalar(
                select(Customer.id).where(Customer.code_hash.is_not(None)).limit(1)
            )
            is not None
        )

    # ------------------------------------------------------------ customers
    def customer(self, customer_id: int) -> CustomerInfo | None:
        row = self._session.get(Customer, customer_id)
        return _customer(row) if row else None

    def _customer_lookup(self, key: str) -> None:
        """PostgreSQL: name the visitor being identified to the row security policy.

        An agency's staff see only the visitors of their own work, and the one whose
        code (or name and birth date) they have just been shown (migration 0007).
        """
        if self._dialect_name == "postgresql":
            self._session.execute(select(func.set_config("tiski.customer_lookup", key, True)))

    def customer_by_hash(self, code_hash: str) -> CustomerInfo | None:
        self._customer_lookup(code_hash)
        row = self._session.scalar(select(Customer).where(Customer.code_hash == code_hash))
        return _customer(row) if row else None

    def customer_by_name(self, name: str, birth_date: date) -> CustomerInfo | None:
        self._customer_lookup(f"name:{birth_date.isoformat()}:{name.lower()}")
        row = self._session.scalar(
            select(Customer)
            .where(
                Customer.code_hash.is_(None),
                Customer.birth_date == birth_date,
                func.lower(Customer.name) == name.lower(),
            )
            .order_by(Customer.id)
            .limit(1)
        )
        return _customer(row) if row else None

    def add_customer(
        self,
        *,
        code_hash: str | None,
        code_masked: str | None,
        name: str | None,
        birth_date: date | None,
        now: datetime,
    ) -> CustomerInfo:
        row = Customer(
            code_hash=code_hash,
            code_masked=code_masked,
            name=name,
            birth_date=birth_date,
            created_at=now,
        )
        self._session.add(row)
        self._session.flush()
        return _customer(row)

    def set_customer_name(self, customer_id: int, name: str) -> None:
        self._session.execute(update(Customer).where(Customer.id == customer_id).values(name=name))

    def set_visit_customer(self, visit_id: int, customer_id: int, name: str | None) -> None:
        values: dict[str, Any] = {"customer_id": customer_id}
        if name:
            values["visitor_name"] = name
        self._session.execute(update(Visit).where(Visit.id == visit_id).values(**values))

    def visit_customer_id(self, visit_id: int) -> int | None:
        return self._session.scalar(select(Visit.customer_id).where(Visit.id == visit_id))
