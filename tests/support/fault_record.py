"""One row of the fault suite's table (tests/faults/conftest.py records them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class FaultOutcome:
    """One row of the fault table."""

    fault: str = ""
    when: str = ""
    checked: list[str] = field(default_factory=list)
    figures: dict[str, Any] = field(default_factory=dict)
    result: str = "not run"
    test: str = ""

    def check(self, what: str) -> None:
        """Name a property the test is about to assert (it is in the row whatever the result)."""
        self.checked.append(what)

    def figure(self, name: str, value: Any) -> None:
        self.figures[name] = round(value, 1) if isinstance(value, float) else value
