"""Answering the questions the console asks (a QMessageBox opened, not executed), as a
person does: find the one in front, then its button by name."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from pytestqt.qtbot import QtBot


def asked(qtbot: QtBot, name: str) -> QMessageBox:
    """The question in front of the window, once it is shown: what the person answers."""

    def shown() -> bool:
        box = QApplication.activeModalWidget()
        return isinstance(box, QMessageBox) and box.objectName() == name and box.isVisible()

    qtbot.waitUntil(shown, timeout=10_000)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


def button(box: QMessageBox, name: str) -> QAbstractButton:
    found = box.findChild(QAbstractButton, name)
    assert found is not None, name
    assert found.isVisible(), name
    return found
