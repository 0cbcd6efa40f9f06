"""The packaged app's start against the same command from source.

Budget (DESIGN.md): the frozen start within 1.3x of the source start. Both run
``tiski --self-test`` (a throw-away database migrated, every plugin loaded, the
console, kiosk and display rendered offscreen) and ``tiski --version`` as fresh
processes with private folders; medians of ``--runs``. Needs a build first:

    .venv/bin/python build/build.py --skip-baseline
    .venv/bin/python -m benchmarks.frozen [--runs 5] [--dist dist]

It prints both medians and their ratio and exits 0: a measurement, not a test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

BUDGET = 1.3


def _timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=300)
    return time.perf_counter() - started


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dist", type=Path, default=Path("dist"))
    args = parser.parse_args(argv)
    frozen = args.dist / "tiski" / ("tiski.exe" if os.name == "nt" else "tiski")
    if not frozen.is_file():
        print(f"No packaged app at {frozen}: run python build/build.py first.", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="tiski-frozen-") as folder:
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = "offscreen"
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            (Path(folder) / name).mkdir()
            env[name] = str(Path(folder) / name)
        print(f"{'command':<16}{'source':>12}{'frozen':>12}{'ratio':>9}")
        for name, arguments in (("--version", ["--version"]), ("--self-test", ["--self-test"])):
            source = [sys.executable, "-m", "console", *arguments]
            packed = [str(frozen), *arguments]
            _timed(source, env)  # warm the file cache for both
            _timed(packed, env)
            source_times, frozen_times = [], []
            for _ in range(args.runs):
                source_times.append(_timed(source, env))
                frozen_times.append(_timed(packed, env))
            s, f = statistics.median(source_times), statistics.median(frozen_times)
            verdict = "pass" if f / s <= BUDGET else "OVER"
            print(f"{name:<16}{s * 1000:>9.0f} ms{f * 1000:>9.0f} ms{f / s:>8.2f}x  {verdict}")
    print(f"budget: frozen <= {BUDGET}x source")
    return 0


if __name__ == "__main__":
    sys.exit(main())
