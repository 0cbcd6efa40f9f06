"""The visitor facts the case panel hands the agency panels (clear identity code in memory only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from console.plugin_api import Visitor


@dataclass(frozen=True)
class VisitorFacts:
    """The visit at the counter as the case panel knows it (clear code in memory only)."""

    ticket: str | None
    visit_id: int | None
    language: str | None = None
    name: str | None = None
    identity_code: str | None = None
    birth_date: date | None = None

    def __repr__(self) -> str:
        return f"VisitorFacts(ticket={self.ticket!r}, visit_id={self.visit_id!r})"

    def visitor(self) -> Visitor:
        return Visitor(
            ticket=self.ticket,
            visit_id=self.visit_id,
            name=self.name,
            identity_code=self.identity_code,
            birth_date=self.birth_date,
            language=self.language,
        )
