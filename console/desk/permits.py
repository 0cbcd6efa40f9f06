"""The desk's permission check: every use case calls :func:`require` before it acts.

The table itself is :mod:`console.core.permissions`; this is where a refusal
becomes a :class:`DeskError` naming the role and what it may not do.
"""

from __future__ import annotations

import functools
import socket
from typing import TYPE_CHECKING

from console.core.cases import AuditAction
from console.core.permissions import Permission, allows, refusal
from console.core.queue import utc_now
from console.desk.errors import DeskError
from console.store.database import Database
from console.store.queries import transaction

if TYPE_CHECKING:
    from datetime import datetime

    from console.desk.queue import Actor
    from console.store.queries import Tx


class PermissionDenied(DeskError):
    """A use case refused because the actor's role lacks the permission."""

    def __init__(self, actor: Actor | None, permission: Permission) -> None:
        super().__init__(refusal(actor.role if actor else None, permission))
        self.permission = permission


def permitted(actor: Actor | None, permission: Permission) -> bool:
    """Whether ``actor`` (``None``: the anonymous lobby) has ``permission``."""
    return allows(actor.role if actor else None, permission)


def require(actor: Actor | None, permission: Permission) -> None:
    """Refuse with a message for a person unless ``actor`` has ``permission``."""
    if not permitted(actor, permission):
        raise PermissionDenied(actor, permission)


@functools.cache
def this_workstation() -> str:
    """This PC's name, as audit rows record it (``audit_event.workstation``)."""
    return socket.gethostname()[:128] or "?"


def workstation_of(actor: Actor | None) -> str:
    """Where ``actor`` acts from: their console's PC (this one unless they said)."""
    return (actor.workstation if actor else None) or this_workstation()


def audit_as(
    tx: Tx,
    actor: Actor,
    action: str,
    *,
    now: datetime,
    case_id: int | None = None,
    note_id: int | None = None,
    detail: str | None = None,
) -> None:
    """Audit ``action`` by ``actor`` in ``tx``: who, at which counter, from which PC."""
    tx.add_audit(
        action,
        now=now,
        staff_id=actor.staff_id,
        counter_id=actor.counter_id,
        workstation=workstation_of(actor),
        case_id=case_id,
        note_id=note_id,
        detail=detail,
    )


def record_act(
    database: Database,
    actor: Actor,
    permission: Permission,
    action: str,
    detail: str | None = None,
) -> None:
    """Audit an act done outside the desk's use cases (a key set, a plugin's credential
    stored, by the command line): who, when, from which PC. Needs ``permission``."""
    require(actor, permission)
    with transaction(database) as tx:
        audit_as(
            tx,
            actor,
            action,
            now=utc_now(),
            detail=detail,
        )


def record_refusal(database: Database, actor: Actor, detail: str) -> None:
    """Audit a refusal by role of something asked outside a use case (a command)."""
    with transaction(database) as tx:
        audit_as(
            tx,
            actor,
            AuditAction.ACCESS_REFUSED,
            now=utc_now(),
            detail=detail,
        )
