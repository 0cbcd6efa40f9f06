"""The generic REST panel, set up by settings alone, against the sandbox back offices."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from console.plugin_testkit import PluginHarness
from console.sandbox import SandboxServer

Harness = Callable[..., PluginHarness]
Wait = Callable[..., None]

JUSSI = {"name": "Jussi Ketola"}


def shown_panel(harness: PluginHarness, qtbot: QtBot) -> QWidget:
    panel = harness.panel()
    qtbot.addWidget(panel)
    panel.resize(380, 700)
    panel.show()
    return panel


def texts(panel: QWidget, name: str) -> list[str]:
    return [label.text() for label in panel.findChildren(QLabel, name) if label.isVisibleTo(panel)]


def rows(panel: QWidget) -> list[tuple[str, str]]:
    return list(zip(texts(panel, "rowLabel"), texts(panel, "rowValue"), strict=True))


def test_the_default_settings_show_the_sports_card(
    plugin_harness: Harness, qtbot: QtBot, wait_for_panel: Wait
) -> None:
    harness = plugin_harness("rest")
    panel = shown_panel(harness, qtbot)

    harness.show_visitor(**JUSSI)
    wait_for_panel(panel)

    assert texts(panel, "recordTitle") == ["Yleinen REST-paneeli"]  # the manifest's fi name
    assert rows(panel) == [("Nimi", "Jussi Ketola"), ("Tila", "Liikuntakortti voimassa 31.12.2026")]


def test_it_shows_the_fields_it_is_set_up_with(
    plugin_harness: Harness, qtbot: QtBot, wait_for_panel: Wait
) -> None:
    harness = plugin_harness(
        "rest", endpoint="/people?name={name}", fields="Card=card, Card number=id,Missing=nope"
    )
    panel = shown_panel(harness, qtbot)

    harness.show_visitor(name="Matti Mäkinen")
    wait_for_panel(panel)

    assert rows(panel) == [
        ("Card", "Seniorikortti"),
        ("Card number", "LK-2025-03377"),
        ("Missing", "–"),
    ]


def test_dotted_paths_and_list_indexes(
    plugin_harness: Harness, sandbox: SandboxServer, qtbot: QtBot, wait_for_panel: Wait
) -> None:
    harness = plugin_harness(
        "rest",
        base_url=f"{sandbox.base_url}/pori",
        endpoint="/applications?name={name}&birth_date=1968-02-07",
        fields="Application=applications.0.title,Due=applications.0.decision_due,"
        "Second=applications.1.title",
    )
    panel = shown_panel(harness, qtbot)

    harness.show_visitor(name="Tapio Koivisto")
    wait_for_panel(panel)

    assert rows(panel) == [
        ("Application", "Täydentävä toimeentulotuki"),
        ("Due", "01.12.2026"),
        ("Second", "–"),
    ]


def test_an_empty_answer_is_a_friendly_nothing(
    plugin_harness: Harness, qtbot: QtBot, wait_for_panel: Wait
) -> None:
    harness = plugin_harness("rest")
    panel = shown_panel(harness, qtbot)

    harness.show_visitor(name="Ingrid Backman")
    wait_for_panel(panel)

    assert texts(panel, "rowValue") == ["Nothing found for this visitor."]
    assert texts(panel, "panelError") == []


def test_a_missing_visitor_field_is_named(plugin_harness: Harness, qtbot: QtBot) -> None:
    harness = plugin_harness("rest")
    panel = shown_panel(harness, qtbot)
    assert texts(panel, "panelPlaceholder") == ["No visitor at the counter."]

    harness.show_visitor(birth_date=None)

    assert texts(panel, "panelLoading") == []
    assert texts(panel, "panelPlaceholder") == [
        "This panel needs the visitor's name, which is not known for this visit."
    ]


def test_a_field_the_manifest_does_not_permit_is_named(
    plugin_harness: Harness, qtbot: QtBot
) -> None:
    harness = plugin_harness("rest", endpoint="/people?code={identity_code}")
    panel = shown_panel(harness, qtbot)

    harness.show_demo_visitor()  # has an identity code, but the context keeps only the name

    assert texts(panel, "panelPlaceholder") == [
        "This panel needs the visitor's identity code, which its manifest does not permit "
        "it to read. Please tell IT."
    ]


def test_unusable_settings_are_explained(plugin_harness: Harness, qtbot: QtBot) -> None:
    harness = plugin_harness("rest", fields="Nimi")
    panel = shown_panel(harness, qtbot)

    harness.show_visitor(**JUSSI)

    [placeholder] = texts(panel, "panelPlaceholder")
    assert placeholder.startswith("This panel is not set up correctly:")
    assert '"Nimi"' in placeholder


def test_a_link_to_a_host_not_declared_is_refused(
    plugin_harness: Harness, qtbot: QtBot, wait_for_panel: Wait
) -> None:
    harness = plugin_harness("rest", link_template="https://liikunta.pori.fi/kortit/{id}")
    panel = shown_panel(harness, qtbot)
    harness.show_visitor(**JUSSI)
    wait_for_panel(panel)

    values = panel.findChildren(QLabel, "rowValue")
    [link] = [label for label in values if "<a href" in label.text()]
    assert link.text() == (
        '<a href="https://liikunta.pori.fi/kortit/LK-2026-00418">Open in liikunta.pori.fi</a>'
    )
    link.linkActivated.emit("https://liikunta.pori.fi/kortit/LK-2026-00418")

    assert harness.opened_links == []
    assert texts(panel, "panelError") == [
        "This link was not opened: liikunta.pori.fi is not among the addresses this panel may open."
    ]
    assert "Jussi Ketola" in texts(panel, "rowValue")  # the record stays


def test_a_failing_back_office_then_retry(
    plugin_harness: Harness, sandbox: SandboxServer, qtbot: QtBot, wait_for_panel: Wait
) -> None:
    harness = plugin_harness("rest")
    panel = shown_panel(harness, qtbot)
    sandbox.set_fault("rest", "500")

    harness.show_visitor(**JUSSI)
    wait_for_panel(panel)

    [error] = texts(panel, "panelError")
    assert "(500)" in error
    assert panel.findChildren(QGroupBox, "recordSection") == []

    sandbox.set_fault("rest", None)
    qtbot.mouseClick(panel.findChild(QPushButton, "panelRetry"), Qt.MouseButton.LeftButton)
    wait_for_panel(panel)

    assert texts(panel, "panelError") == []
    assert "Jussi Ketola" in texts(panel, "rowValue")


def test_an_outage_after_an_answer_shows_it_as_of_then(
    plugin_harness: Harness, sandbox: SandboxServer, qtbot: QtBot, wait_for_panel: Wait
) -> None:
    harness = plugin_harness("rest")
    panel = shown_panel(harness, qtbot)
    harness.show_visitor(**JUSSI)
    wait_for_panel(panel)

    sandbox.set_fault("rest", "500")
    harness.show_visitor(**JUSSI)
    wait_for_panel(panel)

    [banner] = texts(panel, "staleBanner")
    assert banner.startswith("Shown as of ")
    assert "Jussi Ketola" in texts(panel, "rowValue")
