"""What the use cases of visitors, cases and notes share: the database, the identity
key, and the refusal of a case that does not exist (see :class:`console.desk.cases.CaseDesk`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from console.core.identity import IdentityCode, identity_hash, secret_fingerprint
from console.core.text import QT_TRANSLATE_NOOP, Message, TiskiError
from console.desk.errors import DeskError
from console.store.database import Database
from console.store.queries import Tx


def case_error(text: str, **params: object) -> DeskError:
    """A refusal of a use case of cases, in the translation context "Cases"."""
    return DeskError(Message("Cases", text, dict(params)))


class CaseDeskBase:
    """The database of the case use cases and the identity key they hash codes with."""

    def __init__(self, database: Database, identity_key: Callable[[], bytes] | None = None) -> None:
        self.database = database
        self._identity_key_source = identity_key
        self._identity_key: bytes | None = None

    # ------------------------------------------------------------ helpers
    def _key(self, tx: Tx) -> bytes:
        """The site's identity key, checked against the one the database was set up with."""
        if self._identity_key is None:
            if self._identity_key_source is None:
                raise case_error(
                    QT_TRANSLATE_NOOP(
                        "Cases",
                        "This console has no identity key, so identity codes cannot be used. "
                        "Ask IT to set the desk's key (tiski identity set-key).",
                    )
                )
            try:
                self._identity_key = self._identity_key_source()
            except TiskiError as error:
                raise DeskError(error.message) from error
        fingerprint = secret_fingerprint(self._identity_key)
        stored = tx.identity_fingerprint()
        if stored is None:
            tx.set_identity_fingerprint(fingerprint)
        elif stored != fingerprint:
            raise case_error(
                QT_TRANSLATE_NOOP(
                    "Cases",
                    "This console's identity key differs from the one the desk database was "
                    "set up with, so earlier visits could not be found. Ask IT to give this "
                    "console the desk's key (tiski identity set-key).",
                )
            )
        return self._identity_key

    def _hash(self, tx: Tx, code: IdentityCode) -> str:
        """The code's keyed hash: made by the database on PostgreSQL, whose key no
        console holds (migration 0011); on SQLite with this console's key."""
        if tx.key_in_database:
            hashed = tx.hash_identity_code(code.compact)
            if hashed is None:
                raise case_error(
                    QT_TRANSLATE_NOOP(
                        "Cases",
                        "The desk database has no identity key yet, so identity codes cannot "
                        "be used. Ask IT to put the desk's key into the database (tiski "
                        "identity set-key with the owner's database URL).",
                    )
                )
            return hashed
        return identity_hash(code, self._key(tx))

    def _case_or_error(self, tx: Tx, case_id: int) -> Any:
        row = tx.case_row(case_id)
        if row is None:
            raise case_error(
                QT_TRANSLATE_NOOP(
                    "Cases",
                    "Case {case} does not exist (any more). It may have been deleted "
                    "under the retention rules.",
                ),
                case=case_id,
            )
        return row
