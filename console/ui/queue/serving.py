"""Serving at the counter: the queue actions of the console and their dialogs."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from console.core.booking import same_visitor_same_day
from console.core.breaks import REASON_NAMES, BreakInfo, BreakReason
from console.core.permissions import Permission, allows
from console.core.queue import StepState, utc_now
from console.core.records import (
    AppointmentInfo,
    CounterInfo,
    IssuedTicket,
    LifeEventInfo,
    ServiceInfo,
    StaffInfo,
    StepInfo,
)
from console.core.steps import StepAction
from console.core.text import DatabaseUnreachable, TiskiError
from console.desk.desk import Desk, DeskSnapshot, SignedIn
from console.desk.permits import permitted
from console.desk.queue import Actor
from console.desk.serving import CalledStep
from console.i18n import error_text, translate
from console.ui.case.unsaved_note import Leaving, NoteAtCounter, NoteChoice, UnsavedNoteQuestion
from console.ui.queue.no_show import NoShowQuestion, later_services, marked_text, what_follows
from console.ui.queue.queue_dialogs import (
    AppointmentsDialog,
    BookingQuestion,
    IssueDialog,
    SecondBookingQuestion,
    TransferDialog,
)
from console.ui.shared.actions import make_action
from console.ui.shared.contact import call_it
from console.ui.shared.database_pool import database_pool
from console.ui.shared.errors import exec_dialog, show_unexpected_error
from console.ui.shared.labels import reason_text, ui_language
from console.ui.shared.worker import run_in_background

log = logging.getLogger(__name__)


def read_counter(desk: Desk, actor: Actor) -> tuple[list[StepInfo], datetime]:
    """The tickets at my counter, and when the read began: reads finish in any order and
    the window keeps the newest (ConsoleModel.take_counter). Runs on a pool thread."""
    read_at = utc_now()
    return desk.queue.at_counter(actor), read_at


class Serving(QObject):
    """The console's queue actions; tells the window when its counter's tickets changed.

    Before Done, Transfer or No-show takes the visitor away, an unsaved note of their
    visit is settled with the person (unsaved_note.py), and a no-show is confirmed
    with what becomes of the rest of the visit (no_show.py). The questions are opened,
    not executed: :attr:`question` is the one waiting for an answer.
    """

    counter_changed = Signal()  # re-read the tickets at my counter
    counter_read = Signal(list, object)  # my counter's tickets read after my action, and when
    message = Signal(str)  # a short note for the status bar
    break_changed = Signal(object)  # BreakInfo while on a break, None when back
    reason_known = Signal()  # why call next chose the ticket: last_reason has it

    def __init__(self, desk: Desk, signed_in: SignedIn, window: QWidget) -> None:
        super().__init__(window)
        self.desk = desk
        self.signed_in = signed_in
        self.window = window
        self.current: StepInfo | None = None
        self.services: dict[int, ServiceInfo] = {}
        self.counters: tuple[CounterInfo, ...] = ()
        self.staff: tuple[StaffInfo, ...] = ()
        self.life_events: tuple[LifeEventInfo, ...] = ()
        self.busy = False
        # The note of the visit at the counter; None: the window's case panel has it.
        self.note: NoteAtCounter | None = None
        # A question before the visitor moves on, while it waits for its answer.
        self.question: QMessageBox | None = None
        # Reading what a question needs, or saving the note before moving on.
        self._preparing = False
        self.appointments_dialog: AppointmentsDialog | None = None
        # The last message box of a refused or failed action (tests read it).
        self.error_box: QMessageBox | None = None
        # Why call next chose a step: (step id, text), shown while that step is current.
        self._reason: tuple[int, str] | None = None
        self._make_actions()
        self.update_actions()

    # ------------------------------------------------------------ actions
    def _action(
        self, text: str, shortcut: str, tip: str, name: str, slot: Callable[[], None]
    ) -> QAction:
        action = make_action(self.window, text, shortcut, tip, name)
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        self.call_next_action = self._action(
            self.tr("Call next"),
            "F5",
            self.tr("Call the next ticket to your counter"),
            "callNext",
            self.call_next,
        )
        self.recall_action = self._action(
            self.tr("Recall"),
            "F6",
            self.tr("Call the same ticket again on the lobby display"),
            "recall",
            lambda: self._step_action(StepAction.RECALL),
        )
        self.start_action = self._action(
            self.tr("Start"),
            "F4",
            self.tr("The visitor has arrived at your counter"),
            "start",
            lambda: self._step_action(StepAction.START),
        )
        self.no_show_action = self._action(
            self.tr("No-show"),
            "F7",
            self.tr("The visitor did not come"),
            "noShow",
            self.no_show,
        )
        self.transfer_action = self._action(
            self.tr("Transfer"),
            "F8",
            self.tr(
                "Hand the visitor to another service, counter or person; they keep their place"
            ),
            "transfer",
            self.transfer,
        )
        self.finish_action = self._action(
            self.tr("Done"),
            "F9",
            self.tr("This service is done; the visit's next service waits for its turn"),
            "finish",
            self.finish,
        )
        self.park_action = self._action(
            self.tr("Park"),
            "Ctrl+P",
            self.tr("Set this ticket aside and call the next one"),
            "park",
            lambda: self._step_action(StepAction.PARK),
        )
        self.ask_specialist_action = self._action(
            self.tr("Ask a specialist"),
            "Ctrl+J",
            self.tr("Ask an agency's specialist to join this visit"),
            "askSpecialist",
            lambda: None,  # the case panel answers (console_window connects it)
        )
        self.add_service_action = self._action(
            self.tr("Add service…"),
            "Ctrl+Shift+S",
            self.tr("Add another service to this visit; it keeps the visit's place"),
            "addService",
            self.add_service,
        )
        self.issue_action = self._action(
            self.tr("Issue ticket…"),
            "F2",
            self.tr("Issue a ticket for a visitor"),
            "issueTicket",
            self.issue,
        )
        self.appointments_action = self._action(
            self.tr("Appointments…"),
            "Ctrl+Shift+A",
            self.tr("Today's appointments, booking and check-in"),
            "appointments",
            self.appointments,
        )
        self.break_action = self._action(
            self.tr("Break…"),
            "Ctrl+B",
            self.tr("Step away from the counter, with a reason; the floor shows it"),
            "startBreak",
            self.start_break,
        )
        self.back_action = self._action(
            self.tr("I'm back"),
            "Ctrl+Shift+B",
            self.tr("End the break; calling the next ticket ends it too"),
            "endBreak",
            self.end_break,
        )
        self.on_break: BreakInfo | None = None
        self.counter_actions = [
            self.call_next_action,
            self.recall_action,
            self.start_action,
            self.no_show_action,
            self.transfer_action,
            self.finish_action,
            self.park_action,
        ]

    def update_actions(self) -> None:
        role = self.signed_in.staff.role
        serves = allows(role, Permission.SERVE)
        step = self.current
        state = step.state if step else None
        idle = not (self.busy or self._preparing or self.question is not None)
        self.call_next_action.setEnabled(idle and serves and step is None)
        self.break_action.setEnabled(idle and step is None)
        self.break_action.setVisible(self.on_break is None)
        self.back_action.setEnabled(idle)
        self.back_action.setVisible(self.on_break is not None)
        self.recall_action.setEnabled(idle and state is StepState.CALLED)
        self.start_action.setEnabled(idle and state is StepState.CALLED)
        self.no_show_action.setEnabled(idle and state is StepState.CALLED)
        self.transfer_action.setEnabled(idle and step is not None)
        self.finish_action.setEnabled(idle and step is not None)
        self.park_action.setEnabled(idle and step is not None)
        self.add_service_action.setEnabled(idle and step is not None)
        self.ask_specialist_action.setEnabled(
            idle and state in (StepState.CALLED, StepState.SERVING)
        )
        self.ask_specialist_action.setVisible(allows(role, Permission.ASK_SPECIALIST))
        for action in self.counter_actions:
            action.setVisible(serves)
        self.issue_action.setEnabled(allows(role, Permission.ISSUE_TICKET))
        self.appointments_action.setEnabled(allows(role, Permission.READ_QUEUE))

    def know_desk(self, snapshot: DeskSnapshot) -> None:
        """Services, counters, people and life events the dialogs offer."""
        self.services = {service.id: service for service in snapshot.services}
        self.counters = snapshot.counters
        self.staff = snapshot.staff
        self.life_events = snapshot.life_events

    @property
    def last_reason(self) -> str | None:
        """Why the current ticket was called, when this console called it."""
        if self._reason is None or self.current is None:
            return None
        step_id, text = self._reason
        return text if step_id == self.current.step_id else None

    def show_counter(self, steps: list[StepInfo]) -> None:
        active = [step for step in steps if not step.parked]
        self.current = active[0] if active else None
        self.update_actions()

    # ------------------------------------------------------------ running
    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.busy = True
        self.update_actions()
        actor = self.signed_in.actor

        def act_and_read() -> tuple[Any, list[StepInfo] | None, datetime]:
            result = work()
            # The counter is read in the same job, and the actions come back only once
            # the window shows it: a second Done, or a note typed into the visit just
            # finished, cannot reach a ticket that has already moved on.
            if not permitted(actor, Permission.READ_QUEUE):
                return result, None, utc_now()
            try:
                return (result, *read_counter(self.desk, actor))
            except TiskiError as error:  # the action is done; the window reads again
                log.warning("Counter not read after the action: %s", error)
                return result, None, utc_now()

        def succeeded(outcome: tuple[Any, list[StepInfo] | None, datetime]) -> None:
            result, steps, read_at = outcome
            done(result)
            if steps is None:
                self.counter_changed.emit()
            else:
                self.counter_read.emit(steps, read_at)
            self.busy = False
            self.update_actions()

        def failed(error: BaseException) -> None:
            self.busy = False
            self.update_actions()
            self.counter_changed.emit()
            self.show_error(error)

        run_in_background(act_and_read, succeeded, failed, context=self, pool=database_pool())

    def show_error(self, error: BaseException) -> None:
        if isinstance(error, TiskiError):
            text = translate(error.message)
            details = ""
            if isinstance(error, DatabaseUnreachable):
                # What to do at the counter first; what IT would check under Details.
                details = text
                text = self.tr(
                    "The desk's database did not answer, so this was not done. Tell the "
                    "visitor it takes a moment and try again; if it keeps failing: %1"
                ).replace("%1", call_it())
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Tiski"),
                text,
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.setObjectName("deskMessage")
            if details:
                box.setDetailedText(details)
            self.error_box = box
            box.open()
            self.message.emit(text)
        else:
            log.error("Queue action failed", exc_info=error)
            show_unexpected_error(error)

    def call_next(self) -> None:
        actor = self.signed_in.actor

        def done(called: CalledStep | None) -> None:
            if called is None:
                self.message.emit(self.tr("No one is waiting for your services."))
                return
            service_name = called.service.names.get(ui_language())
            reason = reason_text(called.reason, service_name)
            self._reason = (called.step.step_id, reason)
            # The change feed may have shown the ticket already (its read newer than the
            # call's own): the reason is told apart, not only with the next read.
            self.reason_known.emit()
            self.message.emit(
                self.tr("Called %1: %2")
                .replace("%1", called.step.ticket_number)
                .replace("%2", reason)
            )

        def call() -> CalledStep | None:
            if self.on_break is not None:
                self.desk.queue.end_break(actor)  # calling the next visitor: back at work
            return self.desk.queue.call_next(actor)

        def after(called: CalledStep | None) -> None:
            if self.on_break is not None:
                self.on_break = None
                self.break_changed.emit(None)
            done(called)

        self._run(call, after)

    # ------------------------------------------------------------ breaks
    def start_break(self) -> None:
        """Ask why, then step away: the floor shows the break and the reports count it."""
        names = [QCoreApplication.translate("Breaks", REASON_NAMES[r]) for r in BreakReason]
        chosen, accepted = QInputDialog.getItem(
            self.window,
            self.tr("Break"),
            self.tr("What is the break for?"),
            names,
            0,
            False,
        )
        if not accepted:
            return
        reason = list(BreakReason)[names.index(chosen)]
        actor = self.signed_in.actor

        def started(pause: BreakInfo) -> None:
            self.on_break = pause
            self.break_changed.emit(pause)

        self._run(lambda: self.desk.queue.start_break(actor, reason), started)

    def end_break(self) -> None:
        actor = self.signed_in.actor

        def ended(_was: bool) -> None:
            self.on_break = None
            self.break_changed.emit(None)
            self.message.emit(self.tr("Welcome back."))

        self._run(lambda: self.desk.queue.end_break(actor), ended)

    def show_break(self, pause: BreakInfo | None) -> None:
        """The break read at start-up (one begun before the console was restarted)."""
        self.on_break = pause
        self.break_changed.emit(pause)
        self.update_actions()

    def _step_action(self, action: StepAction, step_id: int | None = None) -> None:
        target = (
            step_id if step_id is not None else (self.current.step_id if self.current else None)
        )
        if target is None:
            return
        actor = self.signed_in.actor

        def act() -> tuple[StepInfo, list[StepInfo] | None]:
            step = self.desk.queue.act(actor, target, action)
            if step.state is not StepState.NO_SHOW or not permitted(actor, Permission.READ_QUEUE):
                return step, None
            # What became of the rest of the visit, as the database has it now.
            try:
                return step, self.desk.queue.visit_steps(actor, [step.visit_id])
            except TiskiError as error:
                log.warning("Visit not read after the no-show: %s", error)
                return step, None

        def done(outcome: tuple[StepInfo, list[StepInfo] | None]) -> None:
            step, visit = outcome
            if step.state is not StepState.NO_SHOW:
                return
            later = None if visit is None else later_services(visit, step.step_id, self.services)
            if action is StepAction.RECALL:
                text = self.tr("%1 did not come after the recalls: marked as a no-show.")
                follows = what_follows(later)
                text = text.replace("%1", step.ticket_number)
                self.message.emit(f"{text} {follows}" if follows else text)
            elif action is StepAction.NO_SHOW:
                self.message.emit(marked_text(step.ticket_number, later))

        self._run(act, done)

    # ------------------------------------------------------------ the visitor moves on
    def finish(self) -> None:
        step = self.current
        if step is None or not self.finish_action.isEnabled():
            return
        self._leave(
            step, Leaving.FINISH, lambda: self._step_action(StepAction.FINISH, step.step_id)
        )

    def no_show(self) -> None:
        """Ask first, saying what becomes of the visit's other services; then mark it."""
        step = self.current
        if step is None or not self.no_show_action.isEnabled():
            return
        actor = self.signed_in.actor

        def read() -> list[StepInfo] | None:
            if not permitted(actor, Permission.READ_QUEUE):
                return None
            return self.desk.queue.visit_steps(actor, [step.visit_id])

        def ask(visit: list[StepInfo] | None) -> None:
            self._prepared()
            if not self._still_at_counter(step):
                return
            later = None if visit is None else later_services(visit, step.step_id, self.services)
            question = NoShowQuestion(step.ticket_number, later, self.window)
            question.confirmed.connect(
                lambda: self._leave(
                    step,
                    Leaving.NO_SHOW,
                    lambda: self._step_action(StepAction.NO_SHOW, step.step_id),
                )
            )
            self._ask(question)

        def failed(error: BaseException) -> None:
            self._prepared()
            self.show_error(error)

        self._preparing = True
        self.update_actions()
        run_in_background(read, ask, failed, context=self, pool=database_pool())

    def _leave(self, step: StepInfo, leaving: Leaving, go_on: Callable[[], None]) -> None:
        """Go on with ``step`` leaving the counter once the unsaved note of its visit, if
        there is one, is saved, kept as a draft or discarded, as the person chooses."""
        note = self.note
        if note is None or not note.unsaved_note(step.visit_id):
            go_on()
            return
        question = UnsavedNoteQuestion(
            step.ticket_number, leaving, can_keep=note.can_keep_draft(), parent=self.window
        )
        question.chosen.connect(lambda choice: self._note_settled(step, note, choice, go_on))
        self._ask(question)

    def _note_settled(
        self, step: StepInfo, note: NoteAtCounter, choice: NoteChoice, go_on: Callable[[], None]
    ) -> None:
        if choice is NoteChoice.CANCEL or not self._still_at_counter(step):
            return
        if choice is NoteChoice.DISCARD:
            note.discard_note()
            go_on()
            return
        if choice is NoteChoice.KEEP:
            note.keep_note_as_draft()  # the case panel says so once the visit has left
            go_on()
            return

        def saved(safe: bool) -> None:
            self._prepared()
            if not safe:
                # The editor says why; the visitor waits while the person mends the note.
                self.message.emit(
                    self.tr(
                        "The note was not saved, so %1 stays at your counter. Check the note, "
                        "then try again."
                    ).replace("%1", step.ticket_number)
                )
            elif self._still_at_counter(step):
                go_on()

        self._preparing = True
        self.update_actions()
        note.save_note_then(saved)

    def _ask(self, question: QMessageBox) -> None:
        self.question = question
        question.finished.connect(lambda _result: self._answered(question))
        self.update_actions()
        question.open()

    def _answered(self, question: QMessageBox) -> None:
        if self.question is question:
            self.question = None
        question.deleteLater()
        self.update_actions()

    def _prepared(self) -> None:
        self._preparing = False
        self.update_actions()

    def _still_at_counter(self, step: StepInfo) -> bool:
        """Whether ``step`` is still the counter's current ticket; says so when it is not
        (another console or the stranded check moved it while the question waited)."""
        if self.current is not None and self.current.step_id == step.step_id:
            return True
        self.message.emit(
            self.tr("%1 is no longer at your counter; nothing was done.").replace(
                "%1", step.ticket_number
            )
        )
        return False

    def resume(self, step_id: int) -> None:
        if self.current is not None:
            self.message.emit(self.tr("Finish, transfer or park the current ticket first."))
            return
        self._step_action(StepAction.RESUME, step_id)

    def transfer(self) -> None:
        step = self.current
        if step is None:
            return
        dialog = TransferDialog(
            step.ticket_number, list(self.services.values()), self.counters, self.staff, self.window
        )
        if exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        service, counter, person = dialog.choice()
        if not (service or counter or person):
            return
        actor = self.signed_in.actor
        self._leave(
            step,
            Leaving.TRANSFER,
            lambda: self._run(
                lambda: self.desk.queue.transfer(
                    actor,
                    step.step_id,
                    service_code=service,
                    counter_code=counter,
                    staff_username=person,
                ),
                lambda new: self.message.emit(
                    self.tr("%1 transferred.").replace("%1", new.ticket_number)
                ),
            ),
        )

    def add_service(self) -> None:
        step = self.current
        if step is None:
            return
        language = ui_language()
        services = sorted(self.services.values(), key=lambda s: s.prefix)
        labels = [f"{s.prefix}  {s.names.get(language)}" for s in services]
        label, chosen = QInputDialog.getItem(
            self.window,
            self.tr("Add service"),
            self.tr("Service to add to visit %1:").replace("%1", step.ticket_number),
            labels,
            0,
            False,
        )
        if not chosen:
            return
        code = services[labels.index(label)].code
        actor = self.signed_in.actor
        self._run(
            lambda: self.desk.queue.add_service(actor, step.visit_id, code),
            lambda added: self.message.emit(
                self.tr("%1: service added.").replace("%1", added.ticket_number)
            ),
        )

    def issue(self) -> None:
        services = list(self.services.values())
        dialog = IssueDialog(services, self.life_events, self.window)
        if exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        actor = self.signed_in.actor
        options: dict[str, Any] = {
            "language": dialog.language(),
            "priority": dialog.priority(),
            "visitor_name": dialog.visitor_name(),
            "source": "guide",
            "actor": actor,
        }
        life_event = dialog.life_event()
        codes = dialog.service_codes()

        def work() -> IssuedTicket:
            if life_event:
                return self.desk.queue.issue_life_event(life_event, **options)
            return self.desk.queue.issue(codes, **options)

        def done(ticket: IssuedTicket) -> None:
            text = (
                self.tr("Ticket %1 issued, estimated wait about %2 min.")
                .replace("%1", ticket.ticket_number)
                .replace("%2", str(ticket.estimated_wait_minutes))
            )
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Ticket issued"),
                text,
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.setObjectName("issuedMessage")
            box.open()
            self.message.emit(text)

        self._run(work, done)

    def appointments(self) -> None:
        """Today's appointments: booking, checking in, and closing a booking once the
        person confirmed which one. Opened, not executed: :attr:`appointments_dialog`."""
        if self.appointments_dialog is not None:
            self.appointments_dialog.raise_()
            self.appointments_dialog.activateWindow()
            return
        dialog = AppointmentsDialog(list(self.services.values()), self.window)
        self.appointments_dialog = dialog
        actor = self.signed_in.actor

        def reload() -> None:
            run_in_background(
                lambda: self.desk.queue.appointments_on(actor, utc_now()),
                dialog.show_appointments,
                self.show_error,
                context=dialog,
                pool=database_pool(),
            )

        def failed(error: BaseException) -> None:
            dialog.set_booking(False)
            text = error_text(error)
            dialog.message.setText(text)

        def booked(appointment: AppointmentInfo) -> None:
            dialog.set_booking(False)
            dialog.message.setText(
                self.tr("Booked: code %1").replace("%1", appointment.booking_code)
            )
            reload()

        def checked_in(ticket: IssuedTicket) -> None:
            dialog.message.setText(
                self.tr("Checked in: ticket %1").replace("%1", ticket.ticket_number)
            )
            reload()

        def book() -> None:
            if not dialog.book_button.isEnabled():
                return  # the first click's booking is being saved
            dialog.set_booking(True)
            service, starts_at, name, language = dialog.booking()

            def save() -> None:
                run_in_background(
                    lambda: self.desk.queue.book(
                        actor, service, starts_at, visitor_name=name, language=language
                    ),
                    booked,
                    failed,
                    context=dialog,
                    pool=database_pool(),
                )

            def check(same_day: list[AppointmentInfo]) -> None:
                twins = same_visitor_same_day(same_day, service, name, starts_at)
                if not twins:
                    save()
                    return
                question = SecondBookingQuestion(twins[0], dialog.service_name(twins[0]), dialog)
                question.confirmed.connect(save)
                question.finished.connect(lambda _result: dialog.set_booking(question.answered_yes))
                question.finished.connect(question.deleteLater)
                question.open()

            # The same visitor's bookings of that day, as the database has them now.
            run_in_background(
                lambda: self.desk.queue.appointments_on(actor, starts_at),
                check,
                failed,
                context=dialog,
                pool=database_pool(),
            )

        def check_in() -> None:
            code = dialog.selected_code()
            if code:
                run_in_background(
                    lambda: self.desk.queue.check_in(code),
                    checked_in,
                    failed,
                    context=dialog,
                    pool=database_pool(),
                )

        dialog.book_button.clicked.connect(book)

        def closed(appointment: AppointmentInfo) -> None:
            if appointment.state == "cancelled":
                text = self.tr("Booking %1 cancelled.")
            else:
                text = self.tr("Booking %1 closed: the visitor did not come.")
            dialog.message.setText(text.replace("%1", appointment.booking_code))
            reload()

        def close_booking(state: str) -> None:
            appointment = dialog.selected_appointment()
            if appointment is None:
                return
            code = appointment.booking_code
            question = BookingQuestion(appointment, dialog.service_name(appointment), state, dialog)
            question.confirmed.connect(
                lambda: run_in_background(
                    lambda: self.desk.queue.close_appointment(actor, code, state),
                    closed,
                    failed,
                    context=dialog,
                    pool=database_pool(),
                )
            )
            question.finished.connect(question.deleteLater)
            question.open()

        def dialog_closed(_result: int) -> None:
            if self.appointments_dialog is dialog:
                self.appointments_dialog = None
            dialog.deleteLater()

        dialog.check_in_button.clicked.connect(check_in)
        dialog.cancel_booking_button.clicked.connect(lambda: close_booking("cancelled"))
        dialog.no_show_button.clicked.connect(lambda: close_booking("no_show"))
        dialog.finished.connect(dialog_closed)
        reload()
        dialog.open()
