"""The tiski-skeleton plugin against its sandbox back office (sandbox/answers.json).

The plugin's own code and real HTTP to the sandbox on 127.0.0.1, through the test
kit's view_harness (see conftest.py). Each test reads the View the console would
draw: its sections and rows, placeholder, problem, links and note.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from console.plugin_testkit import DEMO_VISITOR, check_conformance

PLUGIN = Path(__file__).parent.parent


def titles(view: Any) -> list[str]:
    return [block.title for block in view.blocks]


def values(view: Any) -> list[str]:
    return [row.value for block in view.blocks for row in block.rows]


def test_without_a_visitor_it_asks_for_one(view_harness: Any) -> None:
    view = view_harness(PLUGIN).no_visitor()
    assert view.placeholder.startswith("Tunnista asiakas")
    assert titles(view) == []


def test_records_of_the_demo_visitor(view_harness: Any) -> None:
    harness = view_harness(PLUGIN)
    view = harness.show_demo_visitor()
    assert titles(view) == ["Asukaspysäköintitunnus", "Muuttoilmoitus"]
    assert "Voimassa 31.12.2026" in values(view)
    assert view.problem is None
    # plugin.toml permits the name only: the identity code never reaches the plugin.
    assert harness.visitor.identity_code is None


def test_a_person_the_back_office_does_not_know(view_harness: Any) -> None:
    view = view_harness(PLUGIN).show_visitor(name="Maija Meikäläinen")
    assert titles(view) == []
    assert view.placeholder == "Asiakkaalla ei ole asioita."
    assert view.problem is None


def test_a_failing_back_office_shows_the_problem_and_retry_works(
    view_harness: Any, sandbox: Any
) -> None:
    harness = view_harness(PLUGIN)
    sandbox.set_fault(harness.manifest.id, "500")
    view = harness.show_demo_visitor()
    assert "(500)" in view.problem.message
    assert titles(view) == []

    sandbox.set_fault(harness.manifest.id, None)
    view = harness.describe()  # what the console's Retry does
    assert view.problem is None
    assert titles(view) == ["Asukaspysäköintitunnus", "Muuttoilmoitus"]


def test_it_does_what_every_describing_plugin_must(view_harness: Any, sandbox: Any) -> None:
    # The test kit's shared checks: no call without a visitor, a failure as a problem
    # that Retry recovers from, stale data after a failure, nothing of the previous
    # visitor for the next one (docs/plugins.md, "Testing with the kit").
    check_conformance(
        view_harness(PLUGIN),
        sandbox,
        visitor=DEMO_VISITOR,
        other_visitor={"name": "Maija Meikäläinen"},
        shows="Asukaspysäköintitunnus",
    )


def test_links_and_the_note_for_the_console(view_harness: Any) -> None:
    harness = view_harness(PLUGIN)
    view = harness.show_demo_visitor()

    link = "https://asiointi.example/asiat/AS-2025-0142"
    assert link in [row.link for block in view.blocks for row in block.rows]
    assert harness.may_open(link)  # its host is in plugin.toml's [links] hosts

    assert view.note.splitlines() == [
        "Asukaspysäköintitunnus: Voimassa 31.12.2026",
        "Muuttoilmoitus: Käsittelyssä",
    ]
