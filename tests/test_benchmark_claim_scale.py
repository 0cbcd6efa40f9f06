"""The call-next-as-the-queue-grows benchmark, run small on SQLite: it adds the waiting
visits size by size, times the desk's call next and the raw claim, and prints a table."""

from __future__ import annotations

import re

import pytest

from benchmarks import claim_scale


def test_claim_scale_reports_a_row_per_size_and_the_growth(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert claim_scale.main(["--database", "sqlite", "--sizes", "60,300", "--calls", "5"]) == 0
    report = capsys.readouterr().out
    rows = re.findall(
        r"^\| ([\d,]+) \| ([\d.]+) ms \| ([\d.]+) ms \| ([\d.]+)x \| ≤ 3x (PASS|over) \|$",
        report,
        re.MULTILINE,
    )
    # Each size's own visits were added (minus the ones the timed calls took).
    sizes = [int(size.replace(",", "")) for size, *_ in rows]
    assert len(sizes) == 2
    assert 60 - 2 * (claim_scale.WARM_UP + 5) <= sizes[0] < 60
    assert 300 - 4 * (claim_scale.WARM_UP + 5) <= sizes[1] < 300
    assert re.search(r"^growth from [\d,]+ to [\d,]+ waiting: call next [\d.]+x", report, re.M)
