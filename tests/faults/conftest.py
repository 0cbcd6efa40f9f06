"""The fault suite's record: each test says what it broke, when, what it checked and what
it measured; the run writes them to a JSON file that ``benchmarks/faults_report.py``
turns into the table in docs/reliability.md."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest
from fault_record import FaultOutcome

from console.desk.desk import Desk
from console.store.database import Database

REPORT_ENV = "TISKI_FAULTS_REPORT"


def report_path(root: Path) -> Path:
    """Where the run's outcomes go: $TISKI_FAULTS_REPORT, else under the pytest cache."""
    given = os.environ.get(REPORT_ENV)
    return Path(given) if given else root / ".pytest_cache" / "tiski-faults.json"


@pytest.fixture
def shared(postgres: Any) -> Iterator[Database]:
    """The desk's PostgreSQL database with the demo queue, reached directly (the test's view)."""
    url = postgres.create(migrated=True)
    database = Database(url)
    desk = Desk(database)
    assert desk.seed_demo()
    # Enough visitors for a long scripted shift at T1 (the demo has about 30, for all
    # services): eight more for each service the fault suite's advisor serves.
    skills = set(desk.sign_in_by_username("aino.virtanen", "T1").actor.skills)
    for _round in range(8):
        for service in desk.snapshot().services:
            if service.code in skills:
                desk.queue.issue([service.code])
    yield database
    database.dispose()
    postgres.drop(url)


_OUTCOMES = pytest.StashKey[FaultOutcome]()


@pytest.fixture
def outcome(request: pytest.FixtureRequest) -> Iterator[FaultOutcome]:
    """The row this test fills in; its result is set from the test's own outcome."""
    row = FaultOutcome(test=request.node.nodeid)
    request.node.stash[_OUTCOMES] = row
    started = time.monotonic()
    yield row
    row.figure("test_s", time.monotonic() - started)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    result = yield
    report: pytest.TestReport = result.get_result()
    row = item.stash.get(_OUTCOMES, None)
    if row is None:
        return
    if report.when == "call" or (report.when == "setup" and not report.passed):
        row.result = "skipped" if report.skipped else report.outcome
    elif report.when == "teardown":
        if report.failed and row.result == "passed":
            row.result = "failed in teardown"
        _store(item.config, row)


def _store(config: pytest.Config, row: FaultOutcome) -> None:
    path = report_path(config.rootpath)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        rows = []
    # A rerun of one test replaces its row; the others stay from the last full run.
    rows = [r for r in rows if r.get("test") != row.test] + [asdict(row)]
    path.write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")
