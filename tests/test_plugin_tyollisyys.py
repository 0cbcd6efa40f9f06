"""The employment services panel as an advisor would see it, described against the sandbox.

Plugin API 2: the plugin describes a View (sections, a deep link, a note to propose)
and the console draws it; these tests read that View.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from zoneinfo import ZoneInfo

from console.ops.sandbox import SandboxServer
from console.plugin_api.view import Row, Section, View
from console.plugin_testkit import ViewHarness

Harness = Callable[..., ViewHarness]

AHMED = {"name": "Ahmed Hassan", "identity_code": "120885-517T", "language": "en"}
MARIA = {"name": "Maria Santos", "identity_code": "030301A846W", "language": "en"}
MATTI = {"name": "Matti Mäkinen", "identity_code": "131052-308T", "language": "fi"}
AHMEDS_APPOINTMENT = datetime.date(2026, 12, 3)


def rows(view: View) -> list[Row]:
    return [row for block in view.blocks if isinstance(block, Section) for row in block.rows]


def values(view: View) -> list[str]:
    return [row.value for row in rows(view)]


def row_with(view: View, text: str) -> Row:
    [row] = [row for row in rows(view) if text in row.value]
    return row


def test_a_job_seeker_shows_status_appointment_and_counsellor(view_harness: Harness) -> None:
    view = view_harness("tyollisyys").show_visitor(**AHMED)

    assert view.title == "Pori region employment services"
    assert [block.title for block in view.blocks] == [
        "Job search",
        "Next appointment",
        "Counsellor",
    ]
    for expected in (
        "Työtön työnhakija",
        "10.11.2026",
        "4 työmahdollisuutta kuukaudessa",
        "03.12.2026 10:00",
        "Alkuhaastattelu",
        "Puhelinaika",
        "Minna Koskinen",
    ):
        assert expected in values(view)
    assert "Registered since" in [row.label for row in rows(view)]
    # Emphasised while it is at most a week away (the demo's date is fixed, today is not).
    today = datetime.datetime.now(ZoneInfo("Europe/Helsinki")).date()
    soon = 0 <= (AHMEDS_APPOINTMENT - today).days <= 7
    assert row_with(view, "03.12.2026 10:00").emphasis == soon
    assert not row_with(view, "Minna Koskinen").emphasis


def test_the_deep_link_and_the_note(view_harness: Harness) -> None:
    harness = view_harness("tyollisyys")
    assert harness.no_visitor().note == ""  # nothing to note yet

    view = harness.show_visitor(**AHMED)

    link = row_with(view, "Open in Työmarkkinatori").link
    assert link == "https://tyomarkkinatori.fi/"  # the console's language is Finnish
    assert harness.may_open(link)
    assert view.note.splitlines()[0] == "Employment services: job-seeker status Työtön työnhakija"
    assert "Counsellor: Minna Koskinen" in view.note
    assert "03.12.2026 10:00" in view.note


def test_the_link_follows_the_consoles_language(view_harness: Harness) -> None:
    view = view_harness("tyollisyys", language="sv").show_visitor(**AHMED)
    assert row_with(view, "Open in Työmarkkinatori").link == "https://tyomarkkinatori.fi/sv/"


def test_a_job_seeker_without_an_appointment(view_harness: Harness) -> None:
    view = view_harness("tyollisyys").show_visitor(**MARIA)

    assert "Työssä oleva työnhakija" in values(view)
    assert "None booked" in values(view)
    assert "Job search obligation" not in [row.label for row in rows(view)]


def test_someone_not_registered_gets_a_friendly_answer(view_harness: Harness) -> None:
    view = view_harness("tyollisyys").show_visitor(**MATTI)

    assert "Not registered as a job seeker with the employment services." in values(view)
    assert view.problem is None
    assert view.note == (
        "Employment services: Not registered as a job seeker with the employment services."
    )


def test_without_an_identity_code_it_asks_for_none(
    view_harness: Harness, sandbox: SandboxServer
) -> None:
    harness = view_harness("tyollisyys")
    sandbox.set_fault("tyollisyys", "500")  # were anything asked, the view would show a problem
    assert harness.no_visitor().placeholder == "No visitor at the counter."

    view = harness.show_visitor(name="Tapio Koivisto", birth_date=datetime.date(1968, 2, 7))

    assert view.placeholder.startswith("No identity code for this visitor")
    assert view.problem is None
    assert view.note == ""


def test_the_identity_code_is_not_in_the_remembered_key(view_harness: Harness) -> None:
    harness = view_harness("tyollisyys")
    harness.show_visitor(**AHMED)
    keys = list(harness.context._last_good)  # what the console's broker would log
    assert len(keys) == 1
    assert "120885" not in keys[0]


def test_a_failing_back_office_then_retry(view_harness: Harness, sandbox: SandboxServer) -> None:
    harness = view_harness("tyollisyys")
    sandbox.set_fault("tyollisyys", "500")

    view = harness.show_visitor(**AHMED)

    assert view.problem is not None
    assert "(500)" in view.problem.message
    assert values(view) == []
    assert view.note == ""

    sandbox.set_fault("tyollisyys", None)
    view = harness.describe()  # what the console's Retry does

    assert view.problem is None
    assert "Työtön työnhakija" in values(view)


def test_an_outage_after_an_answer_shows_it_as_of_then(
    view_harness: Harness, sandbox: SandboxServer
) -> None:
    harness = view_harness("tyollisyys")
    harness.show_visitor(**AHMED)

    sandbox.set_fault("tyollisyys", "500")
    view = harness.show_visitor(**AHMED)  # the same visitor again: a fresh fetch

    assert view.stale_as_of is not None
    assert "Työtön työnhakija" in values(view)
    assert view.problem is not None
    assert "(500)" in view.problem.message
    assert view.note.startswith("Employment services: job-seeker status")
