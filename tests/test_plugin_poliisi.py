"""The Police's panel against the sandbox back office, as the advisor sees it."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

DEMO_CODE = "131052-308T"  # Matti Mäkinen (docs/sandbox.md)
OSKARI_CODE = "050690-2755"  # passport being processed, ID card being made
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


def test_the_demo_visitors_ready_passport_shows(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any
) -> None:
    harness = plugin_harness("poliisi")
    panel = shown_panel(harness, qtbot)

    harness.show_demo_visitor()
    wait_for_panel(panel)

    texts = visible_texts(panel)
    assert "Police" in texts
    assert [box.title() for box in panel.findChildren(QWidget, "recordSection")] == ["Passi"]
    assert "Ready for pick-up at" in texts
    values = {label.text(): label for label in panel.findChildren(QLabel, "rowValue")}
    assert values["Porin poliisiasema"].font().bold()
    assert values["Noudettavissa"].font().bold()
    assert "09.11.2026" in values
    assert "PL-2026-0098231" in values
    assert not panel.error_box.isVisibleTo(panel)
    assert_no_clear_code(panel, DEMO_CODE)


def test_applications_in_progress_are_not_emphasised(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any
) -> None:
    harness = plugin_harness("poliisi")
    panel = shown_panel(harness, qtbot)

    harness.show_visitor(identity_code=OSKARI_CODE)
    wait_for_panel(panel)

    titles = [box.title() for box in panel.findChildren(QWidget, "recordSection")]
    assert titles == ["Passi", "Henkilökortti"]
    texts = visible_texts(panel)
    assert "Ready for pick-up at" not in texts
    values = {label.text(): label for label in panel.findChildren(QLabel, "rowValue")}
    assert not values["Käsittelyssä"].font().bold()
    assert "Postin noutopiste (Pori)" in values


def test_an_unknown_visitor_has_no_applications(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any
) -> None:
    harness = plugin_harness("poliisi")
    panel = shown_panel(harness, qtbot)

    harness.show_visitor(identity_code=UNKNOWN_CODE)
    wait_for_panel(panel)

    assert "No passport or identity card applications in the Police's system." in row_values(panel)
    assert not panel.error_box.isVisibleTo(panel)
    assert not panel.note_button.isVisibleTo(panel)


def test_without_an_identity_code_the_panel_asks_for_one(plugin_harness: Any, qtbot: QtBot) -> None:
    harness = plugin_harness("poliisi")
    panel = shown_panel(harness, qtbot)
    placeholder = "Identify the visitor to see their passport and identity card applications."
    assert placeholder in visible_texts(panel)

    harness.show_visitor(name="Jussi Ketola")

    assert placeholder in visible_texts(panel)
    assert not panel.loading_label.isVisibleTo(panel)
    assert panel.findChildren(QWidget, "recordSection") == []


def test_a_failing_back_office_shows_an_error_and_retry_brings_the_data(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any, sandbox: Any
) -> None:
    harness = plugin_harness("poliisi")
    panel = shown_panel(harness, qtbot)
    sandbox.set_fault("poliisi", "500")

    harness.show_demo_visitor()
    wait_for_panel(panel)

    assert panel.error_box.isVisibleTo(panel)
    assert panel.retry_button.isVisibleTo(panel)
    assert "(500)" in panel.error_label.text()
    assert row_values(panel) == []
    assert_no_clear_code(panel, DEMO_CODE)

    sandbox.set_fault("poliisi", None)
    panel.retry_button.click()
    wait_for_panel(panel)

    assert not panel.error_box.isVisibleTo(panel)
    assert "Porin poliisiasema" in row_values(panel)


def test_a_failure_after_data_keeps_the_data_as_stale(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any, sandbox: Any
) -> None:
    harness = plugin_harness("poliisi")
    panel = shown_panel(harness, qtbot)
    harness.show_demo_visitor()
    wait_for_panel(panel)

    sandbox.set_fault("poliisi", "500")
    panel.retry_requested.emit()  # what Retry asks for
    wait_for_panel(panel)

    assert panel.stale_banner.isVisibleTo(panel)
    assert panel.stale_banner.text().startswith("Shown as of ")
    assert "Porin poliisiasema" in row_values(panel)
    assert panel.retry_button.isVisibleTo(panel)


def test_a_slow_back_office_does_not_block_the_console(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any, sandbox: Any
) -> None:
    harness = plugin_harness("poliisi")
    panel = shown_panel(harness, qtbot)
    sandbox.set_fault("poliisi", None, latency=1.0)
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
    assert "Porin poliisiasema" in row_values(panel)


def test_the_instructions_link_opens_poliisi_fi(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any
) -> None:
    harness = plugin_harness("poliisi")
    panel = shown_panel(harness, qtbot)
    harness.show_demo_visitor()
    wait_for_panel(panel)

    [label] = link_labels(panel)
    [url] = re.findall(r'href="([^"]+)"', label.text())
    label.linkActivated.emit(url)  # what clicking the link does

    assert harness.opened_links == ["https://poliisi.fi/passi"]
    assert not panel.error_box.isVisibleTo(panel)


def test_propose_a_note_of_the_applications(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any
) -> None:
    harness = plugin_harness("poliisi")
    panel = shown_panel(harness, qtbot)
    harness.show_demo_visitor()
    wait_for_panel(panel)

    panel.note_button.click()

    assert harness.proposed_notes == ["Police: Passi – noudettavissa Porin poliisiasemalta"]
