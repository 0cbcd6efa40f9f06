"""DVV's plugin (API 2) against the sandbox back office: the view the advisor is shown."""

from __future__ import annotations

from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from testkit_calls import CallsInFlight
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
    sections,
)

from console.plugin_api.describe import Cancelled
from console.plugin_api.view import Row
from console.plugin_testkit import DEMO_VISITOR, check_conformance

MARIA_CODE = "030301A846W"  # moved from Portugal


@pytest.fixture
def dvv(view_harness: Any) -> Any:
    return view_harness("dvv")


def test_the_demo_visitors_address_move_and_mandate_show(dvv: Any) -> None:
    fetched = record_fetches(dvv.context)
    view = dvv.show_demo_visitor()

    assert view.title == "Digital and Population Data Services Agency"
    assert section_titles(view) == ["Permanent address", "Moves", "Suomi.fi mandates"]
    labels = row_labels(view)
    assert "Moved on 01.11.2026" in labels
    assert "Given to Liisa Mäkinen" in labels
    values = rows_by_value(view)
    assert values["Yrjönkatu 6 A 3, 28100 Pori"].emphasis
    assert "01.11.2026" in values
    assert (
        "Vakinainen muutto, new municipality\nHämeenkatu 14 B 22, 33100 Tampere\n"
        "→ Yrjönkatu 6 A 3, 28100 Pori\nnotified on 27.10.2026"
    ) in values
    assert "Kelan etuuksien hakeminen\nvalid 15.10.2026–14.10.2031" in values
    assert view.problem is None
    assert view.stale_as_of is None
    assert DEMO_CODE not in every_text(view)
    assert len(fetched) == 3
    assert all(DEMO_CODE not in key for key, _path in fetched)


def test_a_new_arrival_without_mandates(dvv: Any) -> None:
    view = dvv.show_visitor(identity_code=MARIA_CODE)

    values = row_values(view)
    assert "Itsenäisyydenkatu 33 C 21, 28130 Pori" in values
    assert any(value.startswith("Maahanmuutto") and "Portugali" in value for value in values)
    assert "No Suomi.fi mandates." in values


def test_an_unknown_visitor_is_not_in_the_register(dvv: Any) -> None:
    view = dvv.show_visitor(identity_code=UNKNOWN_CODE)

    values = row_values(view)
    assert "No address in the Population Information System." in values
    assert "No recorded moves." in values
    assert "No Suomi.fi mandates." in values
    assert view.problem is None
    assert view.note == ""


def test_it_does_what_every_describing_plugin_must(dvv: Any, sandbox: Any) -> None:
    # No visitor, no call; a failure is a problem and Retry recovers; stale data after a
    # failure; the next visitor never sees the previous one's (the kit's shared checks).
    check_conformance(
        dvv,
        sandbox,
        visitor=DEMO_VISITOR,
        other_visitor={"identity_code": MARIA_CODE},
        shows="Yrjönkatu",
    )


def test_without_an_identity_code_the_panel_asks_for_one(dvv: Any) -> None:
    fetched = record_fetches(dvv.context)
    placeholder = "Identify the visitor to see their address, moves and Suomi.fi mandates."
    assert dvv.no_visitor().placeholder == placeholder

    view = dvv.show_visitor(name="Tapio Koivisto")

    assert view.placeholder == placeholder
    assert view.blocks == ()
    assert fetched == []


def test_the_three_calls_run_side_by_side(dvv: Any, sandbox: Any) -> None:
    sandbox.set_fault("dvv", None, latency=1.0)
    calls = CallsInFlight.watch(dvv.context.http)

    view = dvv.show_demo_visitor()

    # A slow back office costs the panel its slowest answer, not the sum of three.
    assert calls.most_at_once >= 2
    assert "Yrjönkatu 6 A 3, 28100 Pori" in row_values(view)


def test_a_changed_visitor_cancels_the_description(
    dvv: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = dvv.context.fetch_json

    def fetch(key: str, path: str, params: Any = None, *, items: str | None = None) -> Any:
        if path == "/moves":
            raise Cancelled  # what the console's context raises when the visitor changed
        return real(key, path, params, items=items)

    monkeypatch.setattr(dvv.context, "fetch_json", fetch)

    with pytest.raises(Cancelled):
        dvv.show_demo_visitor()


def test_the_mandates_link_opens_suomi_fi(dvv: Any) -> None:
    view = dvv.show_demo_visitor()

    assert links(view) == ["https://www.suomi.fi/valtuudet"]
    assert all(dvv.may_open(link) for link in links(view))


def test_propose_a_note_of_the_address_and_the_move(dvv: Any) -> None:
    view = dvv.show_demo_visitor()

    assert view.note == (
        "DVV: address Yrjönkatu 6 A 3, 28100 Pori from 01.11.2026; "
        "moved on 01.11.2026 from Hämeenkatu 14 B 22, 33100 Tampere"
    )


def test_hundreds_of_moves_and_mandates_are_counted(
    httpserver: HTTPServer, view_harness: Any
) -> None:
    httpserver.expect_request("/address").respond_with_json({"address": None})
    httpserver.expect_request("/moves").respond_with_json(
        {"moves": [{"date": "2020-01-01", "kind": "Muutto", "to": "x" * 5000}] * 800}
    )
    httpserver.expect_request("/mandates").respond_with_json(
        {"mandates": [{"other_party": "Liisa", "matter": "Asia"}] * 120}
    )
    dvv = view_harness("dvv", base_url=httpserver.url_for("/"))

    view = dvv.show_demo_visitor()  # through the wire's checks, or it fails here

    _address, moves, mandates = sections(view)
    assert len(moves.rows) == 51
    # 800 moves: the context kept 500 of them, the view shows 50 and counts the rest.
    assert moves.rows[-1] == Row("Not shown here", "750")
    assert Row("Not shown here", "70") in mandates.rows
    assert mandates.rows[-1].link == "https://www.suomi.fi/valtuudet"
