"""A window's command (QAction) as the console makes them: named for tests and saved
layouts, the shortcut in its tooltip, a status tip."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


def make_action(parent: QObject, text: str, shortcut: str, tip: str, name: str) -> QAction:
    """An action ``name`` saying ``text``; ``shortcut`` (may be empty) is shown in its
    tooltip in the form of this platform."""
    action = QAction(text, parent)
    action.setObjectName(name)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{text} ({QKeySequence(shortcut).toString()})")
    action.setStatusTip(tip)
    return action
