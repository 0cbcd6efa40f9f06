"""Clicking a window's command as a person does: only once it is offered."""

from __future__ import annotations

from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot


def click(qtbot: QtBot, action: QAction, timeout: int = 10_000) -> None:
    """Trigger ``action`` once it is enabled.

    The change feed often shows the counter's new state before the action's own job
    has delivered; until it has, the counter's buttons stay off (ui/queue/serving.py)
    and a trigger does nothing. A test that waits for the state and then triggers the
    next action must wait for the button too, as a person's click waits for it.
    """
    qtbot.waitUntil(action.isEnabled, timeout=timeout)
    action.trigger()
