"""Write the fault suite's outcomes into docs/reliability.md.

Run the suite, then this::

    .venv/bin/python -m pytest -m faults
    .venv/bin/python benchmarks/faults_report.py

It reads the JSON the suite wrote (``$TISKI_FAULTS_REPORT``, or
``.pytest_cache/tiski-faults.json``) and replaces the table between the marker
comments in docs/reliability.md. ``--check`` only says whether the table is current.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "reliability.md"
START = "<!-- faults-table:start (benchmarks/faults_report.py writes this) -->"
END = "<!-- faults-table:end -->"
# Modules in the order the table tells them: the database, the process, the back offices.
ORDER = ("test_database_faults", "test_process_faults", "test_back_office_faults")
LABELS = {
    "call_ended_after_s": "call ended after {} s",
    "save_ended_after_s": "save ended after {} s",
    "transfer_ended_after_s": "transfer ended after {} s",
    "to_outbox_after_s": "in the outbox after {} s",
    "recovered_after_s": "console matched the database {} s after the fault ended",
    "outbox_empty_after_restore_s": "outbox empty {} s after the fault ended",
    "outbox_empty_after_release_s": "outbox empty {} s after the lock was released",
    "error_shown_after_s": "error in its panel after {} s",
    "exited_after_s": "process exited {} s after SIGTERM",
    "others_shown_after_s": "the other panels filled after {} s",
    "flood_shown_after_s": "the flood's error after {} s",
    "trickle_shown_after_s": "the trickle's error after {} s",
    "longest_gui_gap_ms": "longest GUI-thread gap {} ms",
    "gaps_over_100_ms": "gaps over 100 ms: {}",
    "peak_rss_mb": "peak resident {} MB (whole test process)",
    "rss_growth_mb": "{} MB more at the peak",
    "test_s": "test took {} s",
}


def report_file() -> Path:
    given = os.environ.get("TISKI_FAULTS_REPORT")
    return Path(given) if given else ROOT / ".pytest_cache" / "tiski-faults.json"


def _figures(figures: dict[str, Any]) -> str:
    parts = []
    for name, value in figures.items():
        if name in LABELS:
            parts.append(LABELS[name].format(value))
        elif isinstance(value, str):
            parts.append(f"{name.replace('_', ' ')}: “{value}”")
        else:
            parts.append(f"{name.replace('_', ' ')}: {value}")
    return "; ".join(parts)


def _order(row: dict[str, Any]) -> tuple[int, str]:
    test = str(row.get("test", ""))
    for index, module in enumerate(ORDER):
        if module in test:
            return index, test
    return len(ORDER), test


def table(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| fault | when | checked | result | figures |",
        "|---|---|---|---|---|",
    ]
    for row in sorted(rows, key=_order):
        cells = [
            row.get("fault", ""),
            row.get("when", ""),
            "; ".join(row.get("checked", [])),
            "**" + str(row.get("result", "")) + "**",
            _figures(row.get("figures", {})),
        ]
        lines.append("| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |")
    passed = sum(1 for row in rows if row.get("result") == "passed")
    lines += ["", f"{passed} of {len(rows)} fault tests passed in the run this table is from."]
    return "\n".join(lines)


def rewrite(document: str, new_table: str) -> str:
    head, start, rest = document.partition(START)
    _old, end, tail = rest.partition(END)
    if not start or not end:
        raise SystemExit(f"{DOC} has no {START} ... {END} markers")
    return f"{head}{START}\n{new_table}\n{END}{tail}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is current")
    args = parser.parse_args(argv)
    source = report_file()
    try:
        rows = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        print(f"No fault suite results in {source} ({error}); run pytest -m faults first.")
        return 1
    document = DOC.read_text(encoding="utf-8")
    updated = rewrite(document, table(rows))
    if args.check:
        print("current" if updated == document else f"{DOC.name} is not current")
        return 0 if updated == document else 1
    DOC.write_text(updated, encoding="utf-8")
    print(f"Wrote {len(rows)} rows from {source} into {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
