"""Nothing typed is lost: a killed console offers its draft again; a note saved while the
database is down arrives when it is back. Real processes, real kills, a real server."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

SUPPORT = Path(__file__).resolve().parent / "support"

NOTE = "Asiakas muuttaa Poriin 1.12. Kelan asumistuki vireille; liitteet puuttuvat."


def _driver(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(SUPPORT / "console_driver.py"), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _read_line(process: subprocess.Popen[str], timeout: float) -> str:
    assert process.stdout is not None
    deadline = time.monotonic() + timeout
    os.set_blocking(process.stdout.fileno(), False)
    buffer = ""
    while time.monotonic() < deadline:
        chunk = process.stdout.readline()
        if chunk:
            buffer += chunk
            if buffer.endswith("\n"):
                return buffer.strip()
        elif process.poll() is not None:
            break
        time.sleep(0.1)  # waiting on another process's output, not on Qt
    return buffer.strip()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_console_offers_its_draft_again(tiski_env: dict[str, str]) -> None:
    with _driver(tiski_env, "type", NOTE) as typing:
        line = _read_line(typing, 90)
        if line == "TYPED":
            os.kill(typing.pid, signal.SIGKILL)
        else:
            typing.kill()
        _out, errors = typing.communicate(timeout=30)
    assert line == "TYPED", errors
    assert typing.returncode == -signal.SIGKILL

    with _driver(tiski_env, "restore", NOTE) as restoring:
        # The driver closes the console once the draft is back in the editor.
        try:
            out, errors = restoring.communicate(timeout=90)
        except subprocess.TimeoutExpired:
            restoring.kill()
            out, errors = restoring.communicate(timeout=30)
    line = out.strip().splitlines()[-1] if out.strip() else ""
    logs = list(Path(tiski_env["XDG_STATE_HOME"]).rglob("tiski.log"))
    log_text = logs[0].read_text(encoding="utf-8") if logs else ""
    assert json.loads(line or "{}") == {"editor": NOTE}, errors + log_text
    assert "Offering to restore 1 unsaved notes" in log_text


def _note_count(text: str) -> int:
    from sqlalchemy import create_engine
    from sqlalchemy import text as sql

    from console import paths

    engine = create_engine(f"sqlite:///{paths.embedded_database_file(demo=True)}")
    try:
        with engine.connect() as connection:
            return int(
                connection.execute(
                    sql("SELECT count(*) FROM note WHERE body = :body"), {"body": text}
                ).scalar_one()
            )
    finally:
        engine.dispose()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_console_killed_between_the_commit_and_the_drafts_removal_saves_the_note_once(
    tiski_env: dict[str, str],
) -> None:
    with _driver(tiski_env, "save-and-die", NOTE) as saving:
        line = _read_line(saving, 90)
        _out, errors = saving.communicate(timeout=30)
    assert line == "COMMITTED", errors
    assert saving.returncode == -signal.SIGKILL
    assert _note_count(NOTE) == 1

    with _driver(tiski_env, "settle") as restarting:
        try:
            out, errors = restarting.communicate(timeout=90)
        except subprocess.TimeoutExpired:
            restarting.kill()
            out, errors = restarting.communicate(timeout=30)
    line = out.strip().splitlines()[-1] if out.strip() else ""
    logs = list(Path(tiski_env["XDG_STATE_HOME"]).rglob("tiski.log"))
    log_text = logs[0].read_text(encoding="utf-8") if logs else ""
    # Nothing offered again, nothing in the editor, the note in the database once.
    assert json.loads(line or "{}") == {"offered": 0, "editor": ""}, errors + log_text
    assert _note_count(NOTE) == 1
    assert "was already in the database; dropped" in log_text
    assert NOTE not in log_text
