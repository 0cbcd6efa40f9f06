"""The lobby display as visitors see it, fed by counters calling on a real database."""

from __future__ import annotations

import logging
import subprocess
import sys
import wave
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from display_kit import LobbyDisplays
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot
from tiski_process import run_until_logged

from console.core.steps import StepAction
from console.desk.desk import Desk
from console.desk.queue import Actor
from console.store.database import Database
from console.ui.display.voice import chime_file
from console.ui.display.window import LobbyDisplay
from console.ui.shared.speech import Sound, Speaker

MakeDisplay = Callable[..., LobbyDisplay]


@pytest.fixture
def desk(demo_database: Database) -> Desk:
    return Desk(demo_database)


@pytest.fixture
def make_display(qtbot: QtBot, desk: Desk) -> Iterator[MakeDisplay]:
    displays = LobbyDisplays(qtbot, desk)
    yield lambda **options: displays.open(False, **options)
    displays.close_all()


@pytest.fixture
def display(make_display: MakeDisplay) -> LobbyDisplay:
    return make_display()


def actor(desk: Desk, username: str, counter: str | None = None) -> Actor:
    return desk.sign_in_by_username(username, counter).actor


def announced(qtbot: QtBot, display: LobbyDisplay) -> str:
    """Refresh and return the ticket the display announces."""
    with qtbot.waitSignal(display.call_shown, timeout=10_000) as shown:
        display.refresh()
    return str(shown.args[0])


def fake_player(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str = "paplay") -> Path:
    """A stand-in sound player on PATH that writes down what it was asked to play."""
    folder = tmp_path / "bin"
    folder.mkdir(exist_ok=True)
    played = tmp_path / "played.txt"
    script = folder / name
    # Written aside and moved in: the file appears only once it says what was played
    # (with ">>" a test could see it empty and stop the player before it wrote).
    script.write_text(
        f'#!/bin/sh\nprintf "%s\\n" "$@" > "{played}.part"\n'
        f'command -p mv "{played}.part" "{played}"\n',
        encoding="utf-8",
    )
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(folder))
    return played


def test_the_display_shows_a_ticket_a_console_called_with_its_counter(
    qtbot: QtBot, display: LobbyDisplay, desk: Desk
) -> None:
    resets: list[str] = []
    display.called_model.modelReset.connect(lambda: resets.append("called"))
    display.service_model.modelReset.connect(lambda: resets.append("services"))
    assert display.latest is None
    assert not display.is_highlighted()

    first = desk.queue.call_next(actor(desk, "aino.virtanen", "T3"))
    assert first is not None
    assert announced(qtbot, display) == first.step.ticket_number
    assert display.latest_ticket.text() == first.step.ticket_number
    assert display.latest_counter.text() == "Tiski 3"
    assert display.latest_counter_other.text() == "Disk 3 · Counter 3"
    assert display.is_highlighted()

    second = desk.queue.call_next(actor(desk, "johanna.lindholm", "T2"))
    assert second is not None
    assert announced(qtbot, display) == second.step.ticket_number
    assert display.latest_ticket.text() == second.step.ticket_number
    assert display.latest_counter.text() == "Tiski 2"
    earlier = display.called_model.rows()
    assert [(c.ticket_number, c.counter.code) for c in earlier] == [
        (first.step.ticket_number, "T3")
    ]
    assert resets == [], "the display applies changes, it does not reset its models"


def test_a_recall_is_announced_again(qtbot: QtBot, display: LobbyDisplay, desk: Desk) -> None:
    advisor = actor(desk, "aino.virtanen", "T3")
    called = desk.queue.call_next(advisor)
    assert called is not None
    assert announced(qtbot, display) == called.step.ticket_number
    desk.queue.call_next(actor(desk, "johanna.lindholm", "T2"))
    announced(qtbot, display)
    desk.queue.act(advisor, called.step.step_id, StepAction.RECALL)
    assert announced(qtbot, display) == called.step.ticket_number
    assert display.latest_counter.text() == "Tiski 3"


def test_calls_made_before_the_display_started_are_shown_without_a_fanfare(
    qtbot: QtBot, desk: Desk, make_display: MakeDisplay
) -> None:
    called = desk.queue.call_next(actor(desk, "aino.virtanen", "T1"))
    assert called is not None
    display = make_display()
    assert display.latest_ticket.text() == called.step.ticket_number
    assert not display.is_highlighted()


def test_the_highlight_fades(qtbot: QtBot, desk: Desk, make_display: MakeDisplay) -> None:
    display = make_display(highlight_ms=100)
    desk.queue.call_next(actor(desk, "aino.virtanen", "T1"))
    announced(qtbot, display)
    assert display.is_highlighted()
    qtbot.waitUntil(lambda: not display.is_highlighted(), timeout=15_000)


def test_a_remote_counter_shows_by_its_own_name(
    qtbot: QtBot, display: LobbyDisplay, desk: Desk
) -> None:
    specialist = actor(desk, "paivi.lehtonen")
    called = desk.queue.call_next(specialist)
    assert called is not None
    announced(qtbot, display)
    assert display.latest is not None
    assert display.latest.counter.remote
    assert display.latest_counter.text() == "Etäpalvelu 1"
    assert display.latest_counter_other.text() == "Distansservice 1 · Remote service 1"


def test_the_display_refreshes_by_itself(
    qtbot: QtBot, desk: Desk, make_display: MakeDisplay
) -> None:
    display = make_display(refresh_ms=50)
    called = desk.queue.call_next(actor(desk, "aino.virtanen", "T1"))
    assert called is not None
    with qtbot.waitSignal(display.call_shown, timeout=10_000) as shown:
        pass
    assert shown.args == [called.step.ticket_number]


def test_queues_show_waiting_and_estimates_per_service(
    qtbot: QtBot, display: LobbyDisplay, desk: Desk
) -> None:
    snapshot = desk.snapshot()
    rows = display.service_model.rows()
    assert [row.queue.service.code for row in rows] == [q.service.code for q in snapshot.queues]
    assert {row.queue.service.code: row.queue.waiting for row in rows} == {
        q.service.code: q.waiting for q in snapshot.queues
    }
    kela = next(n for n, row in enumerate(rows) if row.queue.service.code == "kela-general")
    assert display.service_model.index(kela, 0).data() == "K · Kelan etuudet, yleinen neuvonta"
    estimate = display.service_model.index(kela, 2).data()
    assert estimate == f"{rows[kela].estimate_minutes} min"

    desk.queue.issue(["kela-general"], source="kiosk")
    with qtbot.waitSignal(display.refreshed, timeout=10_000):
        display.refresh()
    after = display.service_model.rows()[kela]
    assert after.queue.waiting == rows[kela].queue.waiting + 1


def test_headings_name_every_part_of_the_display(display: LobbyDisplay) -> None:
    model = display.service_model
    headers = [model.headerData(n, Qt.Orientation.Horizontal) for n in range(3)]
    assert all(headers)
    assert "Service" in headers[0]
    called_headers = [display.called_model.headerData(n, Qt.Orientation.Horizontal) for n in (0, 1)]
    assert all(called_headers)


def test_the_chime_stays_off_when_switched_off(
    qtbot: QtBot,
    display: LobbyDisplay,
    desk: Desk,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    played = fake_player(tmp_path, monkeypatch)
    assert not display.voice.enabled
    desk.queue.call_next(actor(desk, "aino.virtanen", "T1"))
    announced(qtbot, display)
    assert not played.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="Windows plays through winsound")
def test_the_chime_plays_its_file_with_a_player_found_on_path(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    played = fake_player(tmp_path, monkeypatch, "aplay")
    speaker = Speaker(find=False)
    assert speaker.player() == str(tmp_path / "bin" / "aplay")
    speaker.say(Sound(chime_file()))
    assert speaker.wait_until_idle(15)
    speaker.stop()
    assert played.read_text(encoding="utf-8").splitlines() == [str(chime_file())]


@pytest.mark.skipif(sys.platform == "win32", reason="Windows plays through winsound")
def test_paplay_goes_before_aplay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_player(tmp_path, monkeypatch, "aplay")
    fake_player(tmp_path, monkeypatch, "paplay")
    assert Speaker(find=False).player() == str(tmp_path / "bin" / "paplay")


@pytest.mark.skipif(sys.platform == "win32", reason="Windows plays through winsound")
def test_without_a_player_the_chime_is_silent_and_says_so_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    speaker = Speaker(find=False)
    with caplog.at_level(logging.INFO, logger="console.ui.shared.speech"):
        speaker.say(Sound(chime_file()))
        speaker.say(Sound(chime_file()))
        assert speaker.wait_until_idle(15)
    speaker.stop()
    silent = [r for r in caplog.records if "silent" in r.getMessage()]
    assert len(silent) == 1
    assert silent[0].levelno == logging.INFO


def test_the_chime_is_a_short_small_mono_sound() -> None:
    path = chime_file()
    assert path.stat().st_size < 100_000
    with wave.open(str(path), "rb") as sound:
        assert (sound.getnchannels(), sound.getsampwidth(), sound.getframerate()) == (1, 2, 22050)
        seconds = sound.getnframes() / sound.getframerate()
    assert 0.5 <= seconds <= 1.2


@pytest.mark.slow
def test_screenshot_of_the_display_with_demo_calls(
    tiski_env: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "display.png"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "console",
            "screenshot",
            str(out),
            "--demo",
            "--window",
            "display",
            "--size",
            "1280x800",
        ],
        env=tiski_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 8) for y in range(0, 800, 8)}
    assert len(colours) > 10, "the picture is nearly blank"


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="stopped by SIGTERM")
def test_the_display_command_starts_on_the_demo_desk_and_stops_cleanly(
    tiski_env: dict[str, str], private_folders: Path
) -> None:
    started, errors, code = run_until_logged(
        tiski_env, private_folders, ["display", "--demo"], "Lobby display started"
    )
    assert started, errors
    assert code == 0, errors
    assert "Traceback" not in errors


def test_when_the_database_is_out_of_reach_the_display_says_so(
    qtbot: QtBot, tmp_path: Path
) -> None:
    database = Database(f"sqlite:///{tmp_path / 'missing' / 'desk.sqlite3'}")
    display = LobbyDisplay(Desk(database), 6, False, refresh_ms=600_000)
    qtbot.addWidget(display)
    display.show()
    display.start()
    qtbot.waitUntil(display.status_label.isVisible, timeout=10_000)
    assert display.status_label.text() == (
        "Tiedot eivät ole ajan tasalla · Uppgifterna är inte aktuella · "
        "Information is not up to date"
    )
    display.close()
    database.dispose()
