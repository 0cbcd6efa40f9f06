"""STAND-IN, TO BE REPLACED by console/ui/view_panel.py (issue 14, part 3).

The smallest drawing of a :class:`View` the plugin processes need until the real
ViewPanel lands, with its interface: ``show_loading``, ``show_view``, ``explain`` and
the signals ``retry_requested``, ``action_requested``, ``link_activated``,
``note_proposed``. Plain text only; links are the rows' own, emitted on click.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from console.plugin_api.view import Section, Table, View


class ViewPanel(QWidget):
    retry_requested = Signal()
    action_requested = Signal(str)
    link_activated = Signal(str)
    note_proposed = Signal(str)

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._note = ""
        self.text = QLabel()
        self.text.setObjectName("viewText")
        self.text.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("viewProblem")
        self.problem.setWordWrap(True)
        self.retry_button = QPushButton(QCoreApplication.translate("ViewPanel", "Retry"))
        self.retry_button.clicked.connect(self.retry_requested)
        self.note_button = QPushButton(QCoreApplication.translate("ViewPanel", "Propose a note"))
        self.note_button.clicked.connect(lambda: self.note_proposed.emit(self._note))
        self.buttons: list[QPushButton] = []
        self._layout = QVBoxLayout(self)
        for widget in (self.problem, self.retry_button, self.text, self.note_button):
            self._layout.addWidget(widget)
        self._layout.addStretch(1)
        self.links: list[str] = []
        self.show_loading()

    def show_loading(self) -> None:
        self._clear()
        self.text.setText(QCoreApplication.translate("ViewPanel", "Loading…"))

    def show_view(self, view: View) -> None:
        self._clear()
        lines = [view.title or self._title]
        if view.problem is not None:
            self.problem.setText(view.problem.message)
            self.problem.show()
            self.retry_button.show()
        if view.placeholder:
            lines.append(view.placeholder)
        for block in view.blocks:
            if isinstance(block, Section):
                lines.append(block.title)
                lines += [f"{row.label}: {row.value}" for row in block.rows]
                self.links += [row.link for row in block.rows if row.link]
            elif isinstance(block, Table):
                lines.append(f"{block.title}: {len(block.rows)} / {block.total or len(block.rows)}")
        self.text.setText("\n".join(lines))
        self._note = view.note
        self.note_button.setVisible(bool(view.note))
        for action in view.actions:
            button = QPushButton(action.label)
            button.setObjectName(f"action_{action.id}")
            button.clicked.connect(partial(self.action_requested.emit, action.id))
            self._layout.addWidget(button)
            self.buttons.append(button)

    def explain(self, message: str, details: str = "") -> None:
        self.problem.setText(message)
        self.problem.show()

    def _clear(self) -> None:
        self.problem.hide()
        self.retry_button.hide()
        self.note_button.hide()
        self.links = []
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
