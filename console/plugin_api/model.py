"""What a panel is told: the visitor (only permitted fields), answers and health."""

from __future__ import annotations

import dataclasses
import datetime
import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# The console's own mask, one implementation for both: console.identity_mask
# imports nothing of Tiski, so the plugin API still stands alone.
from console.identity_mask import mask_identity_codes as mask_identity_codes
from console.plugin_api.errors import PluginError

# The fields a plugin may be permitted to read; ticket and visit id are not
# personal and always given.
VISITOR_FIELDS = ("name", "identity_code", "birth_date", "contact", "language")


@dataclass(frozen=True, repr=False)
class Visitor:
    """The visitor at the counter, as much of it as the plugin is permitted to read.

    ``identity_code`` is the clear code, given only with the ``identity_code``
    permission; ``repr()`` and ``str()`` never show it.
    """

    ticket: str | None
    visit_id: int | None
    name: str | None = None
    identity_code: str | None = None
    birth_date: datetime.date | None = None
    contact: str | None = None
    language: str | None = None

    def only(self, permitted: Iterable[str]) -> Visitor:
        """A copy with every field not in ``permitted`` set to None."""
        allowed = set(permitted)
        return dataclasses.replace(
            self, **{name: None for name in VISITOR_FIELDS if name not in allowed}
        )

    def __repr__(self) -> str:
        shown = []
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if field.name == "identity_code" and value is not None:
                shown.append(f"identity_code={_masked_code(value)!r}")
            else:
                shown.append(f"{field.name}={value!r}")
        return f"Visitor({', '.join(shown)})"

    __str__ = __repr__


def _masked_code(code: str) -> str:
    masked = mask_identity_codes(code)
    # Anything not shaped like a code is hidden whole: it may still be one, mistyped.
    return masked if masked != code else "****"


class Health(enum.StrEnum):
    """How the plugin's back office is doing, as last seen."""

    UNKNOWN = "unknown"
    HEALTHY = "healthy"
    SLOW = "slow"
    DOWN = "down"


@dataclass(frozen=True)
class Answer:
    """One answer of the back office for a panel.

    ``fetched_at`` is when it was fetched (aware, UTC). A ``stale`` answer is an
    earlier good one handed on because the latest call failed; ``error`` says why.
    An answer with ``data=None`` and an ``error`` means there was nothing earlier.
    ``total`` (API 2, when the call named a long list): how many entries the back
    office had in it, of which ``data`` keeps the first ones only.
    """

    data: Any
    fetched_at: datetime.datetime
    stale: bool = False
    error: PluginError | None = None
    total: int | None = None
