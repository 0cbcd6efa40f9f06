"""The Tax Administration's plugin (API 2) against the sandbox back office: the view the
advisor is shown."""

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

INGRID_CODE = "240377-426H"  # residual tax and gift tax due


@pytest.fixture
def vero(view_harness: Any) -> Any:
    return view_harness("vero")


def test_the_demo_visitors_tax_card_decisions_and_account_show(vero: Any) -> None:
    fetched = record_fetches(vero.context)
    view = vero.show_demo_visitor()

    assert view.title == "Tax Administration"
    assert section_titles(view) == ["Tax card 2026", "Tax decisions", "Tax account"]
    assert "Withholding rate" in row_labels(view)
    values = rows_by_value(view)
    assert values["18,5\u00a0%"].emphasis
    assert "31\u00a0500,00\u00a0€ a year" in values
    assert "01.01.2026–31.01.2027" in values
    assert "Veronpalautus 212,40\u00a0€\npayment date 04.08.2026" in values
    assert not values["0,00\u00a0€"].emphasis  # nothing due
    assert view.problem is None
    assert view.stale_as_of is None
    assert DEMO_CODE not in every_text(view)
    assert len(fetched) == 3
    assert all(DEMO_CODE not in key for key, _path in fetched)


def test_what_is_due_stands_out(vero: Any) -> None:
    view = vero.show_visitor(identity_code=INGRID_CODE)

    values = rows_by_value(view)
    assert values["−1\u00a0258,00\u00a0€"].emphasis
    assert values["318,00\u00a0€, due 02.12.2026"].emphasis
    assert values["940,00\u00a0€, due 05.01.2027"].emphasis
    assert "Jäännösvero 2025" in row_labels(view)


def test_an_english_console_writes_amounts_the_english_way(view_harness: Any) -> None:
    vero = view_harness("vero", language="en")

    view = vero.show_visitor(identity_code=INGRID_CODE)

    values = rows_by_value(view)
    assert "24.0%" in values
    assert "−€1,258.00" in values


def test_an_unknown_visitor_has_no_tax_card(vero: Any) -> None:
    view = vero.show_visitor(identity_code=UNKNOWN_CODE)

    values = row_values(view)
    assert "No tax card in the Tax Administration's system." in values
    assert "No tax decisions." in values
    assert "No tax account." in values
    assert view.problem is None
    assert view.note == ""


def test_it_does_what_every_describing_plugin_must(vero: Any, sandbox: Any) -> None:
    # No visitor, no call; a failure is a problem and Retry recovers; stale data after a
    # failure; the next visitor never sees the previous one's (the kit's shared checks).
    check_conformance(
        vero,
        sandbox,
        visitor=DEMO_VISITOR,
        other_visitor={"identity_code": INGRID_CODE},
        shows="Verokortti",
    )


def test_without_an_identity_code_the_panel_asks_for_one(vero: Any) -> None:
    fetched = record_fetches(vero.context)
    placeholder = "Identify the visitor to see their tax card, tax decisions and tax account."
    assert vero.no_visitor().placeholder == placeholder

    view = vero.show_visitor(name="Tapio Koivisto")

    assert view.placeholder == placeholder
    assert view.blocks == ()
    assert fetched == []


def test_the_three_calls_run_side_by_side(vero: Any, sandbox: Any) -> None:
    sandbox.set_fault("vero", None, latency=1.0)
    calls = CallsInFlight.watch(vero.context.http)

    view = vero.show_demo_visitor()

    # A slow back office costs the panel its slowest answer, not the sum of three.
    assert calls.most_at_once >= 2
    assert "Verokortti" in row_values(view)


def test_a_changed_visitor_cancels_the_description(
    vero: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = vero.context.fetch_json

    def fetch(key: str, path: str, params: Any = None, *, items: str | None = None) -> Any:
        if path == "/account":
            raise Cancelled  # what the console's context raises when the visitor changed
        return real(key, path, params, items=items)

    monkeypatch.setattr(vero.context, "fetch_json", fetch)

    with pytest.raises(Cancelled):
        vero.show_demo_visitor()


def test_the_omavero_link_opens(vero: Any) -> None:
    view = vero.show_demo_visitor()

    assert links(view) == ["https://oma.vero.fi/"]
    assert all(vero.may_open(link) for link in links(view))


def test_propose_a_note_of_the_tax_card_and_what_is_due(vero: Any) -> None:
    view = vero.show_visitor(identity_code=INGRID_CODE)

    assert view.note == (
        "Tax: tax card 2026, withholding rate 24,0\u00a0%; "
        "tax account balance −1\u00a0258,00\u00a0€; "
        "Jäännösvero 2025 318,00\u00a0€ due 02.12.2026; Lahjavero 940,00\u00a0€ due 05.01.2027"
    )
    assert INGRID_CODE not in every_text(view)


def test_hundreds_of_decisions_and_open_items_are_counted(
    httpserver: HTTPServer, view_harness: Any
) -> None:
    httpserver.expect_request("/taxcard").respond_with_json({"taxcard": None})
    httpserver.expect_request("/decisions").respond_with_json(
        {"decisions": [{"title": f"Päätös {n}", "result": "Jäännösvero"} for n in range(700)]}
    )
    httpserver.expect_request("/account").respond_with_json(
        {
            "account": {
                "balance": -10.0,
                "open_items": [{"description": "Erä", "amount": 1.0} for _ in range(300)],
            }
        }
    )
    vero = view_harness("vero", base_url=httpserver.url_for("/"))

    view = vero.show_demo_visitor()  # through the wire's checks, or it fails here

    _card, decisions, account = sections(view)
    assert len(decisions.rows) == 51
    assert decisions.rows[-1] == Row("Not shown here", "650")  # 700 decisions, 50 shown
    assert account.rows[-1] == Row("Not shown here", "250")  # 300 open items, 50 shown
