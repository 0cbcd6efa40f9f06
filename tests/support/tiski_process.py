"""Running ``tiski`` as a separate process in end-to-end tests."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path


def run_until_logged(
    env: dict[str, str], folders: Path, arguments: list[str], wanted: str
) -> tuple[bool, str, int]:
    """Start ``tiski <arguments>``, wait for ``wanted`` in its log, stop it by SIGTERM."""
    with subprocess.Popen(
        [sys.executable, "-m", "console", *arguments],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        log_text = ""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            logs = list((folders / "state").rglob("tiski.log"))
            log_text = logs[0].read_text(encoding="utf-8") if logs else ""
            if wanted in log_text:
                break
            time.sleep(0.2)  # polling another process's log file, not a Qt wait
        started = wanted in log_text
        process.send_signal(signal.SIGTERM)
        _out, errors = process.communicate(timeout=30)
    return started, errors, process.returncode
