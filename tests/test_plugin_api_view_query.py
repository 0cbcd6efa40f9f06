"""A view's query line (where PRH's business ID is typed) crosses the pipe intact."""

from __future__ import annotations

import json

import pytest

from console.plugin_api.view import (
    QUERY_LENGTH,
    Query,
    View,
    WireError,
    view_from_wire,
    view_to_wire,
)


def test_a_query_survives_the_wire() -> None:
    query = Query(
        "search",
        "Business ID (Y-tunnus)",
        "Search",
        placeholder="1234567-8",
        value="2845127-7",
        problem="The check digit of 2845127-7 is wrong.",
        max_length=20,
    )
    view = View(title="PRH", placeholder="Type a business ID.", query=query)

    back = view_from_wire(json.loads(json.dumps(view_to_wire(view))))

    assert back.query == query
    assert back == View(title="PRH", placeholder="Type a business ID.", query=query)


def test_a_view_without_a_query_reads_as_before() -> None:
    wire = view_to_wire(View(title="Kela"))
    assert wire["query"] is None
    del wire["query"]  # a plugin built before queries existed
    assert view_from_wire(wire).query is None


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ({"id": "", "label": "L", "button": "B"}, "query.id is empty"),
        ({"id": "q", "label": 3, "button": "B"}, "query.label is not text"),
        ({"id": "q", "label": "L", "button": "B", "max_length": 0}, "query.max_length is 0"),
        (
            {"id": "q", "label": "L", "button": "B", "value": "x" * (QUERY_LENGTH + 1)},
            "query.value is 1001 characters long",
        ),
        ("search", "query is not an object"),
    ],
)
def test_a_broken_query_is_refused_with_what_is_wrong(query: object, words: str) -> None:
    wire = view_to_wire(View(title="PRH"))
    wire["query"] = query
    with pytest.raises(WireError, match=words):
        view_from_wire(wire)


def test_a_problem_of_any_length_reaches_the_console_cut_not_refused() -> None:
    from console.plugin_api.view import LIMITS, Problem, View, view_from_wire, view_to_wire

    long = "x" * (LIMITS["text"] * 3)
    view = view_from_wire(view_to_wire(View("Pori", problem=Problem(long, long))))
    assert view.problem is not None
    assert view.problem.message == long[: LIMITS["text"]]
    assert view.problem.details == long[: LIMITS["text"]]
