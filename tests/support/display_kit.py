"""A lobby display on the demo desk, as the display tests open it: six called rows,
1280x800, shown and read once, closed (its timers stopped) at the end."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from console.desk.desk import Desk
from console.ui.display.window import LobbyDisplay


class LobbyDisplays:
    """Opens lobby displays; ``close_all`` at the end of the test."""

    def __init__(self, qtbot: QtBot, desk: Desk) -> None:
        self.qtbot = qtbot
        self.desk = desk
        self.made: list[LobbyDisplay] = []

    def open(self, *chime: bool, **options: object) -> LobbyDisplay:
        # Tests refresh on purpose; the timer would race them.
        options.setdefault("refresh_ms", 600_000)
        display = LobbyDisplay(self.desk, 6, *chime, **options)  # type: ignore[arg-type]
        self.qtbot.addWidget(display)
        display.resize(1280, 800)
        display.show()
        with self.qtbot.waitSignal(display.refreshed, timeout=10_000):
            display.start()
        self.made.append(display)
        return display

    def close_all(self) -> None:
        for display in self.made:
            display.close()  # stops its timers
