"""The side-by-side with a naive queue system, run small on SQLite, so it does not rot
between measurements: Tiski hands each ticket out once, gives each number once and
leaves nobody uncalled, and the table has every workload for both systems."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import peer

TICKETS, CALLERS, ISSUERS = 30, 2, 2


def test_tiski_beside_the_naive_peer_on_sqlite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outcomes = peer.compare("sqlite", tmp_path, TICKETS, CALLERS, ISSUERS, peer.DEFAULT_SERVER)

    workloads = [name for name, _run in peer.workloads(TICKETS, CALLERS, ISSUERS)]
    assert workloads == [
        "issue 30, 1 issuer",
        "call next 30, 1 caller",
        "2 callers drain 30",
        "2 issuers, 30 tickets",
    ]
    rows = peer.table(outcomes)
    assert [(row[0], row[1], row[2]) for row in rows] == [
        (workload, "sqlite", system) for workload in workloads for system in ("naive peer", "Tiski")
    ]
    peer.print_table(rows)
    printed = capsys.readouterr().out.splitlines()
    for workload in workloads:
        assert sum(line.startswith(workload) for line in printed) == 2

    tiski = {o.workload: o for o in outcomes if o.system == "Tiski"}
    issued, called, drained, many_issued = (tiski[name] for name in workloads)
    for issuing in (issued, many_issued):
        assert issuing.duplicate_numbers == 0
        assert len(issuing.latencies) - issuing.failed == TICKETS  # every ticket issued
    for calling in (called, drained):
        assert calling.double_handouts == 0
        assert calling.never_called == 0
        assert len(calling.latencies) - calling.failed == TICKETS  # every ticket called once
