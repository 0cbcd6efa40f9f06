"""Kela's panel against the sandbox back office, as the advisor sees it."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

DEMO_CODE = "131052-308T"  # Matti Mäkinen (docs/sandbox.md)
AHMED_CODE = "120885-517T"
UNKNOWN_CODE = "010101-123N"  # valid, but nobody the sandbox knows


def shown_panel(harness: Any, qtbot: QtBot) -> Any:
    panel = harness.panel()
    qtbot.addWidget(panel)
    panel.resize(380, 700)
    panel.show()
    return panel


def visible_texts(panel: QWidget) -> list[str]:
    return [label.text() for label in panel.findChildren(QLabel) if label.isVisibleTo(panel)]


def row_values(panel: QWidget) -> list[str]:
    return [
        label.text() for label in panel.findChildren(QLabel, "rowValue") if label.isVisibleTo(panel)
    ]


def link_labels(panel: QWidget) -> list[QLabel]:
    return [label for label in panel.findChildren(QLabel, "rowValue") if "<a href" in label.text()]


def assert_no_clear_code(panel: QWidget, code: str) -> None:
    assert all(code not in label.text() for label in panel.findChildren(QLabel))


def test_the_demo_visitors_applications_show(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any
) -> None:
    harness = plugin_harness("kela")
    panel = shown_panel(harness, qtbot)

    harness.show_demo_visitor()
    wait_for_panel(panel)

    texts = visible_texts(panel)
    assert "Kela" in texts
    assert "Yleinen asumistuki" in [
        box.title() for box in panel.findChildren(QWidget, "recordSection")
    ]
    assert "Käsittelyssä" in texts
    assert "20.11.2026" in texts  # submitted, dd.mm.yyyy
    assert "18.12.2026" in texts  # decision expected
    [missing] = [
        label for label in panel.findChildren(QLabel, "rowValue") if label.text() == "Vuokrasopimus"
    ]
    assert missing.font().bold()
    assert "Ratkaistu" in texts  # the decided application is listed too
    assert not panel.error_box.isVisibleTo(panel)
    assert_no_clear_code(panel, DEMO_CODE)


def test_an_unknown_visitor_has_no_applications(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any
) -> None:
    harness = plugin_harness("kela")
    panel = shown_panel(harness, qtbot)

    harness.show_visitor(identity_code=UNKNOWN_CODE)
    wait_for_panel(panel)

    assert "No applications in Kela's system." in row_values(panel)
    assert not panel.error_box.isVisibleTo(panel)
    assert not panel.note_button.isVisibleTo(panel)


def test_without_an_identity_code_the_panel_asks_for_one(plugin_harness: Any, qtbot: QtBot) -> None:
    harness = plugin_harness("kela")
    panel = shown_panel(harness, qtbot)
    placeholder = "Identify the visitor to see their Kela applications."
    assert placeholder in visible_texts(panel)  # before any visitor

    harness.show_visitor(name="Tapio Koivisto")  # found by name only

    assert placeholder in visible_texts(panel)
    assert not panel.loading_label.isVisibleTo(panel)
    assert panel.findChildren(QWidget, "recordSection") == []


def test_a_failing_back_office_shows_an_error_and_retry_brings_the_data(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any, sandbox: Any
) -> None:
    harness = plugin_harness("kela")
    panel = shown_panel(harness, qtbot)
    sandbox.set_fault("kela", "500")

    harness.show_demo_visitor()
    wait_for_panel(panel)

    assert panel.error_box.isVisibleTo(panel)
    assert panel.retry_button.isVisibleTo(panel)
    assert "(500)" in panel.error_label.text()
    assert row_values(panel) == []
    assert_no_clear_code(panel, DEMO_CODE)

    sandbox.set_fault("kela", None)
    panel.retry_button.click()
    wait_for_panel(panel)

    assert not panel.error_box.isVisibleTo(panel)
    assert "Vuokrasopimus" in row_values(panel)


def test_a_failure_after_data_keeps_the_data_as_stale(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any, sandbox: Any
) -> None:
    harness = plugin_harness("kela")
    panel = shown_panel(harness, qtbot)
    harness.show_demo_visitor()
    wait_for_panel(panel)

    sandbox.set_fault("kela", "500")
    panel.retry_requested.emit()  # what Retry asks for
    wait_for_panel(panel)

    assert panel.stale_banner.isVisibleTo(panel)
    assert panel.stale_banner.text().startswith("Shown as of ")
    assert "Vuokrasopimus" in row_values(panel)
    assert panel.retry_button.isVisibleTo(panel)


def test_a_slow_back_office_does_not_block_the_console(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any, sandbox: Any
) -> None:
    harness = plugin_harness("kela")
    panel = shown_panel(harness, qtbot)
    sandbox.set_fault("kela", None, latency=1.0)
    loading_at_tick: list[bool] = []  # a tick of the GUI thread: was the panel loading?
    timer = QTimer()
    timer.timeout.connect(lambda: loading_at_tick.append(panel.loading_label.isVisibleTo(panel)))
    timer.start(50)

    harness.show_demo_visitor()
    assert panel.loading_label.isVisibleTo(panel)
    wait_for_panel(panel, timeout=20_000)
    timer.stop()
    # The GUI thread kept running while the back office took its second (about 20
    # ticks on a quiet machine; a blocked GUI thread would have none).
    assert loading_at_tick.count(True) >= 3
    assert "Vuokrasopimus" in row_values(panel)


def test_the_application_link_opens_omakela(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any
) -> None:
    harness = plugin_harness("kela")
    panel = shown_panel(harness, qtbot)
    harness.show_demo_visitor()
    wait_for_panel(panel)

    label = link_labels(panel)[0]
    [url] = re.findall(r'href="([^"]+)"', label.text())
    label.linkActivated.emit(url)  # what clicking the link does

    assert harness.opened_links == ["https://asiointi.kela.fi/omakela/hakemukset/KELA-2026-448213"]
    assert not panel.error_box.isVisibleTo(panel)


def test_propose_a_note_of_the_open_applications(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any
) -> None:
    harness = plugin_harness("kela")
    panel = shown_panel(harness, qtbot)
    harness.show_visitor(identity_code=AHMED_CODE)
    wait_for_panel(panel)

    panel.note_button.click()

    assert harness.proposed_notes == [
        "Kela: Työttömyysetuus (peruspäiväraha), odottaa lisäselvitystä, "
        "missing: työtodistus, palkkalaskelma lokakuulta\n"
        "Kela: Yleinen asumistuki, käsittelyssä"
    ]
    assert_no_clear_code(panel, AHMED_CODE)


def test_the_next_visitor_never_sees_the_previous_ones_data(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any, sandbox: Any
) -> None:
    harness = plugin_harness("kela")
    panel = shown_panel(harness, qtbot)
    harness.show_demo_visitor()
    wait_for_panel(panel)

    sandbox.set_fault("kela", "500")
    harness.show_visitor(identity_code=UNKNOWN_CODE)
    wait_for_panel(panel)

    assert panel.error_box.isVisibleTo(panel)
    assert not panel.stale_banner.isVisibleTo(panel)
    assert "Vuokrasopimus" not in row_values(panel)
