"""What every part of :class:`console.store.queries.Tx` stands on: the open session."""

from __future__ import annotations

from sqlalchemy.orm import Session


class SessionTx:
    """The session of one transaction and its database's dialect."""

    _session: Session

    @property
    def _dialect_name(self) -> str:
        return self._session.get_bind().dialect.name
