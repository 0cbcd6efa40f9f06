"""The City of Pori panel as an advisor would see it, described against the sandbox back office.

Plugin API 2: the plugin describes a View and the console draws it; these tests read
the View the console would receive (sections, rows, problem, stale mark).
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from pathlib import Path

from console.ops.sandbox import SandboxServer
from console.plugin_api.view import Section, Table, View
from console.plugin_testkit import ViewHarness

Harness = Callable[..., ViewHarness]

MATTI = {
    "name": "Matti Mäkinen",
    "identity_code": "131052-308T",
    "birth_date": datetime.date(1952, 10, 13),
}
SOFIA = {"name": "Sofia Nieminen", "birth_date": datetime.date(1993, 5, 19)}
TAPIO = {"name": "Tapio Koivisto", "birth_date": datetime.date(1968, 2, 7)}


def sections(view: View) -> list[str]:
    return [block.title for block in view.blocks if isinstance(block, Section)]


def values(view: View) -> list[str]:
    return [row.value for block in view.blocks if isinstance(block, Section) for row in block.rows]


def labels(view: View) -> list[str]:
    return [row.label for block in view.blocks if isinstance(block, Section) for row in block.rows]


def test_matti_sees_his_housing_applications(view_harness: Harness) -> None:
    harness = view_harness("pori")

    view = harness.show_visitor(**MATTI)

    assert view.title == "City of Pori"
    assert view.problem is None
    assert view.stale_as_of is None
    assert sections(view) == ["Housing", "Social services"]
    for expected in (
        "Vuokra-asuntohakemus",
        "Vastaanotettu",
        "03.11.2026",
        "Asumisneuvonta",
        "Aika varattu",
        "PORI-SOS-2026-1410",
    ):
        assert expected in values(view)
    assert labels(view).count("State") == 2
    states = [row for block in view.blocks for row in block.rows if row.label == "State"]
    assert all(row.emphasis for row in states)


def test_the_identity_code_never_reaches_the_plugin(view_harness: Harness) -> None:
    harness = view_harness("pori")
    harness.show_visitor(**MATTI)
    assert harness.visitor.identity_code is None  # cut by the manifest, as the console cuts it
    assert harness.visitor.name == "Matti Mäkinen"


def test_sofias_early_childhood_education_application(view_harness: Harness) -> None:
    view = view_harness("pori").show_visitor(**SOFIA)

    assert sections(view) == ["Early childhood education"]
    assert "Varhaiskasvatushakemus" in values(view)
    assert "Käsittelyssä" in values(view)
    assert "29.01.2027" in values(view)  # decision due


def test_a_visitor_without_an_identity_code_is_found_by_name_and_birth_date(
    view_harness: Harness,
) -> None:
    view = view_harness("pori").show_visitor(**TAPIO)

    assert "Täydentävä toimeentulotuki" in values(view)
    assert "Kiireellinen: vuokrarästit, häätöuhka" in values(view)


def test_someone_unknown_to_the_city_gets_a_friendly_answer(view_harness: Harness) -> None:
    view = view_harness("pori").show_visitor(
        name="Oskari Lehtinen", birth_date=datetime.date(1990, 6, 5)
    )

    assert values(view) == ["No applications with the City of Pori."]
    assert view.problem is None


def test_without_a_birth_date_it_says_what_is_missing(
    view_harness: Harness, sandbox: SandboxServer
) -> None:
    harness = view_harness("pori")
    sandbox.set_fault("pori", "500")  # were anything asked, the view would show a problem
    assert harness.no_visitor().placeholder == "No visitor at the counter."

    view = harness.show_visitor(name="Jussi Ketola")

    assert view.problem is None
    assert view.blocks == ()
    assert view.placeholder == (
        "The City of Pori finds applications by name and date of birth. "
        "Missing for this visitor: date of birth."
    )

    view = harness.show_visitor(identity_code="131052-308T")  # not even permitted to this plugin

    assert view.placeholder.endswith("Missing for this visitor: name, date of birth.")


def test_a_failing_back_office_then_retry(view_harness: Harness, sandbox: SandboxServer) -> None:
    harness = view_harness("pori")
    sandbox.set_fault("pori", "500")

    view = harness.show_visitor(**MATTI)

    assert view.problem is not None
    assert "(500)" in view.problem.message
    assert sections(view) == []

    sandbox.set_fault("pori", None)
    view = harness.describe()  # what the console's Retry does

    assert view.problem is None
    assert sections(view) == ["Housing", "Social services"]


def test_an_outage_after_an_answer_shows_it_as_of_then(
    view_harness: Harness, sandbox: SandboxServer
) -> None:
    harness = view_harness("pori")
    harness.show_visitor(**TAPIO)

    sandbox.set_fault("pori", "500")
    view = harness.show_visitor(**TAPIO)

    assert view.stale_as_of is not None
    assert view.stale_as_of <= datetime.datetime.now(datetime.UTC)
    assert view.problem is not None
    assert "(500)" in view.problem.message
    assert "Täydentävä toimeentulotuki" in values(view)


def test_a_long_list_is_one_table_with_its_total(
    view_harness: Harness, sandbox: SandboxServer, tmp_path: Path
) -> None:
    """800 applications: the first 500 (the broker's cap) in a table that says 800."""
    application = {
        "id": "PORI-ASU-2026-0001",
        "area": "housing",
        "title": "Vuokra-asuntohakemus",
        "state": "Vastaanotettu",
        "submitted": "2026-11-03",
    }
    folder = tmp_path / "plugins"
    (folder / "pori" / "sandbox").mkdir(parents=True)
    (folder / "pori" / "plugin.toml").write_bytes(
        (Path(__file__).parents[1] / "plugins" / "pori" / "plugin.toml").read_bytes()
    )
    many = {"/applications": {"*": {"applications": [application] * 800}}}
    (folder / "pori" / "sandbox" / "answers.json").write_text(json.dumps(many), encoding="utf-8")
    big = SandboxServer(folder, port=0)
    url = big.start()
    try:
        view = view_harness("pori", base_url=f"{url}/pori").show_visitor(**TAPIO)
    finally:
        big.stop()

    [table] = view.blocks
    assert isinstance(table, Table)
    assert table.columns[:3] == ("Area", "Application", "State")
    assert len(table.rows) == 500
    assert table.total == 800
    assert table.rows[0][:2] == ("Housing", "Vuokra-asuntohakemus")
