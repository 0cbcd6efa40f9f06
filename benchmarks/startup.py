"""Start to first painted console with 10,000 waiting steps, against a bare PySide6 window.

Budget (DESIGN.md): the first paint at most 5x the start of a bare PySide6 QMainWindow,
both as a fresh process under the same Qt platform. Run:

    .venv/bin/python -m benchmarks.startup [--runs 7] [--steps 10000]

Two moments of ``tiski --demo``, each timed from the start of a fresh process until it
prints that it has painted (so the process's closing afterwards does not count):

- first paint (``--exit-when-shown``): the console's shell is on screen, with its menus
  and empty zones; the budget's line;
- queue filled (``--exit-when-filled``): the console has read the desk and painted its
  queues with the waiting tickets; a figure of its own, with no budget.

The bare window prints the same word once painted. Each figure is the median of
``--runs`` fresh processes (after one warm-up of each), taken in turns. It prints a
table and exits 1 when the first paint is over budget.
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
print("shown", flush=True)
window.close()
"""


def add_waiting_steps(database_file: Path, steps: int) -> None:
    """Fill the demo desk's queue with ``steps`` waiting visitors (setup, not measured)."""
    from sqlalchemy import select

    from console.core.queue import DESK_TIMEZONE, utc_now
    from console.desk.desk import Desk
    from console.store.database import Database
    from console.store.models import Service, Site, Visit, VisitStep
    from console.store.schema import upgrade

    database = Database(f"sqlite:///{database_file}")
    upgrade(database)
    Desk(database).seed_demo()
    now = utc_now()
    with database.session() as session:
        services = list(session.scalars(select(Service)))
        office = session.scalars(select(Site.id).order_by(Site.id)).first()  # the console's
        for number in range(steps):
            service = services[number % len(services)]
            taken = now - timedelta(seconds=number)
            visit = Visit(
                site_id=office,
                ticket_day=now.astimezone(DESK_TIMEZONE).date(),
                ticket_number=f"Z{number:05d}",
                language="fi",
                source="kiosk",
                created_at=taken,
            )
            visit.steps = [
                VisitStep(
                    site_id=office,
                    position=1,
                    service_id=service.id,
                    state="waiting",
                    queued_at=taken,
                )
            ]
            session.add(visit)
    database.dispose()


def timed(command: list[str], env: dict[str, str], moment: str) -> float:
    """Seconds from starting ``command`` until it prints ``moment`` (it must, and exit 0)."""
    started = time.perf_counter()
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True) as process:
        assert process.stdout is not None
        seen = None
        for line in process.stdout:
            if line.strip() == moment and seen is None:
                seen = time.perf_counter() - started
        if process.wait() != 0:
            raise subprocess.CalledProcessError(process.returncode, command)
    if seen is None:
        raise RuntimeError(f"{' '.join(command)} never said {moment!r}")
    return seen


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
        tiski = [sys.executable, "-m", "console", "--demo"]
        runs = {
            "bare": ([sys.executable, "-c", BARE_WINDOW], "shown"),
            "shown": ([*tiski, "--exit-when-shown"], "shown"),
            "filled": ([*tiski, "--exit-when-filled"], "filled"),
        }
        times: dict[str, list[float]] = {name: [] for name in runs}
        for command, moment in runs.values():
            timed(command, env, moment)  # warm the file cache
        for _ in range(args.runs):
            for name, (command, moment) in runs.items():
                times[name].append(timed(command, env, moment))
    median = {name: statistics.median(values) for name, values in times.items()}
    bare = median["bare"]
    first_paint = median["shown"] / bare
    print(
        f"{args.runs} fresh processes each, medians; tiski --demo with {args.steps} waiting "
        "steps, all bundled plugins and their sandbox"
    )
    print(f"{'moment':<34} {'median':>9} {'ratio':>7}  verdict")
    print(f"{'bare PySide6 window painted':<34} {bare * 1000:6.0f} ms {'1.00x':>7}")
    verdict = "PASS" if first_paint <= BUDGET else "over"
    print(
        f"{'first paint (--exit-when-shown)':<34} {median['shown'] * 1000:6.0f} ms "
        f"{first_paint:6.2f}x  {verdict} (budget {BUDGET:.1f}x)"
    )
    print(
        f"{'queue filled (--exit-when-filled)':<34} {median['filled'] * 1000:6.0f} ms "
        f"{median['filled'] / bare:6.2f}x  (no budget)"
    )
    return 0 if first_paint <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
