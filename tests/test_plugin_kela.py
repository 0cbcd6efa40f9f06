"""Kela's plugin (API 2) against the sandbox back office: the view the advisor is shown."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from view_reading import (
    DEMO_CODE,
    UNKNOWN_CODE,
    every_text,
    links,
    record_fetches,
    row_values,
    rows_by_value,
    section_titles,
    tables,
)

from console.plugin_api.errors import PluginError
from console.plugin_api.model import Answer
from console.plugin_testkit import DEMO_VISITOR, check_conformance

AHMED_CODE = "120885-517T"


@pytest.fixture
def kela(view_harness: Any) -> Any:
    return view_harness("kela")


def test_the_demo_visitors_applications_show(kela: Any) -> None:
    view = kela.show_demo_visitor()

    assert view.title == "Kela"
    assert section_titles(view) == ["Yleinen asumistuki", "Eläkkeensaajan hoitotuki"]
    values = rows_by_value(view)
    assert "Käsittelyssä" in values
    assert "20.11.2026" in values  # submitted, dd.mm.yyyy
    assert "18.12.2026" in values  # decision expected
    assert values["Vuokrasopimus"].emphasis  # the missing attachment stands out
    assert "Ratkaistu" in values  # the decided application is listed too
    assert view.problem is None
    assert view.stale_as_of is None
    assert DEMO_CODE not in every_text(view)


def test_the_clear_code_is_never_a_key_the_console_keeps(kela: Any) -> None:
    fetched = record_fetches(kela.context)
    kela.show_demo_visitor()

    [(key, path)] = fetched
    assert path == "/applications"
    assert DEMO_CODE not in key
    assert "131052" not in key


def test_an_unknown_visitor_has_no_applications(kela: Any) -> None:
    view = kela.show_visitor(identity_code=UNKNOWN_CODE)

    assert "No applications in Kela's system." in row_values(view)
    assert view.problem is None
    assert view.note == ""  # nothing to propose


def test_it_does_what_every_describing_plugin_must(kela: Any, sandbox: Any) -> None:
    # No visitor, no call; a failure is a problem and Retry recovers; stale data after a
    # failure; the next visitor never sees the previous one's (the kit's shared checks).
    check_conformance(
        kela,
        sandbox,
        visitor=DEMO_VISITOR,
        other_visitor={"identity_code": UNKNOWN_CODE},
        shows="Vuokrasopimus",
    )


def test_without_an_identity_code_the_panel_asks_for_one(kela: Any) -> None:
    fetched = record_fetches(kela.context)
    placeholder = "Identify the visitor to see their Kela applications."
    assert kela.no_visitor().placeholder == placeholder  # nobody at the counter

    view = kela.show_visitor(name="Tapio Koivisto")  # found by name only

    assert view.placeholder == placeholder
    assert view.blocks == ()
    assert fetched == []  # Kela was not asked


def test_the_plugin_gets_only_the_fields_its_manifest_declares(kela: Any) -> None:
    assert set(kela.manifest.permissions) == {"identity_code", "language"}
    view = kela.show_demo_visitor()  # the name too: the console cuts it off

    assert kela.visitor.name is None
    assert "Matti" not in every_text(view)


def test_an_answer_it_does_not_understand_is_a_problem(kela: Any, sandbox: Any) -> None:
    sandbox.set_fault("kela", "malformed")

    view = kela.show_demo_visitor()

    assert view.problem is not None
    assert view.blocks == ()


def test_the_application_link_opens_omakela(kela: Any) -> None:
    view = kela.show_demo_visitor()

    assert links(view) == [
        "https://asiointi.kela.fi/omakela/hakemukset/KELA-2026-448213",
        "https://asiointi.kela.fi/omakela/hakemukset/KELA-2026-301877",
    ]
    assert all(kela.may_open(link) for link in links(view))


def test_propose_a_note_of_the_open_applications(kela: Any) -> None:
    view = kela.show_visitor(identity_code=AHMED_CODE)

    assert view.note == (
        "Kela: Työttömyysetuus (peruspäiväraha), odottaa lisäselvitystä, "
        "missing: työtodistus, palkkalaskelma lokakuulta\n"
        "Kela: Yleinen asumistuki, käsittelyssä"
    )
    assert AHMED_CODE not in every_text(view)


def test_many_applications_are_one_table_with_their_links(
    httpserver: HTTPServer, view_harness: Any
) -> None:
    applications = [
        {
            "id": f"KELA-2026-{n:06d}",
            "benefit": "Yleinen asumistuki",
            "state": "Käsittelyssä",
            "submitted": "2026-11-20",
            "missing_attachments": ["Vuokrasopimus"] * 50,
        }
        for n in range(1000)
    ]
    httpserver.expect_request("/applications").respond_with_json({"applications": applications})
    kela = view_harness("kela", base_url=httpserver.url_for("/"))

    view = kela.show_demo_visitor()  # through the wire's checks, or it fails here

    [table] = tables(view)
    assert table.title == "Applications"
    # 1000 in all: the broker's rule keeps 500, and the console says "first 500 of 1000".
    assert (len(table.rows), table.total) == (500, 1000)
    assert table.rows[0][:4] == ("Yleinen asumistuki", "Käsittelyssä", "20.11.2026", "")
    assert table.links[0] == "https://asiointi.kela.fi/omakela/hakemukset/KELA-2026-000000"
    assert all(kela.may_open(link) for link in links(view))
    lines = view.note.split("\n")
    assert len(lines) == 21
    assert lines[-1] == "… (+480)"  # 500 open applications, 20 written out


def test_a_long_error_still_makes_a_view_the_console_accepts(
    kela: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fetch(key: str, path: str, params: Any = None, *, items: str | None = None) -> Answer:
        error = PluginError("The back office said: " + "x" * 9000, "y" * 9000)
        return Answer(data=None, fetched_at=datetime.datetime.now(datetime.UTC), error=error)

    monkeypatch.setattr(kela.context, "fetch_json", fetch)

    view = kela.show_demo_visitor()  # through the wire's checks, or it fails here

    assert view.problem is not None
    assert view.problem.message.startswith("The back office said: xxx")
