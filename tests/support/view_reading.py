"""Reading a plugin's view as the advisor sees it, for the tests of the API 2 plugins
(the views come from the test kit's ``view_harness``, through the wire's checks).

    kela = view_harness("kela")
    view = kela.show_visitor(identity_code=DEMO_CODE)
    assert "Vuokrasopimus" in row_values(view)
"""

from __future__ import annotations

import json
from typing import Any

from console.plugin_api.model import Answer
from console.plugin_api.view import Row, Section, Table, View, view_to_wire

DEMO_CODE = "131052-308T"  # Matti Mäkinen (docs/sandbox.md)
UNKNOWN_CODE = "010101-123N"  # valid, but nobody the sandbox knows


def record_fetches(context: Any) -> list[tuple[str, str]]:
    """The (key, path) of every call the plugin makes through ``context`` from now on:
    the keys are what the console's broker keeps in memory (and may log)."""
    fetched: list[tuple[str, str]] = []
    real = context.fetch_json

    def fetch_json(key: str, path: str, params: Any = None, *, items: str | None = None) -> Answer:
        fetched.append((key, path))
        return real(key, path, params, items=items)

    context.fetch_json = fetch_json
    return fetched


def sections(view: View) -> list[Section]:
    return [block for block in view.blocks if isinstance(block, Section)]


def tables(view: View) -> list[Table]:
    return [block for block in view.blocks if isinstance(block, Table)]


def section_titles(view: View) -> list[str]:
    return [section.title for section in sections(view)]


def rows(view: View) -> list[Row]:
    return [row for section in sections(view) for row in section.rows]


def row_values(view: View) -> list[str]:
    return [row.value for row in rows(view)]


def row_labels(view: View) -> list[str]:
    return [row.label for row in rows(view)]


def rows_by_value(view: View) -> dict[str, Row]:
    return {row.value: row for row in rows(view)}


def links(view: View) -> list[str]:
    found = [row.link for row in rows(view) if row.link]
    for table in tables(view):
        found += [link for link in table.links if link]
    return found


def every_text(view: View) -> str:
    """Everything of the view that reaches the console, as one text."""
    return json.dumps(view_to_wire(view), ensure_ascii=False)
