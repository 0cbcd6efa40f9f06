"""The lobby display's chime, played without QtMultimedia.

PySide6-Essentials has no QtMultimedia, and audio devices are exactly what warns
under a headless test run, so the chime goes to the operating system instead:
``winsound`` on Windows, the first command-line player found on Linux (and
``afplay`` on macOS), started without waiting. With no player it stays silent
and says so once in the log.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from console.core.resources import resource_path

log = logging.getLogger(__name__)

# PulseAudio's and ALSA's players first: PipeWire desktops ship paplay too.
LINUX_PLAYERS = ("paplay", "aplay", "pw-play")
MAC_PLAYERS = ("afplay",)


def chime_file() -> Path:
    return resource_path("sounds", "chime.wav")


class Chime:
    """Plays the chime when enabled; never blocks, never raises."""

    def __init__(self, enabled: bool, sound: Path | None = None) -> None:
        self.enabled = enabled
        self.sound = sound or chime_file()
        self._players: list[subprocess.Popen[bytes]] = []
        self._told_silent = False

    def player(self) -> str | None:
        """The command that plays sounds here, or None."""
        candidates = MAC_PLAYERS if sys.platform == "darwin" else LINUX_PLAYERS
        for name in candidates:
            found = shutil.which(name)
            if found:
                return found
        return None

    def play(self) -> None:
        if not self.enabled:
            return
        if not self.sound.is_file():
            self._silent("the chime file %s is missing", self.sound)
            return
        if sys.platform == "win32":
            self._play_on_windows()
            return
        self._reap()
        player = self.player()
        if player is None:
            self._silent("no sound player (%s) found on PATH", ", ".join(LINUX_PLAYERS))
            return
        try:
            self._players.append(
                subprocess.Popen(  # noqa: S603 - a player found on PATH, our own file
                    [player, str(self.sound)],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        except OSError as error:
            self._silent("the sound player %s did not start (%s)", player, error)

    def _play_on_windows(self) -> None:
        if sys.platform == "win32":  # for mypy on other platforms
            import winsound

            try:
                winsound.PlaySound(str(self.sound), winsound.SND_FILENAME | winsound.SND_ASYNC)
            except RuntimeError as error:
                self._silent("Windows did not play the chime (%s)", error)

    def _silent(self, reason: str, *args: object) -> None:
        if not self._told_silent:
            log.info("The lobby display stays silent: " + reason, *args)
            self._told_silent = True

    def _reap(self) -> None:
        """Collect players that have finished so no zombie process is left behind."""
        self._players = [player for player in self._players if player.poll() is None]

    def stop(self) -> None:
        """Stop a chime still playing (the display closes)."""
        for player in self._players:
            if player.poll() is None:
                player.terminate()
            try:
                player.wait(timeout=2)
            except subprocess.TimeoutExpired:
                player.kill()
                player.wait()
        self._players.clear()
