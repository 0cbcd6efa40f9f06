"""The Police's plugin (API 2) against the sandbox back office: the view the advisor is shown."""

from __future__ import annotations

from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from view_reading import (
    DEMO_CODE,
    UNKNOWN_CODE,
    every_text,
    links,
    record_fetches,
    row_labels,
    row_values,
    rows_by_value,
    section_titles,
    tables,
)

from console.plugin_testkit import DEMO_VISITOR, check_conformance

OSKARI_CODE = "050690-2755"  # passport being processed, ID card being made


@pytest.fixture
def poliisi(view_harness: Any) -> Any:
    return view_harness("poliisi")


def test_the_demo_visitors_ready_passport_shows(poliisi: Any) -> None:
    fetched = record_fetches(poliisi.context)
    view = poliisi.show_demo_visitor()

    assert view.title == "Police"
    assert section_titles(view) == ["Passi"]
    assert "Ready for pick-up at" in row_labels(view)
    values = rows_by_value(view)
    assert values["Porin poliisiasema"].emphasis
    assert values["Noudettavissa"].emphasis
    assert "09.11.2026" in values
    assert "PL-2026-0098231" in values
    assert view.problem is None
    assert view.stale_as_of is None
    assert DEMO_CODE not in every_text(view)
    [(key, _path)] = fetched
    assert DEMO_CODE not in key


def test_applications_in_progress_are_not_emphasised(poliisi: Any) -> None:
    view = poliisi.show_visitor(identity_code=OSKARI_CODE)

    assert section_titles(view) == ["Passi", "Henkilökortti"]
    assert "Ready for pick-up at" not in row_labels(view)
    values = rows_by_value(view)
    assert not values["Käsittelyssä"].emphasis
    assert "Postin noutopiste (Pori)" in values


def test_an_unknown_visitor_has_no_applications(poliisi: Any) -> None:
    view = poliisi.show_visitor(identity_code=UNKNOWN_CODE)

    assert "No passport or identity card applications in the Police's system." in row_values(view)
    assert links(view) == ["https://asiointi.poliisi.fi/"]  # where to apply
    assert view.problem is None
    assert view.note == ""


def test_it_does_what_every_describing_plugin_must(poliisi: Any, sandbox: Any) -> None:
    # No visitor, no call; a failure is a problem and Retry recovers; stale data after a
    # failure; the next visitor never sees the previous one's (the kit's shared checks).
    check_conformance(
        poliisi,
        sandbox,
        visitor=DEMO_VISITOR,
        other_visitor={"identity_code": OSKARI_CODE},
        shows="Porin poliisiasema",
    )


def test_without_an_identity_code_the_panel_asks_for_one(poliisi: Any) -> None:
    fetched = record_fetches(poliisi.context)
    placeholder = "Identify the visitor to see their passport and identity card applications."
    assert poliisi.no_visitor().placeholder == placeholder

    view = poliisi.show_visitor(name="Jussi Ketola")

    assert view.placeholder == placeholder
    assert view.blocks == ()
    assert fetched == []


def test_a_refused_connection_is_a_problem_too(poliisi: Any, sandbox: Any) -> None:
    sandbox.set_fault("poliisi", "refuse")

    view = poliisi.show_demo_visitor()

    assert view.problem is not None
    assert view.blocks == ()
    assert DEMO_CODE not in every_text(view)


def test_the_instructions_link_opens_poliisi_fi(poliisi: Any) -> None:
    view = poliisi.show_demo_visitor()

    assert links(view) == ["https://poliisi.fi/passi"]
    assert all(poliisi.may_open(link) for link in links(view))
    assert all(
        poliisi.may_open(link) for link in links(poliisi.show_visitor(identity_code=OSKARI_CODE))
    )


def test_propose_a_note_of_the_applications(poliisi: Any) -> None:
    view = poliisi.show_demo_visitor()

    assert view.note == "Police: Passi – noudettavissa Porin poliisiasemalta"


def test_many_applications_are_one_table(httpserver: HTTPServer, view_harness: Any) -> None:
    applications = [
        {"id": f"PL-{n}", "document": "id_card", "title": "Henkilökortti", "state": "Käsittelyssä"}
        for n in range(600)
    ]
    httpserver.expect_request("/applications").respond_with_json({"applications": applications})
    poliisi = view_harness("poliisi", base_url=httpserver.url_for("/"))

    view = poliisi.show_demo_visitor()  # through the wire's checks, or it fails here

    [table] = tables(view)
    # 600 in all: the broker's rule keeps 500, and the console says "first 500 of 600".
    assert (len(table.rows), table.total) == (500, 600)
    assert table.rows[0] == ("Henkilökortti", "Käsittelyssä", "", "", "PL-0")
    assert set(table.links) == {"https://poliisi.fi/henkilokortti"}
    assert view.note.split("\n")[-1] == "… (+480)"
