"""Speech for visitors: the lobby display's call-outs and the kiosk's read-aloud.

PySide6-Essentials has no QtTextToSpeech, so speech goes to the platform's own
engine as a command, as the chime does: espeak-ng (or espeak) or speech-dispatcher's
``spd-say`` on Linux, the SAPI voices through PowerShell's ``System.Speech`` on
Windows, ``say`` on macOS. All of them speak offline.

One worker thread speaks one announcement at a time, so announcements never
overlap; the GUI thread only queues them and never waits. A :class:`Speaker`
never raises: with no engine it stays silent and says so once in the log. Given a
``record_to`` folder it writes each sound and utterance to a numbered WAV file
there instead of the loudspeaker (the speech tests; IT checking a voice).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

log = logging.getLogger(__name__)

SPEECH_LANGUAGES = ("fi", "sv", "en")
# Longer than any announcement; an engine that hangs is killed after this.
ITEM_TIMEOUT_S = 30.0
# Announcements waiting beyond this are dropped, oldest first: a lobby that hears
# calls from minutes ago is worse than one that skips a few in a rush.
MAX_WAITING = 6

_LINUX_PLAYERS = ("paplay", "aplay", "pw-play")


@dataclass(frozen=True)
class Utterance:
    """A text to speak in one of the visitor languages."""

    text: str
    language: str


@dataclass(frozen=True)
class Sound:
    """A WAV file to play (the chime before a call-out)."""

    path: Path


Item = Utterance | Sound


@dataclass(frozen=True)
class Spoken:
    """One item the speaker has finished: what, when (monotonic seconds) and where to."""

    item: Item
    started: float
    ended: float
    file: Path | None


class SpeechEngine:
    """A command-line speech engine: the command and input that speak an utterance."""

    name = "none"

    def __init__(self, program: str) -> None:
        self.program = program

    def command(self, utterance: Utterance, volume: int, to_file: Path | None) -> list[str]:
        raise NotImplementedError

    def input(self, utterance: Utterance) -> bytes | None:
        """What goes to the engine's standard input (the text, so no quoting is needed)."""
        return utterance.text.encode("utf-8")

    def environment(
        self, utterance: Utterance, volume: int, to_file: Path | None
    ) -> dict[str, str] | None:
        """Extra environment for the engine's process (None: the console's own)."""
        return None


class Espeak(SpeechEngine):
    """espeak-ng (or the older espeak): Finnish, Swedish and English voices built in."""

    name = "espeak-ng"
    VOICES: ClassVar[dict[str, str]] = {"fi": "fi", "sv": "sv", "en": "en-gb"}

    def command(self, utterance: Utterance, volume: int, to_file: Path | None) -> list[str]:
        voice = self.VOICES.get(utterance.language, "en-gb")
        # -a is the amplitude, 0-200 with 100 as normal; -b 1 reads UTF-8.
        argv = [self.program, "-v", voice, "-a", str(volume * 2), "-s", "150", "-b", "1"]
        if to_file is not None:
            argv += ["-w", str(to_file)]
        return [*argv, "--stdin"]


class SpdSay(SpeechEngine):
    """speech-dispatcher's client, which uses the desktop's configured voices."""

    name = "spd-say"

    def command(self, utterance: Utterance, volume: int, to_file: Path | None) -> list[str]:
        # -w waits until spoken, so the queue stays in order; -i is -100..100.
        return [
            self.program,
            "-w",
            "-l",
            utterance.language,
            "-i",
            str(volume * 2 - 100),
            "--",
            utterance.text,
        ]

    def input(self, utterance: Utterance) -> bytes | None:
        return None


_SAPI_SCRIPT = """
[Console]::InputEncoding = [System.Text.Encoding]::UTF8
Add-Type -AssemblyName System.Speech
$s = New-Object System.Speech.Synthesis.SpeechSynthesizer
$s.Volume = [int]$env:TISKI_SPEECH_VOLUME
$v = $s.GetInstalledVoices() | Where-Object {
    $_.Enabled -and $_.VoiceInfo.Culture.TwoLetterISOLanguageName -eq $env:TISKI_SPEECH_LANGUAGE
} | Select-Object -First 1
if ($v) { $s.SelectVoice($v.VoiceInfo.Name) }
if ($env:TISKI_SPEECH_FILE) { $s.SetOutputToWaveFile($env:TISKI_SPEECH_FILE) }
$s.Speak([Console]::In.ReadToEnd())
$s.Dispose()
"""


class Sapi(SpeechEngine):
    """Windows' own voices (SAPI) through PowerShell's System.Speech, no extra install."""

    name = "sapi"

    def command(self, utterance: Utterance, volume: int, to_file: Path | None) -> list[str]:
        return [self.program, "-NoProfile", "-NonInteractive", "-Command", _SAPI_SCRIPT]

    def environment(
        self, utterance: Utterance, volume: int, to_file: Path | None
    ) -> dict[str, str] | None:
        """The script reads its language, volume and file from the environment."""
        env = dict(os.environ)
        env["TISKI_SPEECH_LANGUAGE"] = utterance.language
        env["TISKI_SPEECH_VOLUME"] = str(volume)
        env["TISKI_SPEECH_FILE"] = str(to_file) if to_file is not None else ""
        return env


class MacSay(SpeechEngine):
    name = "say"

    def command(self, utterance: Utterance, volume: int, to_file: Path | None) -> list[str]:
        argv = [self.program, "-f", "-"]
        if to_file is not None:
            argv += ["-o", str(to_file), "--data-format=LEI16@22050"]
        return argv


def _players() -> tuple[str, ...]:
    return ("afplay",) if sys.platform == "darwin" else _LINUX_PLAYERS


def find_engine() -> SpeechEngine | None:
    """The speech engine this computer has, or None."""
    if sys.platform == "win32":
        found = shutil.which("powershell") or shutil.which("pwsh")
        return Sapi(found) if found else None
    if sys.platform == "darwin":
        found = shutil.which("say")
        return MacSay(found) if found else None
    for name in ("espeak-ng", "espeak"):
        found = shutil.which(name)
        if found:
            return Espeak(found)
    found = shutil.which("spd-say")
    return SpdSay(found) if found else None


def spoken_ticket(number: str) -> str:
    """A ticket number as it is read out: ``K012`` -> ``K 12``, letters then the number."""
    letters = number.rstrip("0123456789")
    digits = number[len(letters) :].lstrip("0") or ("0" if number[len(letters) :] else "")
    letters = letters.strip(" -")
    return f"{letters} {digits}".strip()


class Speaker:
    """Speaks queued announcements one at a time on a worker thread."""

    def __init__(
        self,
        engine: SpeechEngine | None = None,
        *,
        volume: int = 80,
        record_to: Path | None = None,
        max_waiting: int = MAX_WAITING,
        find: bool = True,
    ) -> None:
        self.engine = engine if engine is not None or not find else find_engine()
        self.volume = max(0, min(100, volume))
        self.record_to = record_to
        self.max_waiting = max_waiting
        self.spoken: deque[Spoken] = deque(maxlen=200)
        self.dropped = 0
        self._waiting: deque[tuple[Item, ...]] = deque()
        self._lock = threading.Condition()
        self._current: subprocess.Popen[bytes] | None = None
        # Bumped by interrupt(): the announcement being spoken stops at its next item.
        self._generation = 0
        self._busy = False
        self._stopped = False
        self._thread: threading.Thread | None = None
        self._told_silent = False
        self._numbered = 0

    @property
    def available(self) -> bool:
        return self.engine is not None

    def say(self, *items: Item) -> None:
        """Queue one announcement (its items are spoken back to back)."""
        if not items or self._stopped:
            return
        if self.engine is None and any(isinstance(item, Utterance) for item in items):
            self._silent("no speech engine (espeak-ng, spd-say, SAPI) was found")
        with self._lock:
            self._waiting.append(tuple(items))
            while len(self._waiting) > self.max_waiting:
                self._waiting.popleft()
                self.dropped += 1
                log.info("Speech fell behind: an announcement was dropped")
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="tiski-speech", daemon=True)
                self._thread.start()
            self._lock.notify()

    def interrupt(self) -> None:
        """Drop what waits and cut short what is being spoken (the kiosk moves on)."""
        with self._lock:
            self._waiting.clear()
            self._generation += 1
            current = self._current
        if current is not None and current.poll() is None:
            current.terminate()

    def waiting(self) -> int:
        """Announcements queued and not yet begun."""
        with self._lock:
            return len(self._waiting)

    def idle(self) -> bool:
        with self._lock:
            return not self._waiting and not self._busy

    def wait_until_idle(self, timeout: float) -> bool:
        """Block until everything queued is spoken (tests, closing); False on timeout."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while self._waiting or self._busy:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._lock.wait(min(left, 0.1))
        return True

    def stop(self) -> None:
        """Silence and end the worker (the window closes); safe to call twice."""
        self._stopped = True
        self.interrupt()
        with self._lock:
            self._lock.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(timeout=3)

    # ------------------------------------------------------------ the worker
    def _run(self) -> None:
        while True:
            with self._lock:
                while not self._waiting and not self._stopped:
                    self._lock.wait()
                if self._stopped:
                    self._busy = False
                    self._lock.notify_all()
                    return
                announcement = self._waiting.popleft()
                self._busy = True
                generation = self._generation
            try:
                for item in announcement:
                    if self._stopped or self._generation != generation:
                        break  # interrupted: the rest of this announcement is not said
                    self._speak_item(item, generation)
            except Exception:  # the speaker must outlive any engine
                log.exception("Speaking an announcement failed")
            with self._lock:
                self._busy = False
                self._lock.notify_all()

    def _next_file(self, item: Item) -> Path | None:
        if self.record_to is None:
            return None
        self._numbered += 1
        kind = item.language if isinstance(item, Utterance) else "sound"
        return self.record_to / f"{self._numbered:04d}-{kind}.wav"

    def _speak_item(self, item: Item, generation: int) -> None:
        to_file = self._next_file(item)
        started = time.monotonic()
        if isinstance(item, Sound):
            done = self._play(item.path, to_file, generation)
        else:
            done = self._utter(item, to_file, generation)
        if done:
            self.spoken.append(Spoken(item, started, time.monotonic(), to_file))

    def _play(self, sound: Path, to_file: Path | None, generation: int) -> bool:
        if not sound.is_file():
            self._silent("the sound %s is missing", sound)
            return False
        if to_file is not None:
            to_file.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(sound, to_file)
            return True
        if sys.platform == "win32":
            import winsound

            try:
                winsound.PlaySound(str(sound), winsound.SND_FILENAME)
            except RuntimeError as error:
                self._silent("Windows did not play a sound (%s)", error)
                return False
            return True
        player = self.player()
        if player is None:
            self._silent("no sound player (%s) found on PATH", ", ".join(_players()))
            return False
        return self._run_command([player, str(sound)], None, None, generation)

    def player(self) -> str | None:
        """The command that plays a WAV file here (PulseAudio's first), or None."""
        return next((found for name in _players() if (found := shutil.which(name))), None)

    def _utter(self, utterance: Utterance, to_file: Path | None, generation: int) -> bool:
        if self.engine is None:
            return False
        if to_file is not None:
            to_file.parent.mkdir(parents=True, exist_ok=True)
        argv = self.engine.command(utterance, self.volume, to_file)
        env = self.engine.environment(utterance, self.volume, to_file)
        return self._run_command(argv, self.engine.input(utterance), env, generation)

    def _run_command(
        self,
        argv: Sequence[str],
        stdin: bytes | None,
        env: dict[str, str] | None,
        generation: int,
    ) -> bool:
        try:
            process = subprocess.Popen(  # noqa: S603 - an engine found on PATH, no shell
                list(argv),
                stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=env,
            )
        except OSError as error:
            self._silent("%s did not start (%s)", argv[0], error)
            return False
        with self._lock:
            self._current = process
            # Interrupted or stopped while this one was starting: it ends at once.
            cut = self._stopped or self._generation != generation
        if cut:
            process.terminate()
        try:
            process.communicate(stdin, timeout=ITEM_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            log.warning("%s took over %d s and was stopped", argv[0], ITEM_TIMEOUT_S)
            process.kill()
            process.communicate()
        finally:
            with self._lock:
                self._current = None
        return process.returncode == 0

    def _silent(self, reason: str, *args: object) -> None:
        if not self._told_silent:
            log.info("Speech stays silent: " + reason, *args)
            self._told_silent = True
