"""The reports count what happened: a seeded history, every figure worked out by hand.

The history (Helsinki time, targets set to 20 minutes for both services):

Monday 2 November 2026
  V1 09:00  Kela: called 09:10, served until 09:25 at T1 by aino         wait 10, service 15
  V2 09:05  Kela: called 09:30, served until 09:40 at T1 by aino         wait 25, service 10
            Vero (its second service): called 09:50, served until 10:10   wait 10, service 20
  V3 10:00  Kela: called 10:40, did not come (no-show) at T2 by mikko    wait 40
  V4 10:30  Kela: called 10:35, transferred to Vero at 10:38             wait 5
            Vero (the transfer): called 10:50, served until 11:00 at T2  wait 12, service 10
Tuesday 3 November
  V5 12:00  Kela, a life-event visit: cancelled before it was called
Thursday 5 November (outside the period of most tests)
  V6 09:00  Vero: called 09:05, served until 09:35
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from queue_kit import actor, supervisor
from report_history import MONDAY, TUESDAY, seed_history

from console.core.reports import (
    AgencyUse,
    CostMethod,
    Dimension,
    Period,
    percentile,
    split_cost,
)
from console.desk.desk import Desk
from console.desk.errors import DeskError
from console.desk.permits import PermissionDenied
from console.store.database import Database


@pytest.fixture
def history(database: Database) -> Desk:
    return seed_history(database)


def test_the_whole_period_in_one_row(history: Desk) -> None:
    report = history.reports.report(supervisor(history), MONDAY, TUESDAY)
    figures = report.total.figures

    assert figures["visits"] == 5  # V6 is after the period
    assert figures["steps"] == 6  # the transferred step counts as a transfer only
    assert figures["served"] == 4
    assert figures["no_shows"] == 1
    assert figures["transfers"] == 1
    assert figures["cancelled"] == 1
    # Waits 10, 25, 10, 40, 5, 12 minutes.
    assert figures["wait_mean_min"] == 17.0  # 102 / 6
    assert figures["wait_median_min"] == 11.0  # (10 + 12) / 2
    assert figures["wait_p90_min"] == 32.5  # rank 4.5: 25 + 0.5 x (40 - 25)
    assert figures["within_target_pct"] == 66.7  # 4 of 6 within 20 minutes
    # Service times 15, 10, 20, 10.
    assert figures["service_mean_min"] == 13.8  # 13.75, rounded half up
    assert figures["service_median_min"] == 12.5
    assert figures["multi_service_visits"] == 1  # V2; V4 asked for one service
    assert figures["agencies_per_visit"] == 1.4  # V2 and V4 reached Kela and Vero: 7 / 5
    assert figures["life_event_visits"] == 1


def test_per_agency_and_per_day(history: Desk) -> None:
    report = history.reports.report(
        supervisor(history), MONDAY, TUESDAY, period=Period.DAY, dimension=Dimension.AGENCY
    )
    rows = {(row.period, row.who): row.figures for row in report.rows}

    assert set(rows) == {("2026-11-02", "kela"), ("2026-11-02", "vero"), ("2026-11-03", "kela")}
    kela_monday = rows[("2026-11-02", "kela")]
    assert kela_monday["visits"] == 4
    assert kela_monday["steps"] == 3  # V1, V2, V3; V4's Kela step became a transfer
    assert kela_monday["transfers"] == 1
    assert kela_monday["served"] == 2
    assert kela_monday["no_shows"] == 1
    assert kela_monday["wait_mean_min"] == 20.0  # 10, 25, 40, 5
    assert kela_monday["within_target_pct"] == 50.0
    assert kela_monday["agencies_per_visit"] == 1.5  # V1 1, V2 2, V3 1, V4 2
    vero = rows[("2026-11-02", "vero")]
    assert (vero["visits"], vero["served"], vero["wait_mean_min"]) == (2, 2, 11.0)
    assert vero["service_mean_min"] == 15.0  # 20 and 10
    assert rows[("2026-11-03", "kela")]["cancelled"] == 1
    assert report.total.figures["visits"] == 5


def test_per_counter_staff_and_hour(history: Desk) -> None:
    boss = supervisor(history)
    counters = history.reports.report(boss, MONDAY, TUESDAY, dimension=Dimension.COUNTER)
    by_counter = {row.who: row.figures for row in counters.rows}
    assert set(by_counter) == {"T1", "T2"}  # V5 was never at a counter
    assert (by_counter["T1"]["served"], by_counter["T2"]["served"]) == (3, 1)
    assert by_counter["T2"]["no_shows"] == 1

    people = history.reports.report(boss, MONDAY, TUESDAY, dimension=Dimension.STAFF)
    by_person = {row.who: row.figures["served"] for row in people.rows}
    assert by_person == {"aino.virtanen": 3, "jukka.niemi": 1}

    hours = history.reports.report(boss, MONDAY, TUESDAY, period=Period.HOUR)
    arrivals = {row.period: row.figures["visits"] for row in hours.rows}
    assert arrivals == {"09": 2, "10": 2, "12": 1}  # by the visit's arrival

    weekdays = history.reports.report(boss, MONDAY, date(2026, 11, 8), period=Period.WEEKDAY)
    assert {row.period: row.figures["visits"] for row in weekdays.rows} == {
        "1": 4,
        "2": 1,
        "4": 1,
    }


def test_the_cost_is_split_to_the_cent(history: Desk) -> None:
    boss = supervisor(history)
    by_minutes = history.reports.cost_split(boss, MONDAY, TUESDAY, 100_000, CostMethod.MINUTES)
    parts = {share.agency: share.cost_cents for share in by_minutes.shares}
    # Kela 25 service minutes, Vero 30: 45454.54... and 54545.45... cents; the cent left
    # over goes to the larger remainder, Kela's.
    assert parts["kela"] == 45_455
    assert parts["vero"] == 54_545
    assert sum(parts.values()) == 100_000
    assert {part for agency, part in parts.items() if agency not in ("kela", "vero")} == {0}

    agencies = len(parts)
    base = history.reports.cost_split(
        boss, MONDAY, TUESDAY, 1_000_001, CostMethod.BASE_PLUS_STEPS, base_cents=10_000
    )
    fixed_parts = {share.agency: share.cost_cents for share in base.shares}
    assert sum(fixed_parts.values()) == 1_000_001
    rest = 1_000_001 - 10_000 * agencies  # split by services served: Kela 2, Vero 2
    assert fixed_parts["kela"] + fixed_parts["vero"] == 20_000 + rest
    assert abs(fixed_parts["kela"] - fixed_parts["vero"]) <= 1
    assert fixed_parts["dvv"] == 10_000

    with pytest.raises(DeskError) as refused:
        history.reports.cost_split(
            boss, MONDAY, TUESDAY, 5_000, CostMethod.BASE_PLUS_STEPS, base_cents=10_000
        )
    assert "fixed part" in str(refused.value)


@given(
    weights=st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=12),
    total=st.integers(min_value=0, max_value=10**9),
    method=st.sampled_from(list(CostMethod)),
)
def test_any_split_sums_to_the_cost_and_follows_the_measure(
    weights: list[int], total: int, method: CostMethod
) -> None:
    uses = [
        AgencyUse(f"a{index:02d}", weight, weight * 1.5) for index, weight in enumerate(weights)
    ]
    base = total // (4 * len(uses)) if method is CostMethod.BASE_PLUS_STEPS else 0
    split = split_cost(uses, total, method, base_cents=base)
    parts = [share.cost_cents for share in split.shares]
    assert sum(parts) == total
    measured = sum(weights)
    for use, part in zip(uses, parts, strict=True):
        exact = base + (total - base * len(uses)) * (
            use.served / measured if measured else 1 / len(uses)
        )
        assert abs(part - exact) < 1  # within a cent of its exact part


def test_percentiles_interpolate_as_spreadsheets_do() -> None:
    assert percentile([], 0.5) is None
    assert percentile([7.0], 0.9) == 7.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 0.5) == 2.5
    assert percentile([15.0, 20.0, 35.0, 40.0, 50.0], 0.4) == 29.0  # PERCENTILE.INC


def test_only_a_supervisor_reads_the_reports(history: Desk) -> None:
    advisor = actor(history, "aino.virtanen", "T1")
    with pytest.raises(PermissionDenied) as refused:
        history.reports.report(advisor, MONDAY, TUESDAY)
    assert "reports" in str(refused.value)
    with pytest.raises(DeskError) as backwards:
        history.reports.report(supervisor(history), TUESDAY, MONDAY)
    assert "before it starts" in str(backwards.value)


def _tiski(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "console", "--language", "en", *args],
        capture_output=True,
        text=True,
        env={**env, "TISKI_PASSWORD": "demo"},
        timeout=120,
        check=False,
    )


def test_tiski_report_writes_the_figures_as_csv_json_and_pdf(
    history: Desk, tmp_path: Path, tiski_env: dict[str, str]
) -> None:
    url = history.database.url.render_as_string(hide_password=False)
    if history.database.dialect != "sqlite":
        pytest.skip("the command line's sign-in on PostgreSQL is tested in test_cli_signin")
    common = ["--database", url, "--user", "kaisa.mattila", "--from", "2026-11-02"]
    as_json = _tiski(
        tiski_env,
        "report",
        "figures",
        *common,
        "--to",
        "2026-11-03",
        "--per",
        "agency",
        "--format",
        "json",
    )
    assert as_json.returncode == 0, as_json.stderr
    body = json.loads(as_json.stdout)
    rows = {row["agency"]: row for row in body["rows"]}
    assert rows["kela"]["transfers"] == 1
    assert rows["vero"]["service_mean_min"] == 15.0
    assert rows["All"]["wait_p90_min"] == 32.5

    as_csv = _tiski(
        tiski_env,
        "report",
        "cost-sharing",
        *common,
        "--to",
        "2026-11-03",
        "--cost",
        "1000,00",
        "--method",
        "minutes",
    )
    assert as_csv.returncode == 0, as_csv.stderr
    lines = as_csv.stdout.splitlines()
    assert lines[0] == "Agency,Served,Service minutes,Share (%),Part of the cost (EUR)"
    assert "kela,2,25.0,45.45,454.55" in lines
    assert "vero,2,30.0,54.55,545.45" in lines
    assert "All,4,55.0,100.0,1000.00" in lines

    pdf = tmp_path / "figures.pdf"
    as_pdf = _tiski(
        tiski_env,
        "report",
        "figures",
        *common,
        "--to",
        "2026-11-03",
        "--by",
        "day",
        "--format",
        "pdf",
        "--output",
        str(pdf),
    )
    assert as_pdf.returncode == 0, as_pdf.stderr
    assert "figures.pdf" in as_pdf.stdout
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-")
    assert b"/Type /Page" in data
    assert b"Tiski" in data

    advisor = _tiski(tiski_env, "report", "figures", "--database", url, "--user", "aino.virtanen")
    assert advisor.returncode == 2
    assert "does not allow reading the desk's reports" in advisor.stderr
    assert "Traceback" not in advisor.stderr
    bad_day = _tiski(tiski_env, "report", "figures", *common, "--to", "3.11.2026")
    assert bad_day.returncode == 2
    assert "--to 3.11.2026 is not a date: write it as YYYY-MM-DD." in bad_day.stderr
