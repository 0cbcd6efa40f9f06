"""What a plugin shows, described: the console draws it (plugin API 2).

A plugin of API 2 runs in a process of its own and never touches a widget. It
answers each visitor with a :class:`View`: titled sections of label/value rows,
tables of records, a note the advisor may take into the case, and actions (named
buttons). The console turns that into its own widgets, so every panel looks and
reads the same, links open only to the hosts the manifest declares, and a back
office's text never becomes markup.

Everything here is plain data (standard library only). :func:`view_to_wire` and
:func:`view_from_wire` turn a view into JSON-able objects and back; the console
reads a plugin's view with :func:`view_from_wire`, which checks every type and
bounds every size, because what comes out of a plugin process is not trusted.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

# How much one view may hold. A table longer than TABLE_ROWS keeps its first rows
# and says how many there were in all (``Table.total``); more sections, rows or
# longer texts than these are refused as a broken view.
LIMITS: Mapping[str, int] = {
    "blocks": 100,
    "section_rows": 200,
    "table_rows": 5000,
    "columns": 12,
    "actions": 8,
    "text": 4000,
    "note": 20000,
}
# The longest text a query line takes (and sends back with ``act``).
QUERY_LENGTH = 1000


@dataclass(frozen=True)
class Row:
    """One label/value line; ``link`` makes the value a deep link."""

    label: str
    value: str
    link: str | None = None
    emphasis: bool = False


@dataclass(frozen=True)
class Section:
    """A titled group of rows."""

    title: str
    rows: Sequence[Row]


@dataclass(frozen=True)
class Table:
    """A titled list of records with the same columns (drawn with lazy rows).

    ``links``, when given, has one entry per row: the deep link of that row (or
    None). ``total`` is how many records there were when the plugin shows only
    the first ones (the console says "first N of total").
    """

    title: str
    columns: Sequence[str]
    rows: Sequence[Sequence[str]]
    links: Sequence[str | None] = ()
    total: int | None = None


@dataclass(frozen=True)
class Action:
    """A button under the panel; pressing it calls the plugin's ``act`` with ``id``."""

    id: str
    label: str
    hint: str = ""


Block = Section | Table


@dataclass(frozen=True)
class Query:
    """A line the advisor types into above the blocks, with a button (plugin API 2.0).

    Pressing the button (or Enter) calls the plugin's ``act`` with ``id`` and the
    typed text, for example a business ID that belongs to no visitor. ``value`` is
    what the line holds when the view is drawn; ``problem`` says what was wrong
    with the last text typed (shown under the line, plain text).
    """

    id: str
    label: str
    button: str
    placeholder: str = ""
    value: str = ""
    problem: str = ""
    max_length: int = 100


@dataclass(frozen=True)
class Problem:
    """What went wrong: a sentence for the person at the counter, details for IT."""

    message: str
    details: str = ""


@dataclass(frozen=True)
class View:
    """One panel's content.

    ``placeholder`` is shown instead of the blocks (for example "Identify the
    visitor…"); ``problem`` shows an error box with Retry; ``stale_as_of`` (aware)
    marks blocks that are an earlier answer shown because the back office is not
    reachable now. ``note`` offers a note for the case (the advisor confirms it).
    ``query`` is a line to type into above the blocks (see :class:`Query`).
    """

    title: str
    blocks: Sequence[Block] = ()
    placeholder: str = ""
    problem: Problem | None = None
    stale_as_of: datetime.datetime | None = None
    note: str = ""
    actions: Sequence[Action] = field(default_factory=tuple)
    query: Query | None = None


# The only links a view may carry as links, and a panel may open: web addresses.
LINK_SCHEMES = ("https", "http")


class WireError(ValueError):
    """A view (or a message) that is not what the protocol allows; says what is wrong."""


# ---------------------------------------------------------------- to the wire
def view_to_wire(view: View) -> dict[str, Any]:
    """``view`` as JSON-able dicts and lists."""
    return {
        "title": view.title,
        "blocks": [_block_to_wire(block) for block in view.blocks],
        "placeholder": view.placeholder,
        "problem": (
            None
            if view.problem is None
            # A back office's error text can be any length: cut here, for every plugin,
            # rather than have the console refuse the whole view.
            else {
                "message": view.problem.message[: LIMITS["text"]],
                "details": view.problem.details[: LIMITS["text"]],
            }
        ),
        "stale_as_of": None if view.stale_as_of is None else view.stale_as_of.isoformat(),
        "note": view.note,
        "actions": [
            {"id": action.id, "label": action.label, "hint": action.hint} for action in view.actions
        ],
        "query": None if view.query is None else _query_to_wire(view.query),
    }


def _query_to_wire(query: Query) -> dict[str, Any]:
    return {
        "id": query.id,
        "label": query.label,
        "button": query.button,
        "placeholder": query.placeholder,
        "value": query.value,
        "problem": query.problem,
        "max_length": query.max_length,
    }


def _block_to_wire(block: Block) -> dict[str, Any]:
    if isinstance(block, Section):
        return {
            "section": block.title,
            "rows": [
                {"label": r.label, "value": r.value, "link": r.link, "emphasis": r.emphasis}
                for r in block.rows
            ],
        }
    rows = [list(row) for row in block.rows]
    links = list(block.links)
    total = block.total
    if len(rows) > LIMITS["table_rows"]:
        total = max(total or 0, len(rows))
        rows = rows[: LIMITS["table_rows"]]
        links = links[: LIMITS["table_rows"]]
    return {
        "table": block.title,
        "columns": list(block.columns),
        "rows": rows,
        "links": links,
        "total": total,
    }


# ---------------------------------------------------------------- from the wire
def view_from_wire(data: object) -> View:
    """The view ``data`` describes; :class:`WireError` naming the first thing wrong."""
    obj = _mapping(data, "view")
    blocks_data = _list(obj.get("blocks", []), "blocks", LIMITS["blocks"])
    actions_data = _list(obj.get("actions", []), "actions", LIMITS["actions"])
    problem_data = obj.get("problem")
    problem = None
    if problem_data is not None:
        problem_obj = _mapping(problem_data, "problem")
        problem = Problem(
            _text(problem_obj.get("message"), "problem.message"),
            _text(problem_obj.get("details", ""), "problem.details"),
        )
    stale = obj.get("stale_as_of")
    stale_as_of = None
    if stale is not None:
        try:
            stale_as_of = datetime.datetime.fromisoformat(_text(stale, "stale_as_of"))
        except ValueError as error:
            raise WireError("stale_as_of is not an ISO date and time") from error
        if stale_as_of.tzinfo is None:
            raise WireError("stale_as_of has no time zone")
    return View(
        title=_text(obj.get("title"), "title"),
        blocks=tuple(_block_from_wire(item, index) for index, item in enumerate(blocks_data)),
        placeholder=_text(obj.get("placeholder", ""), "placeholder"),
        problem=problem,
        stale_as_of=stale_as_of,
        note=_text(obj.get("note", ""), "note", LIMITS["note"]),
        actions=tuple(_action_from_wire(item, index) for index, item in enumerate(actions_data)),
        query=_query_from_wire(obj.get("query")),
    )


def _query_from_wire(data: object) -> Query | None:
    if data is None:
        return None
    obj = _mapping(data, "query")
    query_id = _text(obj.get("id"), "query.id", 64)
    if not query_id:
        raise WireError("query.id is empty")
    max_length = obj.get("max_length", 100)
    if not isinstance(max_length, int) or isinstance(max_length, bool):
        raise WireError("query.max_length is not a whole number")
    if not 1 <= max_length <= QUERY_LENGTH:
        raise WireError(f"query.max_length is {max_length}; it must be 1 to {QUERY_LENGTH}")
    return Query(
        query_id,
        _text(obj.get("label"), "query.label", 200),
        _text(obj.get("button"), "query.button", 200),
        _text(obj.get("placeholder", ""), "query.placeholder", 200),
        _text(obj.get("value", ""), "query.value", QUERY_LENGTH),
        _text(obj.get("problem", ""), "query.problem"),
        max_length,
    )


def _block_from_wire(data: object, index: int) -> Block:
    where = f"blocks[{index}]"
    obj = _mapping(data, where)
    if "section" in obj:
        rows = _list(obj.get("rows", []), f"{where}.rows", LIMITS["section_rows"])
        return Section(
            _text(obj["section"], f"{where}.section"),
            tuple(_row_from_wire(row, f"{where}.rows[{n}]") for n, row in enumerate(rows)),
        )
    if "table" in obj:
        columns = tuple(
            _text(column, f"{where}.columns")
            for column in _list(obj.get("columns", []), f"{where}.columns", LIMITS["columns"])
        )
        rows_data = _list(obj.get("rows", []), f"{where}.rows", LIMITS["table_rows"])
        rows = []
        for n, row in enumerate(rows_data):
            cells = _list(row, f"{where}.rows[{n}]", len(columns))
            rows.append(tuple(_text(cell, f"{where}.rows[{n}]") for cell in cells))
        links_data = _list(obj.get("links", []), f"{where}.links", len(rows))
        links = tuple(
            None if link is None else _text(link, f"{where}.links[{n}]")
            for n, link in enumerate(links_data)
        )
        total = obj.get("total")
        if total is not None and (not isinstance(total, int) or isinstance(total, bool)):
            raise WireError(f"{where}.total is not a whole number")
        return Table(_text(obj["table"], f"{where}.table"), columns, tuple(rows), links, total)
    raise WireError(f"{where} is neither a section nor a table")


def _row_from_wire(data: object, where: str) -> Row:
    obj = _mapping(data, where)
    link = obj.get("link")
    emphasis = obj.get("emphasis", False)
    if not isinstance(emphasis, bool):
        raise WireError(f"{where}.emphasis is not true or false")
    return Row(
        _text(obj.get("label", ""), f"{where}.label"),
        _text(obj.get("value", ""), f"{where}.value"),
        None if link is None else _text(link, f"{where}.link"),
        emphasis,
    )


def _action_from_wire(data: object, index: int) -> Action:
    where = f"actions[{index}]"
    obj = _mapping(data, where)
    action_id = _text(obj.get("id"), f"{where}.id", 64)
    if not action_id:
        raise WireError(f"{where}.id is empty")
    return Action(
        action_id,
        _text(obj.get("label"), f"{where}.label", 200),
        _text(obj.get("hint", ""), f"{where}.hint"),
    )


def _mapping(data: object, where: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise WireError(f"{where} is not an object")
    return data


def _list(data: object, where: str, most: int) -> list[Any]:
    if not isinstance(data, list):
        raise WireError(f"{where} is not a list")
    if len(data) > most:
        raise WireError(f"{where} has {len(data)} entries; at most {most} are allowed")
    return data


def _text(data: object, where: str, most: int | None = None) -> str:
    if not isinstance(data, str):
        raise WireError(f"{where} is not text")
    limit = LIMITS["text"] if most is None else most
    if len(data) > limit:
        raise WireError(f"{where} is {len(data)} characters long; at most {limit} are allowed")
    return data
