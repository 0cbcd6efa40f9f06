"""The reports window and its charts, on the history of tests/support/report_history.py,
whose figures are worked out by hand there; and the demo's weeks of history."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot
from queue_kit import fresh_desk, supervisor
from report_history import MONDAY, TUESDAY, seed_history

from console.core.queue import local_time, utc_now
from console.core.report_tables import table_csv
from console.core.reports import CostMethod, Dimension
from console.desk.desk import Desk, seed_demo_history
from console.store.database import Database
from console.ui.reports.charts import chart_set
from console.ui.reports.window import ReportsWindow


@pytest.fixture
def history(database: Database) -> Desk:
    return seed_history(database)


def test_the_charts_count_the_history(history: Desk) -> None:
    charts = history.reports.charts(supervisor(history), MONDAY, TUESDAY)
    # One Monday and one Tuesday in the period: the means are the counts.
    assert dict(charts.arrivals) == {(1, 9): 2.0, (1, 10): 2.0, (2, 12): 1.0}
    (monday,) = charts.waits  # Tuesday's only step was cancelled before a call
    assert monday.day == MONDAY
    assert (monday.mean_minutes, monday.p90_minutes, monday.target_minutes) == (17.0, 32.5, 20.0)
    assert monday.within_target_pct == 66.7
    assert charts.mix == {"kela": {"kela-general": 2}, "vero": {"vero-taxcard": 2}}

    two_weeks = history.reports.charts(supervisor(history), MONDAY, MONDAY + timedelta(days=13))
    assert two_weeks.arrivals[(1, 9)] == 1.0  # two Mondays in the period: 2 / 2


def test_the_charts_draw_what_they_say(history: Desk, qtbot: QtBot) -> None:
    heatmap, waits, mix = chart_set(history.reports.charts(supervisor(history), MONDAY, TUESDAY))
    for chart in (heatmap, waits, mix):
        qtbot.addWidget(chart)
    assert heatmap.accessibleDescription() == "Busiest: Mon at 09, 2.0 arrivals on average"
    assert waits.describe() == "1 days; the longest 90th percentile 32 min on 2026-11-02"
    assert mix.describe() == "kela 2, vero 2"
    image = heatmap.image(400, 200)
    darkest = min(
        QColor(image.pixel(x, y)).lightness()
        for x in range(0, image.width(), 4)
        for y in range(60, image.height(), 4)
    )
    assert darkest < 140  # the busiest cells are drawn dark, not a blank picture
    empty = chart_set(None)[0]
    qtbot.addWidget(empty)
    assert empty.describe() == ""


def test_the_window_shows_figures_charts_and_the_cost_split(
    history: Desk, qtbot: QtBot, tmp_path: Path
) -> None:
    window = ReportsWindow(history, history.sign_in_by_username("kaisa.mattila", None))
    qtbot.addWidget(window)
    window.show()
    window.start_edit.setDate(QDate(2026, 11, 2))
    window.end_edit.setDate(QDate(2026, 11, 3))
    window.dimension_box.setCurrentIndex(window.dimension_box.findData(Dimension.AGENCY.value))
    assert not window.csv_button.isEnabled()  # nothing to save yet
    window.show_button.click()
    qtbot.waitUntil(lambda: window.figures_model.rowCount() == 3, timeout=10_000)

    model = window.figures_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    total = {headers[c]: model.index(2, c).data() for c in range(model.columnCount())}
    assert total["Agency"] == "All"
    assert (total["Visits"], total["Served"], total["Wait, 90th percentile (min)"]) == (
        "5",
        "4",
        "32.5",
    )
    assert window.csv_button.isEnabled()
    assert window.waits_chart.charts is not None

    saved = window.save("csv", tmp_path / "figures.csv")
    assert saved is not None
    assert saved.read_bytes() == table_csv(window.figures)  # type: ignore[arg-type]
    pdf = window.save("pdf", tmp_path / "figures.pdf")
    assert pdf is not None
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert b"/Subtype /Image" in pdf.read_bytes()  # the charts are in it

    window.tabs.setCurrentIndex(2)
    assert not window.csv_button.isEnabled()  # no split yet
    window.cost_edit.setText("abc")
    window.split_button.click()
    assert "Write the sums in euros" in window.cost_problem.text()
    window.cost_edit.setText("1 000,00")
    window.method_box.setCurrentIndex(window.method_box.findData(CostMethod.MINUTES.value))
    window.split_button.click()
    qtbot.waitUntil(lambda: window.costs_model.rowCount() > 0, timeout=10_000)
    rows = {
        window.costs_model.index(r, 0).data(): window.costs_model.index(r, 4).data()
        for r in range(window.costs_model.rowCount())
    }
    assert (rows["kela"], rows["vero"], rows["All"]) == ("454.55", "545.45", "1000.00")
    assert "service minutes" in window.formula_label.text()
    assert window.cost_problem.text() == ""

    window.base_edit.setText("600")
    window.method_box.setCurrentIndex(window.method_box.findData(CostMethod.BASE_PLUS_STEPS.value))
    window.split_button.click()
    qtbot.waitUntil(lambda: window.cost_problem.text() != "", timeout=10_000)
    assert "must be at least the fixed part" in window.cost_problem.text()
    window.close()


def test_the_demo_has_weeks_of_history_once(database: Database) -> None:
    desk = fresh_desk(database)
    written = seed_demo_history(desk, weeks=2, visits_per_day=40)
    assert written > 400  # ten working days of about forty visits
    assert seed_demo_history(desk, weeks=2, visits_per_day=40) == 0  # once
    boss = supervisor(desk)
    today = local_time(utc_now()).date()
    report = desk.reports.report(boss, today - timedelta(days=20), today)
    figures = report.total.figures
    assert figures["served"] > 0
    assert 0 < float(figures["wait_mean_min"] or 0) < 60
    assert figures["transfers"] > 0
    split = desk.reports.cost_split(
        boss, today - timedelta(days=20), today, 1_000_000, CostMethod.STEPS
    )
    assert sum(share.cost_cents for share in split.shares) == 1_000_000
    assert date.fromisoformat(report.start.isoformat()) == today - timedelta(days=20)


def test_the_forecast_tab_staffs_next_week_from_the_demo_history(
    database: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    desk = fresh_desk(database)
    seed_demo_history(desk, weeks=5, visits_per_day=40)
    boss = supervisor(desk)
    today = local_time(utc_now()).date()
    forecast = desk.reports.forecast(boss, today)
    assert forecast.week_of.weekday() == 0
    assert forecast.week_of > today
    busy = [slot for slot, figures in forecast.slots.items() if figures.arrivals > 0]
    assert {weekday for weekday, _hour in busy} == {0, 1, 2, 3, 4}  # the working days
    assert all(8 <= hour <= 16 for _weekday, hour in busy)
    assert all(forecast.slots[slot].staff_needed >= 1 for slot in busy)
    assert forecast.error.slots > 0

    window = ReportsWindow(desk, desk.sign_in_by_username("kaisa.mattila", None))
    qtbot.addWidget(window)
    window.show()
    window.show_button.click()
    qtbot.waitUntil(lambda: window.forecast_model.rowCount() > 0, timeout=10_000)
    window.tabs.setCurrentIndex(3)
    assert window.csv_button.isEnabled()
    assert window.forecast_chart.accessibleDescription().endswith(
        "hours need more staff than served such hours before"
    )
    assert "off by" in window.forecast_notes.text()
    saved = window.save("pdf", tmp_path / "forecast.pdf")
    assert saved is not None
    assert b"/Subtype /Image" in saved.read_bytes()
    window.close()
