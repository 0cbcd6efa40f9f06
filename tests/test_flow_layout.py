"""The wrapping row of buttons: its height follows its width and what it holds."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from console.ui.shared.flow_layout import FlowLayout


def _row(qtbot: QtBot, count: int) -> tuple[QWidget, FlowLayout, list[QPushButton]]:
    widget = QWidget()
    qtbot.addWidget(widget)
    layout = FlowLayout(widget)
    buttons = [QPushButton(f"Button number {n}") for n in range(count)]
    for button in buttons:
        layout.addWidget(button)
    return widget, layout, buttons


def test_the_height_for_a_width_follows_what_the_row_holds(qtbot: QtBot) -> None:
    """The heights it keeps between questions are forgotten whenever a button changes:
    a longer text, a button hidden, shown, added or taken away."""
    widget, layout, buttons = _row(qtbot, 4)
    one = buttons[0].sizeHint().height()
    width = sum(b.sizeHint().width() for b in buttons) + 40  # room for one row
    assert layout.heightForWidth(width) == one
    assert layout.heightForWidth(width) == one  # asked again: the same answer

    buttons[0].setText("A much longer text than any button had before " * 3)
    assert layout.heightForWidth(width) > one  # wrapped to a second row

    buttons[0].hide()
    assert layout.heightForWidth(width) == one
    buttons[0].show()
    assert layout.heightForWidth(width) > one

    taken = layout.takeAt(0)
    assert taken is not None
    buttons[0].setParent(None)
    assert layout.heightForWidth(width) == one
    layout.addWidget(QPushButton("Another long button text " * 8))
    assert layout.heightForWidth(width) > one
    widget.deleteLater()


def test_a_narrow_row_wraps_every_button(qtbot: QtBot) -> None:
    _widget, layout, buttons = _row(qtbot, 3)
    one = buttons[0].sizeHint().height()
    assert layout.heightForWidth(10) >= 3 * one
