"""The Tax Administration's panel against the sandbox back office, as the advisor sees it."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from testkit_calls import CallsInFlight

DEMO_CODE = "131052-308T"  # Matti Mäkinen (docs/sandbox.md)
INGRID_CODE = "240377-426H"  # residual tax and gift tax due
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


def test_the_demo_visitors_tax_card_decisions_and_account_show(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any
) -> None:
    harness = plugin_harness("vero")
    panel = shown_panel(harness, qtbot)

    harness.show_demo_visitor()
    wait_for_panel(panel)

    titles = [box.title() for box in panel.findChildren(QWidget, "recordSection")]
    assert titles == ["Tax card 2026", "Tax decisions", "Tax account"]
    texts = visible_texts(panel)
    assert "Tax Administration" in texts
    assert "Withholding rate" in texts
    values = values_by_text(panel)
    assert values["18,5\u00a0%"].font().bold()
    assert "31\u00a0500,00\u00a0€ a year" in values
    assert "01.01.2026–31.01.2027" in values
    assert "Veronpalautus 212,40\u00a0€\npayment date 04.08.2026" in values
    assert "0,00\u00a0€" in values
    assert not panel.error_box.isVisibleTo(panel)
    assert_no_clear_code(panel, DEMO_CODE)


def test_what_is_due_stands_out(plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any) -> None:
    harness = plugin_harness("vero")
    panel = shown_panel(harness, qtbot)

    harness.show_visitor(identity_code=INGRID_CODE)
    wait_for_panel(panel)

    values = values_by_text(panel)
    assert values["−1\u00a0258,00\u00a0€"].font().bold()
    assert values["318,00\u00a0€, due 02.12.2026"].font().bold()
    assert values["940,00\u00a0€, due 05.01.2027"].font().bold()
    assert "Jäännösvero 2025" in visible_texts(panel)


def test_an_unknown_visitor_has_no_tax_card(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any
) -> None:
    harness = plugin_harness("vero")
    panel = shown_panel(harness, qtbot)

    harness.show_visitor(identity_code=UNKNOWN_CODE)
    wait_for_panel(panel)

    values = row_values(panel)
    assert "No tax card in the Tax Administration's system." in values
    assert "No tax decisions." in values
    assert "No tax account." in values
    assert not panel.error_box.isVisibleTo(panel)
    assert not panel.note_button.isVisibleTo(panel)


def test_without_an_identity_code_the_panel_asks_for_one(plugin_harness: Any, qtbot: QtBot) -> None:
    harness = plugin_harness("vero")
    panel = shown_panel(harness, qtbot)
    placeholder = "Identify the visitor to see their tax card, tax decisions and tax account."
    assert placeholder in visible_texts(panel)

    harness.show_visitor(name="Tapio Koivisto")

    assert placeholder in visible_texts(panel)
    assert not panel.loading_label.isVisibleTo(panel)
    assert panel.findChildren(QWidget, "recordSection") == []


def test_a_failing_back_office_shows_an_error_and_retry_brings_the_data(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any, sandbox: Any
) -> None:
    harness = plugin_harness("vero")
    panel = shown_panel(harness, qtbot)
    sandbox.set_fault("vero", "500")

    harness.show_demo_visitor()
    wait_for_panel(panel)

    assert panel.error_box.isVisibleTo(panel)
    assert panel.retry_button.isVisibleTo(panel)
    assert "(500)" in panel.error_label.text()
    assert row_values(panel) == []
    assert_no_clear_code(panel, DEMO_CODE)

    sandbox.set_fault("vero", None)
    panel.retry_button.click()
    wait_for_panel(panel)

    assert not panel.error_box.isVisibleTo(panel)
    assert "Verokortti" in row_values(panel)


def test_a_failure_after_data_keeps_the_data_as_stale(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any, sandbox: Any
) -> None:
    harness = plugin_harness("vero")
    panel = shown_panel(harness, qtbot)
    harness.show_demo_visitor()
    wait_for_panel(panel)

    sandbox.set_fault("vero", "500")
    panel.retry_requested.emit()  # what Retry asks for
    wait_for_panel(panel)

    assert panel.stale_banner.isVisibleTo(panel)
    assert panel.stale_banner.text().startswith("Shown as of ")
    assert "Verokortti" in row_values(panel)
    assert panel.retry_button.isVisibleTo(panel)


def test_a_slow_back_office_does_not_block_the_console(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any, sandbox: Any
) -> None:
    harness = plugin_harness("vero")
    panel = shown_panel(harness, qtbot)
    sandbox.set_fault("vero", None, latency=1.0)
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
    assert "Verokortti" in row_values(panel)


def test_the_omavero_link_opens(plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any) -> None:
    harness = plugin_harness("vero")
    panel = shown_panel(harness, qtbot)
    harness.show_demo_visitor()
    wait_for_panel(panel)

    [label] = link_labels(panel)
    [url] = re.findall(r'href="([^"]+)"', label.text())
    label.linkActivated.emit(url)  # what clicking the link does

    assert harness.opened_links == ["https://oma.vero.fi/"]
    assert not panel.error_box.isVisibleTo(panel)


def test_propose_a_note_of_the_tax_card_and_what_is_due(
    plugin_harness: Any, qtbot: QtBot, wait_for_panel: Any
) -> None:
    harness = plugin_harness("vero")
    panel = shown_panel(harness, qtbot)
    harness.show_visitor(identity_code=INGRID_CODE)
    wait_for_panel(panel)

    panel.note_button.click()

    assert harness.proposed_notes == [
        "Tax: tax card 2026, withholding rate 24,0\u00a0%; "
        "tax account balance −1\u00a0258,00\u00a0€; "
        "Jäännösvero 2025 318,00\u00a0€ due 02.12.2026; Lahjavero 940,00\u00a0€ due 05.01.2027"
    ]
    assert_no_clear_code(panel, INGRID_CODE)
