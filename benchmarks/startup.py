"""Start to first painted console with 10,000 waiting steps, against a bare PySide6 window.

Budget (DESIGN.md): at most 5x the start of a bare PySide6 QMainWindow, both as a
fresh process under the same Qt platform. Run:

    .venv/bin/python -m benchmarks.startup [--runs 7] [--steps 10000]

It prints the median of each and their ratio, and exits 1 when over budget.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

BUDGET = 5.0

BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Tiski"))
window.resize(1440, 900)
window.show()
window.repaint()
window.close()
"""


def add_waiting_steps(database_file: Path, steps: int) -> None:
    """Fill the demo desk's queue with ``steps`` waiting visitors (setup, not measured)."""
    from sqlalchemy import select

    from console.core.queue import DESK_TIMEZONE, utc_now
    from console.desk.desk import Desk
    from console.store.database import Database
    from console.store.models import Service, Visit, VisitStep
    from console.store.schema import upgrade

    database = Database(f"sqlite:///{database_file}")
    upgrade(database)
    Desk(database).seed_demo()
    now = utc_now()
    with database.session() as session:
        services = list(session.scalars(select(Service)))
        for number in range(steps):
            service = services[number % len(services)]
            taken = now - timedelta(seconds=number)
            visit = Visit(
                ticket_day=now.astimezone(DESK_TIMEZONE).date(),
                ticket_number=f"Z{number:05d}",
                language="fi",
                source="kiosk",
                created_at=taken,
            )
            visit.steps = [
                VisitStep(position=1, service_id=service.id, state="waiting", queued_at=taken)
            ]
            session.add(visit)
    database.dispose()


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--steps", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
            XDG_DATA_HOME=f"{home}/data",
            XDG_CONFIG_HOME=f"{home}/config",
            XDG_STATE_HOME=f"{home}/state",
            TISKI_SITE_CONFIG=f"{home}/site.toml",
        )
        os.environ.update(env)
        data = Path(home, "data", "tiski")
        data.mkdir(parents=True)
        add_waiting_steps(data / "demo.sqlite3", args.steps)
        tiski = [sys.executable, "-m", "console", "--demo", "--exit-when-shown"]
        bare = [sys.executable, "-c", BARE_WINDOW]
        timed(tiski, env)  # warm the file cache for both
        timed(bare, env)
        tiski_times, bare_times = [], []
        for _ in range(args.runs):
            bare_times.append(timed(bare, env))
            tiski_times.append(timed(tiski, env))
    bare_median = statistics.median(bare_times)
    tiski_median = statistics.median(tiski_times)
    ratio = tiski_median / bare_median
    print(f"bare PySide6 window : median {bare_median * 1000:7.0f} ms over {args.runs} runs")
    print(
        f"tiski console       : median {tiski_median * 1000:7.0f} ms "
        f"({args.steps} waiting steps, demo desk, all bundled plugins and their sandbox)"
    )
    print(f"ratio               : {ratio:.2f}x (budget {BUDGET:.1f}x)")
    return 0 if ratio <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
