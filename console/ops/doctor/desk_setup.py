"""What the desk has in its database: services, counters, staff."""

from __future__ import annotations

from typing import TYPE_CHECKING

from console.core.text import QT_TRANSLATE_NOOP
from console.ops.doctor.database import _UNREACHABLE_ACTION, _Desk
from console.ops.doctor.report import (
    NETWORK_SECONDS,
    Check,
    _check,
    _reason,
    _within,
)

if TYPE_CHECKING:
    from console.core.desk_file import DeskSpec
    from console.store.database import Database


def check_setup(desk: _Desk) -> Check | None:
    """What the desk has: services, counters, staff; a service nobody serves is named."""
    database = desk.database
    if database is None:
        return None
    try:
        current = _within(NETWORK_SECONDS + 2, lambda: _current_desk(database))
    except Exception as error:
        text = QT_TRANSLATE_NOOP("Doctor", "The desk's set-up could not be read ({reason}).")
        return _check("desk", "warning", text, _UNREACHABLE_ACTION, reason=_reason(error))
    if current is None or not current.services:
        if desk.embedded:
            action = QT_TRANSLATE_NOOP(
                "Doctor",
                "Start tiski: its first start sets the desk up (a desk file, a small office "
                "or the demo); or run tiski desk apply FILE.",
            )
        else:
            action = QT_TRANSLATE_NOOP(
                "Doctor",
                "Write the desk file (tiski desk template FILE gives a start) and run tiski "
                "desk apply FILE with the owner's database URL (docs/deploy.md).",
            )
        text = QT_TRANSLATE_NOOP("Doctor", "No desk is set up in this database yet.")
        return _check("desk", "warning", text, action)
    serving = [m for m in current.staff if m.role.value not in ("kiosk", "display", "it")]
    served = {code for member in serving for code in member.skills}
    orphans = [service.code for service in current.services if service.code not in served]
    params = {
        "name": current.names.get(desk.language),
        "services": len(current.services),
        "counters": len(current.counters),
        "staff": len(current.staff),
    }
    if orphans:
        text = QT_TRANSLATE_NOOP(
            "Doctor",
            "{name}: {services} services, {counters} counters, {staff} staff; nobody has the "
            "skill to serve {orphans}.",
        )
        action = QT_TRANSLATE_NOOP(
            "Doctor",
            "Give someone the skill in the desk file (skills = [...]) or in the admin window, "
            "or set kiosk = false until someone does.",
        )
        return _check("desk", "warning", text, action, orphans=", ".join(orphans), **params)
    text = QT_TRANSLATE_NOOP(
        "Doctor", "{name}: {services} services, {counters} counters, {staff} staff."
    )
    return _check("desk", "ok", text, **params)


def _current_desk(database: Database) -> DeskSpec | None:
    from console.desk.setup import current_desk

    return current_desk(database)
