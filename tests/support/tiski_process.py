"""Running ``tiski`` as a separate process in end-to-end tests."""

from __future__ import annotations

import contextlib
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any


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
        errors = stop_by_sigterm(process)
    return started, errors, process.returncode


def stop_by_sigterm(process: subprocess.Popen[str]) -> str:
    """Send SIGTERM, wait for the end: what the process wrote to stderr.

    A process still running 25 s after SIGTERM ends itself with exit code 1 and every
    thread's stack on stderr (console.app.quitting.end_if_still_running); one still
    running at 30 s is killed, and stderr says so. Either way the caller's check of the
    exit code fails with the reason, instead of the test run hanging.
    """
    process.send_signal(signal.SIGTERM)
    try:
        _out, errors = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        _out, errors = process.communicate()
        errors = f"did not stop within 30 s of SIGTERM; killed\n{errors}"
    return str(errors)


DRIVER = Path(__file__).resolve().parent / "console_driver.py"


class DrivenConsole:
    """The real console in its own process, run by ``console_driver.py``; its JSON events
    are read on a thread so that the test can wait for one with a deadline."""

    def __init__(self, env: dict[str, str], *arguments: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(DRIVER), *arguments],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.events: queue.Queue[dict[str, Any]] = queue.Queue()
        self.seen: list[dict[str, Any]] = []
        self.errors = ""
        self._readers = [
            threading.Thread(target=self._read, daemon=True),
            threading.Thread(target=self._read_errors, daemon=True),
        ]
        for reader in self._readers:
            reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with contextlib.suppress(ValueError):
                event = json.loads(line)
                if isinstance(event, dict):
                    self.events.put(event)

    def _read_errors(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.errors += line

    def drain(self) -> list[dict[str, Any]]:
        """The events printed so far (also kept in :attr:`seen`)."""
        while True:
            try:
                self.seen.append(self.events.get_nowait())
            except queue.Empty:
                return self.seen

    def wait_for(self, name: str, timeout: float) -> dict[str, Any] | None:
        """The next event called ``name``, or None after ``timeout`` s or when it ends."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                event = self.events.get(timeout=min(left, 0.5))
            except queue.Empty:
                if self.process.poll() is not None and self.events.empty():
                    return None
                continue
            self.seen.append(event)
            if event.get("event") == name:
                return event
        return None

    def kill(self) -> int:
        """kill -9, and the exit status (-9)."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.process.pid, signal.SIGKILL)
        code = self.process.wait(timeout=30)
        self._close_pipes()
        return code

    def end(self, timeout: float) -> int | None:
        """Wait for it to end by itself; None if it had not after ``timeout`` s (then killed)."""
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            return None
        self._close_pipes()
        return code

    def _close_pipes(self) -> None:
        for reader in self._readers:
            reader.join(timeout=10)
        for pipe in (self.process.stdout, self.process.stderr):
            if pipe is not None:
                pipe.close()
