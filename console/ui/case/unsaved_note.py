"""The visitor is about to leave the counter while the note of their visit is unsaved:
ask whether to save it, keep it as a draft, or discard it, before anything moves.

The question is opened with ``open()``, never ``exec()``: the console keeps running
(and a test can answer it) while it waits for a person. Its answer goes to the
:class:`NoteAtCounter`, the case panel's note editor (note_editor.py), and the visitor
moves on only once the note is safe: saved, or kept on this PC.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


@runtime_checkable
class NoteAtCounter(Protocol):
    """The note being written for the visit at the counter (the case panel has it)."""

    def unsaved_note(self, visit_id: int) -> bool: ...

    def can_keep_draft(self) -> bool: ...

    def save_note_then(self, done: Callable[[bool], None]) -> None: ...

    def keep_note_as_draft(self) -> None: ...

    def discard_note(self) -> None: ...


class Leaving(enum.Enum):
    """What takes the visitor away from the counter: the question names it."""

    FINISH = "finish"
    TRANSFER = "transfer"
    NO_SHOW = "no_show"


class NoteChoice(enum.Enum):
    SAVE = "save"
    KEEP = "keep"
    DISCARD = "discard"
    CANCEL = "cancel"


class UnsavedNoteQuestion(QMessageBox):
    """Save the note, keep it as a draft, discard it, or stay with the visitor.

    Emits :attr:`chosen` with a :class:`NoteChoice` once answered; Escape, closing the
    box or a lock of the console (which rejects it) answer Cancel. Enter answers the
    choice that loses nothing: Keep as draft (Cancel where no journal keeps drafts).
    """

    chosen = Signal(object)  # NoteChoice

    def __init__(
        self, ticket: str, leaving: Leaving, *, can_keep: bool, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unsavedNoteQuestion")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Unsaved note"))
        self.setText(self._question(leaving).replace("%1", ticket))
        if can_keep:
            self.setInformativeText(
                self.tr(
                    "Save note puts it into the visit's case now. Keep as draft leaves it on "
                    "this PC: it comes back when this visit is at your counter again, or the "
                    "next time you sign in here. Discard deletes it."
                )
            )
        else:
            self.setInformativeText(
                self.tr(
                    "Save note puts it into the visit's case now. Discard deletes it: this PC "
                    "cannot keep drafts at the moment."
                )
            )
        self.save_button = self._button(
            self.tr("Save note"), "saveNoteButton", QMessageBox.ButtonRole.AcceptRole
        )
        self.keep_button: QPushButton | None = None
        if can_keep:
            self.keep_button = self._button(
                self.tr("Keep as draft"), "keepDraftButton", QMessageBox.ButtonRole.ActionRole
            )
        self.discard_button = self._button(
            self.tr("Discard"), "discardNoteButton", QMessageBox.ButtonRole.DestructiveRole
        )
        self.cancel_button = self._button(
            self.tr("Cancel"), "cancelButton", QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.keep_button or self.cancel_button)
        self.setEscapeButton(self.cancel_button)
        self.finished.connect(self._answered)

    def _question(self, leaving: Leaving) -> str:
        if leaving is Leaving.TRANSFER:
            return self.tr("The note for %1 is not saved. Save it before the transfer?")
        if leaving is Leaving.NO_SHOW:
            return self.tr("The note for %1 is not saved. Save it before marking the no-show?")
        return self.tr("The note for %1 is not saved. Save it before finishing?")

    def _button(self, text: str, name: str, role: QMessageBox.ButtonRole) -> QPushButton:
        button = self.addButton(text, role)
        button.setObjectName(name)
        return button

    def _answered(self, _result: int) -> None:
        clicked = self.clickedButton()
        if clicked is self.save_button:
            choice = NoteChoice.SAVE
        elif clicked is not None and clicked is self.keep_button:
            choice = NoteChoice.KEEP
        elif clicked is self.discard_button:
            choice = NoteChoice.DISCARD
        else:
            choice = NoteChoice.CANCEL
        self.chosen.emit(choice)
