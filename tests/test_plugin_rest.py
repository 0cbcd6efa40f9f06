"""The generic REST panel, set up by settings alone, described against the sandbox back offices.

Plugin API 2: the plugin describes a View and the console draws it; these tests read
that View.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from console.ops.sandbox import SandboxServer
from console.plugin_api.view import Row, Section, Table, View
from console.plugin_testkit import ViewHarness

Harness = Callable[..., ViewHarness]

JUSSI = {"name": "Jussi Ketola"}


def rows(view: View) -> list[Row]:
    return [row for block in view.blocks if isinstance(block, Section) for row in block.rows]


def pairs(view: View) -> list[tuple[str, str]]:
    return [(row.label, row.value) for row in rows(view)]


def test_the_default_settings_show_the_sports_card(view_harness: Harness) -> None:
    view = view_harness("rest").show_visitor(**JUSSI)

    assert view.title == "Yleinen REST-paneeli"  # the manifest's fi name
    assert pairs(view) == [("Nimi", "Jussi Ketola"), ("Tila", "Liikuntakortti voimassa 31.12.2026")]
    assert [block.title for block in view.blocks] == ["Result"]


def test_the_title_follows_the_consoles_language(view_harness: Harness) -> None:
    view = view_harness("rest", language="sv").show_visitor(**JUSSI)
    assert view.title == "Allmän REST-panel"


def test_it_shows_the_fields_it_is_set_up_with(view_harness: Harness) -> None:
    harness = view_harness(
        "rest", endpoint="/people?name={name}", fields="Card=card, Card number=id,Missing=nope"
    )

    view = harness.show_visitor(name="Matti Mäkinen")

    assert pairs(view) == [
        ("Card", "Seniorikortti"),
        ("Card number", "LK-2025-03377"),
        ("Missing", ""),  # the console shows an empty value as "–"
    ]


def test_dotted_paths_and_list_indexes(view_harness: Harness, sandbox: SandboxServer) -> None:
    harness = view_harness(
        "rest",
        base_url=f"{sandbox.base_url}/pori",
        endpoint="/applications?name={name}&birth_date=1968-02-07",
        fields="Application=applications.0.title,Due=applications.0.decision_due,"
        "Second=applications.1.title",
    )

    view = harness.show_visitor(name="Tapio Koivisto")

    assert pairs(view) == [
        ("Application", "Täydentävä toimeentulotuki"),
        ("Due", "01.12.2026"),
        ("Second", ""),
    ]


def test_an_empty_answer_is_a_friendly_nothing(view_harness: Harness) -> None:
    view = view_harness("rest").show_visitor(name="Ingrid Backman")

    assert [row.value for row in rows(view)] == ["Nothing found for this visitor."]
    assert view.problem is None


def test_a_missing_visitor_field_is_named(view_harness: Harness, sandbox: SandboxServer) -> None:
    harness = view_harness("rest")
    sandbox.set_fault("rest", "500")  # were anything asked, the view would show a problem
    assert harness.no_visitor().placeholder == "No visitor at the counter."

    view = harness.show_visitor(birth_date=None)

    assert view.problem is None
    assert view.placeholder == (
        "This panel needs the visitor's name, which is not known for this visit."
    )


def test_a_field_the_manifest_does_not_permit_is_named(view_harness: Harness) -> None:
    harness = view_harness("rest", endpoint="/people?code={identity_code}")

    view = harness.show_demo_visitor()  # has an identity code, but the plugin gets only the name

    assert view.placeholder == (
        "This panel needs the visitor's identity code, which its manifest does not permit "
        "it to read. Please tell IT."
    )


def test_unusable_settings_are_explained(view_harness: Harness) -> None:
    view = view_harness("rest", fields="Nimi").show_visitor(**JUSSI)

    assert view.placeholder.startswith("This panel is not set up correctly:")
    assert '"Nimi"' in view.placeholder


def test_a_link_to_a_host_not_declared_is_shown_but_not_opened(view_harness: Harness) -> None:
    harness = view_harness("rest", link_template="https://liikunta.pori.fi/kortit/{id}")

    view = harness.show_visitor(**JUSSI)

    [link] = [row for row in rows(view) if row.link]
    assert (link.label, link.value) == ("Link", "Open in liikunta.pori.fi")
    assert link.link == "https://liikunta.pori.fi/kortit/LK-2026-00418"
    # The console opens links only to the manifest's hosts; this one has none.
    assert not harness.may_open(link.link)
    assert "Jussi Ketola" in [row.value for row in rows(view)]


def test_a_failing_back_office_then_retry(view_harness: Harness, sandbox: SandboxServer) -> None:
    harness = view_harness("rest")
    sandbox.set_fault("rest", "500")

    view = harness.show_visitor(**JUSSI)

    assert view.problem is not None
    assert "(500)" in view.problem.message
    assert view.blocks == ()

    sandbox.set_fault("rest", None)
    view = harness.describe()  # what the console's Retry does

    assert view.problem is None
    assert "Jussi Ketola" in [row.value for row in rows(view)]


def test_an_outage_after_an_answer_shows_it_as_of_then(
    view_harness: Harness, sandbox: SandboxServer
) -> None:
    harness = view_harness("rest")
    harness.show_visitor(**JUSSI)

    sandbox.set_fault("rest", "500")
    view = harness.show_visitor(**JUSSI)

    assert view.stale_as_of is not None
    assert view.problem is not None
    assert "Jussi Ketola" in [row.value for row in rows(view)]


def test_many_results_are_one_table(view_harness: Harness, tmp_path: Path) -> None:
    folder = tmp_path / "plugins"
    (folder / "rest" / "sandbox").mkdir(parents=True)
    (folder / "rest" / "plugin.toml").write_bytes(
        (Path(__file__).parents[1] / "plugins" / "rest" / "plugin.toml").read_bytes()
    )
    people = [
        {"id": f"LK-{n:05}", "name": "Jussi Ketola", "status": "voimassa"} for n in range(900)
    ]
    answers = {"/people": {"*": people}}
    (folder / "rest" / "sandbox" / "answers.json").write_text(json.dumps(answers), encoding="utf-8")
    many = SandboxServer(folder, port=0)
    url = many.start()
    try:
        harness = view_harness(
            "rest", base_url=f"{url}/rest", link_template="https://liikunta.pori.fi/kortit/{id}"
        )
        view = harness.show_visitor(**JUSSI)
    finally:
        many.stop()

    [table] = view.blocks
    assert isinstance(table, Table)
    assert table.columns == ("Nimi", "Tila")
    assert table.rows[0] == ("Jussi Ketola", "voimassa")
    assert (len(table.rows), table.total) == (500, 900)
    assert table.links[1] == "https://liikunta.pori.fi/kortit/LK-00001"
