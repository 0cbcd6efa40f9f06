"""The console stays light on a dark desktop: its stylesheet paints panels white, so a
dark palette taken from the desktop would leave light text on white."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from console.app.qt_application import make_application
from console.config import load_settings

app = QApplication(["tiski"])
app.setPalette(QPalette(QColor("#202020")))  # what a dark desktop theme hands Qt
assert app.palette().color(QPalette.ColorRole.WindowText).lightness() > 200
make_application(load_settings())
palette = app.palette()
print(palette.color(QPalette.ColorRole.WindowText).lightness(),
      palette.color(QPalette.ColorRole.Base).lightness(),
      palette.color(QPalette.ColorRole.Text).lightness())
"""


def test_a_dark_desktop_palette_gives_way_to_the_consoles_light_one(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    window_text, base, text = (int(value) for value in done.stdout.split())
    assert window_text < 60  # dark labels
    assert text < 60  # and dark text in fields
    assert base > 200  # on white fields
