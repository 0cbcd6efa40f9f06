"""Accounts in the database: local password hashes, failed sign-ins, login roles.

The embedded database keeps its own accounts (``staff.password_hash``); on
PostgreSQL the server checks passwords and a staff member is their own login role,
so here only the mapping from ``current_user`` to the staff row is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select, text, update
from sqlalchemy.orm import Session, selectinload, undefer

from console.core.identity import mask_identity_codes
from console.core.records import StaffInfo
from console.store.models import AuditEvent, Staff
from console.store.rows import staff_info

SIGN_IN_FAILED = "sign_in_failed"
SIGNED_IN = "signed_in"
PASSWORD_CHANGED = "password_changed"  # noqa: S105 - an audit action, not a secret


@dataclass(frozen=True)
class LocalAccount:
    """A staff member's local account as sign-in sees it."""

    staff: StaffInfo
    password_hash: str | None
    active: bool


class AccountTx:
    """Account reads and writes inside one transaction (mixed into ``Tx``)."""

    _session: Session

    def local_account(self, username: str) -> LocalAccount | None:
        row = self._session.scalar(
            select(Staff)
            .where(Staff.username == username)
            .options(
                selectinload(Staff.agency), selectinload(Staff.skills), undefer(Staff.password_hash)
            )
        )
        if row is None:
            return None
        return LocalAccount(staff_info(row), row.password_hash, row.active)

    def current_login_role(self) -> str | None:
        """PostgreSQL's ``current_user``; ``None`` on SQLite, which has no roles."""
        if self._session.get_bind().dialect.name != "postgresql":
            return None
        return str(self._session.execute(text("SELECT current_user")).scalar_one())

    def staff_of_login_role(self, login_role: str) -> StaffInfo | None:
        """The active staff member who signs in as PostgreSQL role ``login_role``."""
        row = self._session.scalar(
            select(Staff)
            .where(
                Staff.active,
                or_(
                    Staff.login_role == login_role,
                    (Staff.login_role.is_(None)) & (Staff.username == login_role),
                ),
            )
            .options(selectinload(Staff.agency), selectinload(Staff.skills))
        )
        return staff_info(row) if row is not None else None

    def failed_sign_ins_since(self, username: str, since: datetime) -> tuple[int, datetime | None]:
        """How many failed sign-ins for ``username`` the audit holds since ``since``, and
        the last one's time. Unknown names count the same as real ones, so the delay
        that follows says nothing about who exists."""
        count, last = self._session.execute(
            select(func.count(AuditEvent.id), func.max(AuditEvent.at)).where(
                AuditEvent.action == SIGN_IN_FAILED,
                AuditEvent.detail == username,
                AuditEvent.at >= since,
            )
        ).one()
        return int(count), last

    def last_sign_in(self, username: str) -> datetime | None:
        return self._session.scalar(
            select(func.max(AuditEvent.at)).where(
                AuditEvent.action == SIGNED_IN, AuditEvent.detail == username
            )
        )

    def record_sign_in(
        self,
        username: str,
        *,
        staff_id: int | None,
        succeeded: bool,
        now: datetime,
        workstation: str,
    ) -> None:
        """Audit a sign-in attempt and keep the staff row's failure count."""
        self._session.add(
            AuditEvent(
                at=now,
                staff_id=staff_id,
                counter_id=None,
                action=SIGNED_IN if succeeded else SIGN_IN_FAILED,
                # Whatever was typed as the user name, a code too (append-only trail).
                detail=mask_identity_codes(username)[:1000],
                workstation=workstation[:128],
            )
        )
        if staff_id is None:
            return
        failures = 0 if succeeded else Staff.failed_sign_ins + 1
        self._session.execute(
            update(Staff).where(Staff.id == staff_id).values(failed_sign_ins=failures)
        )

    def set_lock(self, staff_id: int, until: datetime | None) -> None:
        self._session.execute(update(Staff).where(Staff.id == staff_id).values(locked_until=until))

    def set_password_hash(
        self, staff_id: int, password_hash: str, *, now: datetime, workstation: str
    ) -> None:
        self._session.execute(
            update(Staff)
            .where(Staff.id == staff_id)
            .values(
                password_hash=password_hash,
                password_changed_at=now,
                failed_sign_ins=0,
                locked_until=None,
            )
        )
        self._session.add(
            AuditEvent(
                at=now,
                staff_id=staff_id,
                counter_id=None,
                action=PASSWORD_CHANGED,
                workstation=workstation[:128],
            )
        )

    def demo_passwords(self, password_hash: str) -> int:
        """Give every staff member without a password the demo's; how many got it."""
        result = self._session.execute(
            update(Staff).where(Staff.password_hash.is_(None)).values(password_hash=password_hash)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]
