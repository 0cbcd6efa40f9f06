"""The kiosk's ticket page: the visitor's number, services and wait; a touch ends it."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from console.core.records import IssuedTicket
from console.core.text import QT_TRANSLATE_NOOP
from console.ui.kiosk.context import KioskContext
from console.ui.kiosk.parts import TouchPage, heading
from console.ui.queue.ticket_print import wait_text


class TicketPage(TouchPage):
    """The ticket just issued (``touched`` when the visitor is done)."""

    def __init__(self, context: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.intro = heading("ticketIntro")
        context.bind(self.intro.setText, QT_TRANSLATE_NOOP("Kiosk", "Your number is"))
        self.number = heading("ticketNumber")
        self.services = heading("ticketServices")
        self.wait = heading("ticketWait")
        self.print_problem = heading("printProblem")
        self.print_problem.hide()
        self.hint = heading("ticketHint")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.intro, self.number, self.services):
            layout.addWidget(widget)
        layout.addSpacing(16)
        layout.addWidget(self.wait)
        layout.addSpacing(16)
        layout.addWidget(self.print_problem)
        layout.addStretch(1)
        layout.addWidget(self.hint)

    def show_ticket(self, ticket: IssuedTicket, problem: str) -> None:
        """``ticket`` in the visitor's language, and ``problem`` if it did not print."""
        language = self.context.language
        self.number.setText(ticket.ticket_number)
        self.services.setText("\n".join(service.names.get(language) for service in ticket.services))
        self.wait.setText(wait_text(self.context.texts, language, ticket.estimated_wait_minutes))
        self.print_problem.setText(problem)
        self.print_problem.setVisible(bool(problem))
        if problem:
            hint = QT_TRANSLATE_NOOP("Kiosk", "Watch the screen for your number. Touch to finish.")
        else:
            hint = QT_TRANSLATE_NOOP(
                "Kiosk", "Take your ticket and watch the screen for your number. Touch to finish."
            )
        self.hint.setText(self.context.t(hint))
