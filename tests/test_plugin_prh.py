"""The PRH company panel as an advisor uses it: type a business ID, see the company.

Plugin API 2: the business ID line is the view's Query; pressing Search is the
plugin's ``act`` with the text typed. These tests read the View the console draws.
"""

from __future__ import annotations

from collections.abc import Callable

from console.ops.sandbox import SandboxServer
from console.plugin_api.view import Row, Section, View
from console.plugin_testkit import ViewHarness

Harness = Callable[..., ViewHarness]

PORIN_PUUTYO = "2845127-6"
SALMINEN = "3312457-9"
NOT_REGISTERED = "1234567-1"  # a valid business ID with no recorded company


def rows(view: View) -> list[Row]:
    return [row for block in view.blocks if isinstance(block, Section) for row in block.rows]


def values(view: View) -> list[str]:
    return [row.value for row in rows(view)]


def search(harness: ViewHarness, typed: str) -> View:
    view = harness.act("search", typed)
    assert view.query is not None  # the line stays, for the next search
    return view


def test_a_company_by_its_business_id(view_harness: Harness) -> None:
    harness = view_harness("prh")
    first = harness.no_visitor()
    assert first.query is not None
    assert (first.query.label, first.query.button) == ("Business ID (Y-tunnus)", "Search")
    assert first.query.placeholder == "1234567-8"
    assert first.placeholder == (
        "Type a business ID and press Search to see the company's register data."
    )

    view = search(harness, PORIN_PUUTYO)

    assert view.title == "Company information (PRH)"
    for expected in (
        "Porin Puutyö Oy",
        PORIN_PUUTYO,
        "Osakeyhtiö",
        "14.03.2017",
        "Rekisterissä",
        "Tiilitehtaankatu 12\n28400 Pori",
    ):
        assert expected in values(view)
    assert {"Name", "Company form", "Registered", "Address", "Status"} <= {
        row.label for row in rows(view)
    }


def test_spaces_are_forgiven_and_the_ytj_link_may_open(view_harness: Harness) -> None:
    harness = view_harness("prh")

    view = search(harness, " 3312457 9 ")  # spaces typed or pasted are forgiven

    assert view.query is not None
    assert view.query.value == SALMINEN  # the line shows the ID in its standard form
    assert "Sähköasennus E. Salminen" in values(view)
    [link] = [row.link for row in rows(view) if row.value == "Open in YTJ"]
    assert link == f"https://tietopalvelu.ytj.fi/yritys/{SALMINEN}"
    assert harness.may_open(link)
    assert view.problem is None


def test_a_wrong_check_digit_is_explained_without_asking(
    view_harness: Harness, sandbox: SandboxServer
) -> None:
    harness = view_harness("prh")
    sandbox.set_fault("prh", "500")  # were anything asked, the view would show a problem

    view = search(harness, "2845127-7")

    assert view.query is not None
    assert view.query.problem == (
        "The check digit of 2845127-7 is wrong: a digit may have been mistyped."
    )
    assert view.query.value == "2845127-7"  # kept, to be corrected
    assert view.problem is None
    assert values(view) == []


def test_a_business_id_in_the_wrong_format_is_explained(view_harness: Harness) -> None:
    harness = view_harness("prh")

    view = search(harness, "284512-6")

    assert view.query is not None
    assert view.query.problem.startswith("284512-6 is not in the format of a business ID")

    view = search(harness, "")

    assert view.query is not None
    assert view.query.problem == "Type a business ID, for example 1234567-8."


def test_an_earlier_company_goes_when_a_wrong_id_is_typed(view_harness: Harness) -> None:
    harness = view_harness("prh")
    search(harness, PORIN_PUUTYO)

    view = search(harness, "2845127-7")

    assert values(view) == []
    assert view.placeholder.startswith("Type a business ID")


def test_an_unknown_business_id_is_not_found(view_harness: Harness) -> None:
    view = search(view_harness("prh"), NOT_REGISTERED)

    assert view.placeholder == f"No company with business ID {NOT_REGISTERED} in the register."
    assert view.problem is None
    assert view.query is not None
    assert view.query.problem == ""


def test_a_failing_back_office_then_retry(view_harness: Harness, sandbox: SandboxServer) -> None:
    harness = view_harness("prh")
    sandbox.set_fault("prh", "500")

    view = search(harness, PORIN_PUUTYO)

    assert view.problem is not None
    assert "(500)" in view.problem.message

    sandbox.set_fault("prh", None)
    view = harness.describe()  # what the console's Retry does

    assert view.problem is None
    assert "Porin Puutyö Oy" in values(view)


def test_an_outage_after_an_answer_shows_it_as_of_then(
    view_harness: Harness, sandbox: SandboxServer
) -> None:
    harness = view_harness("prh")
    search(harness, PORIN_PUUTYO)

    sandbox.set_fault("prh", "500")
    view = search(harness, PORIN_PUUTYO)

    assert view.stale_as_of is not None
    assert "Porin Puutyö Oy" in values(view)


def test_the_company_stays_when_the_visitor_changes(view_harness: Harness) -> None:
    harness = view_harness("prh")
    search(harness, PORIN_PUUTYO)

    view = harness.show_demo_visitor()

    assert "Porin Puutyö Oy" in values(view)
    assert harness.visitor.name is None  # no visitor field reaches this plugin
    assert harness.visitor.identity_code is None


def test_an_unknown_action_describes_again(view_harness: Harness) -> None:
    harness = view_harness("prh")
    search(harness, PORIN_PUUTYO)
    assert "Porin Puutyö Oy" in values(harness.act("no-such-action"))
