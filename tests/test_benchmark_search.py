"""The note search benchmark, run small: it loads notes, searches them and reports p95."""

from __future__ import annotations

import re

import pytest

from benchmarks import search

SMALL = ["--notes", "2000", "--samples", "20"]


def cells(report: str, first: str) -> list[str]:
    """The cells of the report's table row that starts with ``first``."""
    line = next(line for line in report.splitlines() if line.startswith(first))
    return re.split(r"\s{2,}", line.strip())


def check_report(report: str) -> None:
    # The budget line: p95 of every timed search, in milliseconds, with a verdict.
    overall = cells(report, "all readers (the budget)")
    samples, p50, p95, slowest, budget, verdict = overall[1:]
    assert samples == "20"
    assert re.fullmatch(r"\d+(\.\d+)? ms", p95)
    assert float(p50.split()[0]) <= float(p95.split()[0]) <= float(slowest.split()[0])
    assert budget == "≤ 50 ms"
    assert verdict in ("PASS", "OVER")
    # A word in most notes fills the 50-hit limit for each of the three readers; a
    # word in no note finds nothing.
    common = cells(report, "common word:")
    assert int(common[1].replace(",", "")) > 1000  # notes matching, for any reader
    assert common[2:5] == ["50", "50", "50"]
    assert cells(report, "no match:")[1:5] == ["0", "0", "0", "0"]
    # Every search went through the desk: one audit event each.
    counts = re.search(r"(\d+) searches through CaseDesk.search .*?, (\d+) search events", report)
    assert counts
    assert counts[1] == counts[2]
    assert int(counts[1]) == 20 + search.WARM_UP_ROUNDS * 15


def test_search_benchmark_on_sqlite(capsys: pytest.CaptureFixture[str]) -> None:
    assert search.main([*SMALL, "--database", "sqlite"]) == 0
    report = capsys.readouterr().out
    assert "Tiski note search on sqlite: 2,000 notes in 100 cases" in report
    check_report(report)


def test_search_benchmark_in_a_database_it_is_given(
    empty_db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A URL is used as given (an empty database, SQLite file or PostgreSQL)."""
    assert search.main([*SMALL, "--database", empty_db_url]) == 0
    report = capsys.readouterr().out
    dialect = "sqlite" if empty_db_url.startswith("sqlite") else "postgresql"
    assert f"Tiski note search on {dialect}: 2,000 notes in 100 cases" in report
    check_report(report)
