"""The desk's permission check: every use case calls :func:`require` before it acts.

The table itself is :mod:`console.core.permissions`; this is where a refusal
becomes a :class:`DeskError` naming the role and what it may not do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from console.core.permissions import Permission, allows, refusal
from console.desk.errors import DeskError

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
