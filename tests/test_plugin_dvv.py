"""DVV's panel against the sandbox back office, as the advisor sees it."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from testkit_calls import CallsInFlight

DEMO_CODE = "131052-308T"  # Matti Mäkinen (docs/sandbox.md)
MARIA_CODE = "030301A846W"  # moved from Portugal
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


def values_by_text(panel: QWidget) -> dict[str, QLabel]:
    return {label.text(): label for label in panel.findChildren(QLabel, "rowValue")}


def test_the_demo_visitors_address_move_and_mandate_show(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any
) -> None:
    harness = plugin_harness("dvv")
    panel = shown_panel(harness, qtbot)

    harness.show_demo_visitor()
    wait_for_panel(panel)

    titles = [box.title() for box in panel.findChildren(QWidget, "recordSection")]
    assert titles == ["Permanent address", "Moves", "Suomi.fi mandates"]
    texts = visible_texts(panel)
    assert "Digital and Population Data Services Agency" in texts
    assert "Moved on 01.11.2026" in texts
    assert "Given to Liisa Mäkinen" in texts
    values = values_by_text(panel)
    assert values["Yrjönkatu 6 A 3, 28100 Pori"].font().bold()
    assert "01.11.2026" in values
    assert (
        "Vakinainen muutto, new municipality\nHämeenkatu 14 B 22, 33100 Tampere\n"
        "→ Yrjönkatu 6 A 3, 28100 Pori\nnotified on 27.10.2026"
    ) in values
    assert "Kelan etuuksien hakeminen\nvalid 15.10.2026–14.10.2031" in values
    assert not panel.error_box.isVisibleTo(panel)
    assert_no_clear_code(panel, DEMO_CODE)


def test_a_new_arrival_without_mandates(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any
) -> None:
    harness = plugin_harness("dvv")
    panel = shown_panel(harness, qtbot)

    harness.show_visitor(identity_code=MARIA_CODE)
    wait_for_panel(panel)

    values = row_values(panel)
    assert "Itsenäisyydenkatu 33 C 21, 28130 Pori" in values
    assert any(value.startswith("Maahanmuutto") and "Portugali" in value for value in values)
    assert "No Suomi.fi mandates." in values


def test_an_unknown_visitor_is_not_in_the_register(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any
) -> None:
    harness = plugin_harness("dvv")
    panel = shown_panel(harness, qtbot)

    harness.show_visitor(identity_code=UNKNOWN_CODE)
    wait_for_panel(panel)

    values = row_values(panel)
    assert "No address in the Population Information System." in values
    assert "No recorded moves." in values
    assert "No Suomi.fi mandates." in values
    assert not panel.error_box.isVisibleTo(panel)
    assert not panel.note_button.isVisibleTo(panel)


def test_without_an_identity_code_the_panel_asks_for_one(plugin_harness: Any, qtbot: QtBot) -> None:
    harness = plugin_harness("dvv")
    panel = shown_panel(harness, qtbot)
    placeholder = "Identify the visitor to see their address, moves and Suomi.fi mandates."
    assert placeholder in visible_texts(panel)

    harness.show_visitor(name="Tapio Koivisto")

    assert placeholder in visible_texts(panel)
    assert not panel.loading_label.isVisibleTo(panel)
    assert panel.findChildren(QWidget, "recordSection") == []


def test_a_failing_back_office_shows_an_error_and_retry_brings_the_data(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any, sandbox: Any
) -> None:
    harness = plugin_harness("dvv")
    panel = shown_panel(harness, qtbot)
    sandbox.set_fault("dvv", "500")

    harness.show_demo_visitor()
    wait_for_panel(panel)

    assert panel.error_box.isVisibleTo(panel)
    assert panel.retry_button.isVisibleTo(panel)
    assert "(500)" in panel.error_label.text()
    assert row_values(panel) == []
    assert_no_clear_code(panel, DEMO_CODE)

    sandbox.set_fault("dvv", None)
    panel.retry_button.click()
    wait_for_panel(panel)

    assert not panel.error_box.isVisibleTo(panel)
    assert "Yrjönkatu 6 A 3, 28100 Pori" in row_values(panel)


def test_a_failure_after_data_keeps_the_data_as_stale(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any, sandbox: Any
) -> None:
    harness = plugin_harness("dvv")
    panel = shown_panel(harness, qtbot)
    harness.show_demo_visitor()
    wait_for_panel(panel)

    sandbox.set_fault("dvv", "500")
    panel.retry_requested.emit()  # what Retry asks for
    wait_for_panel(panel)

    assert panel.stale_banner.isVisibleTo(panel)
    assert panel.stale_banner.text().startswith("Shown as of ")
    assert "Yrjönkatu 6 A 3, 28100 Pori" in row_values(panel)
    assert panel.retry_button.isVisibleTo(panel)


def test_a_slow_back_office_does_not_block_the_console(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any, sandbox: Any
) -> None:
    harness = plugin_harness("dvv")
    panel = shown_panel(harness, qtbot)
    sandbox.set_fault("dvv", None, latency=1.0)
    calls = CallsInFlight.watch(harness.context.http)
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
    # The calls ran side by side, not one after another (the test kit's pool has a
    # thread per core). Stalls behind a slow back office: benchmarks/panels.py.
    assert calls.most_at_once >= min(2, QThreadPool.globalInstance().maxThreadCount())
    assert "Yrjönkatu 6 A 3, 28100 Pori" in row_values(panel)


def test_the_mandates_link_opens_suomi_fi(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any
) -> None:
    harness = plugin_harness("dvv")
    panel = shown_panel(harness, qtbot)
    harness.show_demo_visitor()
    wait_for_panel(panel)

    [label] = link_labels(panel)
    [url] = re.findall(r'href="([^"]+)"', label.text())
    label.linkActivated.emit(url)  # what clicking the link does

    assert harness.opened_links == ["https://www.suomi.fi/valtuudet"]
    assert not panel.error_box.isVisibleTo(panel)


def test_propose_a_note_of_the_address_and_the_move(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any
) -> None:
    harness = plugin_harness("dvv")
    panel = shown_panel(harness, qtbot)
    harness.show_demo_visitor()
    wait_for_panel(panel)

    panel.note_button.click()

    assert harness.proposed_notes == [
        "DVV: address Yrjönkatu 6 A 3, 28100 Pori from 01.11.2026; "
        "moved on 01.11.2026 from Hämeenkatu 14 B 22, 33100 Tampere"
    ]
