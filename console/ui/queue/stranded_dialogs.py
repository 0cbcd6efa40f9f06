"""Stranded visitors in the console: what happens to my visitors when I quit, and the
supervisor's list of visitors held at counters whose console stopped.

Both dialogs are opened with ``open()``, never ``exec()``: the console keeps
running (and a test can answer them) while they wait for a person.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.core.queue import StepState
from console.core.records import StepInfo
from console.core.stranded import HeldStep, LeaveChoice
from console.core.text import TiskiError
from console.desk.desk import Desk
from console.desk.queue import Actor
from console.i18n import translate
from console.ui.shared.database_pool import database_pool
from console.ui.shared.dialog_parts import clock
from console.ui.shared.labels import state_label
from console.ui.shared.table_model import Column, KeyedTableModel
from console.ui.shared.worker import run_in_background

log = logging.getLogger(__name__)


class LeaveCounterDialog(QDialog):
    """Asked on quitting while visitors are called or served at my counter.

    Emits :attr:`chosen` with the :class:`LeaveChoice`; Cancel rejects the dialog
    and the console stays open.
    """

    chosen = Signal(object)  # LeaveChoice

    def __init__(
        self,
        steps: Sequence[StepInfo],
        *,
        unsaved_note: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("leaveCounterDialog")
        self.setWindowTitle(self.tr("Visitors at your counter"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        tickets = ", ".join(f"{step.ticket_number} ({self._state(step)})" for step in steps)
        text = QLabel(
            self.tr(
                "You are quitting with a visitor at your counter: %1. What happens to the visit?"
            ).replace("%1", tickets)
        )
        text.setObjectName("leaveText")
        text.setWordWrap(True)
        explanation = QLabel(
            self.tr(
                "Done: this service ends and the visit's next service waits for its turn.\n"
                "Back to the queue: the visitor goes first in line again, at their original "
                "place in time.\n"
                "Keep for me: the visitor stays yours, set aside, until you sign in again."
            )
        )
        explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(explanation)
        if unsaved_note:
            note = QLabel(
                self.tr(
                    "Your unsaved note stays on this PC as a draft: Tiski offers it again the "
                    "next time you sign in here."
                )
            )
            note.setObjectName("unsavedNoteKept")
            note.setWordWrap(True)
            layout.addWidget(note)
        self.finish_button = self._button(self.tr("Done"), "finishButton", LeaveChoice.FINISH)
        self.put_back_button = self._button(
            self.tr("Back to the queue"), "putBackButton", LeaveChoice.PUT_BACK
        )
        self.keep_button = self._button(self.tr("Keep for me"), "keepButton", LeaveChoice.KEEP)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.finish_button, self.put_back_button, self.keep_button):
            buttons.addWidget(button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        # Enter must not end a visit by accident: the safe answer is the default.
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()

    def _state(self, step: StepInfo) -> str:
        if step.parked:
            return self.tr("parked")
        return state_label(step.state)

    def _button(self, text: str, name: str, choice: LeaveChoice) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: LeaveChoice) -> None:
        self.accept()
        self.chosen.emit(choice)


class StrandedDialog(QDialog):
    """For a supervisor: visitors held at counters where no console runs, and
    returning one to the queue at once."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strandedDialog")
        self.setWindowTitle(self.tr("Stranded visitors"))
        self.setMinimumSize(760, 360)
        self.desk = desk
        self.actor = actor
        stranded_after = desk.queue.stranded.stranded_after
        self._stranded_after = stranded_after
        columns: list[Column[HeldStep]] = [
            Column(lambda: self.tr("Ticket"), lambda h: h.step.ticket_number),
            Column(lambda: self.tr("State"), self._state),
            Column(lambda: self.tr("Counter"), lambda h: h.counter_code or "–"),
            Column(lambda: self.tr("Held by"), lambda h: h.holder_name or "–"),
            Column(lambda: self.tr("Console last seen"), lambda h: clock(h.last_seen_at)),
            Column(lambda: self.tr("Back in the queue"), self._returns),
        ]
        self.model: KeyedTableModel[HeldStep] = KeyedTableModel(
            columns, lambda h: h.step.step_id, self
        )
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrows move within
        self.table.setObjectName("strandedTable")
        self.table.setAccessibleName(self.windowTitle())
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel()
        self.message.setObjectName("strandedMessage")
        self.message.setWordWrap(True)
        self.release_button = QPushButton(self.tr("Return to the queue now"))
        self.release_button.setObjectName("releaseButton")
        self.release_button.clicked.connect(self._release_selected)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("refreshStranded")
        self.refresh_button.clicked.connect(self.load)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.release_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Visitors called or served at a counter where no console has been running "
                "for a few minutes. They go back to the front of their queue on their own "
                "%1 minutes after the console stopped, unless kept for the person who quit."
            ).replace("%1", str(int(stranded_after.total_seconds() // 60)))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self._update_button()

    def _state(self, held: HeldStep) -> str:
        if held.step.parked:
            return self.tr("parked")
        return state_label(held.step.state)

    def _returns(self, held: HeldStep) -> str:
        if held.kept_at is not None:
            return self.tr("kept for %1").replace("%1", held.holder_name or "–")
        returns_at = held.returns_at(self._stranded_after)
        if returns_at is None:
            return self.tr("not on its own (no console held it)")
        return self.tr("at %1").replace("%1", clock(returns_at))

    def show_held(self, held: Sequence[HeldStep]) -> None:
        self.model.apply(list(held))
        if not held and not self.message.text():
            self.message.setText(self.tr("No visitor is stranded."))
        self._update_button()

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def selected(self) -> HeldStep | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_button(self) -> None:
        held = self.selected()
        self.release_button.setEnabled(
            held is not None and held.step.state in (StepState.CALLED, StepState.SERVING)
        )

    def load(self) -> None:
        """Read the stranded visitors again (off the GUI thread)."""
        actor = self.actor
        run_in_background(
            lambda: self.desk.queue.stranded.stranded(actor),
            self.show_held,
            lambda error: self.show_message(_error_text(error)),
            context=self,
            pool=database_pool(),
        )

    def _release_selected(self) -> None:
        held = self.selected()
        if held is None:
            return
        self.release_button.setEnabled(False)
        step_id = held.step.step_id
        actor = self.actor

        def released(step: StepInfo) -> None:
            self.show_message(
                self.tr("%1 is back in the queue at its original place.").replace(
                    "%1", step.ticket_number
                )
            )
            self.load()

        def refused(error: BaseException) -> None:
            self.show_message(_error_text(error))
            self.load()

        run_in_background(
            lambda: self.desk.queue.stranded.release(actor, step_id),
            released,
            refused,
            context=self,
            pool=database_pool(),
        )


def _error_text(error: BaseException) -> str:
    if isinstance(error, TiskiError):
        return translate(error.message)
    log.error("Stranded visitors: unexpected error", exc_info=error)
    return str(error)[:300]
