"""The Desk tab: the desk's names, opening hours and the lobby's own texts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from console.core.desk_file import DeskSpec, LobbyTexts
from console.core.hours import OpeningHours
from console.core.records import Names
from console.core.text import Message
from console.ui.admin.fields import SpecForm, hours_text, read_hours, read_names, set_names


@dataclass(frozen=True)
class DeskHead:
    """What the Desk tab edits of a DeskSpec."""

    names: Names
    hours: OpeningHours | None
    texts: LobbyTexts

    @classmethod
    def of(cls, desk: DeskSpec) -> DeskHead:
        return cls(desk.names, desk.hours, desk.texts)


def _optional(names: Names) -> Names | None:
    """Three empty fields: the desk has no such text (the kiosk says its own)."""
    return None if not (names.fi or names.sv or names.en) else names


class DeskForm(SpecForm[DeskHead]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskForm")
        self.full = self.names(self.tr("Desk name"), "deskName")
        self.hours = self.line(self.tr("Opening hours"), "deskHours")
        self.hours.setPlaceholderText(self.tr("e.g. mon-fri 08:00-16:00; sat 10:00-14:00"))
        self.hours.setToolTip(
            self.tr(
                "Entries separated by semicolons: days (mon-fri, or mon,wed) and times "
                "(08:00-16:00); empty: always open"
            )
        )
        self.welcome = self.names(self.tr("Kiosk welcome"), "kioskWelcome")
        self.message = self.names(self.tr("Display message"), "displayMessage")
        self.note(
            self.tr("Leave all three of a text empty to use the kiosk's and display's own words."),
            "textsNote",
        )

    def show_spec(self, spec: DeskHead) -> None:
        set_names(self.full, spec.names)
        self.hours.setText(hours_text(spec.hours))
        set_names(self.welcome, spec.texts.kiosk_welcome)
        set_names(self.message, spec.texts.display_message)

    def read(self) -> tuple[DeskHead, list[Message]]:
        hours, problem = read_hours(self.hours.text())
        if problem is not None and self.original is not None:
            hours = self.original.hours
        texts = LobbyTexts(_optional(read_names(self.welcome)), _optional(read_names(self.message)))
        return DeskHead(read_names(self.full), hours, texts), [problem] if problem else []


class DeskTab(QWidget):
    """The Desk tab: one form, no list."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskTab")
        self.form = DeskForm()
        self.form.setMaximumWidth(900)
        self.head: DeskHead | None = None
        self.problems: list[Message] = []
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self.form.edited.connect(self._edited)

    def set_head(self, head: DeskHead) -> None:
        self.head = head
        self.problems = []
        self.form.load(head, key_locked=False)

    def _edited(self) -> None:
        head, problems = self.form.read()
        self.head = head
        self.problems = problems
        if not problems:
            self.form.original = head
        self.changed.emit()
