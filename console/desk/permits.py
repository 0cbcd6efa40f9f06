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
    from console.desk.queue import Actor


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
        tx.add_audit(
            action,
            now=utc_now(),
            staff_id=actor.staff_id,
            counter_id=actor.counter_id,
            detail=detail,
            workstation=workstation_of(actor),
        )


def record_refusal(database: Database, actor: Actor, detail: str) -> None:
    """Audit a refusal by role of something asked outside a use case (a command)."""
    with transaction(database) as tx:
        tx.add_audit(
            AuditAction.ACCESS_REFUSED,
            now=utc_now(),
            staff_id=actor.staff_id,
            counter_id=actor.counter_id,
            detail=detail,
            workstation=workstation_of(actor),
        )
