"""A process told to stop does stop: a closing that gets stuck says where, and ends."""

from __future__ import annotations

import subprocess
import sys

import pytest
from support.tiski_process import stop_by_sigterm

# A window whose closing hangs in a C call (the GUI thread asleep in time.sleep, where
# no Python signal handler or timer can run), told to stop by SIGTERM.
STUCK_WINDOW = """
import sys, time
from PySide6.QtWidgets import QApplication, QWidget
from console.app.quitting import close_on_terminate

def close_and_hang():
    time.sleep(120)

app = QApplication(sys.argv[:1])
window = QWidget()
close_on_terminate(window, close_and_hang, grace_s=1)
window.show()
print("up", flush=True)
sys.exit(app.exec())
"""

HEALTHY_WINDOW = STUCK_WINDOW.replace("close_and_hang, grace_s=1", "grace_s=1")


def _start(source: str, env: dict[str, str]) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", source],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "up", process.stderr and process.stderr.read()
    return process


@pytest.mark.skipif(sys.platform == "win32", reason="stopped by SIGTERM")
def test_a_closing_stuck_after_sigterm_ends_the_process_and_says_where(
    tiski_env: dict[str, str],
) -> None:
    with _start(STUCK_WINDOW, tiski_env) as process:
        errors = stop_by_sigterm(process)
    assert process.returncode == 1, errors
    assert "did not stop within 30 s" not in errors
    # faulthandler's dump: the GUI thread's stack names the function it is stuck in.
    assert "Timeout (0:00:01)!" in errors
    assert "close_and_hang" in errors


@pytest.mark.skipif(sys.platform == "win32", reason="stopped by SIGTERM")
def test_a_healthy_closing_after_sigterm_ends_cleanly_before_the_watchdog(
    tiski_env: dict[str, str],
) -> None:
    with _start(HEALTHY_WINDOW, tiski_env) as process:
        errors = stop_by_sigterm(process)
    assert process.returncode == 0, errors
    assert "Timeout" not in errors
