"""The many-offices benchmark, run small on PostgreSQL so that it does not rot between
measurements: 3 offices of 2 counters through a short peak (counter processes, kiosks,
a listener per office), then office 1's call next with 1 and 3 offices holding a queue.
It must report no double claim, every office's tickets seen by that office's listener,
no listener woken by another office's change, and its tables."""

from __future__ import annotations

import re
from typing import Any

import pytest

from benchmarks import offices

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

OFFICES = 3


@pytest.fixture
def server(postgres: Any) -> str:
    """The test server's URL (skipped without it, failed under TISKI_REQUIRE_PG=1 by the
    ``postgres`` fixture); the benchmark makes and drops its own database there."""
    return str(postgres.engine.url.render_as_string(hide_password=False))


def cells(report: str, first: str) -> list[str]:
    """The cells of the markdown row that starts with ``first``."""
    line = next(line for line in report.splitlines() if line.startswith(f"| {first}"))
    return [cell.strip() for cell in line.strip("|").split("|")]


def test_many_offices_small(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        offices.main(
            [
                "--server",
                server,
                "--offices",
                str(OFFICES),
                "--counters",
                "2",
                "--processes",
                "2",
                "--minutes",
                "0.2",
                "--arrival-s",
                "0.4",
                "--service-s",
                "0.1,0.3",
                "--idle-s",
                "0.2,0.4",
                "--backlog",
                "3",
                "--scale-offices",
                f"1,{OFFICES}",
                "--scale-waiting",
                "200",
                "--scale-calls",
                "10",
                # Waiting steps of a few services while the caller serves every one: a
                # probe that scans the office's queue per skill shows as rows thrown away.
                "--scale-services",
                "kiosk",
            ]
        )
        == 0
    )
    report = capsys.readouterr().out

    assert "### Morning peak: 3 offices x 2 counters" in report
    assert "errors:" not in report
    # Both kinds of claim were timed, and nobody was called twice or by another office.
    p50 = cells(report, "call next p50, all counters")
    calls, raw_calls = map(int, re.findall(r"\((\d+) calls / (\d+) raw\)", p50[0])[0])
    assert calls > 0
    assert raw_calls > 0
    assert p50[1].endswith(" ms")
    assert p50[2].endswith(" ms")
    doubles = cells(report, "double claims")
    assert doubles[0] == (
        "double claims (twice 0, at another counter 0, at another office 0, unrecorded 0)"
    )
    assert doubles[2] == "0"
    assert doubles[5] == "PASS"
    # Every office's listener heard every ticket of its office and nothing of the others'.
    assert cells(report, "feed p95, worst office")[0] == "feed p95, worst office (missed 0)"
    assert cells(report, "notifications about another office's change")[2] == "0"
    feeds = re.findall(
        r"^\| (\w+) \| (\d+) \| (-?[\d.]+ ms) \| (-?[\d.]+ ms) \| (-?[\d.]+ ms) \| (\d+) \|"
        r" (\d+) \| (\d+) \|$",
        report,
        re.MULTILINE,
    )
    assert [code for code, *_ in feeds] == ["pori", "o02", "o03"]
    for _code, tickets, _p50, _p95, _max, missed, foreign, _shared in feeds:
        assert int(tickets) > 0
        assert missed == "0"
        assert foreign == "0"
    # The scaling table: one row per number of offices holding a queue, and the growth.
    rows = re.findall(
        r"^\| (\d+) \| ([\d,]+) \| ([\d,]+) \| ([\d.]+) ms \| ([\d.]+) ms \| ([\d.]+)x \|"
        r" [\d.]+ ms \| (\d+|–) \| (\d+|–) \| (-?\d+|–) \| (\d+|–) \| ≤ 3x (PASS|over) \|$",
        report,
        re.MULTILINE,
    )
    assert [int(row[0]) for row in rows] == [1, OFFICES]
    # Call next's probes read their index in order and stop: none scans the office's
    # queue for a skill nobody waits for (an index of an office's waiting steps by time
    # alone once made PostgreSQL, without statistics, do just that).
    assert [row[7] for row in rows] == ["0", "0"]
    first, last = rows
    assert int(last[1].replace(",", "")) > int(first[1].replace(",", ""))  # more waiting
    assert re.search(
        r"^growth from 1 to 3 offices with a queue .*: call next [\d.]+x", report, re.M
    )
