"""The City of Pori panel as an advisor sees it, against the sandbox back office."""

from __future__ import annotations

import datetime
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from console.plugin_testkit import PluginHarness
from console.sandbox import SandboxServer

Harness = Callable[..., PluginHarness]
Wait = Callable[..., None]

MATTI = {
    "name": "Matti Mäkinen",
    "identity_code": "131052-308T",
    "birth_date": datetime.date(1952, 10, 13),
}
SOFIA = {"name": "Sofia Nieminen", "birth_date": datetime.date(1993, 5, 19)}
TAPIO = {"name": "Tapio Koivisto", "birth_date": datetime.date(1968, 2, 7)}


def shown_panel(harness: PluginHarness, qtbot: QtBot) -> QWidget:
    panel = harness.panel()
    qtbot.addWidget(panel)
    panel.resize(380, 700)
    panel.show()
    return panel


def texts(panel: QWidget, name: str) -> list[str]:
    return [label.text() for label in panel.findChildren(QLabel, name) if label.isVisibleTo(panel)]


def sections(panel: QWidget) -> list[str]:
    return [box.title() for box in panel.findChildren(QGroupBox, "recordSection")]


def test_matti_sees_his_housing_applications(
    plugin_harness: Harness, qtbot: QtBot, wait_for_panel: Wait
) -> None:
    harness = plugin_harness("pori")
    panel = shown_panel(harness, qtbot)

    harness.show_visitor(**MATTI)
    wait_for_panel(panel)

    assert texts(panel, "recordTitle") == ["City of Pori"]
    assert sections(panel) == ["Housing", "Social services"]
    values = texts(panel, "rowValue")
    for expected in (
        "Vuokra-asuntohakemus",
        "Vastaanotettu",
        "03.11.2026",
        "Asumisneuvonta",
        "Aika varattu",
        "PORI-SOS-2026-1410",
    ):
        assert expected in values
    assert texts(panel, "rowLabel").count("State") == 2


def test_sofias_early_childhood_education_application(
    plugin_harness: Harness, qtbot: QtBot, wait_for_panel: Wait
) -> None:
    harness = plugin_harness("pori")
    panel = shown_panel(harness, qtbot)

    harness.show_visitor(**SOFIA)
    wait_for_panel(panel)

    assert sections(panel) == ["Early childhood education"]
    values = texts(panel, "rowValue")
    assert "Varhaiskasvatushakemus" in values
    assert "Käsittelyssä" in values
    assert "29.01.2027" in values  # decision due


def test_a_visitor_without_an_identity_code_is_found_by_name_and_birth_date(
    plugin_harness: Harness, qtbot: QtBot, wait_for_panel: Wait
) -> None:
    harness = plugin_harness("pori")
    panel = shown_panel(harness, qtbot)

    harness.show_visitor(**TAPIO)
    wait_for_panel(panel)

    values = texts(panel, "rowValue")
    assert "Täydentävä toimeentulotuki" in values
    assert "Kiireellinen: vuokrarästit, häätöuhka" in values


def test_someone_unknown_to_the_city_gets_a_friendly_answer(
    plugin_harness: Harness, qtbot: QtBot, wait_for_panel: Wait
) -> None:
    harness = plugin_harness("pori")
    panel = shown_panel(harness, qtbot)

    harness.show_visitor(name="Oskari Lehtinen", birth_date=datetime.date(1990, 6, 5))
    wait_for_panel(panel)

    assert texts(panel, "rowValue") == ["No applications with the City of Pori."]
    assert texts(panel, "panelError") == []


def test_without_a_birth_date_it_says_what_is_missing(
    plugin_harness: Harness, qtbot: QtBot
) -> None:
    harness = plugin_harness("pori")
    panel = shown_panel(harness, qtbot)
    assert texts(panel, "panelPlaceholder") == ["No visitor at the counter."]

    harness.show_visitor(name="Jussi Ketola")

    assert texts(panel, "panelLoading") == []
    assert texts(panel, "panelPlaceholder") == [
        "The City of Pori finds applications by name and date of birth. "
        "Missing for this visitor: date of birth."
    ]

    harness.show_visitor(identity_code="131052-308T")  # not even permitted to this plugin

    [placeholder] = texts(panel, "panelPlaceholder")
    assert placeholder.endswith("Missing for this visitor: name, date of birth.")


def test_a_failing_back_office_then_retry(
    plugin_harness: Harness, sandbox: SandboxServer, qtbot: QtBot, wait_for_panel: Wait
) -> None:
    harness = plugin_harness("pori")
    panel = shown_panel(harness, qtbot)
    sandbox.set_fault("pori", "500")

    harness.show_visitor(**MATTI)
    wait_for_panel(panel)

    [error] = texts(panel, "panelError")
    assert "(500)" in error
    assert sections(panel) == []

    sandbox.set_fault("pori", None)
    qtbot.mouseClick(panel.findChild(QPushButton, "panelRetry"), Qt.MouseButton.LeftButton)
    wait_for_panel(panel)

    assert texts(panel, "panelError") == []
    assert sections(panel) == ["Housing", "Social services"]


def test_an_outage_after_an_answer_shows_it_as_of_then(
    plugin_harness: Harness, sandbox: SandboxServer, qtbot: QtBot, wait_for_panel: Wait
) -> None:
    harness = plugin_harness("pori")
    panel = shown_panel(harness, qtbot)
    harness.show_visitor(**TAPIO)
    wait_for_panel(panel)

    sandbox.set_fault("pori", "500")
    harness.show_visitor(**TAPIO)
    wait_for_panel(panel)

    [banner] = texts(panel, "staleBanner")
    assert banner.startswith("Shown as of ")
    assert "Täydentävä toimeentulotuki" in texts(panel, "rowValue")
