"""Speech in tests: espeak-ng writing WAV files, and what those files hold.

Tests that speak need espeak-ng. Without it they skip with a reason, except where
``TISKI_REQUIRE_SPEECH=1`` (``.ci/run`` sets it): there a missing engine fails.
"""

from __future__ import annotations

import array
import math
import os
import shutil
import sys
import wave
from dataclasses import dataclass
from pathlib import Path

import pytest

from console.ui.shared.speech import Spoken, Utterance


def require_espeak() -> None:
    if shutil.which("espeak-ng"):
        return
    reason = "espeak-ng is not installed (apt install espeak-ng)"
    if os.environ.get("TISKI_REQUIRE_SPEECH") == "1":
        pytest.fail(reason + ", and TISKI_REQUIRE_SPEECH=1 asks for it")
    pytest.skip(reason)


@dataclass(frozen=True)
class Audio:
    seconds: float
    rms: float  # of 16-bit samples, 0..32767
    voiced_seconds: float  # time spent above a tenth of the loudest 20 ms


def listen(path: Path) -> Audio:
    """Length and loudness of a 16-bit mono WAV file."""
    with wave.open(str(path), "rb") as sound:
        assert sound.getsampwidth() == 2, f"{path.name} is not 16-bit"
        rate = sound.getframerate()
        samples = array.array("h", sound.readframes(sound.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()  # WAV is little-endian
    if not samples:
        return Audio(0.0, 0.0, 0.0)
    rms = math.sqrt(sum(s * s for s in samples) / len(samples))
    window = max(1, rate // 50)
    levels = [max(abs(s) for s in samples[i : i + window]) for i in range(0, len(samples), window)]
    loudest = max(levels)
    voiced = sum(1 for level in levels if loudest and level > loudest / 10) * window / rate
    return Audio(len(samples) / rate, rms, voiced)


def assert_audible(spoken: Spoken) -> Audio:
    """A recording that says its words: not silence, and as long as they need.

    espeak-ng speaks 150 words a minute here (0.4 s a word); ticket letters, long
    Finnish words and the pauses at commas take more, so a quarter to 1.2 s a word.
    """
    assert isinstance(spoken.item, Utterance)
    assert spoken.file is not None
    assert spoken.file.is_file()
    audio = listen(spoken.file)
    words = len(spoken.item.text.split())
    assert audio.rms > 300, f"{spoken.file.name} is nearly silent ({audio})"
    assert 0.25 * words <= audio.seconds <= max(3.0, 1.2 * words), (spoken.item.text, audio)
    assert audio.voiced_seconds >= 0.25 * audio.seconds, (spoken.item.text, audio)
    return audio
