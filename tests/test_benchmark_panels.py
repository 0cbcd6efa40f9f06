"""The panels benchmark runs end to end (short), so it does not rot between measurements."""

from __future__ import annotations

import pytest

from benchmarks import panels


@pytest.mark.slow
def test_the_panels_benchmark_reports_the_stall_of_both_runs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert panels.main(["--seconds", "2", "--latency", "1"]) == 0
    out = capsys.readouterr().out
    assert "baseline: console, no plugins" in out
    loaded = next(line for line in out.splitlines() if line.startswith("every bundled plugin"))
    assert int(loaded.split()[4]) == 8  # every bundled plugin got its panel
    assert "budget: longest stall <= 50 ms:" in out
