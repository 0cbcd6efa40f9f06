"""The employment services panel as an advisor sees it, against the sandbox back office."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from console.plugin_testkit import PluginHarness
from console.sandbox import SandboxServer

Harness = Callable[..., PluginHarness]
Wait = Callable[..., None]

AHMED = {"name": "Ahmed Hassan", "identity_code": "120885-517T", "language": "en"}
MARIA = {"name": "Maria Santos", "identity_code": "030301A846W", "language": "en"}
MATTI = {"name": "Matti Mäkinen", "identity_code": "131052-308T", "language": "fi"}
AHMEDS_APPOINTMENT = datetime.date(2026, 12, 3)


def shown_panel(harness: PluginHarness, qtbot: QtBot) -> QWidget:
    panel = harness.panel()
    qtbot.addWidget(panel)
    panel.resize(380, 700)
    panel.show()
    return panel


def texts(panel: QWidget, name: str) -> list[str]:
    return [label.text() for label in panel.findChildren(QLabel, name) if label.isVisibleTo(panel)]


def value_label(panel: QWidget, text: str) -> QLabel:
    [label] = [label for label in panel.findChildren(QLabel, "rowValue") if text in label.text()]
    return label


def note_button(panel: QWidget) -> QPushButton:
    button = panel.findChild(QPushButton, "proposeNote")
    assert button is not None
    return button


def test_a_job_seeker_shows_status_appointment_and_counsellor(
    plugin_harness: Harness, qtbot: QtBot, wait_for_panel: Wait
) -> None:
    harness = plugin_harness("tyollisyys")
    panel = shown_panel(harness, qtbot)

    harness.show_visitor(**AHMED)
    wait_for_panel(panel)

    assert texts(panel, "recordTitle") == ["Pori region employment services"]
    sections = [box.title() for box in panel.findChildren(QGroupBox, "recordSection")]
    assert sections == ["Job search", "Next appointment", "Counsellor"]
    values = texts(panel, "rowValue")
    for expected in (
        "Työtön työnhakija",
        "10.11.2026",
        "4 työmahdollisuutta kuukaudessa",
        "03.12.2026 10:00",
        "Alkuhaastattelu",
        "Puhelinaika",
        "Minna Koskinen",
    ):
        assert expected in values
    assert "Registered since" in texts(panel, "rowLabel")
    # Emphasised while it is at most a week away (the demo's date is fixed, today is not).
    today = datetime.datetime.now(ZoneInfo("Europe/Helsinki")).date()
    soon = 0 <= (AHMEDS_APPOINTMENT - today).days <= 7
    assert value_label(panel, "03.12.2026 10:00").font().bold() == soon
    assert not value_label(panel, "Minna Koskinen").font().bold()


def test_the_deep_link_and_the_note(
    plugin_harness: Harness, qtbot: QtBot, wait_for_panel: Wait
) -> None:
    harness = plugin_harness("tyollisyys")
    panel = shown_panel(harness, qtbot)
    assert not note_button(panel).isEnabled()  # nothing to note yet

    harness.show_visitor(**AHMED)
    wait_for_panel(panel)
    link = value_label(panel, "Open in Työmarkkinatori")
    link.linkActivated.emit("https://tyomarkkinatori.fi/")  # what clicking the link does
    qtbot.mouseClick(note_button(panel), Qt.MouseButton.LeftButton)

    assert harness.opened_links == ["https://tyomarkkinatori.fi/"]
    [note] = harness.proposed_notes
    assert note.splitlines()[0] == "Employment services: job-seeker status Työtön työnhakija"
    assert "Counsellor: Minna Koskinen" in note
    assert "03.12.2026 10:00" in note


def test_a_job_seeker_without_an_appointment(
    plugin_harness: Harness, qtbot: QtBot, wait_for_panel: Wait
) -> None:
    harness = plugin_harness("tyollisyys")
    panel = shown_panel(harness, qtbot)

    harness.show_visitor(**MARIA)
    wait_for_panel(panel)

    values = texts(panel, "rowValue")
    assert "Työssä oleva työnhakija" in values
    assert "None booked" in values
    assert "Job search obligation" not in texts(panel, "rowLabel")


def test_someone_not_registered_gets_a_friendly_answer(
    plugin_harness: Harness, qtbot: QtBot, wait_for_panel: Wait
) -> None:
    harness = plugin_harness("tyollisyys")
    panel = shown_panel(harness, qtbot)

    harness.show_visitor(**MATTI)
    wait_for_panel(panel)

    assert "Not registered as a job seeker with the employment services." in texts(
        panel, "rowValue"
    )
    assert texts(panel, "panelError") == []
    qtbot.mouseClick(note_button(panel), Qt.MouseButton.LeftButton)
    assert harness.proposed_notes == [
        "Employment services: Not registered as a job seeker with the employment services."
    ]


def test_without_an_identity_code_it_asks_for_none(
    plugin_harness: Harness, qtbot: QtBot, wait_for_panel: Wait
) -> None:
    harness = plugin_harness("tyollisyys")
    panel = shown_panel(harness, qtbot)
    assert texts(panel, "panelPlaceholder") == ["No visitor at the counter."]

    harness.show_visitor(name="Tapio Koivisto", birth_date=datetime.date(1968, 2, 7))

    assert texts(panel, "panelLoading") == []
    [placeholder] = texts(panel, "panelPlaceholder")
    assert placeholder.startswith("No identity code for this visitor")
    assert not note_button(panel).isEnabled()


def test_a_failing_back_office_then_retry(
    plugin_harness: Harness, sandbox: SandboxServer, qtbot: QtBot, wait_for_panel: Wait
) -> None:
    harness = plugin_harness("tyollisyys")
    panel = shown_panel(harness, qtbot)
    sandbox.set_fault("tyollisyys", "500")

    harness.show_visitor(**AHMED)
    wait_for_panel(panel)

    [error] = texts(panel, "panelError")
    assert "(500)" in error
    assert texts(panel, "rowValue") == []
    assert not note_button(panel).isEnabled()

    sandbox.set_fault("tyollisyys", None)
    qtbot.mouseClick(panel.findChild(QPushButton, "panelRetry"), Qt.MouseButton.LeftButton)
    wait_for_panel(panel)

    assert texts(panel, "panelError") == []
    assert "Työtön työnhakija" in texts(panel, "rowValue")


def test_an_outage_after_an_answer_shows_it_as_of_then(
    plugin_harness: Harness, sandbox: SandboxServer, qtbot: QtBot, wait_for_panel: Wait
) -> None:
    harness = plugin_harness("tyollisyys")
    panel = shown_panel(harness, qtbot)
    harness.show_visitor(**AHMED)
    wait_for_panel(panel)

    sandbox.set_fault("tyollisyys", "500")
    harness.show_visitor(**AHMED)  # the same visitor again: a fresh fetch
    wait_for_panel(panel)

    [banner] = texts(panel, "staleBanner")
    assert banner.startswith("Shown as of ")
    assert "Työtön työnhakija" in texts(panel, "rowValue")
    assert "(500)" in texts(panel, "panelError")[0]
