"""The Police's plugin (API 2) against the sandbox back office: the view the advisor is shown."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from described_plugin import (
    DEMO_CODE,
    UNKNOWN_CODE,
    DescribedPlugin,
    assert_links_open,
    described_plugin,
    every_text,
    links,
    row_labels,
    row_values,
    rows_by_value,
    section_titles,
)
from pytest_httpserver import HTTPServer

OSKARI_CODE = "050690-2755"  # passport being processed, ID card being made


@pytest.fixture
def poliisi(sandbox: Any) -> Iterator[DescribedPlugin]:
    plugin = described_plugin("poliisi", sandbox)
    yield plugin
    plugin.close()


def test_the_demo_visitors_ready_passport_shows(poliisi: DescribedPlugin) -> None:
    view = poliisi.describe_demo_visitor()

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
    [(key, _path)] = poliisi.context.fetched
    assert DEMO_CODE not in key


def test_applications_in_progress_are_not_emphasised(poliisi: DescribedPlugin) -> None:
    view = poliisi.describe(identity_code=OSKARI_CODE)

    assert section_titles(view) == ["Passi", "Henkilökortti"]
    assert "Ready for pick-up at" not in row_labels(view)
    values = rows_by_value(view)
    assert not values["Käsittelyssä"].emphasis
    assert "Postin noutopiste (Pori)" in values


def test_an_unknown_visitor_has_no_applications(poliisi: DescribedPlugin) -> None:
    view = poliisi.describe(identity_code=UNKNOWN_CODE)

    assert "No passport or identity card applications in the Police's system." in row_values(view)
    assert links(view) == ["https://asiointi.poliisi.fi/"]  # where to apply
    assert view.problem is None
    assert view.note == ""


def test_without_an_identity_code_the_panel_asks_for_one(poliisi: DescribedPlugin) -> None:
    placeholder = "Identify the visitor to see their passport and identity card applications."
    assert poliisi.describe().placeholder == placeholder

    view = poliisi.describe(name="Jussi Ketola")

    assert view.placeholder == placeholder
    assert view.blocks == ()
    assert poliisi.context.fetched == []


def test_a_failing_back_office_shows_a_problem_and_retry_brings_the_data(
    poliisi: DescribedPlugin, sandbox: Any
) -> None:
    sandbox.set_fault("poliisi", "500")

    view = poliisi.describe_demo_visitor()

    assert view.problem is not None
    assert "(500)" in view.problem.message
    assert view.blocks == ()
    assert DEMO_CODE not in every_text(view)

    sandbox.set_fault("poliisi", None)
    view = poliisi.describe_demo_visitor()  # what Retry asks for

    assert view.problem is None
    assert "Porin poliisiasema" in row_values(view)


def test_a_refused_connection_is_a_problem_too(poliisi: DescribedPlugin, sandbox: Any) -> None:
    sandbox.set_fault("poliisi", "refuse")

    view = poliisi.describe_demo_visitor()

    assert view.problem is not None
    assert view.blocks == ()
    assert DEMO_CODE not in every_text(view)


def test_a_failure_after_data_keeps_the_data_as_stale(
    poliisi: DescribedPlugin, sandbox: Any
) -> None:
    first = poliisi.describe_demo_visitor()

    sandbox.set_fault("poliisi", "500")
    view = poliisi.describe_demo_visitor()

    assert view.stale_as_of is not None
    assert view.problem is not None
    assert view.blocks == first.blocks
    assert view.note == first.note  # still the advisor's to propose


def test_the_next_visitor_never_sees_the_previous_ones_data(
    poliisi: DescribedPlugin, sandbox: Any
) -> None:
    poliisi.describe_demo_visitor()

    sandbox.set_fault("poliisi", "500")
    view = poliisi.describe(identity_code=OSKARI_CODE)

    assert view.problem is not None
    assert view.stale_as_of is None
    assert "Porin poliisiasema" not in every_text(view)


def test_the_instructions_link_opens_poliisi_fi(poliisi: DescribedPlugin) -> None:
    view = poliisi.describe_demo_visitor()

    assert links(view) == ["https://poliisi.fi/passi"]
    assert_links_open(view, poliisi.manifest)
    assert_links_open(poliisi.describe(identity_code=OSKARI_CODE), poliisi.manifest)


def test_propose_a_note_of_the_applications(poliisi: DescribedPlugin) -> None:
    view = poliisi.describe_demo_visitor()

    assert view.note == "Police: Passi – noudettavissa Porin poliisiasemalta"


def test_many_applications_are_counted_not_all_shown(httpserver: HTTPServer, sandbox: Any) -> None:
    applications = [
        {"id": f"PL-{n}", "document": "passport", "title": "Passi", "state": "Käsittelyssä"}
        for n in range(600)
    ]
    httpserver.expect_request("/applications").respond_with_json({"applications": applications})
    poliisi = described_plugin("poliisi", sandbox, base_url=httpserver.url_for("/"))
    try:
        view = poliisi.describe_demo_visitor()
    finally:
        poliisi.close()

    assert len(view.blocks) == 31
    # 600 in all: the context kept 500 of them, the view shows 30 and counts the rest.
    assert rows_by_value(view)["570"].label == "Not shown here"
