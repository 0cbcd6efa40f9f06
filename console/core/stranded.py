"""Stranded visitors: steps held at a counter whose console stopped.

A step that is called or being served belongs to a counter and a person. When
neither that person nor anyone at that counter has had a console running for
``stranded_after`` (the console's heartbeat stopped: a crash, a cut cable, a
window closed without saying what happens to the visitor), the step goes back
to its queue at its original place in time. A step its holder chose to keep on
quitting ("keep for me") waits for them instead, until they sign in again.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from console.core.records import StepInfo

DEFAULT_STRANDED_AFTER = timedelta(minutes=10)


class LeaveChoice(enum.StrEnum):
    """What happens to the visitors at my counter when I quit."""

    FINISH = "finish"  # the step is done
    PUT_BACK = "put_back"  # back in the queue at the visitor's original place in time
    KEEP = "keep"  # the step stays mine, parked, until I sign in again


@dataclass(frozen=True)
class HeldStep:
    """A called or served step nobody's running console shows now."""

    step: StepInfo
    counter_code: str | None
    holder_username: str | None
    holder_name: str | None
    # The last heartbeat of a console of the holder or at the counter; None: never one.
    last_seen_at: datetime | None
    kept_at: datetime | None

    def returns_at(self, stranded_after: timedelta) -> datetime | None:
        """When the stranded check puts it back in the queue; None when it never does
        on its own (kept for its holder, or called where no console ever ran)."""
        if self.kept_at is not None or self.last_seen_at is None:
            return None
        idle_since = max(self.last_seen_at, self.step.changed_at or self.last_seen_at)
        return idle_since + stranded_after


@dataclass(frozen=True)
class ReturnedStep:
    """A step put back in its queue: which, and who held it where."""

    step_id: int
    visit_id: int
    ticket_number: str
    counter_id: int | None
    staff_id: int | None
    last_seen_at: datetime | None
