"""Moving the keyboard between the console's zones: Ctrl+F6 to the next, Ctrl+Shift+F6
back (F6 itself is Recall at the counter).

The zones in order: the specialist's inbox (when there is one), the queues, the visit
and its note, then each agency panel shown. The keyboard lands on the zone's first
control that takes it (the note itself in the visit, once a visit is open), and the
screen reader says the zone's name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from console.ui.shared.actions import make_action
from console.ui.shared.announce import announce

if TYPE_CHECKING:
    from console.ui.console_window import ConsoleWindow


def first_control(zone: QWidget) -> QWidget | None:
    """The first control in ``zone`` that Tab would stop at, in the focus chain's order."""
    widget: QWidget | None = zone
    for _ in range(5000):  # the chain is a ring through the window: once round at most
        if widget is None:
            break
        if (widget is zone or zone.isAncestorOf(widget)) and _takes_focus(widget):
            return widget
        widget = widget.nextInFocusChain()
        if widget is zone:
            break
    return None


def _takes_focus(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
    )


class ConsoleZones(QObject):
    """The Next zone and Previous zone actions of one person's console."""

    def __init__(self, window: ConsoleWindow) -> None:
        super().__init__(window)
        self.window = window
        self.next_action = make_action(
            window,
            self.tr("Next zone"),
            "Ctrl+F6",
            self.tr("Move to the next part of the window: queues, visit, agency panels"),
            "nextZone",
        )
        self.next_action.triggered.connect(lambda: self.move(+1))
        self.previous_action = make_action(
            window,
            self.tr("Previous zone"),
            "Ctrl+Shift+F6",
            self.tr("Move to the previous part of the window"),
            "previousZone",
        )
        self.previous_action.triggered.connect(lambda: self.move(-1))

    def zones(self) -> list[tuple[str, QWidget]]:
        """The zones shown now, each with its name, in order."""
        window = self.window
        zones: list[tuple[str, QWidget]] = []
        if window.inbox is not None:
            zones.append((self.tr("Consultation requests"), window.inbox))
        zones.append((self.tr("Queues"), window.queue_zone))
        zones.append((self.tr("Visit"), window.visit_zone))
        for dock in window.findChildren(QDockWidget):
            if dock.isVisible() and dock.widget() is not None and not dock.isFloating():
                zones.append((dock.windowTitle(), dock))
        return [(name, zone) for name, zone in zones if zone.isVisible()]

    def current(self, zones: list[tuple[str, QWidget]]) -> int:
        focused = QApplication.focusWidget()
        for index, (_name, zone) in enumerate(zones):
            if focused is not None and (focused is zone or zone.isAncestorOf(focused)):
                return index
        return -1

    def move(self, direction: int) -> None:
        zones = self.zones()
        if not zones:
            return
        index = self.current(zones)
        if index < 0:
            index = 0 if direction > 0 else len(zones) - 1
        else:
            index = (index + direction) % len(zones)
        name, zone = zones[index]
        target = self._target(zone)
        if target is None:
            return
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        announce(target, name)

    def _target(self, zone: QWidget) -> QWidget | None:
        editor = self.window.case_panel.editor
        if zone is self.window.visit_zone and _takes_focus(editor):
            return editor  # the visit's work is the note
        return first_control(zone)
