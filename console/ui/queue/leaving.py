"""Quitting with visitors at my counter: ask what happens to them, save the answer,
then let the console close. See docs/queue.md, "Stranded visitors"."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from console.core.queue import StepState
from console.core.records import StepInfo
from console.core.stranded import LeaveChoice
from console.desk.desk import Desk, SignedIn
from console.i18n import error_text
from console.ui.queue.stranded_dialogs import LeaveCounterDialog
from console.ui.shared.database_pool import database_pool
from console.ui.shared.worker import run_in_background

log = logging.getLogger(__name__)


class CounterLeaving(QObject):
    """The question quitting asks while visitors are at my counter, and its answer.

    :attr:`settled` says the window may close now: the answer is saved, or the person
    chose to quit although it could not be.
    """

    settled = Signal()

    def __init__(
        self,
        desk: Desk,
        signed_in: SignedIn,
        window: QWidget,
        *,
        unsaved_note: Callable[[], bool],
        keep_note: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.desk = desk
        self.signed_in = signed_in
        self.window = window
        self._unsaved_note = unsaved_note
        self._keep_note = keep_note
        self.dialog: LeaveCounterDialog | None = None
        self.saving = False
        self.done = False  # closing may go ahead without asking

    def held(self, at_counter: list[StepInfo]) -> list[StepInfo]:
        """The visitors called or served at my counter, parked ones included."""
        return [
            step
            for step in at_counter
            if step.state in (StepState.CALLED, StepState.SERVING)
            and step.counter_id == self.signed_in.counter.id
        ]

    @property
    def busy(self) -> bool:
        """Asking, or saving the answer: another close waits for it."""
        return self.dialog is not None or self.saving

    def ask(self, held: list[StepInfo]) -> None:
        dialog = LeaveCounterDialog(held, unsaved_note=self._unsaved_note(), parent=self.window)
        step_ids = [step.step_id for step in held]
        dialog.chosen.connect(lambda choice: self._leave_with(choice, step_ids))
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _leave_with(self, choice: LeaveChoice, step_ids: list[int]) -> None:
        # The note being typed is kept on this PC before the visit leaves the counter.
        self._keep_note()
        self.saving = True
        actor = self.signed_in.actor
        run_in_background(
            lambda: self.desk.queue.stranded.leave_counter(actor, choice, step_ids),
            self._left,
            self._failed,
            context=self,
            pool=database_pool(),
        )

    def _left(self, steps: list[StepInfo]) -> None:
        self.saving = False
        self.done = True
        log.info("Quitting: %s", ", ".join(f"{s.ticket_number} {s.state.value}" for s in steps))
        self.settled.emit()

    def _failed(self, error: BaseException) -> None:
        self.saving = False
        log.warning("What happens to the visitors at the counter was not saved: %s", error)
        reason = error_text(error)
        minutes = int(self.desk.queue.stranded.stranded_after.total_seconds() // 60)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Visitors at your counter"),
            self.tr(
                "Your choice could not be saved (%1). Quit anyway? The visitors at your "
                "counter then go back to the front of their queue %2 minutes after this "
                "console stops."
            )
            .replace("%1", reason[:300])
            .replace("%2", str(minutes)),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setObjectName("leaveFailed")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda result: self._after_failure(box, result))
        box.open()

    def _after_failure(self, box: QMessageBox, result: int) -> None:
        box.deleteLater()
        if result == int(QMessageBox.StandardButton.Close):
            self.done = True
            self.settled.emit()
