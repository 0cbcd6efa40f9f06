"""The PRH company panel as an advisor uses it: type a business ID, see the company."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from console.plugin_testkit import PluginHarness
from console.sandbox import SandboxServer

Harness = Callable[..., PluginHarness]
Wait = Callable[..., None]

PORIN_PUUTYO = "2845127-6"
SALMINEN = "3312457-9"
NOT_REGISTERED = "1234567-1"  # a valid business ID with no recorded company


def shown_panel(harness: PluginHarness, qtbot: QtBot) -> QWidget:
    panel = harness.panel()
    qtbot.addWidget(panel)
    panel.resize(380, 700)
    panel.show()
    return panel


def texts(panel: QWidget, name: str) -> list[str]:
    return [label.text() for label in panel.findChildren(QLabel, name) if label.isVisibleTo(panel)]


def search(panel: QWidget, qtbot: QtBot, business_id: str) -> None:
    field = panel.findChild(QLineEdit, "businessId")
    assert field is not None
    field.clear()
    qtbot.keyClicks(field, business_id)
    qtbot.mouseClick(panel.findChild(QPushButton, "searchCompany"), Qt.MouseButton.LeftButton)


def test_a_company_by_its_business_id(
    plugin_harness: Harness, qtbot: QtBot, wait_for_panel: Wait
) -> None:
    harness = plugin_harness("prh")
    panel = shown_panel(harness, qtbot)
    assert texts(panel, "businessIdLabel") == ["Business ID (Y-tunnus)"]

    search(panel, qtbot, PORIN_PUUTYO)
    wait_for_panel(panel)

    values = texts(panel, "rowValue")
    for expected in (
        "Porin Puutyö Oy",
        PORIN_PUUTYO,
        "Osakeyhtiö",
        "14.03.2017",
        "Rekisterissä",
        "Tiilitehtaankatu 12\n28400 Pori",
    ):
        assert expected in values
    assert {"Name", "Company form", "Registered", "Address", "Status"} <= set(
        texts(panel, "rowLabel")
    )


def test_enter_searches_and_the_ytj_link_opens(
    plugin_harness: Harness, qtbot: QtBot, wait_for_panel: Wait
) -> None:
    harness = plugin_harness("prh")
    panel = shown_panel(harness, qtbot)
    field = panel.findChild(QLineEdit, "businessId")
    assert field is not None

    qtbot.keyClicks(field, " 3312457 9 ")  # spaces typed or pasted are forgiven
    qtbot.keyClick(field, Qt.Key.Key_Return)
    wait_for_panel(panel)

    assert field.text() == SALMINEN
    assert "Sähköasennus E. Salminen" in texts(panel, "rowValue")
    [link] = [
        label for label in panel.findChildren(QLabel, "rowValue") if "Open in YTJ" in label.text()
    ]
    link.linkActivated.emit(f"https://tietopalvelu.ytj.fi/yritys/{SALMINEN}")
    assert harness.opened_links == [f"https://tietopalvelu.ytj.fi/yritys/{SALMINEN}"]
    assert texts(panel, "panelError") == []


def test_a_wrong_check_digit_is_explained_without_asking(
    plugin_harness: Harness, sandbox: SandboxServer, qtbot: QtBot
) -> None:
    harness = plugin_harness("prh")
    panel = shown_panel(harness, qtbot)
    sandbox.set_fault("prh", "500")  # were anything asked, the panel would show an error

    search(panel, qtbot, "2845127-7")

    assert texts(panel, "businessIdProblem") == [
        "The check digit of 2845127-7 is wrong: a digit may have been mistyped."
    ]
    assert texts(panel, "panelLoading") == []
    assert texts(panel, "panelError") == []
    assert texts(panel, "rowValue") == []


def test_a_business_id_in_the_wrong_format_is_explained(
    plugin_harness: Harness, qtbot: QtBot
) -> None:
    harness = plugin_harness("prh")
    panel = shown_panel(harness, qtbot)

    search(panel, qtbot, "284512-6")

    [problem] = texts(panel, "businessIdProblem")
    assert problem.startswith("284512-6 is not in the format of a business ID")
    assert texts(panel, "panelLoading") == []

    search(panel, qtbot, "")
    assert texts(panel, "businessIdProblem") == ["Type a business ID, for example 1234567-8."]


def test_an_unknown_business_id_is_not_found(
    plugin_harness: Harness, qtbot: QtBot, wait_for_panel: Wait
) -> None:
    harness = plugin_harness("prh")
    panel = shown_panel(harness, qtbot)

    search(panel, qtbot, NOT_REGISTERED)
    wait_for_panel(panel)

    assert texts(panel, "panelPlaceholder") == [
        f"No company with business ID {NOT_REGISTERED} in the register."
    ]
    assert texts(panel, "panelError") == []
    assert texts(panel, "businessIdProblem") == []


def test_a_failing_back_office_then_retry(
    plugin_harness: Harness, sandbox: SandboxServer, qtbot: QtBot, wait_for_panel: Wait
) -> None:
    harness = plugin_harness("prh")
    panel = shown_panel(harness, qtbot)
    sandbox.set_fault("prh", "500")

    search(panel, qtbot, PORIN_PUUTYO)
    wait_for_panel(panel)

    [error] = texts(panel, "panelError")
    assert "(500)" in error

    sandbox.set_fault("prh", None)
    qtbot.mouseClick(panel.findChild(QPushButton, "panelRetry"), Qt.MouseButton.LeftButton)
    wait_for_panel(panel)

    assert texts(panel, "panelError") == []
    assert "Porin Puutyö Oy" in texts(panel, "rowValue")


def test_an_outage_after_an_answer_shows_it_as_of_then(
    plugin_harness: Harness, sandbox: SandboxServer, qtbot: QtBot, wait_for_panel: Wait
) -> None:
    harness = plugin_harness("prh")
    panel = shown_panel(harness, qtbot)
    search(panel, qtbot, PORIN_PUUTYO)
    wait_for_panel(panel)

    sandbox.set_fault("prh", "500")
    search(panel, qtbot, PORIN_PUUTYO)
    wait_for_panel(panel)

    [banner] = texts(panel, "staleBanner")
    assert banner.startswith("Shown as of ")
    assert "Porin Puutyö Oy" in texts(panel, "rowValue")


def test_the_company_stays_when_the_visitor_changes(
    plugin_harness: Harness, qtbot: QtBot, wait_for_panel: Wait
) -> None:
    harness = plugin_harness("prh")
    panel = shown_panel(harness, qtbot)
    search(panel, qtbot, PORIN_PUUTYO)

    harness.show_demo_visitor()  # while the answer is on its way
    wait_for_panel(panel)

    assert "Porin Puutyö Oy" in texts(panel, "rowValue")
