"""The lobby display reads calls out: a chime, then the call in the desk's languages.

A real display on a demo desk (a real SQLite file) sees counters call through the
desk; its :class:`Speaker` records to WAV files with espeak-ng, and the tests
listen to them: not silence, as long as the words need, one after another.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from display_kit import LobbyDisplays
from pytestqt.qtbot import QtBot
from support.speech import assert_audible, listen, require_espeak

from console import paths
from console.config import ConfigError, load_settings
from console.core.hours import QuietHours
from console.core.queue import local_time, utc_now
from console.core.steps import StepAction
from console.desk.desk import Desk
from console.desk.queue import Actor
from console.store.database import Database
from console.ui.display.voice import VoiceSettings, chime_file
from console.ui.display.window import LobbyDisplay
from console.ui.shared.speech import (
    Espeak,
    Sapi,
    Sound,
    Speaker,
    SpeechEngine,
    Utterance,
    spoken_ticket,
)

MakeDisplay = Callable[..., LobbyDisplay]


@pytest.fixture
def desk(demo_database: Database) -> Desk:
    return Desk(demo_database)


@pytest.fixture
def make_display(qtbot: QtBot, desk: Desk) -> Iterator[MakeDisplay]:
    displays = LobbyDisplays(qtbot, desk)
    yield lambda voice, speaker: displays.open(voice=voice, speaker=speaker)
    displays.close_all()


def actor(desk: Desk, username: str, counter: str) -> Actor:
    return desk.sign_in_by_username(username, counter).actor


def shown(qtbot: QtBot, display: LobbyDisplay) -> None:
    with qtbot.waitSignal(display.call_shown, timeout=10_000):
        display.refresh()


def said(speaker: Speaker) -> list[tuple[str, str]]:
    """What the speaker said, as (language, text); the chime as ("sound", file name)."""
    return [
        (item.language, item.text) if isinstance(item, Utterance) else ("sound", item.path.name)
        for item in (spoken.item for spoken in speaker.spoken)
    ]


def test_a_call_chimes_then_is_read_out_in_finnish_swedish_and_english(
    qtbot: QtBot, desk: Desk, make_display: MakeDisplay, tmp_path: Path
) -> None:
    require_espeak()
    speaker = Speaker(record_to=tmp_path / "said")
    display = make_display(VoiceSettings(), speaker)
    called = desk.queue.call_next(actor(desk, "aino.virtanen", "T3"))
    assert called is not None
    shown(qtbot, display)
    assert speaker.wait_until_idle(30)

    number = spoken_ticket(called.step.ticket_number)
    assert said(speaker) == [
        ("sound", "chime.wav"),
        ("fi", f"Vuoronumero {number}, Tiski 3"),
        ("sv", f"Nummer {number}, Disk 3"),
        ("en", f"Ticket number {number}, Counter 3"),
    ]
    files = [spoken.file for spoken in speaker.spoken]
    assert all(file is not None and file.is_file() for file in files)
    assert files[0] is not None
    assert files[0].read_bytes() == chime_file().read_bytes()
    for spoken in list(speaker.spoken)[1:]:
        assert_audible(spoken)


def test_calls_are_read_one_after_another_oldest_first_and_a_recall_again(
    qtbot: QtBot, desk: Desk, make_display: MakeDisplay, tmp_path: Path
) -> None:
    require_espeak()
    speaker = Speaker(record_to=tmp_path / "said")
    display = make_display(VoiceSettings(chime=False, languages=("fi",)), speaker)
    aino = actor(desk, "aino.virtanen", "T3")
    first = desk.queue.call_next(aino)
    second = desk.queue.call_next(actor(desk, "johanna.lindholm", "T2"))
    assert first is not None
    assert second is not None
    shown(qtbot, display)  # both calls in one read
    desk.queue.act(aino, first.step.step_id, StepAction.RECALL)
    shown(qtbot, display)
    assert speaker.wait_until_idle(30)

    one, two = spoken_ticket(first.step.ticket_number), spoken_ticket(second.step.ticket_number)
    assert said(speaker) == [
        ("fi", f"Vuoronumero {one}, Tiski 3"),
        ("fi", f"Vuoronumero {two}, Tiski 2"),
        ("fi", f"Vuoronumero {one}, Tiski 3"),
    ]
    spans = [(spoken.started, spoken.ended) for spoken in speaker.spoken]
    assert all(end <= next_start for (_, end), (next_start, _) in itertools.pairwise(spans))


def test_languages_repeat_and_quiet_hours_are_the_desks_to_set(
    qtbot: QtBot, desk: Desk, make_display: MakeDisplay, tmp_path: Path
) -> None:
    require_espeak()
    now = local_time(utc_now())
    around_now = QuietHours(
        (now - timedelta(minutes=30)).time(), (now + timedelta(minutes=30)).time()
    )
    quiet_speaker = Speaker(record_to=tmp_path / "quiet")
    quiet = make_display(VoiceSettings(quiet_hours=around_now), quiet_speaker)
    loud_speaker = Speaker(record_to=tmp_path / "loud")
    loud = make_display(VoiceSettings(languages=("sv",), repeat=2), loud_speaker)

    called = desk.queue.call_next(actor(desk, "aino.virtanen", "T1"))
    assert called is not None
    shown(qtbot, quiet)
    shown(qtbot, loud)
    assert quiet_speaker.wait_until_idle(30)
    assert loud_speaker.wait_until_idle(30)

    number = spoken_ticket(called.step.ticket_number)
    assert said(quiet_speaker) == [("sound", "chime.wav")]
    assert said(loud_speaker) == [("sound", "chime.wav"), *[("sv", f"Nummer {number}, Disk 1")] * 2]


def test_the_volume_setting_makes_the_voice_softer(tmp_path: Path) -> None:
    require_espeak()
    text = Utterance("Vuoronumero K 12, tiski 3", "fi")
    loudness = {}
    for volume in (100, 25):
        speaker = Speaker(volume=volume, record_to=tmp_path / str(volume))
        speaker.say(text)
        assert speaker.wait_until_idle(30)
        speaker.stop()
        file = speaker.spoken[0].file
        assert file is not None
        loudness[volume] = listen(file).rms
    assert loudness[25] < loudness[100] / 2.5


class Slow(SpeechEngine):
    """An engine that takes a third of a second per utterance (a real process)."""

    name = "slow"

    def command(self, utterance: Utterance, volume: int, to_file: Path | None) -> list[str]:
        return [self.program, "-c", "sleep 0.3"]


def test_a_speaker_that_falls_behind_drops_the_oldest_waiting_calls(tmp_path: Path) -> None:
    speaker = Speaker(Slow("/bin/sh"), max_waiting=2)
    speaker.say(Utterance("call 0", "en"))
    deadline = time.monotonic() + 10
    while speaker.waiting() and time.monotonic() < deadline:
        time.sleep(0.01)  # until the worker has begun the first
    for n in range(1, 6):
        speaker.say(Utterance(f"call {n}", "en"))
    assert speaker.wait_until_idle(30)
    speaker.stop()
    texts = [spoken.item.text for spoken in speaker.spoken if isinstance(spoken.item, Utterance)]
    # The first was already being spoken; of the five after it the newest two are kept.
    assert texts == ["call 0", "call 4", "call 5"]
    assert speaker.dropped == 3


def test_closing_the_display_cuts_the_voice_short(tmp_path: Path) -> None:
    class Long(SpeechEngine):
        def command(self, utterance: Utterance, volume: int, to_file: Path | None) -> list[str]:
            return [self.program, "-c", "sleep 20"]

    speaker = Speaker(Long("/bin/sh"))
    speaker.say(Utterance("a long one", "fi"), Utterance("never said", "fi"))
    started = datetime.now()
    speaker.stop()
    assert speaker.idle()
    assert datetime.now() - started < timedelta(seconds=5)
    assert not speaker.spoken


def test_the_speaker_reads_its_text_from_stdin_so_nothing_is_quoted() -> None:
    engine = Espeak("espeak-ng")
    argv = engine.command(Utterance("-v en; rm -rf /", "fi"), 80, None)
    assert "-v en; rm -rf /" not in argv
    assert argv[-1] == "--stdin"
    assert engine.input(Utterance("Tiski 3 ÅÄÖ", "sv")) == "Tiski 3 ÅÄÖ".encode()
    assert argv[1:3] == ["-v", "fi"]


@pytest.mark.parametrize(
    ("number", "read"), [("K012", "K 12"), ("A100", "A 100"), ("KE007", "KE 7"), ("T000", "T 0")]
)
def test_a_ticket_number_is_read_as_letters_and_a_number(number: str, read: str) -> None:
    assert spoken_ticket(number) == read


def test_quiet_hours_may_pass_midnight() -> None:
    night = QuietHours.parse("20:00-07:00")
    assert night is not None
    assert night.contains(datetime(2026, 12, 6, 23, 0).time())
    assert night.contains(datetime(2026, 12, 6, 6, 59).time())
    assert not night.contains(datetime(2026, 12, 6, 7, 0).time())
    assert QuietHours.parse(" ") is None


@pytest.mark.parametrize(
    ("text", "key", "words"),
    [
        ('[display]\nquiet_hours = "25:00-07:00"\n', "display.quiet_hours", "20:00-07:00"),
        ('[display]\nquiet_hours = "evenings"\n', "display.quiet_hours", "or empty"),
        ('[display]\nvoice_languages = ["fi", "de"]\n', "display.voice_languages", "fi, sv, en"),
        ("[display]\nvoice_repeat = 5\n", "display.voice_repeat", "from 1 to 3"),
    ],
)
def test_bad_voice_settings_name_the_setting_and_what_it_takes(
    text: str, key: str, words: str
) -> None:
    path = paths.user_config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(environ={})
    assert caught.value.key == key
    assert words in str(caught.value)


def test_the_display_takes_its_voice_from_the_settings() -> None:
    path = paths.user_config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '[display]\nvoice_languages = ["en", "fi"]\nvoice_repeat = 2\nvoice_volume = 40\n'
        'quiet_hours = "20:00-07:30"\nchime = false\n',
        encoding="utf-8",
    )
    voice = VoiceSettings.from_settings(load_settings(environ={}))
    assert voice == VoiceSettings(
        chime=False,
        voice=True,
        languages=("en", "fi"),
        volume=40,
        repeat=2,
        quiet_hours=QuietHours.parse("20:00-07:30"),
    )
    assert Sound(chime_file()).path.is_file()


def test_an_interrupt_cuts_the_whole_announcement_short_not_only_its_first_words() -> None:
    speaker = Speaker(Slow("/bin/sh"))
    speaker.say(*(Utterance(f"part {n}", "fi") for n in range(3)))
    deadline = time.monotonic() + 10
    while speaker.waiting() and time.monotonic() < deadline:
        time.sleep(0.01)  # the worker has begun the first part
    speaker.interrupt()
    assert speaker.wait_until_idle(2), "the other parts were still said"
    speaker.say(Utterance("next", "fi"))
    assert speaker.wait_until_idle(10)
    speaker.stop()
    assert [spoken.item for spoken in speaker.spoken] == [Utterance("next", "fi")]


def test_windows_voices_get_the_language_and_volume_of_each_utterance() -> None:
    engine = Sapi("powershell")
    swedish = engine.environment(Utterance("Nummer K 12", "sv"), 40, Path("out.wav"))
    finnish = engine.environment(Utterance("Vuoronumero K 12", "fi"), 90, None)
    assert swedish is not None
    assert finnish is not None
    assert (swedish["TISKI_SPEECH_LANGUAGE"], swedish["TISKI_SPEECH_VOLUME"]) == ("sv", "40")
    assert swedish["TISKI_SPEECH_FILE"] == "out.wav"
    assert (finnish["TISKI_SPEECH_LANGUAGE"], finnish["TISKI_SPEECH_FILE"]) == ("fi", "")
    assert "Nummer" not in " ".join(engine.command(Utterance("Nummer K 12", "sv"), 40, None))
